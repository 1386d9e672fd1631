/*
 * The per-line `value` at its edges, through the entry points: a blank value range, a blank beside a
 * named line, hostile cells; FLIGHTPLAN's value | marginal ROI columns; REQUIREDBUDGET's value and
 * marginal-ROI targets at their limits; and an independent brute force (plain loops over a grid of
 * cents, the curve of DOMAIN §3 written out here) that no split beats ALLOCATE's Σ value × conversions.
 */
import fc from "fast-check";
import { describe as describeError, DomainError, readAssumptions, requiredBudget } from "../../src/core";
import { setLanguage } from "../../src/functions/boundary";
import { DECLARATIONS } from "../../src/functions/catalog";
import type { CallShape, Parameter } from "../../src/functions/declarations";
import { isExcelError, thrown } from "../support/cells";
import { RED } from "../support/functions";

afterEach(() => setLanguage(undefined));

const column = (values: readonly unknown[]) => values.map((v) => [v]);
const num = (v: unknown) => v as number;
const names = column(["notes", "group chat", "live"]);
const base = column([40, 60, 90]);
const _ = undefined;

/** The size a function's declaration reserves for a call (as the shapes campaign reads it). */
function declared(id: string, args: readonly unknown[]): [number, number] {
  const f = DECLARATIONS[id];
  const at = (p: Parameter) => args[f.parameters.findIndex((q) => q.name === p.name)];
  const given = (p: Parameter) => at(p) !== null && at(p) !== undefined;
  const size = (p: Parameter) => {
    const v = at(p);
    return Array.isArray(v) ? { rows: v.length, columns: (v[0] as unknown[]).length } : { rows: 1, columns: 1 };
  };
  const call: CallShape = {
    size,
    given,
    cells: (p) => size(p).rows * size(p).columns,
    isTrue: (p) => at(p) === true,
    broadcast: () => ({ rows: 1, columns: 1 }),
  };
  const { rows, columns } = f.result(call);
  return [rows, columns];
}

/** The four line functions, each called with `value` last, and the column of each line's spend. */
const CALLS: [string, (value: unknown) => unknown[], (result: unknown[][]) => unknown[]][] = [
  ["ALLOCATE", (value) => [1_000_000, names, base, _, _, _, _, _, value], (r) => r.map((row) => row[1])],
  ["REQUIREDBUDGET", (value) => [20_000, names, base, _, _, _, _, _, _, value], (r) => r.slice(0, 3).map((row) => row[1])],
  ["SWEEP", (value) => [[[1_000_000]], names, base, _, _, _, _, _, _, value], (r) => r[0].slice(-3)],
  ["FLIGHTPLAN", (value) => [1_000_000, names, base, [[1, 0.85]], _, _, _, _, _, true, value], (r) => r.slice(0, 3).map((row) => num(row[3]))],
];
const run = (id: string, args: readonly unknown[]) => DECLARATIONS[id].entry(...args) as unknown[][];

