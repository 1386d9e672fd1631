/* The boundary on its own: what leaves it is always something Excel can show. */
import { DomainError } from "../../src/core";
import { broadcastArguments, excelFunction, mapCells, toGrid } from "../../src/functions/boundary";
import { money } from "../../src/functions/readers";
import { codes, thrown } from "../support/cells";

describe("excelFunction", () => {
  it("turns NaN and ±Infinity into #NUM! cells", () => {
    expect(codes(excelFunction(() => [[NaN, Infinity, -Infinity, 1]]))).toEqual([["#NUM!", "#NUM!", "#NUM!", 1]]);
  });

  it("turns an unexpected exception into #VALUE! instead of letting it escape", () => {
    const error = thrown(() =>
      excelFunction(() => {
        throw new TypeError("boom");
      }),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).not.toContain("boom");
  });

  it("throws a domain error of the whole call as one Excel error with its message", () => {
    const error = thrown(() =>
      excelFunction(() => {
        throw new DomainError("UNKNOWN_LANGUAGE", { argument: "lang", value: "fr" });
      }),
    );
    expect(error).toMatchObject({ code: "#VALUE!", message: 'lang: "fr" is not a language. Use "en" or "zh".' });
  });

  it("gives #NUM! without a message, as Excel allows messages only on #VALUE! and #N/A", () => {
    const error = thrown(() => excelFunction(() => [[new DomainError("NEGATIVE", { argument: "budget", value: -1 })]]));
    expect(error.code).toBe("#NUM!");
    expect(error.message).toBeUndefined();
  });

  it("turns anything that is not a number, text or boolean into #VALUE!", () => {
    expect(codes(excelFunction(() => [[{} as unknown, undefined]]))).toEqual([["#VALUE!", "#VALUE!"]]);
  });
});

describe("grids and broadcasting", () => {
  it("reads omitted, lone and matrix arguments", () => {
    expect(toGrid(null)).toBeNull();
    expect(toGrid(undefined)).toBeNull();
    expect(toGrid(5)).toEqual([[5]]);
    expect(toGrid([1, 2])).toEqual([[1, 2]]);
    expect(toGrid([[1], [2]])).toEqual([[1], [2]]);
    expect(toGrid([])).toEqual([[null]]);
  });

  it("takes the tallest and widest of its arguments", () => {
    const names = [{ name: "a" }, { name: "b" }, { name: "c" }];
    expect(broadcastArguments(names, [[[1], [2], [3]], [[1, 2]], null]).shape).toEqual({ rows: 3, columns: 2 });
    expect(broadcastArguments(names, [null]).shape).toEqual({ rows: 1, columns: 1 });
  });

  it("refuses a result beyond its cell limit with #NUM! rather than hanging", () => {
    const huge = { length: 3_000_000 } as unknown as unknown[][];
    const tooBig = Array.from(huge, () => [1]);
    expect(() => mapCells([money("spend")], [tooBig], (s) => s)).toThrow(DomainError);
  });
});

