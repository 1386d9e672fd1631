/*
 * How the template's cells look, defined once for every writer: the ExcelJS build of the shipped
 * file (scripts/build-template.ts), Office.js's "Insert scenario sheet" (office-host.ts) and the
 * workbench's download of a sheet inserted there (workbench/xlsx-write.ts), so an inserted sheet looks like the
 * shipped one. Colours are "#RRGGBB"; each writer spells them its own way.
 */
import type ExcelJS from "exceljs";

export type CellStyle = "title" | "subtitle" | "header" | "input" | "output" | "total" | "note" | "label";

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

/**
 * A column width in characters (as the file stores it) in points (as Office.js sets it): a
 * character of the default font is 7 pixels, plus 5 pixels of padding, at 0.75 points a pixel.
 */
export function columnPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** A style as ExcelJS assigns it to a cell. */
export function excelJsStyle(style: StyleDefinition): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size !== undefined) font.size = style.size;
  if (style.color) font.color = { argb: argb(style.color) };
  if (Object.keys(font).length) out.font = font;
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) out.border = { [style.border.edge]: { style: "thin", color: { argb: argb(style.border.color) } } };
  if (style.wrap || style.vertical) out.alignment = { ...(style.wrap ? { wrapText: true } : {}), ...(style.vertical ? { vertical: style.vertical } : {}) };
  return out;
}
