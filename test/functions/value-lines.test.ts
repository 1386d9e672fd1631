/*
 * Issue 24 item 4 through the entry points: the per-line `value` (the last argument of ALLOCATE,
 * REQUIREDBUDGET, SWEEP and FLIGHTPLAN). A value-weighted split is ALLOCATE with base CPAs divided by
 * the values, to the cent, on random instances; the result adds value | marginal ROI — what each
 * line's conversions are worth, a column that adds up to the Total row as a SUM under it would, and
 * the marginal ROI, equal on the lines no bound holds; SWEEP's and REQUIREDBUDGET's rows agree with it;
 * no cell is ever Infinity; without a value every result is as before.
 */
import fc from "fast-check";
import { setLanguage } from "../../src/functions/boundary";
import { roiCell } from "../../src/functions/line-arguments";
import { RED } from "../support/functions";

afterEach(() => setLanguage(undefined));

const column = (values: readonly unknown[]) => values.map((v) => [v]);
const num = (v: unknown) => v as number;
const names = ["notes", "group chat", "live"];

const instance = fc.record({
  budget: fc.integer({ min: 1, max: 500_000_000 }).map((c) => c / 100),
  base: fc.array(fc.double({ min: 1, max: 500, noNaN: true }), { minLength: 3, maxLength: 3 }),
  value: fc.array(fc.double({ min: 1, max: 5_000, noNaN: true }), { minLength: 3, maxLength: 3 }),
});

