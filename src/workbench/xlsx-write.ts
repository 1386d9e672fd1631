/*
 * Download: the engine's sheets written back into the workbook they were opened from. Development
 * and workbench only.
 *
 * Download writes Excel's stored form with each formula's cached value (so the file shows numbers
 * before the add-in loads, and in other applications), and leaves every cell the user did not change
 * exactly as the file had it: dates, hyperlinks, rich text, error values and text that looks like a
 * formula.
 */
// In the page's bundle "exceljs" is ExcelJS's browser build (the package's "browser" field), the file files.ts imports by path; under jest it is the Node build.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { withFileNames } from "../spreadsheet/xlsx-defined-names";
import { toStoredFormula } from "../template/formula-form";
import { argb, excelJsStyle, excelJsViews, STYLES } from "../template/styles";
import type { SavedCell, SavedSheet } from "../spreadsheet/xlsx-saved-sheets";
import type { ChartSpec } from "../template/charts";
import { withCharts } from "../spreadsheet/xlsx-charts";
import { asExcelWrites } from "../spreadsheet/xlsx-excel-form";
import { entryText } from "./entry";
import { address, rangeOf } from "./selection";
import { renamingSheets } from "../template/formula-sheets";
import { nameWorksheets, sheetRenames } from "./worksheet-names";
import { CellLook, cellLook, FileLook, LoadedContent, LoadedSheet } from "../spreadsheet/xlsx-read";

type CellValue = ExcelJS.CellValue;

/** What to write for a cell, or "keep" when the file's own cell stays as it was. */
function written(cell: SavedCell, opened: LoadedContent | undefined, original: unknown, recalculated: boolean): CellValue | "keep" {
  if (cell.kind === "formula") {
    const stored = toStoredFormula(cell.formula);
    // The engine lacks some of Excel's functions and syntax (#NAME?, #ERROR!): an unchanged formula
    // then keeps the formula as Excel stored it (its cached value dropped: see saveInto).
    if (cell.engineCannot && opened === `=${cell.formula}`) return "keep";
    // In a workbook with a formula the engine could not compute, no formula keeps a cached value: a
    // cell reading it may hold a number Excel would not (COUNT, SUMIF and MATCH skip its error), so
    // every formula is left for Excel and LibreOffice to compute (fullCalcOnLoad, saveInto).
    const result = recalculated ? undefined : cell.result;
    if (cell.spill) return { formula: stored, result, shareType: "array", ref: cell.spill } as unknown as CellValue;
    return { formula: stored, result } as unknown as CellValue;
  }
  if (cell.kind === "spilled") return (cell.result ?? null) as CellValue;
  if (opened !== undefined && opened === cell.content && original !== undefined && original !== null) return "keep";
  const value = cell.value;
  if (value === undefined) return null;
  if (typeof value === "string") {
    // Text a user typed over a hyperlink keeps the link.
    const link = original as { hyperlink?: string } | null;
    if (link && typeof link === "object" && typeof link.hyperlink === "string") return { text: value, hyperlink: link.hyperlink };
  }
  return value as CellValue;
}

/**
 * Whether a sheet has a formula the engine could not compute: kept as the file had it, its cached
 * value is Excel's last (see `written`); typed on the page, it is only the engine's error.
 */
function hasUncomputed(sheet: SavedSheet): boolean {
  return sheet.cells.some((line) => line.some((cell) => cell?.kind === "formula" && cell.engineCannot === true));
}

/**
 * Writes the sheets into the workbook they were loaded from, so what the file had — styles, column
 * widths, frozen panes, names, and every cell nobody changed — stays as it was. Formulas are written
 * in Excel's stored form with their cached values; one that spills is written as an array formula
 * over the range it fills. A sheet the workbook lacks (inserted in the workbench) is added, with its
 * number formats. The file is marked for a full recalculation on load only when it has a formula
 * the engine could not compute (a range of sheets, an intersection, or a cell reading one): Excel's
 * last value of it is out of date once the cells it reads changed on the page, and a cell reading it
 * through COUNT, SUMIF or MATCH has the engine's number, not Excel's, so then every formula is
 * written without a cached value, for Excel and other applications to compute. Otherwise the values
 * are current and Excel shows them as they are.
 * `looks` are the fills, font colours and wrapping the page shows (pasted, cut, or as the file gave
 * them): a cell whose look on the page differs from the file's gets the page's.
 */
