/*
 * How a formula writes a cell and a sheet, stated once for every writer and reader: the A1 letters
 * and numbers of a cell, and a sheet name before "!" — bare when Excel reads it bare, else quoted
 * with an apostrophe inside doubled — and the one reader that takes such a reference back apart.
 */

/**
 * The error values a formula or a cell can hold in a file Excel reads: ECMA-376's (ST_Xstring) and
 * those Excel added since. A formula writes them as literals (`=#REF!+1`), so their "!" names no sheet.
 */
export const EXCEL_ERROR_VALUES = [
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
] as const;

/** Zero-based column index → its letters (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Column letters (either case) → the zero-based column index (A → 0, AA → 26). */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Zero-based row and column → A1. */
export function a1Of(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A1 → zero-based row and column. */
export function parseA1(a1: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  if (!letters) throw new Error(`not an A1 address: ${a1}`);
  return { row: Number(digits) - 1, column: columnIndex(letters) };
}

/** A1 → $A$1: an absolute reference, which stays on its cell when a formula is filled or copied. */
export function abs(a1: string): string {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  return `$${column}$${row}`;
}

/**
 * Whether a formula may name a sheet without quotes, as Excel writes it: letters (of any script:
 * 汇总, Ünïcödé, as Excel writes `=汇总!B2`), ASCII digits and "_" only, not starting with a digit, and not what
 * Excel would read as something else — a cell (AB12), an R1C1 reference (R1C1, R2, C) or a name that
 * starts with one (R2D2, C3PO), or TRUE/FALSE. Anything else is quoted: a name quoted needlessly is
 * still read right, so a name in doubt (one with a space, a.b, Plan-A) is quoted. The engine reads
 * bare only some letters; what goes into it is quoted where it must be (forEngine, formula-sheets.ts).
 */
function isBareSheetName(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{M}0-9_]*$/u.test(name)) return false;
  // An R1C1 reference at its start is enough for Excel to refuse it bare (R2D2, C3PO, RC1x), as
  // XlsxWriter's rule, written from Excel's, has it.
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^(?:R\d*)?(?:C\d*)?$/i.test(name) || /^(?:R\d|R?C\d)/i.test(name);
  return !cellLike && !/^(?:TRUE|FALSE)$/i.test(name);
}

/** "Plan A", "Growth", "Bob's plan" → "'Plan A'!", "Growth!", "'Bob''s plan'!": a sheet as a formula names it. */
export function sheetPrefix(sheet: string): string {
  return isBareSheetName(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** "Cold start", "B3" → "'Cold start'!B3": cells on a sheet, as a formula and an address name them. */
export function joinAddress(sheet: string, cells: string): string {
  return sheetPrefix(sheet) + cells;
}

/**
 * A sheet name before "!" in a formula, as a regular expression's source: quoted (doubled apostrophes
 * inside) or bare — what sheetPrefix writes, and the bare names of other letters Excel writes too (成长期).
 */
export const SHEET_IN_FORMULA = String.raw`'(?:[^']|'')+'|[A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*`;

/**
 * The inverse of joinAddress: "'Bob''s plan'!$B$3:$B$5" → sheet "Bob's plan", cells "B3:B5" (capitals,
 * no $); the sheet is undefined when none is named ("B7"). Bare names are read leniently (a name
 * with a space, as typed into the Name Box). Undefined for anything that is not a reference.
 */
export function readAddress(text: string): { sheet?: string; cells: string } | undefined {
  const match = /^\s*(?:(?:'((?:[^']|'')+)'|([^!'\s](?:[^!']*[^!'\s])?))!)?(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)\s*$/.exec(text);
  if (!match) return undefined;
  const [, quoted, bare, cells] = match;
  return { sheet: quoted?.replace(/''/g, "'") ?? bare, cells: cells.replace(/\$/g, "").toUpperCase() };
}
