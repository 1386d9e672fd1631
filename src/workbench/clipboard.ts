/*
 * Copy, cut, paste, clear and fill on the engine, as Excel does them on a range: what goes on the
 * clipboard (tab-separated text, and an HTML table other spreadsheets read), what a paste from
 * Excel, LibreOffice or a report writes, and each operation as one step that undo takes back.
 * No DOM: the grid's events (grid-events.ts) call these with the selection.
 */
import type { HyperFormula } from "hyperformula";
import { shownValue } from "../spreadsheet/engine";
import { Entry, notAFormula, readEntry } from "./entry";
import { formatNumber } from "../spreadsheet/number-format";

/** A block of cells, zero-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a paste tells the grid, to bring the cells' looks along (paste-looks.ts). */
export interface PasteLooks {
  /** The page's own copy pasted: where it came from and where it went (a cut moved it). */
  own?: (from: { sheet: number; range: CellRange }, written: CellRange, cut: boolean) => void;
  /** Text from elsewhere pasted: the range written and the number format Excel gives each of its cells (undefined: none). */
  read?: (written: CellRange, formats: (string | undefined)[][]) => void;
}

/**
 * What the last copy in this page put on the clipboard, to paste it as the engine copied it (formulas
 * moved with it), and the copied cells as they were then (`contents`): an edit of them ends the copy,
 * as in Excel, and the clipboard's text is pasted instead.
 */
let lastCopy: { text: string; source: { sheet: number; range: CellRange }; cut: boolean; contents: string } | undefined;

/** The cells of `range` as the engine would write them back, to tell whether they were edited since. */
function contentsOf(hf: HyperFormula, sheet: number, range: CellRange): string {
  return JSON.stringify(hf.getRangeSerialized({ start: { sheet, row: range.top, col: range.left }, end: { sheet, row: range.bottom, col: range.right } }));
}

/** The page's own copy is still the one to paste: the same text, its sheet still there and its cells unedited since. */
function stillOurs(hf: HyperFormula, text: string): boolean {
  if (lastCopy === undefined || hf.isClipboardEmpty() || lastCopy.text.replace(/\r\n/g, "\n") !== text.replace(/\r\n/g, "\n")) return false;
  const { sheet, range } = lastCopy.source;
  return hf.getSheetName(sheet) !== undefined && contentsOf(hf, sheet, range) === lastCopy.contents;
}

/** A field as Excel writes it into tab-separated text: quoted, quotes doubled, where it holds a tab, a line break or a quote. */
function tsvField(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of texts as the tab-separated text Excel puts on the clipboard (CRLF between rows, one after the last). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(tsvField).join("\t")).join("\r\n") + "\r\n";
}

/**
 * Tab-separated text from the clipboard as rows of texts: Excel's quoting (a quoted field keeps its
 * tabs and line breaks, "" is a quote), CRLF, LF or CR between rows, and the final line break
 * dropped — so one copied cell is one cell, not a cell and an empty row.
 */
export function fromTsv(text: string): string[][] {
  return delimited(text, "\t");
}

