/*
 * Numbers turned into text as Excel turns them, with at most 15 significant digits (number-text.ts):
 * =(0.1+0.2)&"" was 0.30000000000000004 in the workbench, 0.3 in Excel and LibreOffice.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { HyperFormula } from "hyperformula";
import { createEngine, ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { excelText } from "../../src/spreadsheet/number-text";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findSoffice } = require("../support/find-soffice.js");

jest.setTimeout(120_000);

const engine = (rows: unknown[][]): HyperFormula => createEngine([{ name: "S", rows }], { functions: [] }, new Map());

/** Each formula (over A2 = 0.1+0.2 and B2 = 1/3) with Excel's answer. */
const CASES: [string, unknown][] = [
  ['=(0.1+0.2)&""', "0.3"],
  ["=LEN(0.1+0.2)", 3],
  ['="a"&1/3', "a0.333333333333333"],
  ["=EXACT(0.1+0.2,0.3)", true],
  ['=1e20&""', "1E+20"],
  ['=123456789012345678&""', "1.23456789012346E+17"],
  ['=-1e-20&""', "-1E-20"],
  ['=(2/3*1e15)&""', "666666666666667"],
  ['=CONCATENATE(A2,"x")', "0.3x"],
  ['=TEXTJOIN(",",TRUE,0.1+0.2,A2:B2)', "0.3,0.3,0.333333333333333"],
  ["=LEN(B2)", 17],
  ["=A2&B2", "0.30.333333333333333"],
  ['=SUBSTITUTE(0.1+0.2,"3","4")', "0.4"],
  ['=TRUE&(0.1+0.2)', "TRUE0.3"],
  ['=""&C2', ""],
  ['=VALUE((0.1+0.2)&"")', 0.3],
];

const rows = (): unknown[][] => [CASES.map(([formula]) => formula), ["=0.1+0.2", "=1/3", null]];

describe("numbers as Excel's text", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333333333"],
    [-1 / 7, "-0.142857142857143"],
    [1e20, "1E+20"],
    [1.2345678901234568e17, "1.23456789012346E+17"], // 123456789012345678 as a double holds it
    [-1e-20, "-1E-20"],
    [(2 / 3) * 1e15, "666666666666667"],
    [123456789012345, "123456789012345"],
    [999999999999999.9, "1E+15"],
    [1e-10, "0.0000000001"],
    [1.5e-11, "1.5E-11"],
    [2e-300, "2E-300"],
    [12345678901234.56, "12345678901234.6"],
    [100000, "100000"],
    [-0.5, "-0.5"],
    [0, "0"],
    [-0, "0"],
    [1e300 * 10, "1E+301"],
  ])("%p is %p", (value, text) => expect(excelText(value)).toBe(text));

  it.each(CASES.map(([formula, expected], col) => [formula, expected, col] as const))("%s is %p", (_formula, expected, col) => {
    expect(engine(rows()).getCellValue({ sheet: 0, row: 0, col })).toBe(expected);
  });

  it("an error stays the error, first one first, as HyperFormula gives it", () => {
    const hf = engine([['=NA()&1', "=1&(1/0)", '=LEN(1/0)', '=TEXTJOIN(",",TRUE,1,1/0)']]);
    expect([0, 1, 2, 3].map((col) => (hf.getCellValue({ sheet: 0, row: 0, col }) as { type: string }).type)).toEqual(["NA", "DIV_BY_ZERO", "DIV_BY_ZERO", "DIV_BY_ZERO"]);
  });

  it("HyperFormula alone still writes JavaScript's digits, by the callers number-text.ts reaches (an upgrade that moves them fails here)", () => {
    // Without the hook: the & operator, a text argument and TEXTJOIN write every digit.
    const plain = HyperFormula.buildFromArray([['=(0.1+0.2)&""', "=LEN(0.1+0.2)", '=TEXTJOIN(",",TRUE(),0.1+0.2)']], ENGINE_CONFIG);
    expect(plain.getSheetValues(0)).toEqual([["0.30000000000000004", 19, "0.30000000000000004"]]);
    // Where the hook reaches them, in the CommonJS build the tests run and the ES build webpack bundles.
    const root = path.dirname(path.dirname(require.resolve("hyperformula")));
    for (const [build, ext] of [["commonjs", "js"], ["es", "mjs"]]) {
      const read = (file: string) => fs.readFileSync(path.join(root, build, `${file}.${ext}`), "utf8");
      expect(read("HyperFormula")).toMatch(/get evaluator\(\) \{\s*return this\._evaluator;/);
      expect(read("Evaluator")).toContain("this.interpreter = interpreter;");
      const interpreter = read("interpreter/Interpreter");
      expect(interpreter).toMatch(/this\.concatOp = \(arg1, arg2\) => binaryErrorWrapper\(this\.arithmeticHelper\.concat, (\(0, _ArithmeticHelper\.)?coerceScalarToString\)?\(arg1\)/);
      expect(interpreter).toContain("this.functionRegistry.initializePlugins(this);");
      expect(read("interpreter/FunctionRegistry")).toContain("this.functions.set(functionId, [methodName, foundPluginInstance]);");
      const plugin = read("interpreter/plugin/FunctionPlugin");
      expect(plugin).toMatch(/case FunctionArgumentType\.STRING:\s*ret = (\(0, _ArithmeticHelper\.)?coerceScalarToString\)?\(arg\);/);
      expect(plugin).toContain("this.coerceToType(argumentValue, argumentMetadata, state)");
      const text = read("interpreter/plugin/TextPlugin");
      expect(text).toContain("this.flattenArgToStrings(arg)");
      expect(text.match(/coerceScalarToString\)?\(/g)).toHaveLength(1);
      // Nothing else turns a number into text: the three callers above are all there are.
      const callers = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? callers(path.join(dir, e.name)) : /coerceScalarToString\)?\(/.test(fs.readFileSync(path.join(dir, e.name), "utf8")) ? [e.name] : []));
      expect(callers(path.join(root, build)).sort()).toEqual([`ArithmeticHelper.${ext}`, `FunctionPlugin.${ext}`, `Interpreter.${ext}`, `TextPlugin.${ext}`]);
    }
  });
});

const soffice: string | undefined = findSoffice();
(soffice ? it : it.skip)("LibreOffice writes the same text (its exponent has three digits, 1E+020, where Excel's has two)", async () => {
  const formulas = ["0.1+0.2", "1/3", "1e20", "123456789012345678", "-1e-20", "2/3*1e15", "-1/7", "12345678901234.56"];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "number-text-"));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("S");
  formulas.forEach((formula, r) => (sheet.getCell(r + 1, 1).value = { formula: `""&(${formula})` } as ExcelJS.CellFormulaValue));
  book.calcProperties.fullCalcOnLoad = true;
  await book.xlsx.writeFile(path.join(work, "in.xlsx"));
  const out = path.join(work, "out");
  execFileSync(soffice!, [`-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`, "--headless", "--norestore",
    "--convert-to", "csv", "--outdir", out, path.join(work, "in.xlsx")], { stdio: "ignore" });
  const theirs = fs.readFileSync(path.join(out, "in.csv"), "utf8").trim().split(/\r?\n/).map((line) => line.replace(/"/g, "").replace(/E([+-])0(\d\d)$/, "E$1$2"));
  const ours = engine(formulas.map((formula) => [`=""&(${formula})`]));
  expect(theirs).toEqual(formulas.map((_, r) => ours.getCellValue({ sheet: 0, row: r, col: 0 })));
  expect(theirs).toContain("0.3");
  fs.rmSync(work, { recursive: true, force: true });
});