export function saveInto(workbook: ExcelJS.Workbook, sheets: SavedSheet[], opened: LoadedSheet[] = [], looks: Record<string, FileLook> = {}, quoted: Record<string, string[]> = {}): ExcelJS.Workbook {
  const openedRows = new Map(opened.map((s) => [s.name, s.rows]));
  const calc = workbook.calcProperties as { fullCalcOnLoad?: boolean };
  delete calc.fullCalcOnLoad;
  const recalculated = sheets.some(hasUncomputed);
  if (recalculated) calc.fullCalcOnLoad = true;
  const renamed = keptRenaming(workbook);
  for (const sheet of sheets) {
    const ws = workbook.getWorksheet(sheet.name) ?? addLooking(workbook, sheet);
    const before = openedRows.get(sheet.name);
    // Cells the workbook has that the sheet no longer does are emptied (their style stays).
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (!sheet.cells[rowNumber - 1]?.[columnNumber - 1]) cell.value = null;
      }),
    );
    sheet.cells.forEach((line, r) =>
      line.forEach((saved, c) => {
        if (!saved) return;
        const cell = ws.getCell(r + 1, c + 1);
        const value = written(saved, before?.[r]?.[c], cell.value, recalculated);
        if (value !== "keep") cell.value = value;
        else {
          if (renamed) renameIn(cell, renamed);
          withoutResult(cell);
        }
        // Text whose apostrophe the formula bar shows ('123, 'TRUE: typed back without it, it would not be text):
        // Excel marks its style quotePrefix (xlsx-quote-prefix.ts).
        if (value !== "keep" && typeof value === "string" && saved.kind === "constant" && entryText(saved.content).startsWith("'")) (quoted[sheet.name] ??= []).push(address(r, c));
        const format = sheet.formats[`${r},${c}`];
        // A format typed, pasted or moved here (paste-looks.ts) replaces the one the file had. ExcelJS
        // shares one style object among the cells the file gave the same style: the cell gets its own.
        if (format && cell.numFmt !== format) restyle(cell, { numFmt: format });
      }),
    );
    const shown = looks[sheet.name]?.cells;
    if (shown) writeLooks(ws, shown);
  }
  return workbook;
}

/**
 * The renaming for the formulas kept as the file had them (its sheets as they are now); undefined
 * when no sheet is renamed. The file's defined names are renamed where Download writes them
 * (xlsx-defined-names.ts withFileNames): ExcelJS's own copy of them loses some.
 */
function keptRenaming(workbook: ExcelJS.Workbook): ((formula: string) => string) | undefined {
  const renames = sheetRenames(workbook);
  if ([...renames].every(([was, now]) => was === now)) return undefined;
  return renamingSheets(renames);
}

/**
 * A formula the engine cannot read, kept as the file had it with the value Excel cached, written with
 * its sheets renamed as they are now: the engine renames every other formula, but not these.
 */
function renameIn(cell: ExcelJS.Cell, renaming: (formula: string) => string): void {
  // A copy of a shared formula (no text of its own) follows its master's, renamed here too.
  const value = cell.value as { formula?: string } | null;
  if (!value || typeof value !== "object" || typeof value.formula !== "string") return;
  const now = renaming(`=${value.formula}`).slice(1);
  if (now !== value.formula) cell.value = { ...value, formula: now } as unknown as CellValue;
}

/**
 * A formula kept as the file had it, without the value Excel cached: the cells it reads may have
 * changed on the page, and an application that does not recalculate on load (LibreOffice by default
 * ignores fullCalcOnLoad) would show that old value; a formula without one it computes.
 */
function withoutResult(cell: ExcelJS.Cell): void {
  const value = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
  if (value && typeof value === "object" && (typeof value.formula === "string" || typeof value.sharedFormula === "string") && value.result !== undefined) {
    cell.value = { ...value, result: undefined } as unknown as CellValue;
  }
}

/**
 * Sets `change` on the cell's own copy of its style. ExcelJS shares one style object among the cells
 * a file gave the same style, and its setters (cell.numFmt = …, cell.fill = …) write into that shared
 * object: every cell of the style would change with the one.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

/**
 * Each cell whose look on the page (`shown`, by "row,column") differs from the one the file gives it
 * — a copy's look pasted there, a cut's taken away — takes the page's: fill, font colour, bold,
 * italic, wrapping. What the page does not show (borders, font, size, theme colours) stays the file's.
 */
function writeLooks(ws: ExcelJS.Worksheet, shown: Record<string, CellLook>): void {
  ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => writeLook(cell, shown[`${r - 1},${c - 1}`])));
  // Cells the file never had that the page gave a look (a cell written twice is compared again: no change).
  for (const key of Object.keys(shown)) {
    const [r, c] = key.split(",").map(Number);
    writeLook(ws.getCell(r + 1, c + 1), shown[key]);
  }
}

/** The cell given the look `want` where the file's differs (see writeLooks). */
function writeLook(cell: ExcelJS.Cell, want: CellLook = {}): void {
  const has = cellLook(cell) ?? {};
  const change: Partial<ExcelJS.Style> = {};
  if (want.fill !== has.fill) change.fill = want.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(want.fill) } } : { type: "pattern", pattern: "none" };
  if (want.color !== has.color || !want.bold !== !has.bold || !want.italic !== !has.italic) {
    const font: Partial<ExcelJS.Font> = { ...cell.font, bold: want.bold, italic: want.italic };
    if (want.color !== has.color) font.color = want.color ? { argb: argb(want.color) } : undefined;
    for (const k of Object.keys(font) as (keyof ExcelJS.Font)[]) if (font[k] === undefined) delete font[k];
    change.font = font;
  }
  if (!want.wrap !== !has.wrap && !cell.isMerged) change.alignment = { ...cell.alignment, wrapText: want.wrap || undefined };
  if (Object.keys(change).length) restyle(cell, change);
}

