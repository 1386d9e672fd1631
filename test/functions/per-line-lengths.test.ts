/*
 * Per-line ranges taller than the named lines (the Lines sheet with its last line cleared, a whole
 * column): rows past the last line may only hold blanks — and a blank there is no data, even though
 * it reads as the parameter's default. (Found by review: every ALLOCATE cell went #N/A.)
 */
import { RED } from "../support/functions";
import { codes, thrown } from "../support/cells";

const lines = [["Seeding"], ["Sales"], ["Search"], ["Feed"], ["Live"], [null]];
const cpa = [[40], [25], [60], [30], [35], [null]];
const blanks = (rows: number) => Array.from({ length: rows }, () => [null]);

describe("per-line ranges longer than the lines", () => {
  it("ALLOCATE answers when the per-line ranges run on with blanks past the last line", () => {
    const plain = RED.ALLOCATE(1e6, lines, cpa);
    for (const tail of [blanks(6), blanks(1000)]) {
      expect(RED.ALLOCATE(1e6, lines, cpa, tail, tail, tail, tail)).toEqual(plain);
    }
    const spends = (plain as unknown[][]).slice(0, 5).map((row) => Math.round((row[1] as number) * 100));
    expect(spends.reduce((a, b) => a + b, 0)).toBe(100_000_000);
  });

  it("REQUIREDBUDGET, SWEEP and FLIGHTPLAN read them the same way", () => {
    const tail = blanks(6);
    expect(codes(RED.REQUIREDBUDGET(1000, lines, cpa, tail, tail, tail, tail))).toEqual(codes(RED.REQUIREDBUDGET(1000, lines, cpa)));
    expect(codes(RED.SWEEP([[5e5], [1e6]], lines, cpa, tail, tail))).toEqual(codes(RED.SWEEP([[5e5], [1e6]], lines, cpa)));
    expect(codes(RED.FLIGHTPLAN(1.2e6, lines, cpa, [[1, 0.9, 1.1]], tail, tail))).toEqual(codes(RED.FLIGHTPLAN(1.2e6, lines, cpa, [[1, 0.9, 1.1]])));
  });

  it("still refuses data past the last line: a range that does not match the lines is #N/A", () => {
    const extra = [...blanks(5), [0.3]];
    expect(thrown(() => RED.ALLOCATE(1e6, lines, cpa, extra)).code).toBe("#N/A");
  });
});
