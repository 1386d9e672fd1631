/*
 * The browser workbench (development only): the planner template in a spreadsheet view backed by
 * HyperFormula with the add-in's own functions, and beside it the real task pane on a workbench
 * implementation of its workbook interface. Nothing is fetched from outside this origin.
 */
import "./custom-functions-runtime"; // before the functions module, which registers itself with it
import { associated } from "./custom-functions-runtime";
import "../functions/functions";
import { setLanguage, setWordEveryError } from "../functions/boundary";
import { loadStudentT } from "../functions/statistics";
import ExcelJS from "exceljs/dist/exceljs.min.js";
import { DetailedCellError } from "hyperformula";
import * as React from "react";
import { createRoot, Root } from "react-dom/client";
import { App } from "../taskpane/App";
import { Language, LANGUAGE_TAGS, languageOf } from "../core";
import { createEngine, MAX_COLUMNS, MAX_ROWS } from "./engine";
import { WORKBENCH_WORDS } from "./words";
import type { FunctionsJson } from "./hyperformula-plugin";
import { formatNumber } from "./number-format";
import { LoadedSheet, readWorkbook } from "./xlsx-read";
import { engineSheets } from "./xlsx-saved-sheets";
import { downloadFile } from "./xlsx-write";
import { columnLetter, parseA1 } from "../template/planner";
import { WorkbenchDocument, workbenchHost } from "./workbench-host";
import { freeSheetName } from "../taskpane/host";
import { ENTRY_LIMIT, UNPACKED_LIMIT, zipSize, ZipSizeError } from "./zip-size";

const TEMPLATE = "assets/spillsplit-planner.xlsx";

