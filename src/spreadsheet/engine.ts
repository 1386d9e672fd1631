/*
 * The spreadsheet engine of the template build, the tests and the workbench: HyperFormula with the
 * add-in's own functions. Development only (GPL-3.0).
 */
import { HyperFormula, RawCellContent, SimpleCellAddress } from "hyperformula";
import { forEngine, withSheetPrefixes } from "../template/formula-sheets";
import { FunctionsJson, registerRedFunctions } from "./hyperformula-plugin";
import { registerExcelFunctions } from "./excel-functions";
import { textAsExcel } from "./number-text";
import type { DefinedName } from "./xlsx-defined-names";

export { MAX_COLUMNS, MAX_ROWS } from "./limits";

/**
 * Values kept as the doubles they are, as Excel keeps them (smartRounding off): HyperFormula's
 * rounding multiplies a value by 10^(14 − its exponent), which overflows below about 10⁻²⁹⁴ and
 * showed 1e-300 as NaN. The grid rounds only what it shows (number-format.ts), as Excel does.
 */
export const ENGINE_CONFIG = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  precisionRounding: 14,
  smartRounding: false,
  // How near two numbers compare as equal, relatively (comparedAsExcel below): LibreOffice's approxEqual,
  // 2⁻⁴⁸ ≈ 3.6e-15, inside Excel's 15 significant digits (5e-16 to 5e-15 relatively, by the leading digit).
  precisionEpsilon: 2 ** -48,
  // Excel keeps 100 undo steps; HyperFormula by default 20.
  undoLimit: 100,
  // Excel's 1900 date system (excel-serial.ts), as HyperFormula's guide to Excel compatibility sets it:
  // DATE(1900,1,1) is 1 and DATE(1900,2,29) 60, as a date typed or shown in the workbench is; by
  // HyperFormula's own default they were 2 and 61 (every day before 1 March 1900 a day on).
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // Text a formula reads as a date (DATEVALUE("11/30/2026"), "2026-11-30"+1) as Excel in en-US reads it,
  // month first or year first (the reader of typed entries, excel-date-time.ts); by HyperFormula's
  // default day first, so "30/11/2026"+0 was a date and DATEVALUE("11/30/2026") #VALUE!.
  dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "YYYY/MM/DD"],
  // A formula that comes to an empty cell (=Z99, =IF(TRUE,Z99)) is 0, as Excel's is: shown 0, and read
  // as 0 by AVERAGE, COUNT, MIN and a RED function (by default null, which they skip as blank).
  evaluateNullToZero: true,
};

export type Implementation = (...args: unknown[]) => unknown;

/**
 * Excel's TRUE and FALSE are literals; HyperFormula knows only the functions TRUE() and FALSE(), so
 * a formula such as =RED.CPMFIT(A1:A5,B1:B5,,TRUE) or =VLOOKUP(2,A1:B2,2,FALSE) would be #NAME?.
 * Two workbook-level names make them mean what Excel means.
 */
export const BOOLEAN_NAMES = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

let registered = false;

/** HyperFormula's arithmetic, where its private field `actualEps` is (test/spreadsheet/comparisons.test.ts checks it is). */
type WithArithmetic = { evaluator: { interpreter: { arithmeticHelper: { actualEps: number } } } };

/**
 * Compares numbers as Excel does, to about 15 significant digits, so =0.1+0.2=0.3 is TRUE, and
 * cancels to 0 a sum or difference that near 0 (=0.1+0.2-0.3 is 0), keeping every value exactly the
 * double it is. HyperFormula ties both to smartRounding, which also rounds every value it gives
 * out (1e-300 was NaN, a typed 0.8958333333333334 came back changed): with it off, its
 * arithmetic's `actualEps` is 0 and compares exactly. So the engine is built with it off and its
 * arithmetic given the tolerance after. A new arithmetic is built only by updateConfig and
 * rebuildAndRecalculate, which nothing in src calls (the test checks that too).
 */
function comparedAsExcel(hf: HyperFormula): HyperFormula {
  (hf as unknown as WithArithmetic).evaluator.interpreter.arithmeticHelper.actualEps = hf.getConfig().precisionEpsilon;
  return hf;
}

/** Sheets in the workbook's order, as a list (a record lists integer-like names such as "2026" first). */
export type EngineSheets = Record<string, unknown[][]> | readonly { name: string; rows: unknown[][] }[];

/**
 * Registers the functions (once) and builds an engine over the sheets, in their order: as a list,
 * the engine's tabs keep it (HyperFormula's buildFromSheets takes a record, whose integer-like names
 * — 2026, 7 — JavaScript lists first, so a sheet named 2026 became the first tab), its numbers
 * compared as Excel compares them (comparedAsExcel) and turned into text as Excel writes them
 * (textAsExcel, number-text.ts). The sheets are
 * added empty first, so a formula naming a later sheet finds it, then filled with evaluation
 * suspended (one calculation, as buildFromSheets does), and none of it is an undo step. The workbook's
 * defined `names` are the engine's named expressions, a sheet's own scoped to it (=SUM(Amounts) computes).
 */
