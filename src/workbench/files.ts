/*
 * Open and Download on the page: a chosen file checked and loaded into a new engine, and the open
 * workbook handed back as an .xlsx.
 */
import ExcelJS from "exceljs/dist/exceljs.min.js";
import { associated } from "../spreadsheet/custom-functions-runtime";
import { csvSheet, sheetNameOf } from "./csv";
import { chartsOfFile } from "./kept-charts";
import { namesAsKept, parsedContents, replayed } from "./kept-form";
import { nameAsKept } from "./worksheet-names";
import { contentsChanged, forgetKept, keepSoon, keptWorkbook, seedKept, workbookBytes } from "./kept-workbook";
import { createEngine, MAX_COLUMNS, MAX_ROWS } from "../spreadsheet/engine";
import { definedNamesOfFile } from "../spreadsheet/xlsx-defined-names";
import { render } from "./grid";
import type { HyperFormula } from "hyperformula";
import type { FunctionsJson } from "../spreadsheet/hyperformula-plugin";
import { rewordingCells } from "./language-cells";
import { $, say, saying, w } from "./page";
import { mountPane, unmountPane } from "./pane";
import { hasAnswers } from "../taskpane/state";
import { address } from "./selection";
import { store } from "./store";
import { settingsOfFile } from "./xlsx-addin-settings";
import { activeSheet, LoadedSheet, readWorkbook } from "../spreadsheet/xlsx-read";
import { withSelectedRanges } from "./xlsx-selected-ranges";
import { keptPlaces, openingPlace, putBackPlaces } from "./sheet-places";
import { ENTRY_LIMIT, UNPACKED_LIMIT, zipSize, ZipSizeError } from "./zip-size";

/** Why a file cannot be opened, in the page's words. */
class CannotOpen extends Error {}

/** Lets the page paint what it says before the next long step (at most a tenth of a second's wait where no frame comes, as in a hidden tab). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timeout), resolve()), 0));
  });
}

/** Says how far the opening has come, and waits for the page to show it. */
async function progress(text: string): Promise<void> {
  say(text);
  await painted();
}

/**
 * Opens a workbook into a new engine and swaps it in only once all of it has loaded: a file that
 * fails (not a workbook, too big, no sheet) leaves the open workbook exactly as it was. Its size is
 * checked from the zip's directory before anything is unpacked.
 */
export async function load(buffer: ArrayBuffer, fileName: string, metadata: FunctionsJson, contents?: string): Promise<void> {
  const grid = $("grid");
  grid.setAttribute("aria-busy", "true");
  try {
    await loadInto(buffer, fileName, metadata, contents);
  } finally {
    grid.removeAttribute("aria-busy");
  }
}

/**
 * {@link load}, saying each step as it goes (a 40,000-row sheet takes seconds to read and compute);
 * with the `contents` this browser kept since the file was opened (kept-form.ts), the engine holds those.
 */