describe("value per conversion", () => {
  test("value-weighted ALLOCATE is ALLOCATE with base CPA ÷ value, to the cent, with equal marginal ROI off the bounds", () => {
    fc.assert(
      fc.property(instance, ({ budget, base, value }) => {
        const valued = RED.ALLOCATE(budget, column(names), column(base), undefined, undefined, undefined, undefined, undefined, column(value));
        const scaled = RED.ALLOCATE(budget, column(names), column(base.map((b, i) => b / value[i])));
        valued.forEach((row, i) => {
          expect(row).toHaveLength(8);
          expect(row[1]).toBe(scaled[i][1]); // spend, to the cent
          // What the line's conversions are worth: value per conversion × conversions.
          expect(row[6]).toBe(value[i] * num(row[3]));
          expect(row[7] === "" || Number.isFinite(row[7])).toBe(true);
        });
        // Equal at the spends rounded to cents: judged where each line has 10,000 or more, so a cent
        // moves its marginal CPA by well under 1e-6.
        const free = valued.filter((row) => row[5] === "" && num(row[1]) >= 10_000).map((row) => num(row[7]));
        for (const roi of free) expect(Math.abs(roi - free[0])).toBeLessThanOrEqual(1e-6 * free[0]);
      }),
      { numRuns: 100 },
    );
  });

  test("REQUIREDBUDGET and SWEEP agree with value-weighted ALLOCATE; FLIGHTPLAN over one normal month is it", () => {
    const base = column([40, 60, 90]);
    const value = column([150, 400, 900]);
    const split = RED.ALLOCATE(1_000_000, column(names), base, undefined, undefined, undefined, undefined, undefined, value);
    const [point] = RED.SWEEP([[1_000_000]], column(names), base, undefined, undefined, undefined, undefined, undefined, undefined, value);
    expect(point.slice(6)).toEqual(split.map((row) => row[1]));
    const totalValue = split.reduce((sum, row, i) => sum + num(row[3]) * num(value[i][0]), 0);
    expect(num(point[4])).toBeCloseTo(totalValue, 6);
    const plan = RED.REQUIREDBUDGET(totalValue, column(names), base, undefined, undefined, undefined, undefined, undefined, "value", value);
    const total = plan[plan.length - 1];
    expect(total).toHaveLength(8);
    // The least budget reaching that value is at most a cent from 1,000,000.
    expect(Math.abs(num(total[1]) - 1_000_000)).toBeLessThanOrEqual(0.01);
    const flight = RED.FLIGHTPLAN(1_000_000, column(names), base, [[1]], undefined, undefined, undefined, undefined, undefined, undefined, value);
    expect(flight.map((row) => row[0])).toEqual(split.map((row) => row[1]));
  });

  test("the value column is what the lines' conversions are worth, and adds up to the Total row as a SUM of it would", () => {
    const base = column([40, 60, 90]);
    const values = [150, 400, 900];
    const value = column(values);
    const sumDown = (cells: unknown[]) => cells.reduce((sum: number, v) => sum + num(v), 0);
    // REQUIREDBUDGET: ALLOCATE's rows, then the Total row, whose value is the column's sum.
    const required = RED.REQUIREDBUDGET(2_000_000, column(names), base, undefined, undefined, undefined, undefined, undefined, "value", value);
    const lines = required.slice(0, -1);
    expect(required[required.length - 1][6]).toBe(sumDown(lines.map((row) => row[6])));
    expect(num(required[required.length - 1][6])).toBeGreaterThanOrEqual(2_000_000);
    // SWEEP's value at a budget is the sum of ALLOCATE's value column at that budget.
    const split = RED.ALLOCATE(1_000_000, column(names), base, undefined, undefined, undefined, undefined, undefined, value);
    const [point] = RED.SWEEP([[1_000_000]], column(names), base, undefined, undefined, undefined, undefined, undefined, undefined, value);
    expect(point[4]).toBe(sumDown(split.map((row) => row[6])));
    // FLIGHTPLAN: each line's value is its months' conversions × its value, worked out independently
    // from RED.CONVERSIONS at each month's spend and CPA; the Total row adds the lines.
    const seasonality = [1, 0.85, 1.2];
    const flight = RED.FLIGHTPLAN(3_000_000, column(names), base, [seasonality], undefined, undefined, undefined, undefined, undefined, true, value);
    const body = flight.slice(0, -1);
    body.forEach((row, i) => {
      const spends = row.slice(1, 4).map(num);
      const conversions = spends.map((spend, m) => num(RED.CONVERSIONS([[spend]], [[num(base[i][0]) * seasonality[m]]])[0][0]));
      const expected = values[i] * sumDown(conversions);
      expect(Math.abs(num(row[5]) - expected)).toBeLessThanOrEqual(1e-9 * expected);
    });
    expect(flight[flight.length - 1][5]).toBe(sumDown(body.map((row) => row[5])));
  });

  test("with values, the totals' marginal CPA is blank: the lines share a marginal ROI, not a marginal CPA", () => {
    const base = column([50, 80, 120]);
    const values = column([100, 300, 500]);
    const [point] = RED.SWEEP([[1_000_000]], column(names), base, undefined, undefined, undefined, undefined, undefined, undefined, values);
    expect(point[3]).toBe("");
    expect(point[5]).toBeGreaterThan(0);
    // Each line's own marginal CPA is value ÷ the common marginal ROI (what ALLOCATE's rows show).
    const rows = RED.ALLOCATE(1_000_000, column(names), base, undefined, undefined, undefined, undefined, undefined, values);
    // (to 1e-6: the split is in whole cents, so the lines' marginal ROIs agree to a cent's worth)
    rows.forEach((row, i) => {
      const expected = (values[i][0] as number) / (point[5] as number);
      expect(Math.abs((row[4] as number) - expected) / expected).toBeLessThan(1e-6);
    });
    const required = RED.REQUIREDBUDGET(50_000, column(names), base, undefined, undefined, undefined, undefined, undefined, "value", values);
    expect(required[required.length - 1][4]).toBe("");
    // Without values, the common marginal CPA stands.
    expect(RED.SWEEP([[1_000_000]], column(names), base)[0][3]).toBeGreaterThan(0);
  });

  test("a marginal ROI with no number (a marginal CPA of 0) is a blank cell, never Infinity", () => {
    expect(roiCell(Infinity)).toBe("");
    expect(roiCell(0.25)).toBe(0.25);
  });

  test("the header names the value columns in the planner's language; without value nothing changes", () => {
    const base = column([40, 60, 90]);
    const [header] = RED.SWEEP([[1_000_000]], column(names), base, undefined, undefined, undefined, undefined, undefined, true, column([1, 2, 3]));
    expect(header.slice(0, 6)).toEqual(["budget", "conversions", "average CPA", "marginal CPA", "value", "marginal ROI"]);
    setLanguage("zh");
    expect(RED.SWEEP([[1_000_000]], column(names), base, undefined, undefined, undefined, undefined, undefined, true, column([1, 2, 3]))[0].slice(4, 6)).toEqual(["价值", "边际 ROI"]);
    setLanguage(undefined);
    expect(RED.ALLOCATE(1_000_000, column(names), base)[0]).toHaveLength(6);
    // A blank value cell: the split without value, its two columns blank (the size its declaration reserves).
    const plain = RED.ALLOCATE(1_000_000, column(names), base);
    expect(RED.ALLOCATE(1_000_000, column(names), base, undefined, undefined, undefined, undefined, undefined, [[null]])).toEqual(plain.map((row) => [...row, "", ""]));
  });
});
