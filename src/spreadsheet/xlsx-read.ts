/*
 * Open: an .xlsx (ExcelJS) read into the rows a formula engine loads. Development only: the
 * workbench's Open and the tests that read the built template.
 *
 * Open reads every form a formula can have in a file — Excel's stored form (`_xldudf_RED_X(…)`,
 * `_xlfn.X(…)`) and one typed by hand (`RED.X(…)`) — as the typed form the engine knows.
 */
import type ExcelJS from "exceljs";
import { toTypedFormula } from "../template/formula-form";
import { parseA1 } from "../template/planner";
import { MS_PER_DAY, UNIX_EPOCH_DAY } from "./excel-serial";

/** What the engine loads for a cell: "=formula" (typed form), text as "'text", a number, a boolean, an error literal, or nothing. */
export type LoadedContent = string | number | boolean | null;

export interface LoadedSheet {
  name: string;
  rows: LoadedContent[][];
  /** "row,column" (zero-based) → Excel number format. */
  formats: Record<string, string>;
  /** How the file shows its cells and columns, for the grid. */
  look?: FileLook;
}

/** A cell's look as the file gives it: fill and font colour ("#RRGGBB"), bold, italic, wrapped text. */
export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
}

/**
 * A sheet's look as the file gives it: cells by "row,column", column widths in characters (0 where
 * the file sets none), and the rows and columns its frozen panes hold at the top and left.
 */
export interface FileLook {
  cells: Record<string, CellLook>;
  widths: number[];
  frozen?: { rows: number; columns: number };
  /** The cell its first view has active (selected), where the file names one. */
  active?: { row: number; column: number };
  /** The range selected around `active` (zero-based corners), where the file has more than that cell selected (workbench/xlsx-selected-ranges.ts). */
  selection?: { top: number; left: number; bottom: number; right: number };
  /** Row → height in points, for the rows the file sets one (Excel keeps those; it autofits the rest). */
  heights?: Record<number, number>;
}

/** The rows and columns a sheet's first view freezes, as Excel shows them; undefined where none are. */
function frozenPanes(ws: ExcelJS.Worksheet): { rows: number; columns: number } | undefined {
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state !== "frozen") return undefined;
  const count = (split: number | undefined) => (Number.isInteger(split) && split! > 0 ? split! : 0);
  return { rows: count(view.ySplit), columns: count(view.xSplit) };
}

/** The cell a sheet's first view has active, as Excel opens it there; undefined where the file names none. */
function activeCell(ws: ExcelJS.Worksheet): { row: number; column: number } | undefined {
  const at = ((ws.views?.[0] as { activeCell?: string } | undefined)?.activeCell ?? "").replace(/\$/g, "").toUpperCase();
  return /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(at) ? parseA1(at) : undefined;
}

/** The sheet the workbook has active (its first window's active tab), as Excel opens it; undefined where the file names none. */
export function activeSheet(workbook: ExcelJS.Workbook): string | undefined {
  const tab = workbook.views?.[0]?.activeTab;
  return Number.isInteger(tab) ? workbook.worksheets[tab]?.name : undefined;
}