const language: Language = languageOf(new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en");
const w = WORKBENCH_WORDS[language];
// Excel's functions follow Office's display language (labels, error messages); here, the page's.
setLanguage(language);
// The workbench shows every error's message on hover, #NUM! included (Excel shows none on #NUM!).
setWordEveryError(true);

/** The page's own labels, in the workbench's language. */
function labelPage(): void {
  document.documentElement.lang = LANGUAGE_TAGS[language];
  document.title = w.title;
  $("title").textContent = w.title;
  $("open-label").textContent = w.open;
  $("download").textContent = w.download;
  $("reload-pane").textContent = w.reloadPane;
  $("address").setAttribute("aria-label", w.cell);
  $("formula").setAttribute("aria-label", w.formula);
  $("tabs").setAttribute("aria-label", w.sheets);
}

interface State extends WorkbenchDocument {
  /** The workbook as opened; a download writes the sheets' contents back into it. */
  book: ExcelJS.Workbook;
  /** What each sheet held when opened: a download leaves the cells nobody changed as the file had them. */
  opened: LoadedSheet[];
  selected: { row: number; column: number };
  /** The far corner of a range selected with Shift. */
  extent: { row: number; column: number } | undefined;
  fileName: string;
}

let state: State | undefined;

/** The pane listens for sheet switches and edits, as it does to Excel's events. */
const listeners = new Set<() => void>();
function notifyPane(): void {
  listeners.forEach((listener) => listener());
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function say(text: string): void {
  $("message").textContent = text;
}

/** Why a file cannot be opened, in the page's words. */
class CannotOpen extends Error {}

/**
 * Opens a workbook into a new engine and swaps it in only once all of it has loaded: a file that
 * fails (not a workbook, too big, no sheet) leaves the open workbook exactly as it was. Its size is
 * checked from the zip's directory before anything is unpacked.
 */
async function load(buffer: ArrayBuffer, fileName: string, metadata: FunctionsJson): Promise<void> {
  let size;
  try {
    size = zipSize(new Uint8Array(buffer));
  } catch (error) {
    throw new CannotOpen(error instanceof ZipSizeError && error.problem === "zip64" ? w.tooManyParts : w.notXlsx);
  }
  if (size.entries > ENTRY_LIMIT) throw new CannotOpen(w.tooManyParts);
  if (size.unpacked > UNPACKED_LIMIT) throw new CannotOpen(w.tooBig((size.unpacked / 1024 / 1024).toFixed(1)));
  const workbook = new ExcelJS.Workbook();
  let sheets: LoadedSheet[];
  try {
    await workbook.xlsx.load(buffer);
    sheets = readWorkbook(workbook);
  } catch {
    throw new CannotOpen(w.unreadable);
  }
  if (sheets.length === 0) throw new CannotOpen(w.noSheets);
  for (const sheet of sheets) {
    const columns = Math.max(0, ...sheet.rows.map((row) => row.length));
    if (sheet.rows.length > MAX_ROWS || columns > MAX_COLUMNS) throw new CannotOpen(w.sheetTooBig(sheet.name, sheet.rows.length, columns));
  }
  let hf;
  try {
    hf = createEngine(Object.fromEntries(sheets.map((s) => [s.name, s.rows])), metadata, associated);
  } catch {
    throw new CannotOpen(w.unreadable);
  }
  // Everything loaded: only now does the new workbook replace the old one.
  state?.hf.destroy();
  const preferred = sheets.find((s) => s.name === "Growth") ?? sheets[0];
  state = {
    hf,
    book: workbook,
    opened: sheets,
    formats: Object.fromEntries(sheets.map((s) => [s.name, s.formats])),
    sheet: preferred.name,
    selection: "B10",
    selected: { row: 9, column: 1 },
    extent: undefined,
    fileName,
    // A new workbook starts with no answers, even one with the name of a file opened before.
    settings: undefined,
  };
  $("file-name").textContent = fileName;
  render();
}

function sheetId(): number {
  return state!.hf.getSheetId(state!.sheet)!;
}

function address(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

function render(): void {
  if (!state) return;
  const { hf } = state;
  const id = sheetId();
  const { height, width } = hf.getSheetDimensions(id);
  const rows = Math.max(height + 3, 30);
  const columns = Math.max(width + 1, 10);
  const formats = state.formats[state.sheet] ?? {};
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  head.appendChild(document.createElement("th")).className = "row";
  for (let c = 0; c < columns; c++) head.appendChild(document.createElement("th")).textContent = columnLetter(c);
  const body = table.createTBody();
  for (let r = 0; r < rows; r++) {
    const line = body.insertRow();
    const number = line.appendChild(document.createElement("th"));
    number.className = "row";
    number.textContent = String(r + 1);
    for (let c = 0; c < columns; c++) {
      const cell = line.insertCell();
      const a1 = address(r, c);
      cell.dataset.cell = a1;
      const value = hf.getCellValue({ sheet: id, row: r, col: c });
      const classes: string[] = [];
      if (typeof value === "number") {
        cell.textContent = formatNumber(value, formats[`${r},${c}`]);
        classes.push("number");
      } else if (value !== null && typeof value === "object") {
        const error = value as DetailedCellError;
        cell.textContent = error.value;
        cell.title = error.message || error.value;
        classes.push("error");
      } else if (typeof value === "boolean") {
        cell.textContent = value ? "TRUE" : "FALSE";
      } else if (typeof value === "string" && value !== "" && c + 1 < columns && hf.isCellEmpty({ sheet: id, row: r, col: c + 1 })) {
        // Text runs on over the empty cells to its right, as in Excel (fitted after layout).
        cell.appendChild(document.createElement("span")).textContent = value;
        classes.push("overflow");
      } else {
        cell.textContent = value ?? "";
      }
      if (typeof value === "string" && value.length > 24) cell.title = value;
      if (hf.isCellEmpty({ sheet: id, row: r, col: c })) classes.push("empty");
      if (hf.doesCellHaveFormula({ sheet: id, row: r, col: c })) classes.push("formula");
      if (r === state.selected.row && c === state.selected.column) classes.push("selected");
      cell.className = classes.join(" ");
    }
  }
  $("grid").replaceChildren(table);
  fitOverflowingText(table);
  renderTabs();
  showSelection();
}

/** Lets each overflowing text run as far as the empty cells after it reach, and no further. */
function fitOverflowingText(table: HTMLTableElement): void {
  for (const cell of Array.from(table.querySelectorAll<HTMLTableCellElement>("td.overflow"))) {
    const style = getComputedStyle(cell);
    let room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (let next = cell.nextElementSibling; next instanceof HTMLElement && next.classList.contains("empty"); next = next.nextElementSibling) {
      room += next.offsetWidth;
    }
    (cell.firstElementChild as HTMLElement).style.maxWidth = `${room}px`;
  }
}

function renderTabs(): void {
  if (!state) return;
  const tabs = state.hf.getSheetNames().map((name) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(name === state!.sheet));
    tab.textContent = name;
    tab.title = w.renameTab;
    tab.addEventListener("click", () => {
      state!.sheet = name;
      render();
      notifyPane();
    });
    tab.addEventListener("dblclick", () => renameSheet(name));
    return tab;
  });
  $("tabs").replaceChildren(...tabs);
}

/** Renames a sheet as Excel does: its id (and so the pane's answers and bindings) stays. */
function renameSheet(name: string): void {
  if (!state) return;
  const next = window.prompt(w.renamePrompt(name), name);
  if (next === null || next === name) return;
  const others = state.hf.getSheetNames().filter((other) => other !== name);
  if (freeSheetName(next, others) !== next) {
    say(w.cannotRename(next));
    return;
  }
  state.hf.renameSheet(state.hf.getSheetId(name)!, next);
  state.formats[next] = state.formats[name] ?? {};
  delete state.formats[name];
  if (state.looks?.[name]) {
    state.looks[next] = state.looks[name];
    delete state.looks[name];
  }
  const worksheet = state.book.getWorksheet(name);
  if (worksheet) worksheet.name = next; // Download writes into the opened file's own sheet
  if (state.sheet === name) state.sheet = next;
  say("");
  render();
  notifyPane();
}

function showSelection(): void {
  if (!state) return;
  const { row, column } = state.selected;
  const where = { sheet: sheetId(), row, col: column };
  state.selection = selectionAddress();
  ($("address") as HTMLInputElement).value = state.selection;
  const formula = state.hf.getCellFormula(where);
  const raw = state.hf.getCellSerialized(where);
  ($("formula") as HTMLInputElement).value = formula ?? entryText(raw);
  document.querySelectorAll(".grid td.selected, .grid td.in-range").forEach((td) => td.classList.remove("selected", "in-range"));
  document.querySelector(`.grid td[data-cell="${address(row, column)}"]`)?.classList.add("selected");
  if (state.extent) {
    const [start, end] = selectionAddress().split(":").map(parseA1);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) document.querySelector(`.grid td[data-cell="${address(r, c)}"]`)?.classList.add("in-range");
    }
  }
}

