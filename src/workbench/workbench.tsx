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
import { DetailedCellError, HyperFormula } from "hyperformula";
import * as React from "react";
import { createRoot, Root } from "react-dom/client";
import { App } from "../taskpane/App";
import { CellValue, HostError, joinAddress, splitAddress, WorkbookHost } from "../taskpane/host";
import { languageOf } from "../core";
import { createEngine } from "./engine";
import type { FunctionsJson } from "./hyperformula-plugin";
import { formatNumber } from "./number-format";
import { downloadFile, engineSheets, LoadedSheet, readWorkbook } from "./xlsx";
import { columnLetter, parseA1, SheetDefinition, sheetAsRows } from "../template/planner";

const TEMPLATE = "assets/spillsplit-planner.xlsx";

const WORDS = {
  en: {
    title: "Spillsplit workbench",
    open: "Open .xlsx…",
    download: "Download .xlsx",
    reloadPane: "Reload task pane",
    cell: "Cell",
    formula: "Formula bar: type a value or a formula, then Enter",
    sheets: "Sheets",
    opened: (name: string) => `Opened ${name}.`,
    cannotOpen: (name: string, why: string) => `Could not open ${name}: ${why}`,
    cannotEnter: (why: string) => `Could not enter that: ${why}`,
    cannotStart: (why: string) => `The workbench could not start: ${why}`,
  },
  zh: {
    title: "Spillsplit 工作台",
    open: "打开 .xlsx…",
    download: "下载 .xlsx",
    reloadPane: "重新加载任务窗格",
    cell: "单元格",
    formula: "编辑栏：输入数值或公式后按 Enter",
    sheets: "工作表",
    opened: (name: string) => `已打开 ${name}。`,
    cannotOpen: (name: string, why: string) => `无法打开 ${name}：${why}`,
    cannotEnter: (why: string) => `无法输入：${why}`,
    cannotStart: (why: string) => `工作台无法启动：${why}`,
  },
};
const language: "en" | "zh" = languageOf(new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en");
const w = WORDS[language];
// Excel's functions follow Office's display language (labels, error messages); here, the page's.
setLanguage(language);
// The workbench shows every error's message on hover, #NUM! included (Excel shows none on #NUM!).
setWordEveryError(true);

/** The page's own labels, in the workbench's language. */
function labelPage(): void {
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  document.title = w.title;
  $("title").textContent = w.title;
  $("open-label").textContent = w.open;
  $("download").textContent = w.download;
  $("reload-pane").textContent = w.reloadPane;
  $("address").setAttribute("aria-label", w.cell);
  $("formula").setAttribute("aria-label", w.formula);
  $("tabs").setAttribute("aria-label", w.sheets);
}

interface State {
  hf: HyperFormula;
  /** The workbook as opened; a download writes the sheets' contents back into it. */
  book: ExcelJS.Workbook;
  /** What each sheet held when opened: a download leaves the cells nobody changed as the file had them. */
  opened: LoadedSheet[];
  formats: Record<string, Record<string, string>>;
  sheet: string;
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

async function load(buffer: ArrayBuffer, fileName: string, metadata: FunctionsJson): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const sheets = readWorkbook(workbook);
  state?.hf.destroy();
  const hf = createEngine(Object.fromEntries(sheets.map((s) => [s.name, s.rows])), metadata, associated);
  const preferred = sheets.find((s) => s.name === "Growth") ?? sheets[0];
  state = {
    hf,
    book: workbook,
    opened: sheets,
    formats: Object.fromEntries(sheets.map((s) => [s.name, s.formats])),
    sheet: preferred.name,
    selected: { row: 9, column: 1 },
    extent: undefined,
    fileName,
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
    tab.addEventListener("click", () => {
      state!.sheet = name;
      render();
      notifyPane();
    });
    return tab;
  });
  $("tabs").replaceChildren(...tabs);
}

function showSelection(): void {
  if (!state) return;
  const { row, column } = state.selected;
  const where = { sheet: sheetId(), row, col: column };
  ($("address") as HTMLInputElement).value = selectionAddress();
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
  const buffer = await downloadFile(state.book, engineSheets(state.hf, state.formats, state.opened), state.opened);
  const url = URL.createObjectURL(new Blob([buffer as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = state.fileName.replace(/\.xlsx$/i, "") + " (workbench).xlsx";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Settings saved by the pane, per opened workbook (kept while the page is open). */
const settings = new Map<string, unknown>();

function sheetIdOrThrow(name: string): number {
  const id = state!.hf.getSheetId(name);
  if (id === undefined) throw new HostError("SHEET_MISSING", name);
  return id;
}

function engineValue(value: unknown): CellValue {
  if (value instanceof DetailedCellError) return value.value;
  return (value ?? null) as CellValue;
}

function putSheet(name: string, rows: unknown[][], formats: Record<string, string>): void {
  const { hf } = state!;
  if (hf.getSheetId(name) === undefined) hf.addSheet(name);
  hf.setSheetContent(hf.getSheetId(name)!, rows as never);
  state!.formats[name] = formats;
}

/** The task pane's workbook interface, on this page's spreadsheet. */
const workbenchHost: WorkbookHost = {
  kind: "workbench",
  displayLanguage: () => new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en",
  activeSheetName: async () => state?.sheet ?? "",
  sheetNames: async () => state?.hf.getSheetNames() ?? [],
  selectedAddress: async () => joinAddress(state!.sheet, selectionAddress()),
  readRanges: async (addresses) =>
    addresses.map((full) => {
      const { sheet, cells } = splitAddress(full);
      const id = sheetIdOrThrow(sheet);
      const [from, to] = cells.split(":").map(parseA1);
      const end = to ?? from;
      return state!.hf
        .getRangeValues({ start: { sheet: id, row: from.row, col: from.column }, end: { sheet: id, row: end.row, col: end.column } })
        .map((row) => row.map(engineValue));
    }),
  writeTable: async (name, rows) => {
    putSheet(name, rows.map((row) => [...row]), {});
    render();
  },
  addSheet: async (definition: SheetDefinition) => {
    const formats: Record<string, string> = {};
    for (const [a1, cell] of Object.entries(definition.cells)) {
      const { row, column } = parseA1(a1);
      if (cell.format) formats[`${row},${column}`] = cell.format;
    }
    putSheet(definition.name, sheetAsRows(definition), formats);
    state!.sheet = definition.name;
    render();
    notifyPane();
  },
  loadSettings: async () => settings.get(state?.fileName ?? ""),
  saveSettings: async (value) => {
    settings.set(state?.fileName ?? "", JSON.parse(JSON.stringify(value)));
  },
};

let paneRoot: Root | undefined;

/** Mounts (or re-mounts, like a task pane reload) the real task pane beside the sheet. */
function mountPane(): void {
  paneRoot?.unmount();
  paneRoot = createRoot($("root"));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  paneRoot.render(<App host={workbenchHost} subscribe={subscribe} />);
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
      await load(await file.arrayBuffer(), file.name, metadata);
      say(w.opened(file.name));
      mountPane();
    } catch (error) {
      say(w.cannotOpen(file.name, (error as Error).message));
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
