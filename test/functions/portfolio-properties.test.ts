/*
 * REQUIREDBUDGET, SWEEP and FLIGHTPLAN through the entry points on sheets a planner could type:
 * one to eight lines with blank rows anywhere, numeric text, per-line columns or one value, bounds,
 * blank budgets and months anywhere, ties. Whatever comes back is Excel-shaped, blanks stay blank,
 * and every number that comes back keeps the promises: ALLOCATE's cents, adding up to the budget.
 */
import fc from "fast-check";
import { RED } from "../support/functions";
import { isExcelError } from "../support/cells";

const none = null as never;
const cents = (values: unknown[]) => values.reduce((sum: number, v) => sum + (typeof v === "number" ? Math.round(v * 100) : 0), 0);

/** A sheet of lines: a name or a blank row each, with a base CPA and optional elasticities and bounds. */
const sheetArb = fc
  .array(
    fc.record({
      name: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("Seeding notes", "搜索广告", "Store live", "Feed", "达播") }, { weight: 1, arbitrary: fc.constant("") }),
      baseCpa: fc.oneof(fc.double({ min: 1, max: 500, noNaN: true }), fc.constantFrom("40", "1,250", 25)),
      cpm: fc.oneof({ weight: 2, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.double({ min: 0.15, max: 0.8, noNaN: true }) }),
      min: fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 50_000 }) }),
      max: fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 2_000_000 }) }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  // A blank row is blank across (a row with values but no name is LINE_UNNAMED: test/functions/line-rows.test.ts).
  .map((rows) => ({
    lines: rows.map((r) => [r.name]),
    baseCpa: rows.map((r) => [r.name === "" ? "" : r.baseCpa]),
    cpm: rows.map((r) => [r.name === "" ? "" : r.cpm]),
    min: rows.map((r) => [r.name === "" ? "" : r.min]),
    max: rows.map((r) => [r.name === "" ? "" : r.max]),
  }));

const budgetCell = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 5_000_000_00 }).map((c) => c / 100) }, { weight: 1, arbitrary: fc.constantFrom("", 0, 1_000_000, "750,000") });

function outcome(call: () => unknown[][]): unknown[][] | string {
  try {
    return call();
  } catch (error) {
    if (isExcelError(error)) return error.code;
    throw error;
  }
}

/** The error ALLOCATE gives for these lines whatever the budget (a range that does not fit), if any. */
function readsAs(s: { lines: unknown[][]; baseCpa: unknown[][]; cpm: unknown[][]; min: unknown[][]; max: unknown[][] }): string[] {
  const result = outcome(() => RED.ALLOCATE(1e13, s.lines, s.baseCpa, s.cpm, none, s.min.map(() => [""]), s.max));
  const bounds = outcome(() => RED.ALLOCATE(0, s.lines, s.baseCpa, s.cpm, none, s.min));
  return [result, bounds].filter((r): r is string => typeof r === "string");
}