/** Delimited text (tab-separated from the clipboard, comma-separated from a report's CSV) as rows of texts, quoted as Excel quotes. */
export function delimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      // A quoted field: to the closing quote that is not doubled.
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** A cell's value as the grid shows it: numbers in their format, errors by their code, TRUE/FALSE. */
function shown(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return String((value as { value?: unknown }).value ?? "#VALUE!");
  return String(value);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A copy of a range as Excel puts it on the clipboard: each cell as shown, tab-separated, and as an
 * HTML table; the engine keeps the cells too, so a paste in this page moves formulas as Excel does.
 * A cut moves its cells when pasted.
 */
export function copyRange(hf: HyperFormula, sheet: number, range: CellRange, formats: Record<string, string> = {}, cut = false): { text: string; html: string } {
  const rows: string[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const line: string[] = [];
    for (let c = range.left; c <= range.right; c++) line.push(shown(shownValue(hf, { sheet, row: r, col: c }), formats[`${r},${c}`]));
    rows.push(line);
  }
  const cells = { start: { sheet, row: range.top, col: range.left }, end: { sheet, row: range.bottom, col: range.right } };
  // A cut moves its cells when pasted, and formulas that pointed at them follow, as in Excel.
  const text = toTsv(rows);
  lastCopy = { text, source: { sheet, range }, cut, contents: contentsOf(hf, sheet, range) };
  if (cut) hf.cut(cells);
  else hf.copy(cells);
  const html = `<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("")}</table>`;
  return { text, html };
}

/**
 * Where a block of rows × columns lands when pasted on a selection, as in Excel: tiled over the whole
 * selection where its height and width are whole multiples of the block's (one copied cell fills
 * every selected cell), else once from the selection's top left cell.
 */
export function pasteArea(block: { rows: number; columns: number }, selection: CellRange): CellRange {
  const height = selection.bottom - selection.top + 1;
  const width = selection.right - selection.left + 1;
  if (height % block.rows === 0 && width % block.columns === 0) return selection;
  return { top: selection.top, left: selection.left, bottom: selection.top + block.rows - 1, right: selection.left + block.columns - 1 };
}

const sizeOf = (range: CellRange) => ({ rows: range.bottom - range.top + 1, columns: range.right - range.left + 1 });

/**
 * Pastes clipboard text on the selection (a cell or a range), as one step undo takes back, and gives
 * the range written: the block tiled over a selection whose size it divides, as Excel does. The
 * page's own copy pastes as the engine copied it (formulas keep their relative references, as in
 * Excel); text from elsewhere — Excel, LibreOffice, a report — is read cell by cell as typed
 * (readEntry: "1,200", "¥500,000", "50%" and dates as numbers with the format Excel gives them,
 * formulas starting with "=", text as text; "= note", no formula, as text too).
 */
export function pasteText(
  hf: HyperFormula,
  sheet: number,
  selection: CellRange | { row: number; column: number },
  text: string,
  /** Told what was pasted, to bring the cells' looks along (paste-looks.ts). */
  looks: PasteLooks = {},
): CellRange | undefined {
  const on = "top" in selection ? selection : { top: selection.row, left: selection.column, bottom: selection.row, right: selection.column };
  const ours = stillOurs(hf, text);
  if (ours && lastCopy!.cut) {
    // A cut moves its cells once, to the selection's top left (Excel pastes a cut block at its own size); pasting again pastes its text.
    const { source } = lastCopy!;
    const written = pasteArea(sizeOf(source.range), { ...on, bottom: on.top, right: on.left });
    hf.paste({ sheet, row: on.top, col: on.left });
    lastCopy = undefined;
    looks.own?.(source, written, true);
    return written;
  }
  if (ours) {
    const { source } = lastCopy!;
    const written = pasteArea(sizeOf(source.range), on);
    // The engine's own fill from the copied cells, tiled from the paste's top left: each formula moved
    // as Excel moves it; written in one operation, so one undo takes it back.
    const range = (id: number, r: CellRange) => ({ start: { sheet: id, row: r.top, col: r.left }, end: { sheet: id, row: r.bottom, col: r.right } });
    hf.setCellContents({ sheet, row: written.top, col: written.left }, hf.getFillRangeData(range(source.sheet, source.range), range(sheet, written), true));
    looks.own?.(source, written, false);
    return written;
  }
  const rows = fromTsv(text);
  if (rows.length === 0) return undefined;
  const width = Math.max(...rows.map((r) => r.length));
  const written = pasteArea({ rows: rows.length, columns: width }, on);
  const { rows: height, columns } = sizeOf(written);
  const entries = Array.from({ length: height }, (_, r) => Array.from({ length: columns }, (_, c) => readEntry(rows[r % rows.length][c % width] ?? "")));
  // A cell that begins with = but is no formula ("= note", "=SUM(") is pasted as the text it is,
  // after the apostrophe that marks text, rather than as an error: a paste has no one to refuse it to.
  const content = ({ content }: Entry) => (notAFormula(content, (entry) => hf.validateFormula(entry)) ? `'${content}` : content);
  hf.setCellContents({ sheet, row: written.top, col: written.left }, entries.map((line) => line.map(content)));
  looks.read?.(written, entries.map((line) => line.map((entry) => entry.format)));
  return written;
}

/** Delete on a range: every cell emptied, one step. */
export function clearRange(hf: HyperFormula, sheet: number, range: CellRange): void {
  const rows = range.bottom - range.top + 1;
  const columns = range.right - range.left + 1;
  hf.setCellContents({ sheet, row: range.top, col: range.left }, Array.from({ length: rows }, () => Array<null>(columns).fill(null)));
}

/**
 * Ctrl+D and Ctrl+R: the range's first row filled down, or its first column filled right, as Excel
 * fills — contents and looks: formulas move their relative references, and each filled cell takes
 * its source cell's number format, fill and font colour — in one step. One row (or column) selected
 * fills from the cell above (or to the left), as Excel does. False when there is nothing to fill from
 * (one cell of row 1 down, of column A right): the engine is left alone, and no step is recorded.
 */
export function fill(
  hf: HyperFormula,
  sheet: number,
  range: CellRange,
  direction: "down" | "right",
  /** Told what was filled from where, to bring the source cells' looks along (paste-looks.ts), as a paste does. */
  looks: PasteLooks = {},
): boolean {
  const down = direction === "down";
  let source = down ? { ...range, bottom: range.top } : { ...range, right: range.left };
  let targets = down ? range.bottom - range.top : range.right - range.left;
  if (targets === 0) {
    if (down ? range.top === 0 : range.left === 0) return false;
    source = down ? { ...range, top: range.top - 1, bottom: range.top - 1 } : { ...range, left: range.left - 1, right: range.left - 1 };
    targets = 1;
  }
  const from = down ? source.bottom + 1 : source.right + 1;
  const target = down
    ? { start: { sheet, row: from, col: source.left }, end: { sheet, row: from + targets - 1, col: source.right } }
    : { start: { sheet, row: source.top, col: from }, end: { sheet, row: source.bottom, col: from + targets - 1 } };
  // The engine's fill: each target cell as the source cell it repeats, formulas moved as Excel moves
  // them; written in one operation, so one undo takes it back.
  const filled = hf.getFillRangeData({ start: { sheet, row: source.top, col: source.left }, end: { sheet, row: source.bottom, col: source.right } }, target);
  hf.setCellContents(target.start, filled);
  looks.own?.({ sheet, range: source }, { top: target.start.row, left: target.start.col, bottom: target.end.row, right: target.end.col }, false);
  return true;
}
