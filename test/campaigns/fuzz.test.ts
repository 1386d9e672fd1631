/*
 * Fuzzing every custom function in functions.json with what real finance sheets contain: numbers
 * from 0 to 1e300, numeric and non-numeric text, Chinese, blanks, booleans, error values from other
 * cells, data-type cells (Excel.CellValue objects), ranges from 1×1 to 200×5 of mixed contents, mismatched sizes and omitted optionals.
 * Generated from the metadata and each function's declaration (its kinds and rules), so a new
 * function is covered without touching this file.
 * Seeded and reproducible: FUZZ_SEED and FUZZ_RUNS (per function) override; a failure prints its seed.
 */
import fc from "fast-check";
import { assumptionRows } from "../../src/core";
import { isExcelError } from "../support/cells";
import { functionsJson } from "../../src/functions/metadata";
import type { FunctionsJson } from "../../src/spreadsheet/hyperformula-plugin";
import { describe as describeError, DomainError } from "../../src/core";
import { loadStudentT } from "../../src/functions/statistics";
import { declared, DECLARATIONS } from "../../src/functions/catalog";
import { ruleOf } from "../../src/functions/declarations";
import type { NumberRule } from "../../src/core";

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 8500);

const ERROR_CODES = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, -1, -0.01, 1e-300, 5e-324, 1e300, -1e300, 1, 2, 3, 1.5, 0.3, 20_000, 200_000, 500_000, 1e13, 1e13 + 1) },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "growth", "成长期", "cold start", "COLD-START", "mature", "成熟", "1.5", "4", "500,000", "１２", " 12 ", "1e5", "abc", "外溢", "闭环",
      "spillover", "closed-loop", "TRUE", "#N/A", "", "   ", "zh", "en", "中文", "ref_spend", "cpm_elasticity", "key", "Infinity", "NaN", "-0", ".",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_CODES).map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode)) },
  // Data-type cells, as current Excel hands them (allowCustomDataForDataTypeAny): Excel.CellValue objects.
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => ({ type: "Double", basicValue: n })),
      fc.constantFrom(500_000, 0, -1).map((n) => ({ type: "FormattedNumber", basicValue: n, numberFormat: "#,##0" })),
      fc.constantFrom("growth", "abc", "").map((t) => ({ type: "String", basicValue: t })),
      fc.boolean().map((b) => ({ type: "Boolean", basicValue: b })),
      fc.constant({ type: "Empty", basicValue: "" }),
      fc.constant({ type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }),
      fc.constant({ type: "Entity", text: "Campaign", properties: { Spend: { type: "Double", basicValue: 1 } } }),
      fc.constant({ type: "WebImage", address: "https://example.org/a.png" }),
    ),
  },
);