/** An ARGB colour from the file as "#RRGGBB"; undefined for theme or indexed colours, which need the file's theme. */
function rgb(color: { argb?: string } | undefined): string | undefined {
  const argb = color?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

export function cellLook(cell: ExcelJS.Cell): CellLook | undefined {
  const look: CellLook = {};
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") look.fill = rgb(fill.fgColor);
  const font = cell.font as { color?: { argb?: string }; bold?: boolean; italic?: boolean } | undefined;
  look.color = rgb(font?.color);
  if (font?.bold) look.bold = true;
  if (font?.italic) look.italic = true;
  // Wrapped, but not in a merged range: the grid draws no merges, and Excel's autofit leaves those rows
  // alone; its text runs on over the empty cells beside it, as the range would show it.
  if ((cell.alignment as { wrapText?: boolean } | undefined)?.wrapText && !cell.isMerged) look.wrap = true;
  for (const key of Object.keys(look) as (keyof CellLook)[]) if (look[key] === undefined) delete look[key];
  return Object.keys(look).length ? look : undefined;
}

/** The days from the 1904 date system's day 0 (1 January 1904) to the 1900 system's (1462). */
const DAYS_1904 = 1462;

/**
 * A JavaScript date (ExcelJS reads date-formatted cells as UTC dates) as Excel's date serial number:
 * the inverse of ExcelJS's reading, which counts every day from 1970 back (so its date for a serial
 * before 61 is a day early, and that serial comes back as it was).
 */
function excelSerial(date: Date, date1904: boolean): number {
  // In whole milliseconds first, then one division: ExcelJS's date is the serial's milliseconds from
  // 1970, rounded, and adding the days in days would cancel digits (9:30 PM, 43/48, came back as
  // 0.895833333332121, so =A1*24=21.5 was FALSE). A serial of whole milliseconds comes back exactly.
  const epochDay = date1904 ? UNIX_EPOCH_DAY - DAYS_1904 : UNIX_EPOCH_DAY;
  return (date.getTime() + epochDay * MS_PER_DAY) / MS_PER_DAY;
}

/** Text the engine must keep as text: the apostrophe is the engine's (and Excel's) text marker. */
function asText(text: string): string {
  return `'${text}`;
}

function plainText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const rich = value as { richText?: { text: string }[] } | null;
  if (rich && Array.isArray(rich.richText)) return rich.richText.map((part) => part.text).join("");
  return undefined;
}

function cellContent(cell: ExcelJS.Cell, date1904: boolean): LoadedContent {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return asText(value);
  if (value instanceof Date) return excelSerial(value, date1904);
  const v = value as { formula?: string; sharedFormula?: string; text?: unknown; hyperlink?: string; error?: string };
  if (typeof v.formula === "string") return `=${toTypedFormula(v.formula)}`;
  if (v.sharedFormula !== undefined) return `=${toTypedFormula(cell.formula)}`;
  if (typeof v.error === "string") return v.error;
  const text = plainText(value) ?? plainText(v.text);
  return text === undefined ? null : asText(text);
}

/** The cells of an array formula other than its top-left one: Excel stores the spilled values there, the engine spills its own. */
function spilledCells(ws: ExcelJS.Worksheet): Set<string> {
  const spilled = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const model = cell.model as { shareType?: string; ref?: string };
      if (model.shareType !== "array" || !model.ref || !model.ref.includes(":")) return;
      const [from, to] = model.ref.split(":").map((a1) => ws.getCell(a1));
      for (let r = Number(from.row); r <= Number(to.row); r++) {
        for (let c = Number(from.col); c <= Number(to.col); c++) if (r !== Number(from.row) || c !== Number(from.col)) spilled.add(`${r},${c}`);
      }
    }),
  );
  return spilled;
}

export function readWorkbook(workbook: ExcelJS.Workbook): LoadedSheet[] {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return workbook.worksheets.map((ws) => {
    const rows: LoadedContent[][] = [];
    const formats: Record<string, string> = {};
    const spilled = spilledCells(ws);
    const looks: Record<string, CellLook> = {};
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height) heights[rowNumber - 1] = row.height;
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const look = cellLook(cell);
        if (look) looks[`${rowNumber - 1},${columnNumber - 1}`] = look;
      });
    });
    const widths = Array.from({ length: ws.columnCount }, (_, c) => ws.getColumn(c + 1).width ?? 0);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: LoadedContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        while (line.length < columnNumber - 1) line.push(null);
        // A merged range holds its value in its first cell; ExcelJS hands the others that value too,
        // which would copy a note into every cell it covers (and into the download).
        const mergedInto = cell.isMerged && cell.master.address !== cell.address;
        line[columnNumber - 1] = spilled.has(`${rowNumber},${columnNumber}`) || mergedInto ? null : cellContent(cell, date1904);
        if (cell.numFmt) formats[`${rowNumber - 1},${columnNumber - 1}`] = cell.numFmt;
      });
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = line;
    });
    return { name: ws.name, rows, formats, look: { cells: looks, widths, frozen: frozenPanes(ws), active: activeCell(ws), heights } };
  });
}
