/*
 * A cell's look travels with it, as in Excel: a copy pasted brings the copied cells' number format,
 * fill and font colour; a cut moves them, leaving the cut cells plain. Text typed or pasted from
 * elsewhere that Excel reads as a number gives its cell the number format Excel gives it. The looks
 * are kept beside the engine (which holds contents only): number formats, the looks the file gave,
 * and the template's styles of a sheet inserted here. Undo takes a look back with its edit. No DOM.
 */
import type { RawCellContent } from "hyperformula";
import { CellStyle, STYLES } from "../template/styles";
import type { CellRange, PasteLooks } from "./clipboard";
import { readEntry } from "./entry";
import { formatKind } from "../spreadsheet/number-format";
import { State, store } from "./store";
import type { CellLook } from "../spreadsheet/xlsx-read";
import type { LooksChange } from "./undo-step";

type Looks = Pick<State, "formats" | "fileLooks" | "looks">;

/** The last paste's change of looks, until the edit it belongs to is recorded (undo-places.ts). */
let pending: LooksChange | undefined;

/** Takes the change of looks of the paste just made, if any. */
export function takePendingLooks(): LooksChange | undefined {
  const change = pending;
  pending = undefined;
  return change;
}

/** Puts the looks back as they were before the paste (undo) or after it (redo). */
export function applyLooks(change: LooksChange, redo: boolean): void {
  // Undo in reverse order, so a key written twice in one step gets back what it had before the first write.
  for (const { map, key, before, after } of redo ? change.entries : [...change.entries].reverse()) {
    const look = redo ? after : before;
    if (look === undefined) delete map[key];
    else map[key] = look;
  }
}

/** The maps of one sheet that hold a look by "row,column": number formats, the file's looks, the template's styles. */
function lookMaps(state: Looks, sheet: string): Record<string, unknown>[] {
  return [state.formats[sheet] ?? {}, state.fileLooks?.[sheet]?.cells ?? {}, state.looks?.[sheet]?.styles ?? {}];
}

/** The same maps to write into, made where the sheet has none; a sheet with no template styles takes a style as the look it gives. */
function targetMaps(state: Looks, sheet: string): { maps: Record<string, unknown>[]; styleAsLook: boolean } {
  const formats = (state.formats[sheet] ??= {});
  const file = ((state.fileLooks ??= {})[sheet] ??= { cells: {}, widths: [] }).cells;
  const styles = state.looks?.[sheet]?.styles;
  return { maps: [formats, file, styles ?? file], styleAsLook: styles === undefined };
}

/**
 * Writes the looks of `from` (a range on sheet `fromSheet`) over `written` (on `toSheet`), tiled as
 * the paste tiled its contents; a target whose source has no look in a map loses its own there, as a
 * pasted plain cell is plain in Excel. With `cut`, the source cells not pasted over lose their looks.
 */
export function pasteLooks(
  state: Pick<State, "formats" | "fileLooks" | "looks">,
  from: { sheet: string; range: CellRange },
  to: { sheet: string; range: CellRange },
  cut: boolean,
): void {
  const height = from.range.bottom - from.range.top + 1;
  const width = from.range.right - from.range.left + 1;
  const sources = lookMaps(state, from.sheet);
  // Read every source look before writing any: the pasted range may overlap the copied one.
  const taken = sources.map((map) => {
    const looks = new Map<string, unknown>();
    for (let r = from.range.top; r <= from.range.bottom; r++) for (let c = from.range.left; c <= from.range.right; c++) if (`${r},${c}` in map) looks.set(`${r},${c}`, map[`${r},${c}`]);
    return looks;
  });
  const { maps: targets, styleAsLook } = targetMaps(state, to.sheet);
  // What undo needs: every key this paste may write or clear, with its look before.
  const touched: { map: Record<string, unknown>; key: string; before: unknown }[] = [];
  const touch = (map: Record<string, unknown>, key: string) => touched.push({ map, key, before: map[key] });
  if (cut) sources.forEach((map, i) => taken[i].forEach((_, key) => touch(map, key)));
  for (const map of targets) for (let r = to.range.top; r <= to.range.bottom; r++) for (let c = to.range.left; c <= to.range.right; c++) touch(map, `${r},${c}`);
  if (cut) sources.forEach((map, i) => taken[i].forEach((_, key) => delete map[key]));
  targets.forEach((map, i) => {
    for (let r = to.range.top; r <= to.range.bottom; r++) {
      for (let c = to.range.left; c <= to.range.right; c++) {
        const source = `${from.range.top + ((r - to.range.top) % height)},${from.range.left + ((c - to.range.left) % width)}`;
        const key = `${r},${c}`;
        if (taken[i].has(source)) {
          const look = taken[i].get(source);
          map[key] = i === 2 && styleAsLook ? lookOfStyle(look as CellStyle) : look;
        } else if (!(i === 2 && styleAsLook && taken[1].has(source))) delete map[key];
      }
    }
  });
  pending = { entries: touched.map((entry) => ({ ...entry, after: entry.map[entry.key] })) };
}

