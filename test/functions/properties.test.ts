/* fast-check properties through the entry points Excel calls. */
import fc from "fast-check";
import { RED } from "../support/functions";

const budget = fc.double({ min: 0, max: 1e12, noNaN: true });
const stage = fc.oneof(
  fc.constantFrom<unknown>("cold-start", "growth", "mature", "冷启动期", "成长期", "成熟期", 1, 2, 3),
  fc.double({ min: 1, max: 3, noNaN: true }),
);
const cents = (x: number) => Math.round(x * 100);

it("SPILLSPLIT's two parts add up to the budget exactly and are never negative", () => {
  fc.assert(
    fc.property(stage, budget, (s, b) => {
      const [[spillover, closedLoop]] = RED.SPILLSPLIT([[s]], [[b]]) as number[][];
      expect(spillover).toBeGreaterThanOrEqual(0);
      expect(closedLoop).toBeGreaterThanOrEqual(0);
      expect(cents(spillover) + cents(closedLoop)).toBe(cents(b));
    }),
    { numRuns: 3000 },
  );
});

it("SPILLSPLIT over a column of budgets gives, row by row, what each budget gives alone", () => {
  fc.assert(
    fc.property(stage, fc.array(budget, { minLength: 1, maxLength: 20 }), (s, budgets) => {
      const column = RED.SPILLSPLIT([[s]], budgets.map((b) => [b]));
      budgets.forEach((b, i) => expect(column[i]).toEqual(RED.SPILLSPLIT([[s]], [[b]])[0]));
    }),
  );
});

it("MARGINALCPM ≥ AVGCPM, and AVGCPM never falls as spend rises", () => {
  fc.assert(
    fc.property(budget, budget, fc.double({ min: 0.01, max: 1e4, noNaN: true }), (x, y, base) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      const avg = RED.AVGCPM([[lo], [hi]], [[base]]) as number[][];
      const marginal = RED.MARGINALCPM([[lo], [hi]], [[base]]) as number[][];
      expect(marginal[0][0]).toBeGreaterThanOrEqual(avg[0][0]);
      expect(marginal[1][0]).toBeGreaterThanOrEqual(avg[1][0]);
      expect(avg[1][0]).toBeGreaterThanOrEqual(avg[0][0]);
    }),
    { numRuns: 2000 },
  );
});
