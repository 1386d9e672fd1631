/*
 * The range each sheet of a file has selected around its active cell, as Excel saves it: the sqref of
 * its first view's active pane's selection (ExcelJS reads the active cell alone). Open puts it on the
 * sheet's look, so the sheet opens at that range again. No DOM.
 */
import JSZip from "jszip";
import { EXCEL_LAST_COLUMN, EXCEL_LAST_ROW, MAX_COLUMNS, MAX_ROWS } from "../spreadsheet/limits";
import type { LoadedSheet } from "../spreadsheet/xlsx-read";
import { sheetParts } from "../spreadsheet/xlsx-excel-form";
import { parseReference } from "./references";

type CellRange = { top: number; left: number; bottom: number; right: number };


/** "B2" or "B2:D5" as its corners; undefined for anything else (a sheet's name, too). */
function rangeOfReference(reference: string): CellRange | undefined {
  const read = parseReference(reference, []);
  return read && !read.sheet ? { top: read.from.row, left: read.from.column, bottom: read.to.row, right: read.to.column } : undefined;
}

/** The attributes of each element `tag` in `xml`, by name. */
function attributesOf(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) => Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

/** The range a sheet part's first view has selected (its active pane's selection): its sqref's range holding the active cell. */
function rangeSelected(xml: string): CellRange | undefined {
  const start = /<sheetView\b[^>]*>/.exec(xml);
  // A view written as one empty element selects nothing of its own.
  if (!start || start[0].endsWith("/>")) return undefined;
  const end = xml.indexOf("</sheetView>", start.index);
  const views = xml.slice(start.index, end < 0 ? undefined : end);
  const pane = attributesOf(views, "pane")[0]?.activePane ?? "topLeft";
  const selection = attributesOf(views, "selection").find((s) => (s.pane ?? "topLeft") === pane);
  const active = selection?.activeCell && rangeOfReference(selection.activeCell);
  if (!active || !selection?.sqref) return undefined;
  return selection.sqref
    .split(/\s+/)
    .map(rangeOfReference)
    .find((range) => range && range.top <= active.top && active.top <= range.bottom && range.left <= active.left && active.left <= range.right);
}

/**
 * Puts on each sheet's look the range the file has selected around its active cell, where it is more
 * than that cell. Whole columns or rows (Excel saves them down to its last row, or across to its last
 * column) reach as far as the sheet's cells, as the workbench selects them; no range reaches past
 * what the engine holds. A file whose parts cannot be read keeps its active cells alone.
 */
export async function withSelectedRanges(buffer: ArrayBuffer | Uint8Array, sheets: LoadedSheet[]): Promise<void> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = await sheetParts(zip);
  for (const sheet of sheets) {
    const part = parts.get(sheet.name);
    const active = sheet.look?.active;
    const xml = part && active ? await zip.file(part)?.async("string") : undefined;
    const range = xml && rangeSelected(xml);
    if (!range || !active || (range.top === range.bottom && range.left === range.right)) continue;
    const rows = sheet.rows.length;
    const columns = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    if (range.bottom === EXCEL_LAST_ROW) range.bottom = Math.max(range.top, active.row, rows - 1);
    if (range.right === EXCEL_LAST_COLUMN) range.right = Math.max(range.left, active.column, columns - 1);
    range.bottom = Math.min(range.bottom, MAX_ROWS - 1);
    range.right = Math.min(range.right, MAX_COLUMNS - 1);
    if (active.row <= range.bottom && active.column <= range.right) sheet.look!.selection = range;
  }
}
