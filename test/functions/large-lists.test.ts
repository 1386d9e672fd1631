/*
 * Issue 22 item 9: ALLOCATE, FLIGHTPLAN, SWEEP and REQUIREDBUDGET over as many lines as the cell
 * limit allows answer — they gave #VALUE! when Math.max(...lines) / Math.min(...lines) spread every
 * line onto the stack and overflowed it. The sizes are the issue's.
 */
import { RED } from "../support/functions";

const column = <T>(n: number, at: (i: number) => T): T[][] => Array.from({ length: n }, (_, i) => [at(i)]);
const names = (n: number) => column(n, (i) => `L${i}`);
const bases = (n: number) => column(n, (i) => 20 + (i % 50));
const inCents = (values: readonly unknown[]) => values.reduce((sum: number, v) => sum + Math.round((v as number) * 100), 0);

describe("lines by the hundred thousand", () => {
  it("ALLOCATE over 126,000 lines: every line a spend, adding up to the budget", () => {
    const n = 126_000;
    const budget = 126_000_000.37;
    const result = RED.ALLOCATE(budget, names(n), bases(n)) as unknown[][];
    expect(result).toHaveLength(n);
    expect(inCents(result.map((row) => row[1]))).toBe(12_600_000_037);
  });

  it("FLIGHTPLAN over 1,100 lines × 120 months: every cell a spend, adding up to the budget", () => {
    const lines = 1_100;
    const seasonality = [Array.from({ length: 120 }, (_, m) => 0.8 + (m % 12) / 20)];
    const result = RED.FLIGHTPLAN(2_000_000_000, names(lines), bases(lines), seasonality) as unknown[][];
    expect(result).toHaveLength(lines);
    expect(result.every((row) => row.length === 120)).toBe(true);
    expect(inCents(result.flat())).toBe(200_000_000_000);
  });

  it("SWEEP at 200,000 lines: one budget's row, its spends adding up to it", () => {
    const n = 200_000;
    const [row] = RED.SWEEP([[n * 1000]], names(n), bases(n)) as unknown[][];
    expect(row).toHaveLength(4 + n);
    expect(inCents(row.slice(4))).toBe(n * 1000 * 100);
  });

  it("REQUIREDBUDGET at 200,000 lines: the budget whose split buys the target", () => {
    const n = 200_000;
    const result = RED.REQUIREDBUDGET(n * 10, names(n), bases(n)) as unknown[][];
    expect(result).toHaveLength(n + 1);
    const total = result[n];
    expect(total[0]).toBe("Total");
    expect(total[3] as number).toBeGreaterThanOrEqual(n * 10);
    expect(inCents(result.slice(0, n).map((row) => row[1]))).toBe(Math.round((total[1] as number) * 100));
  }, 60_000);
});
