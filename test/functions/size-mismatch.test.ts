/*
 * Issue 22, item 16: a size mismatch names both arguments and their sizes, in English and Chinese
 * — the shorter list and the longer, never only the longer one as if it were at fault. Every kind
 * of list: CPMFIT's two lists read whole, HOTNOTES' lists row by row, a per-cell function's
 * ranges, ALLOCATE's per-line columns against `lines`, FLIGHTPLAN's bounds against lines and months.
 */
import fc from "fast-check";
import { setLanguage } from "../../src/functions/boundary";
import { RED } from "../support/functions";
import { ExcelErrorLike, isExcelError, thrown } from "../support/cells";

beforeEach(() => setLanguage("en"));
afterEach(() => setLanguage(undefined));

const column = (values: readonly unknown[]) => values.map((v) => [v]);
const values = (n: number, first = 100) => Array.from({ length: n }, (_, i) => first + 10 * i);

function cellError(value: unknown): ExcelErrorLike {
  if (!isExcelError(value)) throw new Error(`expected an Excel error, got ${String(value)}`);
  return value;
}

describe("CPMFIT with 3 spends and 2 cpms: the message names both lists and their sizes", () => {
  it("names cpms (2 values) beside spends (3), not spends alone", () => {
    const error = thrown(() => RED.CPMFIT(column([200_000, 500_000, 800_000]), column([80, 90])));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("cpms: has 2 values where spends has 3; make them the same length.");
  });

  it("in Chinese too", () => {
    setLanguage("zh");
    const error = thrown(() => RED.CPMFIT(column([200_000, 500_000, 800_000]), column([80, 90])));
    expect(error.message).toBe("cpms：有 2 个值，而 spends 有 3 个；请让两者长度一致。");
  });

  it("the other way round names spends beside cpms", () => {
    expect(thrown(() => RED.CPMFIT(column([200_000, 500_000]), column([80, 90, 100]))).message).toBe(
      "spends: has 2 values where cpms has 3; make them the same length.",
    );
  });

  it("a whole column counts to its last filled cell, not its last row", () => {
    const spends = [...column(values(13, 200_000)), ...column(Array(100).fill(null))];
    expect(thrown(() => RED.CPMFIT(spends, column(values(12, 80)))).message).toBe("cpms: has 12 values where spends has 13; make them the same length.");
  });
});

describe("every list function names both", () => {
  it("HOTNOTES: the rows only the longer lists reach name the short list and a long one", () => {
    const result = RED.HOTNOTES(column([1000, 2000, 3000]), column([100, 200]), column([10, 20, 30]));
    const error = cellError(result[2][0]);
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("engagements: has 2 values where reads has 3; make them the same length.");
  });

  it("AVGCPM: a column of base CPMs shorter than the spends", () => {
    const error = cellError(RED.AVGCPM(column([200_000, 300_000, 500_000]), column([80, 90]))[2][0]);
    expect(error.message).toBe("baseCPM: has 2 values where spend has 3; make them the same length.");
  });

  it("AVGCPM: rows of different lengths count columns", () => {
    const error = cellError(RED.AVGCPM([[200_000, 300_000, 500_000]], [[80, 90]])[0][2]);
    expect(error.message).toBe("baseCPM: has 2 values where spend has 3; make them the same length.");
  });

  it("AVGCPM: 2-D ranges give both sizes", () => {
    const spend = [[1, 2, 3], [4, 5, 6], [7, 8, 9]].map((row) => row.map((v) => v * 100_000));
    const error = cellError(RED.AVGCPM(spend, [[80, 90], [80, 90]])[2][2]);
    expect(error.message).toBe("baseCPM: its 2×2 range does not reach this cell, which spend's 3×3 range does; make the ranges the same size.");
    setLanguage("zh");
    expect(cellError(RED.AVGCPM(spend, [[80, 90], [80, 90]])[2][2]).message).toBe(
      "baseCPM：2×2 区域覆盖不到这个单元格，而 spend 的 3×3 区域覆盖得到；请让各区域大小一致。",
    );
  });

  it("a whole column passed beside the ranges is not the one named: the range that reaches is", () => {
    const from = [...column(values(5, 100_000)), ...column(Array(50).fill(null))];
    const result = RED.INCREMENTALCPM(from, column(values(5, 200_000)), column([80, 90, 100]));
    expect(cellError(result[4][0]).message).toBe("baseCPM: has 3 values where toSpend has 5; make them the same length.");
  });

  it("ALLOCATE: a per-line column shorter or longer than the lines", () => {
    const lines = column(["A", "B", "C"]);
    expect(thrown(() => RED.ALLOCATE([[300_000]], lines, column([30, 45]))).message).toBe("baseCPA: has 2 values where lines has 3; make them the same length.");
    expect(thrown(() => RED.ALLOCATE([[300_000]], lines, column([30, 45, 50, 60]))).message).toBe(
      "lines: has 3 values where baseCPA has 4; make them the same length.",
    );
  });

  it("FLIGHTPLAN: bounds against the lines (rows) and the months (columns)", () => {
    const lines = column(["A", "B", "C"]);
    const months = [[1, 1, 1, 1]];
    expect(thrown(() => RED.FLIGHTPLAN([[1_000_000]], lines, column([30, 40, 50]), months, undefined, undefined, [[0, 0, 0, 0], [0, 0, 0, 0]])).message).toBe(
      "minSpend: has 2 rows where lines has 3; make them the same length.",
    );
    expect(thrown(() => RED.FLIGHTPLAN([[1_000_000]], lines, column([30, 40, 50]), months, undefined, undefined, undefined, [[1e6, 1e6, 1e6, 1e6, 1e6]])).message).toBe(
      "maxSpend: has 5 columns where seasonality has 4; make them the same length.",
    );
  });
});

describe("property: over every pair of lengths, the message names the shorter and the longer with their counts", () => {
  const lengths = fc.tuple(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 2, max: 40 })).filter(([a, b]) => a !== b);

  it("CPMFIT, HOTNOTES and AVGCPM", () => {
    fc.assert(
      fc.property(lengths, ([a, b]) => {
        const [short, long] = a < b ? [a, b] : [b, a];
        const expected = (shortName: string, longName: string) => `${shortName}: has ${short} values where ${longName} has ${long}; make them the same length.`;
        const fit = thrown(() => RED.CPMFIT(column(values(a, 100_000)), column(values(b, 80))));
        expect(fit.message).toBe(a < b ? expected("spends", "cpms") : expected("cpms", "spends"));
        const notes = RED.HOTNOTES(column(values(a, 1000)), column(values(b, 10)), column(values(long, 1)));
        expect(cellError(notes[long - 1][0]).message).toBe(a < b ? expected("reads", "engagements") : expected("engagements", "reads"));
        const cpm = RED.AVGCPM(column(values(a, 100_000)), column(values(b, 80)));
        expect(cellError(cpm[long - 1][0]).message).toBe(a < b ? expected("spend", "baseCPM") : expected("baseCPM", "spend"));
      }),
      { numRuns: 150 },
    );
  });
});
