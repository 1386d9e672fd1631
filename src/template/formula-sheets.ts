/*
 * A formula's text between Excel's wording and the engine's, both ways. Out: HyperFormula writes a
 * sheet bare when Excel cannot read it bare (`2026!$B$22`, `Q1!A1`, `TRUE!A1`) and an exponent in
 * lower case (`1e-10`), so a formula the engine wrote goes through here (sheetPrefixing) before a
 * file, the formula bar or the pane reads it. In: the engine cannot read some sheet names bare
 * (`中文!B5`) nor an exponent in capitals (`1E-10`, as Excel writes it), so every formula goes
 * through forEngine into it. Pure text.
 */
import { ENGINE_ERROR_VALUES, EXCEL_ERROR_VALUES, shownSheetPrefix } from "./references-syntax";

/** Error values, Excel's and the engine's, whose "!" is no sheet's (`#REF!`, `#DIV/0!`, `#LIC!`: a sheet named 0 or LIC is not before it). */
const ERROR_VALUE = new RegExp(`^(?:${[...EXCEL_ERROR_VALUES, ...ENGINE_ERROR_VALUES].map((code) => code.replace(/[?/]/g, "\\$&")).join("|")})`, "i");

/** What ends a bare name in a formula: operators, separators, brackets, quotes, spaces. */
const NOT_IN_BARE_NAME = /[\s"'!(),;:+\-*/^&=<>{}%@#]/;

/**
 * `formula` as Excel shows it: each sheet prefix that names one of `sheets` (as the engine matches
 * them: either case) written as shownSheetPrefix writes it, under the sheet's own name: `=2026!$B$22`
 * → `='2026'!$B$22`, `='Growth'!B3` → `=Growth!B3`, `='中文'!B5` → `=中文!B5`; and each number's
 * exponent in capitals (`1e-10` → `1E-10`). Text in quotes ("2026!A1", "" inside) stays as it is,
 * and so does a prefix naming no sheet of `sheets`.
 */
export function withSheetPrefixes(formula: string, sheets: readonly string[]): string {
  return sheetPrefixing(sheets)(formula);
}

/** {@link withSheetPrefixes} for the sheets of one workbook, to apply to many formulas (a sheet's 40,000). */
export function sheetPrefixing(sheets: readonly string[]): (formula: string) => string {
  const byName = new Map(sheets.map((name) => [name.toUpperCase(), name]));
  const prefix = (written: string): string | undefined => {
    const name = byName.get(written.toUpperCase());
    return name === undefined ? undefined : shownSheetPrefix(name);
  };
  return (formula) => withExponents(formula.includes("!") ? rewritten(formula, prefix) : formula, "E");
}

/**
 * `formula` with each sheet a prefix names renamed as `renames` says (its name as written, in either
 * case → its name now), written as shownSheetPrefix writes it, as Excel does: `=SUM(Data!B1)` →
 * `=SUM(数据!B1)`, `='It''s'!B1`, and a range of sheets at either end (`Data:Other!B1`, `'Data:Other'!B1`
 * → `数据:Other!B1`; `'It''s:Other'!B1`). Text in
 * quotes ("Data!B1"), another workbook's sheets ([1]Data!B1) and a prefix naming no sheet of
 * `renames` stay as they are. A sheet renamed to null is deleted: its prefix, and that of a range of
 * sheets it ends, becomes `#REF!` as Excel writes it (`=Data!B1` → `=#REF!B1`). For the formulas the
 * engine cannot read, which it does not rename, and the file's defined names.
 */
export function renamingSheets(renames: ReadonlyMap<string, string | null>): (formula: string) => string {
  const byName = new Map([...renames].map((names) => [names[0].toUpperCase(), names]));
  const prefix = (written: string): string | undefined => {
    const found = written.split(":").map((name) => byName.get(name.toUpperCase()));
    const names = found.flatMap((name) => (name ? [name] : []));
    if (found.length > 2 || names.length < found.length || names.every(([was, now]) => was === now)) return undefined;
    if (names.some(([, now]) => now === null)) return "#REF!";
    const now = names.map((name) => name[1] as string);
    if (now.length === 1) return shownSheetPrefix(now[0]);
    // A range of sheets is quoted whole when either name needs quotes (LibreOffice reads only a bare one).
    const bare = now.every((name) => shownSheetPrefix(name) === `${name}!`);
    return bare ? `${now.join(":")}!` : `'${now.join(":").replace(/'/g, "''")}'!`;
  };
  return (formula) => (formula.includes("!") ? rewritten(formula, prefix) : formula);
}

/** Whether `formula` names a range of sheets (`Data:Other!B1`, `'Data:Other'!B1`), which the engine cannot compute (#REF!, #ERROR!). */
export function namesSheetRange(formula: string): boolean {
  let found = false;
  if (formula.includes("!")) rewritten(formula, (name) => void (found ||= name.includes(":")));
  return found;
}

/**
 * The bare sheet names HyperFormula reads (its UNQUOTED_SHEET_NAME_PATTERN): Latin letters, some
 * accents, digits and "_" — not 中文 or 汇总, which Excel writes bare.
 */
const ENGINE_BARE_SHEET = /^[A-Za-z\u00C0-\u02AF0-9_]+$/;

/**
 * `formula` as the engine reads it: each sheet name before "!" that the engine cannot read bare
 * (`=中文!B5*2`, as Excel writes it) quoted (`='中文'!B5*2`), whether or not the workbook has the
 * sheet (an unknown one is then #REF!, as in Excel, not a formula the engine cannot parse), and each
 * number's exponent in lower case (`=1E-10` → `=1e-10`; the engine refuses a capital E). Text in
 * quotes ("中文!B5", "1E5") and error values stay as they are. Every door into the engine uses it (engine.ts).
 */
export function forEngine(formula: string): string {
  // A range of sheets (Data:Other!B1, which the engine cannot read) stays as written.
  const quoted = formula.includes("!") ? rewritten(formula, (name) => (ENGINE_BARE_SHEET.test(name) || name.includes(":") ? undefined : `'${name.replace(/'/g, "''")}'!`)) : formula;
  return withExponents(quoted, "e");
}

/**
 * A number with an exponent (1E5, 2.5e+3, .5E-7), not part of a name, a cell, a sheet (one of a
 * range of sheets too) or a column in brackets (LOG10E, A1E5, Sheet1E5!A1, 1E5!A1, 1E5:2E5!A1, [1E5]):
 * no letter, digit, ".", "_", "$", "\\", ":" or bracket touches it, and no "!" or "(" follows it.
 */
const EXPONENT_NUMBER = /(?<![\p{L}\p{N}_.$\\[:])((?:\d+\.?\d*|\.\d+))[eE]([+-]?\d+)(?![\p{L}\p{N}_.$\\!(\]:])/gu;

/** `formula` with each number's exponent written with `letter`, text in quotes (a string, a quoted sheet name) as it is. */
function withExponents(formula: string, letter: "e" | "E"): string {
  if (!/[\d.][eE]/.test(formula)) return formula;
  let out = "";
  for (let i = 0; i < formula.length; ) {
    const quote = formula.slice(i).search(/["']/);
    const end = quote < 0 ? formula.length : i + quote;
    out += formula.slice(i, end).replace(EXPONENT_NUMBER, `$1${letter}$2`);
    if (end === formula.length) break;
    const closing = closingQuote(formula, end);
    out += formula.slice(end, closing + 1);
    i = closing + 1;
  }
  return out;
}

function rewritten(formula: string, prefix: (written: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal ("" inside is a quote).
      const end = closingQuote(formula, i);
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "'") {
      // A quoted sheet name, apostrophes doubled inside.
      const end = closingQuote(formula, i);
      const written = formula.slice(i, end + 1);
      const rewritten = formula[end + 1] === "!" ? prefix(formula.slice(i + 1, end).replace(/''/g, "'")) : undefined;
      out += rewritten ?? written;
      i = end + 1 + (rewritten === undefined ? 0 : 1);
    } else if (ch === "#" && ERROR_VALUE.test(formula.slice(i))) {
      const error = ERROR_VALUE.exec(formula.slice(i))![0];
      out += error;
      i += error.length;
    } else if (NOT_IN_BARE_NAME.test(ch)) {
      out += ch;
      i++;
    } else {
      // A bare word: a sheet's name when "!" follows it.
      const end = bareEnd(formula, i);
      const word = formula.slice(i, end);
      // Or the first of a range of sheets (Data:Other!B1): the prefix is given both, which it may leave as they are.
      const last = formula[end] === ":" ? bareEnd(formula, end + 1) : -1;
      const range = last > end + 1 && formula[last] === "!" ? prefix(formula.slice(i, last)) : undefined;
      if (range !== undefined) {
        out += range;
        i = last + 1;
        continue;
      }
      const rewritten = formula[end] === "!" ? prefix(word) : undefined;
      out += rewritten ?? word;
      i = end + (rewritten === undefined ? 0 : 1);
    }
  }
  return out;
}

/** Where the bare word starting at `at` ends. */
function bareEnd(formula: string, at: number): number {
  let end = at;
  while (end < formula.length && !NOT_IN_BARE_NAME.test(formula[end])) end++;
  return end;
}

/**
 * Where the quoted text opening at `at` (a `"` string or a `'` sheet name) closes: the quote not
 * doubled, which a doubled one inside does not end; the formula's length when it never closes.
 */
export function closingQuote(formula: string, at: number): number {
  const quote = formula[at];
  let end = at + 1;
  while (end < formula.length && !(formula[end] === quote && formula[end + 1] !== quote)) end += formula[end] === quote ? 2 : 1;
  return end;
}
