/* ALLOCATE through the entry point Excel calls. */
import { allocate } from "../../src/functions/functions";
import { codes, thrown } from "../support/cells";

const lines = [["Seeding notes 种草笔记"], ["Search ads 搜索广告"], ["Store live 店播"]];
const baseCpa = [[40], [25], [60]];

describe("ALLOCATE", () => {
  it("spills line | spend | share | conversions | marginal CPA | bound, spends adding up to the budget", () => {
    const result = allocate(1_000_000, lines, baseCpa);
    expect(result).toHaveLength(3);
    expect(result.every((row) => row.length === 6)).toBe(true);
    expect(result.map((row) => row[0])).toEqual(lines.flat());
    const spends = result.map((row) => row[1] as number);
    expect(spends.reduce((sum, s) => sum + Math.round(s * 100), 0)).toBe(100_000_000);
    expect(result.reduce((sum, row) => sum + (row[2] as number), 0)).toBeCloseTo(1, 12);
    // Equal marginal CPA on every free line.
    const marginal = result.map((row) => row[4] as number);
    expect(Math.max(...marginal) / Math.min(...marginal) - 1).toBeLessThan(1e-6);
    // The cheapest line gets the most.
    expect(spends[1]).toBeGreaterThan(spends[0]);
    expect(spends[0]).toBeGreaterThan(spends[2]);
  });

  it("shows which bound holds a line", () => {
    const result = allocate(1_000_000, lines, baseCpa, null as never, null as never, [[0], [0], [300_000]], [[""], [200_000], [""]]);
    expect(result.map((row) => row[5])).toEqual(["", "max", "min"]);
    expect(result[1][1]).toBe(200_000);
    expect(result[2][1]).toBe(300_000);
  });

  it("takes per-line elasticities, blanks meaning the assumptions", () => {
    const steep = allocate(1_000_000, lines, [[30]], [[0.6], [""], [""]]);
    const flat = allocate(1_000_000, lines, [[30]]);
    expect(steep[0][1] as number).toBeLessThan(flat[0][1] as number);
  });

  it("infeasible bounds are #NUM! (Excel shows no message on #NUM!)", () => {
    expect(thrown(() => allocate(100_000, lines, baseCpa, null as never, null as never, [[50_000]])).code).toBe("#NUM!");
    expect(thrown(() => allocate(1_000_000, lines, baseCpa, null as never, null as never, null as never, [[100_000]])).code).toBe("#NUM!");
  });

  it("blank line rows stay blank; a blank budget is blank", () => {
    const result = allocate(500_000, [["A"], [""], ["B"]], [[30], [""], [40]]);
    expect(result[1]).toEqual(["", "", "", "", "", ""]);
    expect(Math.round((result[0][1] as number) * 100) + Math.round((result[2][1] as number) * 100)).toBe(50_000_000);
    expect(allocate("", lines, baseCpa)).toEqual([[""]]);
  });

  it("per-line ranges of the wrong length are #N/A; a missing base CPA is #NUM!", () => {
    expect(thrown(() => allocate(1_000, lines, [[1], [2]])).code).toBe("#N/A");
    expect(thrown(() => allocate(1_000, lines, [[1], [""], [2]])).code).toBe("#NUM!");
    expect(codes([[thrown(() => allocate(-1, lines, baseCpa)).code]])).toEqual([["#NUM!"]]);
  });
});
