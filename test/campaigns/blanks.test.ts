/*
 * A blank cell is a blank, never "the value above" (issue 14, item 1). Trailing blanks of a whole
 * column may be dropped only where every argument is blank, after aligning the arguments.
 * Regression tests with the issue's own examples; a seeded random campaign over every registered
 * function of one result per cell (and two further calls that keep the rule) that puts blanks
 * anywhere in any argument and checks each result row against the same function called on that row
 * alone; and every registered function's declared blank rules, from its declaration
 * (test/support/registry.ts), so a function added later is covered without editing this file.
 */
import fc from "fast-check";
import { RED } from "../support/functions";
import { codes } from "../support/cells";
import { isPerCell, ParameterKind } from "../../src/functions/declarations";
import { callFunction, loadEntryPoints, reached, REGISTERED, ROW, validCall, callWith, withArgument } from "../support/registry";

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** What reaches Excel, as codes; a call that throws gives [[code]] (Excel shows it in one cell). */
function outcome(call: () => unknown[][]): unknown[][] {
  try {
    return codes(call());
  } catch (error) {
    return [[(error as { code: string }).code]];
  }
}

describe("a blank cell in a range is blank, never the value above", () => {
  it("SPILLSPLIT({\"mature\";\"\";\"\"},{100;200;300}) splits only the first month", () => {
    expect(RED.SPILLSPLIT([["mature"], [""], [""]], [[100], [200], [300]])).toEqual([[40, 60], ["", ""], ["", ""]]);
  });

  it("HOTNOTES(…,{10;\"\";\"\"},,,TRUE) grades only the note that has its jumps", () => {
    const result = RED.HOTNOTES([[1000], [2000], [500]], [[100], [80], [60]], [[10], [""], [""]], undefined, undefined, true);
    expect(result).toHaveLength(3);
    expect(result[1]).toEqual(["", "", ""]);
    expect(result[2]).toEqual(["", "", ""]);
    expect(result[0][0]).toBe("effective hot");
  });

  it("BUDGETCAP({60;60},{30;\"\"}) does not reuse the first base", () => {
    const result = RED.BUDGETCAP([[60], [60]], [[30], [""]]);
    expect(result).toHaveLength(2);
    expect(result[1]).toEqual([""]);
  });

  it("ranges of the same size with trailing blanks in one of them are not a size mismatch", () => {
    expect(RED.AVGCPM([[200_000], [500_000], [300_000]], [[80], [100], [""]])).toEqual(RED.AVGCPM([[200_000], [500_000], [300_000]], [[80], [100], [null]]));
    expect(outcome(() => RED.INCREMENTALCPM([[200_000], [300_000], [""]], [[500_000], [400_000], [600_000]]))[2]).toEqual([""]);
  });

  it("a whole column still stops where the data of every argument stops", () => {
    const column = (values: unknown[], length: number) => Array.from({ length }, (_, i) => [i < values.length ? values[i] : null]);
    expect(RED.SPILLSPLIT(column(["growth", "mature"], 1000), column([100, 200, 300], 1000))).toEqual([[50, 50], [80, 120], ["", ""]]);
    expect(RED.MARGINALCPM(column([200_000], 5000), [[1, 2, "", ""]])).toEqual(RED.MARGINALCPM([[200_000]], [[1, 2]]));
  });
});

// ---------------------------------------------------------------------------------------------
// The campaign

interface Spec {
  /** The function as Excel calls it. */
  fn: (...args: unknown[]) => unknown[][];
  /** For each argument that takes a range: the cells it is drawn from, and whether it is required. */
  ranges: { cell: fc.Arbitrary<unknown>; required: boolean }[];
  /** Arguments after the ranges (fixed for the call). */
  rest?: unknown[];
  /** One result row per item whichever way the lists lie (HOTNOTES). */
  listOutput?: boolean;
}

const transpose = (grid: unknown[][]) => (grid[0] ?? []).map((_, c) => grid.map((row) => row[c]));

const spend = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(0, 20_000, 200_000, 1e13, "500,000", -1, "x"));
const base = fc.oneof(fc.double({ min: 0.01, max: 500, noNaN: true }), fc.constantFrom(1, 0, -2, "abc"));
const stageCell = fc.constantFrom("growth", "成熟期", 1, 2.5, 3, "launch");
const countCell = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0, -1, "n/a"));

