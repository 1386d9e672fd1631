/*
 * How the template's cells look, defined once for every writer: the ExcelJS build of the shipped
 * file (scripts/build-template.ts), Office.js's "Insert scenario sheet" (office-host.ts) and the
 * workbench's download of a sheet inserted there (workbench/xlsx-write.ts), so an inserted sheet looks like the
 * shipped one. Colours are "#RRGGBB"; each writer spells them its own way.
 */
import type ExcelJS from "exceljs";

export type CellStyle = "title" | "subtitle" | "header" | "input" | "output" | "total" | "note" | "label" | "wrapped";

export interface StyleDefinition {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; the workbook's default where not given. */
  size?: number;
  color?: string;
  fill?: string;
  /** A thin line on one edge of the cell. */
  border?: { edge: "top" | "bottom"; color: string };
  wrap?: boolean;
  vertical?: "top" | "middle";
}

const RED = "#FF2442";
const GREY = "#616161";

export const STYLES: Record<CellStyle, StyleDefinition> = {
  title: { bold: true, size: 14, color: RED },
  subtitle: { italic: true, color: GREY },
  header: { bold: true, fill: "#F3F2F1", border: { edge: "bottom", color: "#BDBDBD" }, wrap: true, vertical: "middle" },
  input: { color: "#0F4C9E", fill: "#E8F1FB" },
  output: { bold: true },
  total: { bold: true, border: { edge: "top", color: GREY } },
  note: { color: GREY, wrap: true, vertical: "top" },
  label: {},
  wrapped: { wrap: true, vertical: "top" },
};

/**
 * A sheet's look, for a writer that adds the sheet later (the workbench's download of a sheet
 * inserted there): each styled cell's style by "row,column" (from 0), the widths in characters
 * from column A, and the frozen panes.
 */
export interface SheetLook {
  styles: Record<string, CellStyle>;
  widths: number[];
  frozen: { rows: number; columns: number };
}

/** The narrowest and widest a table's column is made, in characters: a long answer wraps rather than running off the page. */
const TABLE_WIDTH = { min: 10, max: 60 };

/** How many characters wide a text shows: a Chinese character takes two (a table's column widths, a wrapped row's height). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * How a table the pane writes (the minefields report) looks, in Excel and in the workbench alike:
 * its header row bold and frozen, every other cell wrapped at the top, and each column as wide as its
 * longest line needs, within 10 to 60 characters — so no column is cut and none runs off the page.
 */
export function tableLook(rows: readonly (readonly unknown[])[]): SheetLook {
  const columns = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const widths = Array.from({ length: columns }, (_, c) => {
    let longest = 0;
    for (const row of rows) for (const line of String(row[c] ?? "").split("\n")) longest = Math.max(longest, displayWidth(line));
    return Math.min(TABLE_WIDTH.max, Math.max(TABLE_WIDTH.min, longest + 2));
  });
  const styles: Record<string, CellStyle> = {};
  rows.forEach((row, r) => row.forEach((_, c) => (styles[`${r},${c}`] = r === 0 ? "header" : "wrapped")));
  return { styles, widths, frozen: { rows: rows.length > 1 ? 1 : 0, columns: 0 } };
}

/**
 * A column width in characters (as the file stores it) in points (as Office.js sets it): a
 * character of the default font is 7 pixels, plus 5 pixels of padding, at 0.75 points a pixel.
 */
export function columnPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/**
 * A sheet's view as ExcelJS writes it: its panes frozen where it freezes rows or columns, else a
 * plain view — a "frozen" pane that freezes nothing is an empty pane Excel keeps on the sheet.
 */
export function excelJsViews(frozen: { rows: number; columns: number }): Partial<ExcelJS.WorksheetView>[] {
  return frozen.rows || frozen.columns ? [{ state: "frozen", xSplit: frozen.columns, ySplit: frozen.rows }] : [{ state: "normal" }];
}

/** "#1f6f43" → "FF1F6F43": a colour as ExcelJS and the file write it (opaque). */
export const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** A style as ExcelJS assigns it to a cell. */
export function excelJsStyle(style: StyleDefinition): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size !== undefined) font.size = style.size;
  if (style.color) font.color = { argb: argb(style.color) };
  // Each font whole, as Excel writes one: the workbook's Calibri 11 with what the style changes. A font
  // with no name or size is drawn in whatever the reader picks (LibreOffice: a serif, wider, so figures show ###).
  if (Object.keys(font).length) out.font = { name: "Calibri", family: 2, scheme: "minor", size: 11, ...font };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) out.border = { [style.border.edge]: { style: "thin", color: { argb: argb(style.border.color) } } };
  if (style.wrap || style.vertical) out.alignment = { ...(style.wrap ? { wrapText: true } : {}), ...(style.vertical ? { vertical: style.vertical } : {}) };
  return out;
}