/** A constant as the formula bar shows it: text keeps its apostrophe only where it would otherwise read as a number, a formula or TRUE. */
function entryText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  const text = String(raw);
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  return typeof parseEntry(rest) === "string" && !/^(true|false|#)/i.test(rest.trim()) ? rest : text;
}

/** What a typed entry means: a formula, a number, or text — as Excel reads a typed cell. */
function parseEntry(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("=")) return trimmed;
  const number = Number(trimmed.replace(/,/g, ""));
  return /^[+-]?[\d,]*\.?\d+(e[+-]?\d+)?$/i.test(trimmed) && Number.isFinite(number) ? number : text;
}

function commit(text: string): void {
  if (!state) return;
  const { row, column } = state.selected;
  try {
    state.hf.setCellContents({ sheet: sheetId(), row, col: column }, [[parseEntry(text)]]);
    say("");
    notifyPane();
  } catch (error) {
    say(w.cannotEnter((error as Error).message));
  }
  render();
}

function move(rows: number, columns: number, extend = false): void {
  if (!state) return;
  if (extend) {
    const from = state.extent ?? state.selected;
    state.extent = { row: Math.max(0, from.row + rows), column: Math.max(0, from.column + columns) };
  } else {
    state.selected = { row: Math.max(0, state.selected.row + rows), column: Math.max(0, state.selected.column + columns) };
    state.extent = undefined;
  }
  showSelection();
}