const size = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 200 }) });
function gridOf(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(size, fc.integer({ min: 1, max: 5 }))
    .chain(([rows, columns]) => fc.array(fc.array(value, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
}
const grid = gridOf(cell);
const assumptionsTable = fc.oneof(
  fc.constant(assumptionRows("en")),
  fc.tuple(fc.constantFrom("cpm_elasticity", "cvr_elasticity", "spill_growth", "ref_spend", "floor_spend", "nonsense"), cell).map(([k, v]) => [[k, v]]),
  grid,
);

interface Parameter {
  name: string;
  dimensionality?: string;
  optional?: boolean;
}

/** Numbers at a rule's edges and just past them, as numbers and as text. */
function edges(rule: NumberRule): fc.Arbitrary<unknown> {
  const near = [rule.min, rule.max].flatMap((x) => [x, x - Math.max(Math.abs(x), 1) * 1e-15, x + Math.max(Math.abs(x), 1) * 1e-15]);
  return fc.oneof(fc.constantFrom(...near), fc.constantFrom(...near.map(String)));
}

/**
 * Values for one argument, built from the function's declaration (src/functions/declarations.ts):
 * its kind picks the assumptions table, its rule adds values at the rule's edges to the cells.
 */
function argument(id: string, p: Parameter): fc.Arbitrary<unknown> {
  const declaration = declared(id, p.name);
  const omitted = declaration.optional ? [{ weight: 2, arbitrary: fc.constant(null) }] : [];
  if (declaration.kind === "assumptions") return fc.oneof(...omitted, { weight: 2, arbitrary: assumptionsTable });
  const rule = ruleOf(declaration);
  const value = rule ? fc.oneof({ weight: 4, arbitrary: cell }, { weight: 1, arbitrary: edges(rule) }) : cell;
  const range = rule ? gridOf(value) : grid;
  if (p.dimensionality === "matrix") return fc.oneof(...omitted, { weight: 6, arbitrary: range }, { weight: 1, arbitrary: value });
  return fc.oneof(...omitted, { weight: 3, arbitrary: value });
}

/** What Excel can take back: a non-empty rectangle of finite numbers, text, booleans and errors. */
function assertExcelResult(result: unknown): void {
  if (!Array.isArray(result) || result.length === 0) throw new Error(`not a non-empty matrix: ${String(result)}`);
  const width = (result[0] as unknown[]).length;
  if (!(width > 0)) throw new Error("an empty first row");
  for (const row of result as unknown[][]) {
    if (!Array.isArray(row) || row.length !== width) throw new Error("ragged rows");
    for (const value of row) {
      if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`a non-finite number: ${value}`);
      if (isExcelError(value)) {
        if (!/^#/.test(value.code)) throw new Error(`an error without an Excel code: ${value.code}`);
        assertReadableMessage(value.message);
        continue;
      }
      if (!["number", "string", "boolean"].includes(typeof value)) throw new Error(`a cell Excel cannot show: ${String(value)}`);
    }
  }
}

/** The registry's metadata, generated in-process: a function is fuzzed from the moment its module exists. */
const metadata: FunctionsJson = JSON.parse(functionsJson("en"));
/** The words of a throw the runner did not foresee (a kernel's own Error): a bug, never an answer. */
const UNFORESEEN = describeError(new DomainError("UNEXPECTED"), "en");

/**
 * An error's words: never the unforeseen throw, and where they begin by naming an argument
 * ("spend: …"), one of this function's own parameters — a core error naming another is a wrong message.
 */
function assertOwnMessage(message: string | undefined, parameters: readonly string[]): void {
  if (!message) return;
  if (message === UNFORESEEN) throw new Error(`a kernel threw instead of answering: ${message}`);
  const named = /^([A-Za-z][A-Za-z0-9]*)[:：]/.exec(message)?.[1];
  if (named !== undefined && !parameters.includes(named)) throw new Error(`a message naming ${named}, not an argument of this function: ${message}`);
}

function call(fn: (...args: unknown[]) => unknown, args: unknown[], parameters: readonly string[] = []): void {
  let result: unknown;
  let caught: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    caught = error ?? "undefined";
  }
  if (caught === undefined) {
    assertExcelResult(result);
    for (const value of (result as unknown[][]).flat()) if (isExcelError(value)) assertOwnMessage(value.message, parameters);
    return;
  }
  if (!isExcelError(caught)) throw new Error(`threw ${String(caught)} instead of a CustomFunctions.Error`, { cause: caught });
  if (!/^#/.test(caught.code)) throw new Error(`threw an error without an Excel code: ${caught.code}`);
  if ((caught.code === "#VALUE!" || caught.code === "#N/A") && caught.message !== undefined && !caught.message) throw new Error("an empty message");
  assertReadableMessage(caught.message);
  assertOwnMessage(caught.message, parameters);
}

/** A message quotes what the planner typed, never JavaScript's rendering of an object. */
function assertReadableMessage(message: string | undefined): void {
  if (message !== undefined && message.includes("[object ")) throw new Error(`a message quoting an object: ${message}`);
}

const byId = new Map(Object.values(DECLARATIONS).map((f) => [f.id, f.entry as (...args: unknown[]) => unknown]));

beforeAll(async () => {
  await loadStudentT(); // as the hosts do before they compute: every call below answers at once
});

describe.each(metadata.functions.map((f) => [f.id, f] as const))("%s", (id, spec) => {
  it(`survives ${RUNS} calls with Excel-shaped arguments (seed ${SEED})`, () => {
    const fn = byId.get(id)!;
    fc.assert(
      fc.property(fc.tuple(...spec.parameters.map((p) => argument(id, p))), (args) => call(fn, args, spec.parameters.map((p) => p.name))),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("handles 1,000-row ranges of mixed content without hanging", () => {
    const fn = byId.get(id)!;
    const samples = fc.sample(cell, { seed: SEED, numRuns: 1000 });
    const column = samples.map((v) => [v]);
    const args = spec.parameters.map((p) => (p.name === "assumptions" ? null : p.dimensionality === "matrix" ? column : p.optional ? null : 500_000));
    const started = performance.now();
    call(fn, args, spec.parameters.map((p) => p.name));
    // A guard against hangs; the 50 ms budget itself is measured by `npm run bench`.
    expect(performance.now() - started).toBeLessThan(500);
  });
});
