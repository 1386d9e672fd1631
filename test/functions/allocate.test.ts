/* ALLOCATE through the entry point Excel calls. */
import { RED } from "../support/functions";
import { codes, thrown } from "../support/cells";
import { excelCents } from "../support/excel-round";

const lines = [["Seeding notes 种草笔记"], ["Search ads 搜索广告"], ["Store live 店播"]];
const baseCpa = [[40], [25], [60]];

describe("ALLOCATE", () => {
  it("spills line | spend | share | conversions | marginal CPA | bound, spends adding up to the budget", () => {
    const result = RED.ALLOCATE(1_000_000, lines, baseCpa);
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
    const result = RED.ALLOCATE(1_000_000, lines, baseCpa, null as never, null as never, [[0], [0], [300_000]], [[""], [200_000], [""]]);
    expect(result.map((row) => row[5])).toEqual(["", "max", "min"]);
    expect(result[1][1]).toBe(200_000);
    expect(result[2][1]).toBe(300_000);
  });

  it("takes per-line elasticities, blanks meaning the assumptions", () => {
    const steep = RED.ALLOCATE(1_000_000, lines, [[30]], [[0.6], [""], [""]]);
    const flat = RED.ALLOCATE(1_000_000, lines, [[30]]);
    expect(steep[0][1] as number).toBeLessThan(flat[0][1] as number);
  });

  it("infeasible bounds are #NUM! (Excel shows no message on #NUM!)", () => {
    expect(thrown(() => RED.ALLOCATE(100_000, lines, baseCpa, null as never, null as never, [[50_000]])).code).toBe("#NUM!");
    expect(thrown(() => RED.ALLOCATE(1_000_000, lines, baseCpa, null as never, null as never, null as never, [[100_000]])).code).toBe("#NUM!");
  });

  it("blank line rows stay blank; a blank budget is blank", () => {
    const result = RED.ALLOCATE(500_000, [["A"], [""], ["B"]], [[30], [""], [40]]);
    expect(result[1]).toEqual(["", "", "", "", "", ""]);
    expect(Math.round((result[0][1] as number) * 100) + Math.round((result[2][1] as number) * 100)).toBe(50_000_000);
    expect(RED.ALLOCATE("", lines, baseCpa)).toEqual([[""]]);
  });

  it("per-line ranges of the wrong length are #N/A; a missing base CPA is #VALUE! naming the line", () => {
    expect(thrown(() => RED.ALLOCATE(1_000, lines, [[1], [2]])).code).toBe("#N/A");
    expect(thrown(() => RED.ALLOCATE(1_000, lines, [[1], [""], [2]])).code).toBe("#VALUE!");
    expect(codes([[thrown(() => RED.ALLOCATE(-1, lines, baseCpa)).code]])).toEqual([["#NUM!"]]);
  });
});

describe("ALLOCATE's promises through the entry point (fast-check)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require("fast-check");
  const blank = fc.constantFrom(null, "", "  ");
  const amount = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 200_000_000 }).map((c: number) => c / 1000), fc.constantFrom(0, 0.005, 1e13));
  const column = (cell: unknown, n: number) => fc.array(cell, { minLength: n, maxLength: n }).map((cells: unknown[]) => cells.map((c) => [c]));
  const call = fc.integer({ min: 1, max: 6 }).chain((n: number) =>
    fc.record({
      budget: fc.oneof(amount, fc.constant(1_000_000)),
      lines: column(fc.oneof(fc.constantFrom("A", "B", "种草笔记"), blank), n),
      base: column(fc.oneof(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.constant(40)), n),
      cpm: fc.oneof(fc.constant(null), column(fc.oneof(blank, fc.double({ min: 0, max: 0.99, noNaN: true })), n)),
      cvr: fc.oneof(fc.constant(null), column(fc.oneof(blank, fc.double({ min: -0.5, max: 0.2, noNaN: true }), fc.constant(0.0532)), n)),
      min: fc.oneof(fc.constant(null), column(fc.oneof(blank, amount), n)),
      max: fc.oneof(fc.constant(null), column(fc.oneof(blank, amount), n)),
    }),
  ).map((c: { lines: unknown[][]; base: unknown[][]; cpm: unknown[][] | null; cvr: unknown[][] | null; min: unknown[][] | null; max: unknown[][] | null; budget: number }) => {
    // A row without a name is blank across: one with values but no name is LINE_UNNAMED (line-rows.test.ts).
    const unnamed = (i: number) => c.lines[i][0] === null || String(c.lines[i][0]).trim() === "";
    const blankUnnamed = (range: unknown[][] | null) => range && range.map((row, i) => (unnamed(i) ? [null] : row));
    return { ...c, base: blankUnnamed(c.base)!, cpm: blankUnnamed(c.cpm), cvr: blankUnnamed(c.cvr), min: blankUnnamed(c.min), max: blankUnnamed(c.max) };
  });
  const inward = (x: number, up: boolean) => {
    const c = x * 100;
    const r = Math.round(c);
    return Math.abs(c - r) < 1e-7 ? r : up ? Math.ceil(c) : Math.floor(c);
  };
  const value = (range: unknown[][] | null, i: number) => {
    const v = range?.[i][0];
    return v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? undefined : (v as number);
  };

  it("every answered call adds up to the budget to the cent, within bounds, never negative; blank lines stay blank", () => {
    let answered = 0;
    fc.assert(
      fc.property(call, (c: { budget: number; lines: unknown[][]; base: unknown[][]; cpm: unknown[][] | null; cvr: unknown[][] | null; min: unknown[][] | null; max: unknown[][] | null }) => {
        let rows: unknown[][];
        try {
          rows = RED.ALLOCATE(c.budget, c.lines as never, c.base as never, c.cpm as never, c.cvr as never, c.min as never, c.max as never);
        } catch (error) {
          expect(["#NUM!", "#VALUE!", "#N/A"]).toContain((error as { code: string }).code);
          return;
        }
        if (rows.length === 1 && rows[0].length === 1) return; // no named line: one blank cell
        answered++;
        let cents = 0;
        rows.forEach((row, i) => {
          if (value(c.lines, i) === undefined) return expect(row.every((cell) => cell === "")).toBe(true);
          const spend = row[1] as number;
          expect(spend).toBeGreaterThanOrEqual(0);
          expect(Math.round(spend * 100)).toBeGreaterThanOrEqual(inward(value(c.min, i) ?? 0, true));
          expect(Math.round(spend * 100)).toBeLessThanOrEqual(value(c.max, i) === undefined ? Infinity : inward(value(c.max, i)!, false));
          cents += Math.round(spend * 100);
        });
        expect(cents).toBe(excelCents(c.budget)); // ROUND(budget, 2) on the digits Excel shows
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(300);
  });
});