describe("REQUIREDBUDGET, SWEEP and FLIGHTPLAN on typed sheets", () => {
  it("SWEEP: one row per budget; a blank budget a blank row; every other row ALLOCATE's, or its error", () => {
    let numeric = 0;
    fc.assert(
      fc.property(sheetArb, fc.array(budgetCell, { minLength: 1, maxLength: 6 }), (s, budgets) => {
        const column = budgets.map((b) => [b]);
        const result = outcome(() => RED.SWEEP(column, s.lines, s.baseCpa, s.cpm, none, s.min, s.max));
        const named = s.lines.some(([n]) => n !== "");
        if (typeof result === "string") return expect(named).toBe(true); // a whole-call error needs lines to read
        if (!named) return expect(result).toEqual([[""]]);
        const last = budgets.reduce((end: number, b, i) => (b === "" ? end : i + 1), 0);
        expect(result).toHaveLength(Math.max(1, last));
        result.forEach((row, i) => {
          if (budgets[i] === "") return expect(row.every((v) => v === "")).toBe(true);
          const single = outcome(() => RED.ALLOCATE(budgets[i], s.lines, s.baseCpa, s.cpm, none, s.min, s.max));
          if (typeof single === "string") return expect(row.every((v) => isExcelError(v) && v.code === single)).toBe(true);
          numeric++;
          expect(row.slice(4)).toEqual(single.map((r) => (r[0] === "" ? "" : r[1])));
          expect(cents(row.slice(4))).toBe(Math.round(Number(String(budgets[i]).replace(/,/g, "")) * 100));
        });
      }),
      { numRuns: 150, seed: 975 },
    );
    expect(numeric).toBeGreaterThan(150);
  });

  it("REQUIREDBUDGET: ALLOCATE's rows at the answer and a Total that adds them up, blank rows kept", () => {
    let numeric = 0;
    fc.assert(
      fc.property(sheetArb, fc.oneof(fc.double({ min: 0, max: 200_000, noNaN: true }), fc.constant(0)), fc.constantFrom("conversions", "marginal-cpa"), (s, target, kind) => {
        const wanted = kind === "marginal-cpa" ? 10 + target / 1000 : target;
        const result = outcome(() => RED.REQUIREDBUDGET(wanted, s.lines, s.baseCpa, s.cpm, none, s.min, s.max, none, kind));
        if (typeof result === "string") return expect([...readsAs(s), "#NUM!"]).toContain(result); // out of reach, or as ALLOCATE reads these lines; never a refused check
        if (!s.lines.some(([n]) => n !== "")) return expect(result).toEqual([[""]]);
        numeric++;
        const rows = result.slice(0, -1);
        const total = result[result.length - 1];
        expect(rows).toEqual(RED.ALLOCATE(total[1], s.lines, s.baseCpa, s.cpm, none, s.min, s.max));
        rows.forEach((row, i) => expect(row[0] === "").toBe(s.lines[i][0] === ""));
        expect(cents(rows.map((r) => r[1]))).toBe(Math.round((total[1] as number) * 100));
        if (kind === "conversions") expect(total[3] as number).toBeGreaterThanOrEqual(wanted);
      }),
      { numRuns: 150, seed: 1021 },
    );
    expect(numeric).toBeGreaterThan(75);
  });

  it("FLIGHTPLAN: lines × months with blank rows and columns where lines and months are blank, adding up", () => {
    let numeric = 0;
    const month = fc.oneof({ weight: 5, arbitrary: fc.double({ min: 0.5, max: 1.5, noNaN: true }) }, { weight: 1, arbitrary: fc.constant("") });
    fc.assert(
      fc.property(sheetArb, fc.array(month, { minLength: 1, maxLength: 12 }), budgetCell, (s, months, budget) => {
        const result = outcome(() => RED.FLIGHTPLAN(budget, s.lines, s.baseCpa, [months], s.cpm, none, s.min, s.max));
        if (typeof result === "string") return expect([...readsAs(s), "#NUM!"]).toContain(result); // out of reach, or as ALLOCATE reads these lines; never a refused check
        const lastMonth = months.reduce((end: number, m, j) => (m === "" ? end : j + 1), 0);
        if (budget === "" || !s.lines.some(([n]) => n !== "") || lastMonth === 0) return expect(result).toEqual([[""]]);
        numeric++;
        result.forEach((row, i) => {
          // Every month of the range keeps its column, a blank one blank (what follows stays under its header).
          expect(row).toHaveLength(months.length);
          row.forEach((v, j) => expect(v === "").toBe(s.lines[i][0] === "" || months[j] === ""));
        });
        expect(cents(result.flat())).toBe(Math.round(Number(String(budget).replace(/,/g, "")) * 100));
      }),
      { numRuns: 150, seed: 139 },
    );
    expect(numeric).toBeGreaterThan(75);
  });
});
