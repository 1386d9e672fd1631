/*
 * Issue 22, item 5: ALLOCATE's bound column says what holds a line — `max`, `min`, or `floor` for a
 * line waiting at floor_spend while the common marginal CPA lies inside its jump — in the planner's
 * language. The README's stage-guided recipe is checked as written, and as a property over stages,
 * budgets and N.
 */
import fc from "fast-check";
import { AllocationLine, allocateBudget, Assumptions, DEFAULT_ASSUMPTIONS } from "../../src/core";
import { setLanguage } from "../../src/functions/boundary";
import { RED } from "../support/functions";

const a = DEFAULT_ASSUMPTIONS;
afterEach(() => setLanguage(undefined));

/** The README's stage-guided recipe: bounds from SPILLSPLIT ± N × budget, then ALLOCATE. */
function stageGuided(budget: number, stage: number | string, n: number, baseCpa: [number, number]) {
  const part = (p: string) => RED.SPILLSPLIT([[stage]], [[budget]], p)[0][0] as number;
  const [spill, closed] = [part("spillover"), part("closed")];
  return RED.ALLOCATE(budget, [["spillover"], ["closed loop"]], [[baseCpa[0]], [baseCpa[1]]], null as never, null as never, [[spill - n * budget], [closed - n * budget]], [[spill + n * budget], [closed + n * budget]]);
}

describe("ALLOCATE's bound column", () => {
  it("README: for 500,000 in growth with N = 0.1, spillover is pulled to its 60% ceiling (`max`) and closed loop rests on its 40% minimum (`min`)", () => {
    const rows = stageGuided(500_000, "growth", 0.1, [30, 45]);
    expect(rows.map((r) => [r[1], r[5]])).toEqual([
      [300_000, "max"],
      [200_000, "min"],
    ]);
    // The call, as typed.
    const typed = RED.ALLOCATE(500_000, [["spillover"], ["closed loop"]], [[30], [45]], null as never, null as never, [[200_000], [200_000]], [[300_000], [300_000]]);
    expect(typed.map((r) => r[5])).toEqual(["max", "min"]);
  });

  it("README: a line waiting at floor_spend says `floor` (store live at 250,000 in the worked example)", () => {
    const rows = RED.ALLOCATE(250_000, [["Seeding notes"], ["Search ads"], ["Store live"]], [[40], [25], [60]]);
    expect(rows.map((r) => [r[1], r[5]])).toEqual([
      [42_060.89, ""],
      [187_939.11, ""],
      [20_000, "floor"],
    ]);
  });

  it("says it in the planner's language: 上限, 下限, 门槛", () => {
    setLanguage("zh");
    expect(stageGuided(500_000, "growth", 0.1, [30, 45]).map((r) => r[5])).toEqual(["上限", "下限"]);
    expect(RED.ALLOCATE(250_000, [["A"], ["B"], ["C"]], [[40], [25], [60]]).map((r) => r[5])).toEqual(["", "", "门槛"]);
  });

  it("the stage-guided recipe over stages, budgets and N: a line resting on its ceiling says `max`, on its minimum `min`", () => {
    let held = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 1e10 }).map((c) => c / 100),
        fc.oneof(fc.constantFrom<number | string>("cold-start", "growth", "mature"), fc.integer({ min: 100, max: 300 }).map((x) => x / 100)),
        fc.integer({ min: 1, max: 30 }).map((x) => x / 100),
        fc.tuple(fc.integer({ min: 5, max: 200 }), fc.integer({ min: 5, max: 200 })),
        (budget, stage, n, [b0, b1]) => {
          let rows: unknown[][];
          try {
            rows = stageGuided(budget, stage, n, [b0, b1]);
          } catch {
            return; // bounds that cannot hold the budget in whole cents (a negative minimum, say)
          }
          const [top, bottom] = [(r: unknown[]) => r[1] === Number(maxOf(budget, stage, n, r)), (r: unknown[]) => r[1] === Number(minOf(budget, stage, n, r))];
          // Two lines and a fixed budget: one on its ceiling and the other on its minimum are both held.
          if ((top(rows[0]) && bottom(rows[1])) || (bottom(rows[0]) && top(rows[1]))) {
            held++;
            expect(rows.map((r) => r[5]).sort()).toEqual(["max", "min"]);
          }
        },
      ),
      { numRuns: 300, seed: 225 },
    );
    expect(held).toBeGreaterThan(50);
  });
});