describe("a value range that is wholly blank, or blank beside a named line", () => {
  it.each(CALLS)("%s: a wholly blank value range fills the columns its declaration reserves, value and marginal ROI blank, the split by conversions", (id, args, spends) => {
    for (const blank of [[[""], [""], [""]], [[null]], [[""]], [["  "], [null], [""]]]) {
      const result = run(id, args(blank));
      expect([result.length, result[0].length]).toEqual(declared(id, args(blank)));
      expect(spends(result)).toEqual(spends(run(id, args(undefined))));
      // The two value columns are blank on every row (before SWEEP's spends; at the end elsewhere).
      const valueColumns = (row: unknown[]) => (id === "SWEEP" ? row.slice(4, 6) : row.slice(-2));
      for (const row of result) expect(valueColumns(row)).toEqual(["", ""]);
    }
  });

  it.each(CALLS)("%s: a value beside every named line fills the columns its declaration reserves", (id, args) => {
    const value = column([150, 400, 900]);
    const result = run(id, args(value));
    expect([result.length, result[0].length]).toEqual(declared(id, args(value)));
    expect(result.flat().every((cell) => cell === "" || typeof cell === "string" || Number.isFinite(cell))).toBe(true);
  });

  it.each(CALLS)("%s: a blank value beside a named line is #VALUE! naming value and the line, in English and Chinese", (id, args) => {
    const error = thrown(() => run(id, args([[5], [""], [7]])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^value: line "group chat" has none/);
    setLanguage("zh");
    expect(thrown(() => run(id, args([[5], [7], [null]]))).message).toMatch(/^value：投放线 "live" 缺少此值/);
  });

  it("a wholly blank value splits by conversions, so the marginal CPA it holds stays shown (REQUIREDBUDGET's Total, SWEEP's column)", () => {
    const blank = column([null, null]);
    const plan = RED.REQUIREDBUDGET(100, names.slice(0, 2), column([40, 60]), _, _, _, _, _, "marginal-cpa", blank) as unknown[][];
    const bare = RED.REQUIREDBUDGET(100, names.slice(0, 2), column([40, 60]), _, _, _, _, _, "marginal-cpa") as unknown[][];
    expect(plan[plan.length - 1][4]).toBe(bare[bare.length - 1][4]);
    expect(typeof plan[plan.length - 1][4]).toBe("number");
  });

  it("a blank value on a blank row of lines stays blank, and one value cell serves every line", () => {
    const lines = column(["notes", "", "live"]);
    const result = RED.ALLOCATE(1_000_000, lines, column([40, "", 90]), _, _, _, _, _, column([150, "", 900]));
    expect(result[1]).toEqual(Array(8).fill(""));
    const one = RED.ALLOCATE(1_000_000, names, base, _, _, _, _, _, [[300]]);
    expect(one.map((row) => row[1])).toEqual(RED.ALLOCATE(1_000_000, names, base).map((row) => row[1]));
    // Each line's conversions at 300 each.
    expect(one.map((row) => row[6])).toEqual(one.map((row) => 300 * num(row[3])));
  });
});

describe("hostile cells in value", () => {
  const call = (value: unknown) => () => RED.ALLOCATE(1_000_000, names, base, _, _, _, _, _, value);
  it.each([0, -5, 1e14])("%p is #NUM!, as a base CPA out of its range", (v) => {
    expect(thrown(call([[v]])).code).toBe("#NUM!");
    expect(thrown(call(column([150, v, 900]))).code).toBe("#NUM!");
  });

  it.each([true, "abc", "5 yuan?"])("%p is #VALUE! naming value", (v) => {
    const error = thrown(call(column([150, v, 900])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^value: /);
  });

  it("\"50万\" is 500,000, as every amount a planner types", () => {
    // The value read: what it makes of each line's marginal ROI (value per conversion ÷ marginal CPA).
    const rows = call(column([150, "50万", 900]))();
    rows.forEach((row, i) => expect(num(row[7]) * num(row[4])).toBeCloseTo([150, 500_000, 900][i], 6));
    expect(rows[1][6]).toBe(500_000 * num(rows[1][3]));
  });

  it("an error cell passes on as itself", () => {
    const error = new CustomFunctions.Error("#DIV/0!" as never);
    const result = (() => {
      try {
        return call(column([150, error, 900]))();
      } catch (e) {
        return [[e]];
      }
    })();
    expect(result.flat().some((cell) => isExcelError(cell) && cell.code === "#DIV/0!")).toBe(true);
  });

  it("1e13, the largest value, gives finite cells: the split of base CPA ÷ value", () => {
    const result = call(column([1e13, 1e13, 1e13]))();
    expect(result.flat().every((cell) => typeof cell === "string" || Number.isFinite(cell))).toBe(true);
    expect(result.map((row) => row[1])).toEqual(RED.ALLOCATE(1_000_000, names, base).map((row) => row[1]));
  });

  it("a value range of the wrong length is #N/A naming value beside lines", () => {
    for (const value of [column([1, 2]), column([1, 2, 3, 4])]) {
      const error = thrown(call(value));
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/value/);
    }
  });
});

describe("FLIGHTPLAN with value: value | marginal ROI columns, the grid by value", () => {
  // A small curve (ref_spend 100, floor_spend 1) so that a budget of a few hundred yuan bends it.
  const small = [["ref_spend", 100], ["floor_spend", 1]];
  const a = readAssumptions(small);
  const k = a.cpmElasticity - a.cvrElasticity;
  const conversions = (baseCpa: number, s: number) => (s <= 0 ? 0 : s / (baseCpa * Math.pow(Math.max(s, a.floorSpend) / a.refSpend, k)));
  // Above the floor, the marginal CPA is CPA(s) ÷ (1 − k) (DOMAIN §3).
  const marginalCpa = (baseCpa: number, s: number) => (baseCpa * Math.pow(s / a.refSpend, k)) / (1 - k);
  const lines = column(["notes", "live"]);
  const bases = [2, 3];
  const values = [10, 40];
  const months = [1, 0.85, 1.2];

  it("equals FLIGHTPLAN with base CPA ÷ value to the cent, ends each line in value | its marginal ROI and the total in Σ value × conversions", () => {
    const plan = RED.FLIGHTPLAN(600, lines, column(bases), [months], _, _, _, _, small, true, column(values));
    const scaled = RED.FLIGHTPLAN(600, lines, column(bases.map((b, i) => b / values[i])), [months], _, _, _, _, small, true);
    expect(plan.map((row) => row.slice(0, 5))).toEqual(scaled);
    // Each line's value: its months' conversions (DOMAIN §3, worked out here) × its value per conversion.
    let total = 0;
    bases.forEach((b, i) => {
      let line = 0;
      months.forEach((m, j) => (line += values[i] * conversions(b * m, num(plan[i][1 + j]))));
      expect(Math.abs(num(plan[i][5]) / line - 1)).toBeLessThan(1e-12);
      total += line;
    });
    expect(Math.abs(num(plan[2][5]) / total - 1)).toBeLessThan(1e-12);
    // No bound holds a cell: every line's marginal ROI is the common one, to what a cent moves it
    // on spends of a few yuan.
    for (const row of plan) expect(Math.abs(num(row[6]) / num(plan[2][6]) - 1)).toBeLessThan(2e-3);
    // Without labels: the months, then value | marginal ROI.
    const bare = RED.FLIGHTPLAN(600, lines, column(bases), [months], _, _, _, _, small, _, column(values));
    expect(bare).toEqual(plan.slice(0, 2).map((row) => [...row.slice(1, 4), ...row.slice(5)]));
  });

  it("a line's marginal ROI is its free month's, the common one, not a month waiting at floor_spend", () => {
    // Line a waits at the floor (20,000) in month 1 and is free in month 3: at the floor its next yuan
    // buys dearer than the common price, so the line's ROI is month 3's, the common one.
    const plan = RED.FLIGHTPLAN(1_000_000, column(["a", "b", "c"]), column([40, 60, 90]), [[1, "", 0.8]], _, _, _, _, _, true, column([150, 400, 900]));
    expect(plan[0][1]).toBe(20_000);
    expect(num(plan[0][3])).toBeGreaterThan(20_000);
    const common = num(plan[3][6]);
    for (const row of plan.slice(0, 3)) expect(Math.abs(num(row[6]) / common - 1)).toBeLessThan(1e-6);
  });

  it("no one-cent move between two cells buys more value (checked with the curve written out here)", () => {
    const plan = RED.FLIGHTPLAN(600, lines, column(bases), [months], _, _, _, _, small, _, column(values));
    const cells = bases.flatMap((b, i) => months.map((m, j) => ({ baseCpa: b * m, value: values[i], spend: num(plan[i][j]) })));
    const worth = (c: { baseCpa: number; value: number }, s: number) => c.value * conversions(c.baseCpa, s);
    for (const from of cells) {
      if (from.spend < 0.01) continue;
      for (const to of cells) {
        if (to === from) continue;
        const gain = worth(to, to.spend + 0.01) - worth(to, to.spend) - (worth(from, from.spend) - worth(from, from.spend - 0.01));
        expect(gain).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it("a line whose months are all held at their maximum shows the best of its months' marginal ROI; a blank value range leaves both columns blank", () => {
    const plan = RED.FLIGHTPLAN(600, lines, column(bases), [months], _, _, _, column(["", 50]), small, true, column(values));
    expect(plan[1].slice(1, 4)).toEqual([50, 50, 50]);
    const cellRoi = months.map((m) => values[1] / marginalCpa(bases[1] * m, 50));
    expect(Math.abs(num(plan[1][6]) / Math.max(...cellRoi) - 1)).toBeLessThan(1e-9);
    expect(num(plan[1][6])).toBeGreaterThan(num(plan[2][6]));
    const blank = RED.FLIGHTPLAN(600, lines, column(bases), [months], _, _, _, _, small, true, column(["", ""]));
    expect(blank.map((row) => row.slice(-2))).toEqual([["", ""], ["", ""], ["", ""]]);
  });
});

describe("FLIGHTPLAN's months keep their places", () => {
  it("a blank last month is a blank column: value | marginal ROI stay after every month, never in the blank month's place", () => {
    const plan = RED.FLIGHTPLAN(100_000, column(["a", "b"]), column([40, 60]), [[1, 1, ""]], _, _, _, _, _, false, column([300, 200])) as unknown[][];
    for (const row of plan) {
      expect(row).toHaveLength(5);
      expect(row[2]).toBe("");
    }
    // The value column, right after the two months: what each line's conversions are worth.
    const worth = RED.CONVERSIONS(column([plan[0][0], plan[0][1], plan[1][0], plan[1][1]]), column([40, 40, 60, 60])).map((row) => num(row[0]));
    const near = (got: unknown, expected: number) => expect(Math.abs(num(got) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
    near(plan[0][3], 300 * (worth[0] + worth[1]));
    near(plan[1][3], 200 * (worth[2] + worth[3]));
    expect(Math.round(((plan[0][0] as number) + (plan[0][1] as number) + (plan[1][0] as number) + (plan[1][1] as number)) * 100)).toBe(10_000_000);
    // With labels and no value the line totals stay in the total column too.
    const labelled = RED.FLIGHTPLAN(100_000, column(["a", "b"]), column([40, 60]), [[1, 1, ""]], _, _, _, _, _, true) as unknown[][];
    expect(labelled.every((row) => row.length === 5)).toBe(true);
    expect(labelled[1][3]).toBe("");
  });
});

describe("REQUIREDBUDGET's value and marginal-ROI targets at their limits", () => {
  const a = readAssumptions([]);
  const k = a.cpmElasticity - a.cvrElasticity;
  // Below floor_spend the CPA is flat: the best line's marginal ROI there is value ÷ CPA(floor).
  const bestRoi = 100 / (40 * Math.pow(a.floorSpend / a.refSpend, k));

  it("a least marginal ROI of exactly the best line's (as its cell shows it) buys that line's whole flat stretch; a tie buys both", () => {
    const shown = num(RED.ALLOCATE(1_000, names.slice(0, 2), column([40, 60]), _, _, _, _, _, column([100, 100]))[0][7]);
    expect(Math.abs(shown / bestRoi - 1)).toBeLessThan(1e-12);
    const plan = RED.REQUIREDBUDGET(shown, names.slice(0, 2), column([40, 60]), _, _, _, _, _, "marginal-roi", column([100, 100]));
    expect(plan.map((row) => row[1])).toEqual([20_000, 0, 20_000]);
    const tie = RED.REQUIREDBUDGET(shown, names.slice(0, 2), column([40, 40]), _, _, _, _, _, "marginal-roi", column([100, 100]));
    expect(tie.map((row) => row[1])).toEqual([20_000, 20_000, 40_000]);
  });

  it("a value or marginal-ROI target without values is #VALUE! naming value and the line, in both languages — never conversions counted as value", () => {
    for (const kind of ["value", "marginal-roi", "价值", "边际ROI"]) {
      const blankValues = [undefined, column([null, null])];
      for (const value of blankValues) {
        const error = thrown(() => RED.REQUIREDBUDGET(1_000, names.slice(0, 2), column([40, 60]), _, _, _, _, _, kind, value));
        expect([kind, error.code]).toEqual([kind, "#VALUE!"]);
        expect(error.message).toMatch(/^value: targetKind .*needs each line's value per conversion, and line "notes" has none/);
      }
    }
    setLanguage("zh");
    expect(thrown(() => RED.REQUIREDBUDGET(1_000, names.slice(0, 2), column([40, 60]), _, _, _, _, _, "价值")).message).toContain("需要每条投放线的单次转化价值");
    // Conversions and marginal-CPA targets need no value.
    expect(isExcelError(RED.REQUIREDBUDGET(1_000, names.slice(0, 2), column([40, 60])))).toBe(false);
  });

  it("a marginal-CPA target with values is #VALUE! saying to use marginal-roi — valued lines have no one marginal CPA", () => {
    for (const kind of ["marginal-cpa", "边际CPA"]) {
      const error = thrown(() => RED.REQUIREDBUDGET(150, names, column([80, 120, 60]), _, _, _, _, _, kind, column([1.5, 3, 2])));
      expect([kind, error.code]).toEqual([kind, "#VALUE!"]);
      expect(error.message).toMatch(/^targetKind: marginal-cpa .*has no meaning with value.*marginal-roi/);
    }
    // Without value it is the ceiling on every line's marginal CPA, as before.
    expect(isExcelError(RED.REQUIREDBUDGET(150, names, column([80, 120, 60]), _, _, _, _, _, "marginal-cpa"))).toBe(false);
  });

  it("a least marginal ROI above every line's best is a budget of 0", () => {
    const plan = RED.REQUIREDBUDGET(bestRoi * 1.01, names.slice(0, 2), column([40, 60]), _, _, _, _, _, "marginal-roi", column([100, 100]));
    expect(plan.map((row) => row[1])).toEqual([0, 0, 0]);
  });

  it("a value target the bounds cannot reach is #NUM!, and the error behind it says what the bounds allow", () => {
    const args = [1e9, names.slice(0, 2), column([40, 60]), _, _, _, column([1000, 1000]), _, "value", column([100, 100])];
    expect(thrown(() => RED.REQUIREDBUDGET(...args)).code).toBe("#NUM!");
    const line = (name: string, baseCpa: number) => ({ name, baseCpa, cpmElasticity: a.cpmElasticity, cvrElasticity: a.cvrElasticity, minSpend: 0, maxSpend: 1000, value: 100 });
    try {
      requiredBudget(1e9, "value", [line("notes", 40), line("live", 60)], a);
      throw new Error("did not throw");
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("TARGET_UNREACHABLE");
      expect(describeError(error as DomainError)).toMatch(/^target: a value of .* is out of reach: at the most the bounds allow, 2,000, the lines buy a value of /);
      expect(describeError(error as DomainError, "zh")).toMatch(/^target/);
    }
  });

  it("a tie on value splits evenly and reaches the target, one cent less misses it", () => {
    const plan = RED.REQUIREDBUDGET(5000, names.slice(0, 2), column([40, 40]), _, _, _, _, _, "value", column([100, 100]));
    expect(plan[0][1]).toBe(plan[1][1]);
    expect(num(plan[2][6])).toBeGreaterThanOrEqual(5000);
    const below = RED.ALLOCATE(num(plan[2][1]) - 0.01, names.slice(0, 2), column([40, 40]), _, _, _, _, _, column([100, 100]));
    expect(below.reduce((sum, row) => sum + num(row[6]), 0)).toBeLessThan(5000);
  });
});

describe("an independent brute force: no split of a small budget beats value-weighted ALLOCATE", () => {
  // ref_spend 100 and floor_spend 1 bend the curve within a budget of 200 yuan.
  const small = [["ref_spend", 100], ["floor_spend", 1]];
  const a = readAssumptions(small);
  const k = a.cpmElasticity - a.cvrElasticity;
  const conversions = (baseCpa: number, s: number) => (s <= 0 ? 0 : s / (baseCpa * Math.pow(Math.max(s, a.floorSpend) / a.refSpend, k)));

  /** Every split of `units` steps of `step` cents over n lines, and the most value any of them buys. */
  function bestOnGrid(bases: number[], values: number[], units: number, step: number): number {
    const n = bases.length;
    let best = 0;
    const spends = new Array(n).fill(0);
    const visit = (i: number, left: number) => {
      if (i === n - 1) {
        spends[i] = left;
        let worth = 0;
        for (let j = 0; j < n; j++) worth += values[j] * conversions(bases[j], (spends[j] * step) / 100);
        if (worth > best) best = worth;
        return;
      }
      for (let u = 0; u <= left; u++) {
        spends[i] = u;
        visit(i + 1, left - u);
      }
    };
    visit(0, units);
    return best;
  }

  it("over a grid of cents, 3 to 5 random lines with values", () => {
    const instance = fc.integer({ min: 3, max: 5 }).chain((n) =>
      fc.record({
        bases: fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
        values: fc.array(fc.double({ min: 1, max: 50, noNaN: true }), { minLength: n, maxLength: n }),
        budgetCents: fc.integer({ min: 1, max: 20_000 }),
      }),
    );
    fc.assert(
      fc.property(instance, ({ bases, values, budgetCents }) => {
        const n = bases.length;
        const lineNames = column(bases.map((_b, i) => `line ${i + 1}`));
        const split = RED.ALLOCATE(budgetCents / 100, lineNames, column(bases), _, _, _, _, small, column(values));
        const spends = split.map((row) => num(row[1]));
        expect(spends.reduce((sum, s) => sum + Math.round(s * 100), 0)).toBe(budgetCents);
        const worth = spends.reduce((sum, s, i) => sum + values[i] * conversions(bases[i], s), 0);
        // A grid fine enough to run fast: 3 lines by the cent up to 2,000 steps, more lines coarser.
        const steps = n === 3 ? 300 : n === 4 ? 60 : 30;
        const step = Math.max(1, Math.ceil(budgetCents / steps));
        const units = Math.floor(budgetCents / step);
        // What a cent is worth at the margin: the most any grid point may beat the split's cents by.
        const cent = Math.max(...bases.map((b, i) => values[i] * conversions(b, 0.01)));
        expect(bestOnGrid(bases, values, units, step)).toBeLessThanOrEqual(worth + n * cent + 1e-9 * worth);
        // And by the cent: no one-cent move from one line to another buys more.
        for (let i = 0; i < n; i++) {
          if (spends[i] < 0.01) continue;
          for (let j = 0; j < n; j++) {
            if (j === i) continue;
            const gain = values[j] * (conversions(bases[j], spends[j] + 0.01) - conversions(bases[j], spends[j])) - values[i] * (conversions(bases[i], spends[i]) - conversions(bases[i], spends[i] - 0.01));
            expect(gain).toBeLessThanOrEqual(1e-9 * Math.max(1, worth));
          }
        }
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });

  it("the brute force can fail: an even split is beaten on the grid", () => {
    const bases = [0.5, 2, 4];
    const values = [30, 5, 2];
    const even = [100 / 3, 100 / 3, 100 / 3].reduce((sum, s, i) => sum + values[i] * conversions(bases[i], s), 0);
    expect(bestOnGrid(bases, values, 100, 100)).toBeGreaterThan(even * 1.1);
  });
});