async function loadInto(buffer: ArrayBuffer, fileName: string, metadata: FunctionsJson, contents?: string): Promise<void> {
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
    await progress(w.unpacking(fileName));
    await workbook.xlsx.load(buffer);
    await progress(w.readingCells(fileName));
    sheets = readWorkbook(workbook);
  } catch {
    throw new CannotOpen(w.unreadable);
  }
  if (sheets.length === 0) throw new CannotOpen(w.noSheets);
  // The range each sheet has selected around its active cell (ExcelJS reads the cell alone).
  await withSelectedRanges(buffer, sheets).catch(() => undefined);
  let opened = sheets;
  let renamed = new Map<string, string>();
  let kept;
  if (contents !== undefined) {
    try {
      kept = parsedContents(contents, sheets.length);
    } catch {
      throw new CannotOpen(w.unreadable);
    }
    ({ engine: sheets, opened, renamed } = replayed(sheets, kept));
    // The file's sheets under their names now: its active sheet is found by them, and a kept name
    // ExcelJS refuses (one Download could not write) is refused here.
    try {
      nameAsKept(workbook, renamed);
    } catch {
      throw new CannotOpen(w.unreadable);
    }
  }
  for (const sheet of sheets) {
    const columns = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0); // a loop: a spread of every row overflows the stack
    if (sheet.rows.length > MAX_ROWS || columns > MAX_COLUMNS) throw new CannotOpen(w.sheetTooBig(sheet.name, sheet.rows.length, columns));
  }
  await progress(w.computing(fileName, sheets.reduce((total, sheet) => total + sheet.rows.length, 0)));
  let hf;
  try {
    hf = createEngine(sheets, metadata, associated, namesAsKept(await definedNamesOfFile(buffer), renamed));
  } catch {
    throw new CannotOpen(w.unreadable);
  }
  const charts = await chartsOfFile(buffer, hf, renamed).catch(() => []);
  const settings = await settingsOfFile(buffer);
  // Everything loaded: only now does the new workbook replace the old one. The pane closes first,
  // saving a change it had pending into the workbook it was made in.
  unmountPane();
  store.state?.hf.destroy();
  markChanges(hf);
  // The sheet the file has active, as Excel opens it (Download writes it); else the planner's Growth, else the first.
  const active = activeSheet(workbook);
  const preferred = sheets.find((s) => s.name === active) ?? sheets.find((s) => s.name === "Growth") ?? sheets[0];
  // Its own selection, as Excel opens a file; else the first cell past its frozen panes (the template's B10), A1 for a CSV.
  // As the page showed the cells when kept (replayed): the looks pasted since the file was opened, too.
  const fileLooks = Object.fromEntries(sheets.flatMap((s) => (s.look ? [[s.name, s.look]] : [])));
  const { selected, extent } = openingPlace({ fileLooks, looks: kept?.looks }, preferred.name);
  store.state = {
    hf,
    bytes: new Uint8Array(buffer),
    opened,
    formats: Object.fromEntries(sheets.map((s) => [s.name, s.formats])),
    ...(kept ? { looks: kept.looks } : {}),
    fileLooks,
    sheet: preferred.name,
    selection: address(selected.row, selected.column),
    selected,
    extent,
    fileName,
    charts,
    // A workbook's answers are the ones its file carries (a Download writes them where Excel keeps
    // an add-in's settings), never those of a file of the same name opened before.
    settings,
  };
  // Kept in this browser as opened, until a change: its own bytes, so nothing is built now.
  seedKept(store.state, new Uint8Array(buffer));
  $("file-name").textContent = fileName;
  render();
  say("");
}

const TEMPLATE = "assets/spillsplit-planner.xlsx";

/** Opens the planner template, as a first visit does. */
export async function openTemplate(metadata: FunctionsJson): Promise<void> {
  const template = await fetch(TEMPLATE);
  await load(await template.arrayBuffer(), "spillsplit-planner.xlsx", metadata);
}

/**
 * Opens the workbook an earlier visit kept in this browser, as it was left: its sheets, the pane's
 * answers, the sheet and cells selected, and whether it had edits not downloaded. False when there
 * is none, or when it cannot be opened (the page says why).
 */
export async function openKept(metadata: FunctionsJson): Promise<boolean> {
  const kept = await keptWorkbook();
  if (!kept) return false;
  try {
    const bytes = kept.bytes instanceof Blob ? await kept.bytes.arrayBuffer() : kept.bytes.slice().buffer;
    await load(bytes, kept.fileName, metadata, await kept.contents?.text());
  } catch (error) {
    say((words) => words.cannotReopen(kept.fileName, error instanceof CannotOpen ? error.message : words.unreadable));
    return false;
  }
  const state = store.state!;
  // This tab keeps over the kept copy only while no other tab has kept one since.
  state.settings = kept.settings;
  state.unsaved = kept.unsaved;
  if (state.hf.getSheetId(kept.sheet) !== undefined) {
    state.sheet = kept.sheet;
    state.selected = kept.selected;
    state.extent = kept.extent;
  }
  // Every sheet's own selection as it was left, the range around its active cell too.
  if (kept.places) putBackPlaces(state, kept.places);
  // As it was kept: keeping it again unchanged writes nothing, and another tab's later copy is never overwritten.
  seedKept(state, kept.bytes, kept.stamp ?? 0, { ...kept, sheet: state.sheet, selected: state.selected, extent: state.extent, places: keptPlaces(state) });
  render();
  say((words) => words.reopened(kept.fileName));
  return true;
}