/** The bounds the recipe gives a row (0: spillover, 1: closed loop), rounded inward to cents. */
function boundOf(budget: number, stage: number | string, n: number, row: unknown[], sign: 1 | -1): number {
  const part = row[0] === "spillover" ? "spillover" : "closed";
  const amount = (RED.SPILLSPLIT([[stage]], [[budget]], part)[0][0] as number) + sign * n * budget;
  return sign === 1 ? Math.floor(amount * 100 + 1e-6) / 100 : Math.ceil(amount * 100 - 1e-6) / 100;
}
const maxOf = (budget: number, stage: number | string, n: number, row: unknown[]) => boundOf(budget, stage, n, row, 1);
const minOf = (budget: number, stage: number | string, n: number, row: unknown[]) => boundOf(budget, stage, n, row, -1);

// ---------------------------------------------------------------------------------------------
// `floor` over the whole range: a line labelled `floor` sits at floor_spend with the common
// marginal CPA inside its jump; a blank line's marginal CPA is the common one.

/** The price of the last yuan that reached `spend` and of the next one (DOMAIN §3, written out again). */
function prices(line: AllocationLine, spend: number, c: Assumptions): [number, number] {
  const k = line.cpmElasticity - line.cvrElasticity;
  const flat = line.baseCpa * Math.pow(c.floorSpend / c.refSpend, k);
  const power = (s: number) => (line.baseCpa / (1 - k)) * Math.pow(s / c.refSpend, k);
  return [spend <= c.floorSpend ? flat : power(spend), spend < c.floorSpend ? flat : power(Math.max(spend, c.floorSpend))];
}

describe("`floor` says a line waits at floor_spend (property over lines, budgets and floors)", () => {
  it("labels exactly the lines at floor_spend whose jump holds the common marginal CPA", () => {
    const lineArb = fc.record({ baseCpa: fc.double({ min: 1, max: 300, noNaN: true }), e: fc.double({ min: 0.1, max: 0.8, noNaN: true }) });
    let floors = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e11 }).map((c) => c / 100),
        fc.array(lineArb, { minLength: 2, maxLength: 6 }),
        fc.constantFrom(a.floorSpend, 1_000, 20_100.01, 150_000, 1e6),
        (budget, specs, floorSpend) => {
          const c = { ...a, floorSpend };
          const lines = specs.map((s, i) => ({ name: `L${i}`, baseCpa: s.baseCpa, cpmElasticity: s.e, cvrElasticity: 0, minSpend: 0, maxSpend: Infinity }));
          const split = allocateBudget(budget, lines, c);
          // The common price: where the free lines' last and next cents meet (one cent either side).
          const free = split.flatMap((r, i) => (r.bound === "" && r.spend > 0.01 ? [i] : []));
          if (free.length === 0) return;
          const low = Math.max(...free.map((i) => prices(lines[i], split[i].spend - 0.01, c)[0]));
          const high = Math.min(...free.map((i) => prices(lines[i], split[i].spend + 0.01, c)[1]));
          expect(low).toBeLessThanOrEqual(high * (1 + 1e-9));
          split.forEach((r, i) => {
            const [flat, jump] = prices(lines[i], floorSpend, c);
            const waits = Math.abs(r.spend - floorSpend) < 0.01 && flat < low * (1 - 1e-9) && jump > high * (1 + 1e-9);
            if (waits) floors++;
            expect(r.bound === "floor").toBe(waits);
          });
        },
      ),
      { numRuns: 400, seed: 2205 },
    );
    expect(floors).toBeGreaterThan(10);
  });
});