/** A sheet the file lacks, looking as it was inserted: the template's styles, widths and frozen panes (styles.ts). */
function addLooking(workbook: ExcelJS.Workbook, sheet: SavedSheet): ExcelJS.Worksheet {
  const look = sheet.look;
  if (!look) return workbook.addWorksheet(sheet.name);
  const ws = workbook.addWorksheet(sheet.name, { views: excelJsViews(look.frozen) });
  look.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [key, style] of Object.entries(look.styles)) {
    const [row, column] = key.split(",").map(Number);
    Object.assign(ws.getCell(row + 1, column + 1), excelJsStyle(STYLES[style]));
  }
  return ws;
}

/** The workbook part of the file each copy was read from (freshCopy): Download writes its defined names. */
const fileParts = new WeakMap<ExcelJS.Workbook, string>();

/**
 * What a Download writes into: the opened file read afresh from its `bytes`, its worksheets named as
 * `names` says, in the file's order (the page's `opened` sheets: one renamed on the page since keeps
 * its place). Writing into a workbook kept open would carry one Download's writes into the next: a
 * sheet added then undone, a cell's value kept as the last Download wrote it rather than as the file had it.
 */
export async function freshCopy(bytes: Uint8Array, names: readonly string[]): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes as unknown as ArrayBuffer);
  const part = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
  if (part !== undefined) fileParts.set(copy, part);
  nameWorksheets(
    copy,
    copy.worksheets.flatMap((worksheet, i) => (names[i] === undefined ? [] : [[worksheet, names[i]] as const])),
  );
  return copy;
}

type Cell = { row: number; column: number };

/** Where the user was: the sheet on screen, and each sheet's selection by name — its active cell and a range's far corner (sheet-places.ts). */
export interface WhereShown {
  sheet: string;
  places: Record<string, { selected: Cell; extent?: Cell }>;
}

/** The ranges selected around the active cells, by sheet name ("B12:C14"): none for a single cell. */
function rangesOf(where: WhereShown | undefined): Record<string, string> {
  const ranges: Record<string, string> = {};
  for (const [name, { selected, extent }] of Object.entries(where?.places ?? {})) {
    const { top, left, bottom, right } = rangeOf(selected, extent);
    if (top === bottom && left === right) continue;
    ranges[name] = `${address(top, left)}:${address(bottom, right)}`;
  }
  return ranges;
}

/**
 * Writes where the user was, as Excel saves it and opens the file there again: the sheet on screen
 * as the workbook's active tab (the only tab selected), and each sheet's active cell in its first view
 * — the view's frozen panes and the rest of it kept as the file had them.
 */
function writeWhere(workbook: ExcelJS.Workbook, where: WhereShown): void {
  const worksheets = workbook.worksheets;
  const tab = worksheets.findIndex((ws) => ws.name === where.sheet);
  if (tab < 0) return;
  const [book, ...otherBooks] = workbook.views ?? [];
  const firstSheet = Math.min(book?.firstSheet ?? 0, tab);
  const window = book ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" };
  workbook.views = [{ ...window, firstSheet, activeTab: tab }, ...otherBooks];
  for (const ws of worksheets) {
    const [view, ...others] = ws.views ?? [];
    const active = where.places[ws.name]?.selected;
    // ExcelJS writes tabSelected, which its typings leave out.
    const next = { ...(view ?? { state: "normal" }), tabSelected: ws.name === where.sheet } as unknown as ExcelJS.WorksheetView;
    if (active) next.activeCell = address(active.row, active.column);
    ws.views = [next, ...others];
  }
}

/** The file Download hands the user: the sheets written into the opened workbook, spills marked as Excel marks them, and `charts` (the template's the file carried). */
export async function downloadFile(
  workbook: ExcelJS.Workbook,
  sheets: SavedSheet[],
  opened: LoadedSheet[],
  charts: ChartSpec[] = [],
  looks: Record<string, FileLook> = {},
  where?: WhereShown,
): Promise<Uint8Array> {
  const quoted: Record<string, string[]> = {};
  saveInto(workbook, sheets, opened, looks, quoted);
  if (where) writeWhere(workbook, where);
  const buffer = await workbook.xlsx.writeBuffer();
  // The defined names as the file has them, its sheets named and placed as they are now (a copy freshCopy read).
  const file = fileParts.get(workbook);
  const renames = sheetRenames(workbook);
  const names = file === undefined ? undefined : (written: string) => withFileNames(written, file, renames);
  // The charts last, cached from the cells as written (ExcelJS drops the file's own).
  // A range selected around an active cell, as Excel saves it (ExcelJS writes the active cell alone).
  return withCharts(await asExcelWrites(buffer as ArrayBuffer, sheets, rangesOf(where), quoted, names), charts);
}