/**
 * Start over: the template opened again and the kept workbook forgotten, after asking when the open
 * one has changes that would be lost (edits not downloaded, or the pane's answers).
 */
export async function startOver(metadata: FunctionsJson): Promise<void> {
  const open = store.state;
  if (open && (open.unsaved || hasAnswers(open.settings)) && !window.confirm(w.startOverChanged(open.fileName))) return;
  try {
    await openTemplate(metadata);
  } catch (error) {
    say((words) => words.cannotStart((error as Error).message));
    return;
  }
  await forgetKept();
  mountPane();
  say((words) => words.startedOver);
}

/** A CSV report as an .xlsx workbook of one sheet named after it, so it opens, edits and downloads as any workbook. */
async function csvWorkbook(bytes: Uint8Array, fileName: string): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameOf(fileName));
  // Text stays text: the engine's marker is dropped here, the cell's type keeps it.
  const { rows, formats } = csvSheet(bytes);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = typeof value === "string" ? value.slice(1) : value;
      // As Excel opens it: ¥1,234.50 a number shown in a currency format, 2026-11-30 a date.
      if (formats[`${r},${c}`]) cell.numFmt = formats[`${r},${c}`];
    }),
  );
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Opens the file the user chose, and says whether it opened or why not. */
export async function openFile(file: File, metadata: FunctionsJson): Promise<void> {
  // Edits not downloaded would be lost: ask first, as Excel asks before closing an unsaved workbook.
  const open = store.state;
  if (open?.unsaved && !window.confirm(w.replaceEdited(open.fileName, file.name))) return;
  try {
    // A zip holds its parts in at most a few bytes more than they unpack to (plus headers): a file
    // this large would unpack past the limit too, so it is refused unread.
    if (file.size > UNPACKED_LIMIT) throw new CannotOpen(w.tooBig((file.size / 1024 / 1024).toFixed(1)));
    const bytes = await file.arrayBuffer();
    const csv = /\.csv$/i.test(file.name);
    await load(csv ? await csvWorkbook(new Uint8Array(bytes), file.name) : bytes, csv ? file.name.replace(/\.csv$/i, ".xlsx") : file.name, metadata);
    say((words) => words.opened(file.name));
    mountPane();
  } catch (error) {
    say((words) => words.cannotOpen(file.name, error instanceof CannotOpen ? error.message : words.unreadable));
  }
}

/**
 * Marks the open workbook changed on any change the engine makes — a typed value, a paste, undo
 * and redo, a sheet the pane inserts or renames — as Excel marks a workbook dirty, whatever made it.
 */
function markChanges(hf: HyperFormula): void {
  const changed = () => {
    // Cells computed again in another language are no change to the workbook (language-cells.ts).
    if (store.state?.hf !== hf || rewordingCells()) return;
    store.state.unsaved = true;
    contentsChanged();
  };
  for (const event of ["valuesUpdated", "sheetAdded", "sheetRemoved", "sheetRenamed", "namedExpressionAdded", "namedExpressionRemoved"] as const) hf.on(event, changed);
}

export async function download(): Promise<void> {
  if (!store.state) return;
  const state = store.state;
  // Writing the .xlsx holds the page for seconds on a big workbook: the page says so first.
  const said = saying();
  await progress(w.writing(state.fileName));
  const buffer = await workbookBytes(state);
  say(said);
  // What is downloaded is saved: Open asks again only after the next change.
  state.unsaved = false;
  keepSoon();
  const url = URL.createObjectURL(new Blob([buffer as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = store.state.fileName.replace(/\.xlsx$/i, "") + " (workbench).xlsx";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