const marginCell = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 1.5, -0.1, "x"));

/** The cells a range of each kind is drawn from, in the campaign below. */
const CELLS: Partial<Record<ParameterKind, fc.Arbitrary<unknown>>> = { money: spend, price: base, count: countCell, stage: stageCell, margin: marginCell };

/**
 * Every registered function of one result per cell, from its declaration: each argument that takes
 * a range drawn from its kind's cells, required as declared.
 */
const DECLARED: [string, Spec][] = REGISTERED.filter((f) => isPerCell(f.declaration)).map((f) => {
  const positions = f.declaration.parameters.flatMap((p, i) => (f.range[i] && p.kind !== "assumptions" ? [i] : []));
  const ranges = positions.map((i) => {
    const p = f.declaration.parameters[i];
    const cell = CELLS[p.kind];
    if (!cell) throw new Error(`${f.id}.${p.name}: no cells of kind ${p.kind} in the blank campaign; add them to CELLS`);
    return { cell, required: !p.optional };
  });
  const fn = (...given: unknown[]) => callFunction(f.id, f.declaration.parameters.map((_, i) => (positions.includes(i) ? given[positions.indexOf(i)] : undefined)));
  return [f.id, { fn, ranges }];
});

/** Further calls that keep the row-alone rule: a function with a part asked for, or thresholds given. */
const VARIANTS: [string, Spec][] = [
  ["SPILLSPLIT (part)", { fn: (s, b) => RED.SPILLSPLIT(s as never, b as never, "spillover"), ranges: [{ cell: stageCell, required: true }, { cell: spend, required: true }] }],
  // With thresholds given, each note is graded on its own: the row-alone oracle holds.
  [
    "HOTNOTES (thresholds given)",
    {
      fn: (r, e, j) => RED.HOTNOTES(r as never, e as never, j as never, 0.05, 0.01, true),
      ranges: [{ cell: countCell, required: true }, { cell: countCell, required: true }, { cell: countCell, required: true }],
      listOutput: true,
    },
  ],
];

/** One argument: a single cell that broadcasts, or a column of n cells, blanks anywhere, maybe trailing blanks too. */
function argumentOf(cell: fc.Arbitrary<unknown>, n: number): fc.Arbitrary<unknown[][]> {
  const maybeBlank = fc.oneof({ weight: 3, arbitrary: cell }, { weight: 2, arbitrary: fc.constantFrom(null, "", "  ") });
  return fc.oneof(
    { weight: 1, arbitrary: maybeBlank.map((v) => [[v]]) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.array(maybeBlank, { minLength: n, maxLength: n }), fc.integer({ min: 0, max: 3 }))
        .map(([values, trailing]) => [...values, ...Array(trailing).fill(null)].map((v) => [v])),
    },
  );
}

const isBlankCell = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Row r of an argument as Excel would see it in a one-row call: a single cell broadcasts. */
const rowOf = (grid: unknown[][], r: number) => [[grid.length === 1 ? grid[0][0] : (grid[r]?.[0] ?? null)]];