/** A template style as the look it gives a cell (fill, font colour, bold, italic, wrapped text). */
export function lookOfStyle(style: CellStyle): CellLook {
  const { fill, color, bold, italic, wrap } = STYLES[style];
  return { fill, color, bold, italic, wrap };
}

/**
 * What pasteText tells the grid of a paste: of the page's own copy, the copied cells' looks brought
 * (a cut's moved) to where it went; of text from elsewhere, the number formats Excel gives its cells.
 */
export function bringLooks(state: State): PasteLooks {
  return {
    own: (from, written, cut) => pasteLooks(state, { sheet: state.hf.getSheetName(from.sheet)!, range: from.range }, { sheet: state.sheet, range: written }, cut),
    read: (written, formats) => giveFormats(state, state.sheet, written, formats),
  };
}

/**
 * A cell's number format after an entry, as Excel gives it: a plain number (no format of its own)
 * or text leaves the cell's format; a number read with a format ("50%", "¥500,000", a date) gives
 * the cell that format, unless the cell's is of the same kind already (a 0.00% cell stays 0.00%).
 */
export function formatAfter(before: string | undefined, given: string | undefined): string | undefined {
  if (given === undefined) return before;
  if (before !== undefined && !/^general$/i.test(before) && formatKind(before) === formatKind(given)) return before;
  return given;
}

/** Gives the cells of `range` on `sheet` the formats read with their text (formatAfter), as the change undo takes back with the edit. */
export function giveFormats(state: Pick<State, "formats">, sheet: string, range: Pick<CellRange, "top" | "left">, given: (string | undefined)[][]): void {
  const entries: LooksChange["entries"] = [];
  given.forEach((line, r) =>
    line.forEach((format, c) => {
      const map = (state.formats[sheet] ??= {});
      const key = `${range.top + r},${range.left + c}`;
      const [before, after] = [map[key], formatAfter(map[key], format)];
      if (after === before) return;
      entries.push({ map, key, before, after });
      if (after === undefined) delete map[key];
      else map[key] = after;
    }),
  );
  pending = entries.length > 0 ? { entries } : undefined;
}

/**
 * A typed entry written into a cell, as Excel reads it: its content, and the number format Excel gives
 * it, which undo takes back with it. With `range` (Ctrl+Enter), into every cell of the range, as Excel
 * fills it: a formula's relative references moved from the cell it was typed in, each cell given the format.
 * A plain number is read in each cell by that cell's format, as typing it there reads it (Excel's
 * automatic percent entry in a percent cell, the number itself in a General one).
 */
export function enterTyped(state: State, cell: { row: number; column: number }, text: string, range?: CellRange): void {
  const sheet = state.hf.getSheetId(state.sheet)!;
  const at = { sheet, row: cell.row, col: cell.column };
  const whole = range ?? { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column };
  const [height, width] = [whole.bottom - whole.top + 1, whole.right - whole.left + 1];
  const read = (r: number, c: number) => readEntry(text, state.formats[state.sheet]?.[`${whole.top + r},${whole.left + c}`]);
  const entries = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => read(r, c)));
  let contents: unknown[][] = entries.map((line) => line.map((entry) => entry.content));
  // A formula is one in every cell (= leads it): the typed cell's is filled across the range.
  const { content } = read(cell.row - whole.top, cell.column - whole.left);
  if (range && typeof content === "string" && content.startsWith("=")) {
    // The engine moves a formula's references as its fill does, from a cell holding it: written in the
    // typed cell only to read that fill, then taken back, so the range is written in one step one undo takes back.
    state.hf.setCellContents(at, [[content]]);
    try {
      contents = state.hf.getFillRangeData({ start: at, end: at }, { start: { sheet, row: whole.top, col: whole.left }, end: { sheet, row: whole.bottom, col: whole.right } });
    } finally {
      state.hf.undo();
    }
  }
  state.hf.setCellContents({ sheet, row: whole.top, col: whole.left }, contents as RawCellContent[][]);
  giveFormats(state, state.sheet, whole, entries.map((line) => line.map((entry) => entry.format)));
}

/** How a cell looks on screen: as the file showed it, or — for a sheet inserted here — as the template's style. */
export function lookAt(sheet: string, key: string): CellLook | undefined {
  const { state } = store;
  const fromFile = state?.fileLooks?.[sheet]?.cells[key];
  if (fromFile) return fromFile;
  const style = state?.looks?.[sheet]?.styles[key];
  return style ? lookOfStyle(style) : undefined;
}