function selectionAddress(): string {
  const { selected, extent } = state!;
  if (!extent) return address(selected.row, selected.column);
  const top = Math.min(selected.row, extent.row);
  const left = Math.min(selected.column, extent.column);
  return `${address(top, left)}:${address(Math.max(selected.row, extent.row), Math.max(selected.column, extent.column))}`;
}

async function download(): Promise<void> {
  if (!state) return;
  const buffer = await downloadFile(state.book, engineSheets(state.hf, state.formats, state.opened, state.looks), state.opened);
  const url = URL.createObjectURL(new Blob([buffer as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = state.fileName.replace(/\.xlsx$/i, "") + " (workbench).xlsx";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The task pane's workbook interface, on this page's spreadsheet. */
const host = workbenchHost(
  () => state,
  {
    changed: (switched) => {
      render();
      if (switched) notifyPane();
    },
  },
  () => new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en",
);

let paneRoot: Root | undefined;

/** Mounts (or re-mounts, like a task pane reload) the real task pane beside the sheet. */
function mountPane(): void {
  paneRoot?.unmount();
  paneRoot = createRoot($("root"));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  paneRoot.render(<App host={host} subscribe={subscribe} />);
}

function wireEvents(metadata: FunctionsJson): void {
  const formula = $("formula") as HTMLInputElement;
  formula.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      commit(formula.value);
      move(1, 0);
      $("grid").focus();
    } else if (event.key === "Escape") {
      showSelection();
      $("grid").focus();
    }
  });
  $("grid").addEventListener("click", (event) => {
    const target = (event.target as HTMLElement).closest("td");
    if (!target?.dataset.cell || !state) return;
    const { row, column } = parseA1(target.dataset.cell);
    if (event.shiftKey) state.extent = { row, column };
    else {
      state.selected = { row, column };
      state.extent = undefined;
    }
    showSelection();
  });
  $("grid").addEventListener("dblclick", () => formula.focus());
  $("grid").addEventListener("keydown", (event) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    if (moves[event.key]) {
      event.preventDefault();
      move(moves[event.key][0], moves[event.key][1], event.shiftKey && event.key.startsWith("Arrow"));
    } else if (event.key === "F2") {
      formula.focus();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      commit("");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      // Typing over a cell starts a new entry in the formula bar, as in Excel.
      event.preventDefault();
      formula.value = event.key;
      formula.focus();
    }
  });
  ($("open") as HTMLInputElement).addEventListener("change", async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      // A zip holds its parts in at most a few bytes more than they unpack to (plus headers): a file
      // this large would unpack past the limit too, so it is refused unread.
      if (file.size > UNPACKED_LIMIT) throw new CannotOpen(w.tooBig((file.size / 1024 / 1024).toFixed(1)));
      await load(await file.arrayBuffer(), file.name, metadata);
      say(w.opened(file.name));
      mountPane();
    } catch (error) {
      say(w.cannotOpen(file.name, error instanceof CannotOpen ? error.message : w.unreadable));
    } finally {
      // The same file chosen again after a fix still fires "change".
      (event.target as HTMLInputElement).value = "";
    }
  });
  $("download").addEventListener("click", () => void download());
  $("reload-pane").addEventListener("click", () => mountPane());
}

async function start(): Promise<void> {
  labelPage();
  const metadata: FunctionsJson = await (await fetch("functions.json")).json();
  await loadStudentT(); // CPMFIT's interval: the engine is synchronous, so the chunk comes first
  wireEvents(metadata);
  const template = await fetch(TEMPLATE);
  await load(await template.arrayBuffer(), "spillsplit-planner.xlsx", metadata);
  mountPane();
  document.body.dataset.ready = "true";
}

start().catch((error) => say(w.cannotStart((error as Error).message)));