describe("mapNumbers, the vectorised path", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require("fast-check");
  const { mapNumbers } = jest.requireActual("../../src/functions/boundary");
  const { positive } = jest.requireActual("../../src/functions/readers");
  const cell = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e14, max: 1e14 }),
    fc.constantFrom(0, -0, 1e13, 1e13 + 2, "12", "1,000", "x", "", null, true),
    fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)),
  );
  const grid = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 })).chain(([r, c]: [number, number]) =>
    fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );

  /** What reaches Excel from a body: its cells' values and error codes, or the error it throws. */
  const outcome = (body: () => readonly (readonly unknown[])[]) => {
    try {
      return codes(excelFunction(body));
    } catch (error) {
      return ["thrown", (error as { code: string }).code];
    }
  };

  it("gives exactly what mapCells gives: the declared ranges agree with the readers", () => {
    const params = [money("spend"), positive("baseCPM", 1)];
    fc.assert(
      fc.property(grid, fc.oneof(grid, fc.constant(null)), (a: unknown[][], b: unknown[][] | null) => {
        const slow = outcome(() => mapCells(params, [a, b], ([x, y]) => (x as number) * 2 + (y as number)).cells);
        const fast = outcome(() =>
          mapNumbers(params, [a, b], ([x, y]: Float64Array[], [out]: Float64Array[]) => {
            for (let i = 0; i < out.length; i++) out[i] = x[i] * 2 + y[i];
          }, undefined),
        );
        expect(fast).toEqual(slow);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives exactly what mapCells gives when the core rejects some cells", () => {
    const params = [money("spend"), positive("baseCPM", 1)];
    // A core that refuses some results, as BUDGETCAP's refuses unreachable targets.
    const core = (x: number, y: number) => {
      if (x > 1e12) throw new DomainError("CAP_TOO_LARGE", { argument: "spend", limit: 1e12 });
      if (x === y) throw new DomainError("NO_BUDGET_CAP", { argument: "spend" });
      return x - y;
    };
    fc.assert(
      fc.property(grid, fc.oneof(grid, fc.constant(null)), (a: unknown[][], b: unknown[][] | null) => {
        const slow = outcome(() => mapCells(params, [a, b], ([x, y]) => core(x as number, y as number)).cells);
        const fast = outcome(() =>
          mapNumbers(params, [a, b], ([x, y]: Float64Array[], [out]: Float64Array[], _: unknown, fail: (k: number, e: unknown) => void) => {
            for (let i = 0; i < out.length; i++) {
              try {
                out[i] = core(x[i], y[i]);
              } catch (error) {
                fail(i, error);
              }
            }
          }, undefined),
        );
        expect(fast).toEqual(slow);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("SPILLSPLIT on the vectorised path", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require("fast-check");
  const { SPILLSPLIT: spillSplit } = jest.requireActual("../support/functions").RED;
  const { stage } = jest.requireActual("../../src/functions/readers");
  const { readAssumptions, spilloverShare, splitBudget } = jest.requireActual("../../src/core");
  const stageCell = fc.oneof(
    fc.constantFrom("growth", "冷启动期", "mature", 1, 2.5, 3, 0, 4, "", null, "launch", true),
    fc.double({ noNaN: true, min: 0.5, max: 3.5 }),
    fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)),
  );
  const budgetCell = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 1e14 }),
    fc.constantFrom(0, 0.005, 0.015, 1e13, "1,000", "x", "", null),
    fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)),
  );
  const gridOf = (cell: unknown) =>
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([r, c]: [number, number]) =>
      fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    );

  /** The generic path SPILLSPLIT took before it was vectorised: mapCells, then the split laid out. */
  function reference(stages: unknown[][], budgets: unknown[][], part: string | undefined): unknown[][] {
    const a = readAssumptions(null);
    const { shape, cells } = mapCells([stage("stage"), money("budget")], [stages, budgets], ([p, b]) =>
      splitBudget(b as number, spilloverShare(p as number, a)),
    );
    type Cell = { spillover: number; closedLoop: number } | unknown;
    const pick = (cell: Cell, which: "spillover" | "closedLoop") =>
      typeof cell === "object" && cell !== null && "spillover" in cell ? (cell as Record<string, number>)[which] : cell;
    const both = (cell: Cell) => [pick(cell, "spillover"), pick(cell, "closedLoop")];
    if (part) return cells.map((row) => row.map((cell) => pick(cell, part === "spillover" ? "spillover" : "closedLoop")));
    if (shape.rows === 1 && shape.columns === 1) {
      const only = cells[0][0];
      return typeof only === "object" && !("spillover" in (only as object)) ? [[only]] : [both(only)];
    }
    if (shape.columns === 1) return cells.map((row) => both(row[0]));
    if (shape.rows === 1) return [cells[0].map((c) => pick(c, "spillover")), cells[0].map((c) => pick(c, "closedLoop"))];
    throw new DomainError("NEEDS_PART", { argument: "budget", rows: shape.rows, columns: shape.columns });
  }

  it("gives exactly what the generic path gives, cell for cell, in every shape", () => {
    // `excel` is what reaches Excel: spillSplit is an entry point already; the reference is not.
    const outcome = (excel: () => unknown[][]) => {
      try {
        return codes(excel());
      } catch (error) {
        return ["thrown", (error as { code: string }).code, (error as { message?: string }).message];
      }
    };
    fc.assert(
      fc.property(
        fc.oneof(gridOf(stageCell), fc.constant([["growth"]])),
        gridOf(budgetCell),
        fc.constantFrom(undefined, "spillover", "closed-loop"),
        (stages: unknown[][], budgets: unknown[][], part: string | undefined) => {
          const fast = outcome(() => spillSplit(stages, budgets, part));
          const slow = outcome(() => excelFunction(() => reference(stages, budgets, part)));
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