describe.each([...DECLARED, ...VARIANTS])("%s with blanks placed anywhere", (_, spec) => {
  beforeAll(loadEntryPoints);
  it("gives each row what the row alone gives, blank wherever a required cell (or a cell of an optional's range) is blank, and stops where every argument's data stops", () => {
    const call = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...spec.ranges.map((r) => argumentOf(r.cell, n))));
    fc.assert(
      fc.property(call, fc.boolean(), (args, asRows) => {
        // The same call laid out as rows (months across): trimmed and blanked alike, column for column.
        const given = asRows ? args.map(transpose) : args;
        const called = outcome(() => spec.fn(...given, ...(spec.rest ?? [])));
        const result = asRows && !spec.listOutput ? transpose(called) : called;
        const tall = args.filter((g) => g.length > 1);
        let rows = Math.max(...args.map((g) => g.length));
        while (rows > 1 && tall.every((g) => isBlankCell(g[rows - 1]?.[0]))) rows--;
        // A blank inside a given range of an optional (base CPMs) is a blank too; alone, that one
        // blank cell would mean the index, so the row alone is no oracle: blank, or an earlier argument's error.
        const blankInRange = (r: number) => spec.ranges.some((p, i) => !p.required && args[i].length > 1 && isBlankCell(rowOf(args[i], r)[0][0]));
        const blankOrError = (row: unknown[]) => row.every((v) => v === "" || (typeof v === "string" && v.startsWith("#")));
        if (rows === 1 && result.length === 1) {
          if (blankInRange(0)) return expect(blankOrError(result[0])).toBe(true);
          // One row: the call is the row alone, with or without the trailing blanks.
          expect(result).toEqual(outcome(() => spec.fn(...args.map((g) => rowOf(g, 0)), ...(spec.rest ?? []))));
          return;
        }
        expect(result).toHaveLength(rows);
        for (let r = 0; r < rows; r++) {
          const alone = args.map((g) => rowOf(g, r));
          const blankRequired = spec.ranges.some((p, i) => p.required && isBlankCell(alone[i][0][0]));
          if (blankInRange(r)) {
            expect(blankOrError(result[r])).toBe(true);
            continue;
          }
          const expected = outcome(() => spec.fn(...alone, ...(spec.rest ?? [])));
          // Never a value in a row with a blank required cell: blank, or an earlier argument's error.
          if (blankRequired) expect(result[r].every((v) => v === "" || (typeof v === "string" && v.startsWith("#")))).toBe(true);
          // A one-row call that fails throws one error; in a column that error fills its row.
          const wanted = expected[0].length === 1 && result[r].length > 1 ? result[r].map(() => expected[0][0]) : expected[0];
          expect(result[r]).toEqual(wanted);
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe("list functions with blanks placed anywhere", () => {
  const months = fc.integer({ min: 1, max: 9 });

  it("HOTNOTES with its own thresholds: blank notes stay blank, the others are graded as if the blank ones were absent", () => {
    const note = fc.tuple(countCell, countCell, countCell);
    fc.assert(
      fc.property(months.chain((n) => fc.array(fc.tuple(note, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })), { minLength: n, maxLength: n })), (rows) => {
        const cells = rows.map(([values, blanks]) => values.map((v, i) => (blanks[i] ? null : v)));
        const column = (i: number) => cells.map((c) => [c[i]]);
        const result = outcome(() => RED.HOTNOTES(column(0), column(1), column(2), undefined, undefined, true));
        const complete = cells.filter((c) => c.every((v) => !isBlankCell(v)));
        if (complete.length === 0) return;
        const compact = outcome(() => RED.HOTNOTES(complete.map((c) => [c[0]]), complete.map((c) => [c[1]]), complete.map((c) => [c[2]]), undefined, undefined, true));
        if (compact.length === 1 && compact[0].length === 1) return; // the whole call failed (a bad cell)
        let next = 0;
        const last = cells.reduce((end, c, i) => (c.some((v) => !isBlankCell(v)) ? i + 1 : end), 1);
        expect(result).toHaveLength(last);
        result.forEach((row, r) => {
          // A note with a blank count is never graded: blank, or the error of a bad count before it.
          if (cells[r].some(isBlankCell)) expect(row.every((v) => v === "" || (typeof v === "string" && v.startsWith("#")))).toBe(true);
          else expect(row).toEqual(compact[next++]);
        });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("CPMFIT skips blank months: the same fit as the complete months alone", () => {
    const pair = fc.tuple(fc.option(fc.integer({ min: 10_000, max: 2_000_000 })), fc.option(fc.double({ min: 5, max: 200, noNaN: true })));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 3, maxLength: 12 }), (pairs) => {
        const result = outcome(() => RED.CPMFIT(pairs.map((p) => [p[0]]), pairs.map((p) => [p[1]])));
        const complete = pairs.filter((p) => p[0] !== null && p[1] !== null);
        const compact = outcome(() => RED.CPMFIT(complete.map((p) => [p[0]]), complete.map((p) => [p[1]])));
        expect(result).toEqual(compact);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("ALLOCATE: a blank line row is a blank row; blank per-line cells mean the defaults, never the line above", () => {
    const line = fc.record({
      named: fc.boolean(),
      cpa: fc.oneof(fc.constant(null), fc.double({ min: 5, max: 200, noNaN: true })),
      cpm: fc.oneof(fc.constant(null), fc.double({ min: 0.2, max: 0.7, noNaN: true })),
      min: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20_000 })),
      max: fc.oneof(fc.constant(null), fc.integer({ min: 100_000, max: 2_000_000 })),
    });
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 1_000_000 }), fc.array(line, { minLength: 1, maxLength: 6 }), (budget, lines) => {
        const names = lines.map((l, i) => [l.named ? `L${i}` : null]);
        const col = (pick: (l: (typeof lines)[number]) => unknown) => lines.map((l) => [pick(l)]);
        const result = outcome(() => RED.ALLOCATE(budget, names, col((l) => l.cpa), col((l) => l.cpm), null as never, col((l) => l.min), col((l) => l.max)));
        // The same lines with every blank of a named line spelt out as its default (no upper limit = the
        // largest budget): on a row without a name a default spelt out would be data of an unnamed line.
        const spelt = (pick: (l: (typeof lines)[number]) => unknown, fallback: unknown) => lines.map((l) => [l.named ? (pick(l) ?? fallback) : pick(l)]);
        const explicit = outcome(() =>
          RED.ALLOCATE(budget, names, col((l) => l.cpa), spelt((l) => l.cpm, Math.log(1.4) / Math.log(2.5)), null as never, spelt((l) => l.min, 0), spelt((l) => l.max, 1e13)),
        );
        expect(result).toEqual(explicit);
        if (result.length > 1 || result[0].length > 1) {
          lines.forEach((l, i) => {
            if (!l.named && i < result.length) expect(result[i]).toEqual(["", "", "", "", "", ""]);
          });
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Every registered function, from its declaration: a function added later is covered here.

describe.each(REGISTERED.map((f) => [f.id, f] as const))("%s: the declared blank rules", (_id, f) => {
  beforeAll(loadEntryPoints);
  const valid = () => reached(f.id, validCall(f));
  const isBlankResult = (rows: unknown[][]) => rows.every((row) => row.every((v) => v === ""));

  it("answers the call its declared kinds make, with no error and no blank row", () => {
    const result = valid();
    expect(result.flat().some((v) => v instanceof CustomFunctions.Error || v === undefined)).toBe(false);
    if (f.range.some((range, i) => range && !f.declaration.parameters[i].optional)) expect(result.some((row) => isBlankResult([row]))).toBe(false);
  });

  const params = f.declaration.parameters.map((p, i) => [p.name, p, i] as const);
  const required = params.filter(([, p]) => !p.optional && p.blank === "blank");
  const refused = params.filter(([, p]) => p.blank === "refused");
  const fallbacks = params.filter(([, p]) => p.optional && p.blank === "fallback" && p.kind !== "assumptions");

  if (required.length > 0) {
    it.each(required)("a blank %s is a blank: the whole result for one cell, its own row in a range", (_name, _p, i) => {
      for (const blank of [null, "", "  "]) {
        const result = reached(f.id, callWith(f, i, blank));
        if (!f.range[i]) expect(isBlankResult(result)).toBe(true);
        else {
          expect(isBlankResult([result[ROW]])).toBe(true);
          // Each result cell of a function of one result per cell depends on its own input cells alone.
          if (isPerCell(f.declaration)) expect(result.filter((_, r) => r !== ROW)).toEqual(valid().filter((_, r) => r !== ROW));
        }
      }
    });
  }

  if (refused.length > 0) {
    it.each(refused)("a blank %s where its item needs a value is #VALUE! naming it", (name, _p, i) => {
      const errors = reached(f.id, callWith(f, i, null)).flat().filter((v): v is CustomFunctions.Error => v instanceof CustomFunctions.Error);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.code).toBe("#VALUE!");
        expect(error.message).toMatch(new RegExp(`^${name}:`));
      }
    });
  }

  if (fallbacks.length > 0) {
    it.each(fallbacks)("%s omitted, or one blank cell, is its fallback", (_name, p, i) => {
      const omitted = valid();
      // Excel hands a parameter that takes no range its one value.
      for (const blank of f.range[i] ? [null, [[null]], [[""]]] : [null, ""]) expect(reached(f.id, withArgument(validCall(f), i, blank))).toEqual(omitted);
      if (typeof p.fallback === "boolean" || (typeof p.fallback === "number" && Number.isFinite(p.fallback))) {
        expect(reached(f.id, withArgument(validCall(f), i, p.fallback))).toEqual(omitted);
      }
    });
  }
});