export function createEngine(
  sheets: EngineSheets,
  metadata: FunctionsJson,
  implementations: ReadonlyMap<string, Implementation>,
  names: readonly DefinedName[] = [],
): HyperFormula {
  if (!registered) {
    registerRedFunctions(metadata, implementations);
    registerExcelFunctions();
    registered = true;
  }
  const list = Array.isArray(sheets) ? sheets.map((s) => [s.name, s.rows] as const) : Object.entries(sheets);
  // Built empty, given Excel's comparisons, then filled (each formula read by quotingSheets' doors), so the first
  // calculation is Excel's: buildFromSheets calculates before its arithmetic can be given them (0.7 s faster for
  // 40,000 rows, but as slow once calculated again).
  const hf = textAsExcel(comparedAsExcel(quotingSheets(HyperFormula.buildEmpty(ENGINE_CONFIG, BOOLEAN_NAMES))));
  for (const [name] of list) hf.addSheet(name);
  hf.suspendEvaluation();
  addNames(hf, names);
  for (const [name, rows] of list) hf.setSheetContent(hf.getSheetId(name)!, rows as RawCellContent[][]);
  hf.resumeEvaluation();
  hf.clearUndoStack();
  return hf;
}

/**
 * Each defined name as a named expression, its sheets as the engine reads them (forEngine). A name the
 * engine refuses (名前, a relative reference, one of a sheet the workbook lacks) is left out: a formula
 * using it is #NAME? on the page, and Download keeps that formula and the name as the file had them.
 */
function addNames(hf: HyperFormula, names: readonly DefinedName[]): void {
  for (const { name, text, sheet } of names) {
    const scope = sheet === undefined ? undefined : hf.getSheetId(sheet);
    if (sheet !== undefined && scope === undefined) continue;
    try {
      hf.addNamedExpression(name, forEngine(`=${text}`), scope);
    } catch {
      // Left out (above).
    }
  }
}

/** Contents (a cell's, or rows of them) with each formula as the engine reads it (forEngine: `=中文!B5` → `='中文'!B5`). */
function intoEngine<T extends RawCellContent | RawCellContent[][]>(contents: T): T {
  if (Array.isArray(contents)) return contents.map((row) => (Array.isArray(row) ? row.map(intoEngine) : intoEngine(row))) as T;
  return (typeof contents === "string" && contents.startsWith("=") ? forEngine(contents) : contents) as T;
}

/**
 * The engine with every door a formula comes in by — Open, typing, pasting, the pane, the formula
 * bar's check — reading sheet names as Excel writes them (intoEngine), so no caller has to.
 */
function quotingSheets(hf: HyperFormula): HyperFormula {
  const setCells = hf.setCellContents.bind(hf);
  const setSheet = hf.setSheetContent.bind(hf);
  const validate = hf.validateFormula.bind(hf);
  const normalize = hf.normalizeFormula.bind(hf);
  const calculate = hf.calculateFormula.bind(hf);
  Object.assign(hf, {
    setCellContents: (at: SimpleCellAddress, contents: RawCellContent | RawCellContent[][]) => setCells(at, intoEngine(contents)),
    setSheetContent: (sheet: number, rows: RawCellContent[][]) => setSheet(sheet, intoEngine(rows)),
    validateFormula: (formula: string) => validate(forEngine(formula)),
    normalizeFormula: (formula: string) => normalize(forEngine(formula)),
    calculateFormula: (formula: string, scope: number) => calculate(forEngine(formula), scope),
  });
  return hf;
}

/** A cell's formula as Excel writes it (`='2026'!$B$22`, where the engine writes `=2026!$B$22`); undefined for a cell without one. */
export function engineFormula(hf: HyperFormula, at: SimpleCellAddress): string | undefined {
  const formula = hf.getCellFormula(at);
  return formula === undefined ? undefined : withSheetPrefixes(formula, hf.getSheetNames());
}

/**
 * A cell's value as Excel shows and caches it: a formula whose result is an empty cell (=Z99, or
 * =IF(TRUE,Z99), and a spill's cell from one) is 0, as no formula in Excel gives a blank — LibreOffice
 * caches 0 for it too. The engine gives null there. A blank a function returns (RED.*'s blank-in →
 * blank-out: "") stays "", and an empty cell stays null.
 */
export function shownValue(hf: HyperFormula, at: SimpleCellAddress): ReturnType<HyperFormula["getCellValue"]> {
  const value = hf.getCellValue(at);
  return value === null && (hf.doesCellHaveFormula(at) || hf.getCellType(at) === "ARRAY") ? 0 : value;
}
