/*
 * SPILLSPLIT's shapes, Excel's broadcasting and the blank rule, through the entry points; and for
 * every registered function (test/support/registry.ts), that what it returns is the size its
 * declaration reserves (the spill range the workbench's engine sets aside before it computes).
 */
import { RED } from "../support/functions";
import { codes, expectClose, thrown } from "../support/cells";
import { CallShape, isPerCell, Parameter } from "../../src/functions/declarations";
import { callGiving, loadEntryPoints, reached, Registered, REGISTERED, validCall, withArgument } from "../support/registry";

const months = [100_000, 200_000, 300_000];

describe("SPILLSPLIT shapes", () => {
  it("one budget spills 1×2: spillover | closed loop", () => {
    expect(RED.SPILLSPLIT([["growth"]], [[500_000]])).toEqual([[250_000, 250_000]]);
  });

  it("a column of n budgets spills n×2", () => {
    expect(RED.SPILLSPLIT([["cold-start"]], months.map((m) => [m]))).toEqual([
      [70_000, 30_000],
      [140_000, 60_000],
      [210_000, 90_000],
    ]);
  });

  it("a row of twelve monthly budgets spills 2×12, spillover row above closed loop", () => {
    const row = [Array.from({ length: 12 }, (_, i) => (i + 1) * 10_000)];
    const result = RED.SPILLSPLIT([["成长期"]], row);
    expect(result).toHaveLength(2);
    expect(result[0]).toHaveLength(12);
    expect(result[0][11]).toBe(60_000);
    expect(result[1][11]).toBe(60_000);
  });

  it("a 2-D budget range without part is #VALUE! asking for part", () => {
    const error = thrown(() => RED.SPILLSPLIT([["growth"]], [[1, 2], [3, 4]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/budget.*2×2.*part/);
  });

  it("part gives one value per budget cell in the budget's shape, 2-D included", () => {
    const grid = [[100, 200], [300, 400]];
    expect(RED.SPILLSPLIT([["mature"]], grid, "spillover")).toEqual([[40, 80], [120, 160]]);
    expect(RED.SPILLSPLIT([["mature"]], grid, "closed-loop")).toEqual([[60, 120], [180, 240]]);
    expect(RED.SPILLSPLIT([["mature"]], grid, "闭环")).toEqual([[60, 120], [180, 240]]);
    expect(RED.SPILLSPLIT([["mature"]], grid, "外溢")).toEqual([[40, 80], [120, 160]]);
    expect(RED.SPILLSPLIT([["mature"]], grid, "closed")).toEqual([[60, 120], [180, 240]]);
    expect(RED.SPILLSPLIT([["growth"]], [[500_000]], "Spillover")).toEqual([[250_000]]);
  });

  it("an unknown part is #VALUE! naming part", () => {
    const error = thrown(() => RED.SPILLSPLIT([["growth"]], [[1]], "both"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^part: "both"/);
  });

  it("a stage column against one budget gives one split per stage", () => {
    expect(RED.SPILLSPLIT([["cold"], ["grow"], ["成熟"]], [[1000]])).toEqual([
      [700, 300],
      [500, 500],
      [400, 600],
    ]);
  });

  it("a stage column against a budget row is 2-D and needs part", () => {
    expect(RED.SPILLSPLIT([[1], [3]], [[100, 1000]], "spillover")).toEqual([[70, 700], [40, 400]]);
    expect(thrown(() => RED.SPILLSPLIT([[1], [3]], [[100, 1000]])).code).toBe("#VALUE!");
  });
});

describe("stage aliases (DOMAIN §2), case- and space-insensitive", () => {
  const cases: [unknown, number][] = [
    ["cold-start", 70], ["cold start", 70], ["coldstart", 70], ["cold", 70], ["冷启动", 70], ["冷启动期", 70], [1, 70], ["1", 70],
    ["COLD START", 70], [" Cold-Start ", 70],
    ["growth", 50], ["grow", 50], ["成长", 50], ["成长期", 50], [2, 50], ["2", 50], ["Growth", 50],
    ["mature", 40], ["maturity", 40], ["成熟", 40], ["成熟期", 40], [3, 40], ["3", 40], ["MATURE", 40],
  ];
  it.each(cases)("%p", (stage, spill) => {
    expect(RED.SPILLSPLIT([[stage]], [[100]])).toEqual([[spill, 100 - spill]]);
  });
});

describe("broadcasting like Excel's array maths", () => {
  it("one cell applies everywhere", () => {
    const result = RED.AVGCPM([[200_000], [500_000]], [[80]]);
    expectClose(result[0][0], 80);
    expectClose(result[1][0], 112);
  });

  it("a row broadcasts down a column: column of spends × row of base CPMs → grid", () => {
    const result = RED.AVGCPM([[200_000], [500_000]], [[10, 100]]);
    expect(result).toHaveLength(2);
    expectClose(result[0][0], 10);
    expectClose(result[0][1], 100);
    expectClose(result[1][0], 14);
    expectClose(result[1][1], 140);
  });

  it("ranges of different sizes give #N/A where they do not overlap", () => {
    const result = RED.INCREMENTALCPM([[200_000], [200_000], [200_000]], [[500_000], [500_000]]);
    expect(result).toHaveLength(3);
    expectClose(result[0][0], 21 / 11);
    expectClose(result[1][0], 21 / 11);
    const missing = result[2][0] as { code: string; message: string };
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toBe("toSpend: has 2 values where fromSpend has 3; make them the same length.");
  });

  it("a lone value (not wrapped in a matrix) is a 1×1 range", () => {
    expectClose(RED.MARGINALCPM(500_000 as never)[0][0], 1.4 / (1 - Math.log(1.4) / Math.log(2.5)));
  });
});

describe("blank in → blank out", () => {
  it.each([null, undefined, "", "   "])("a blank budget cell (%p) gives blank spillover and closed loop", (blank) => {
    expect(RED.SPILLSPLIT([["growth"]], [[100], [blank], [300]])).toEqual([
      [50, 50],
      ["", ""],
      [150, 150],
    ]);
  });

  it("a blank stage gives a blank result", () => {
    expect(RED.SPILLSPLIT([[""], ["growth"]], [[100]])).toEqual([["", ""], [50, 50]]);
  });

  it("a result ends at the last row or column with data: trailing blanks are left out", () => {
    expect(RED.SPILLSPLIT([["growth"]], [[100], [200], [""], [null]])).toEqual([[50, 50], [100, 100]]);
    expect(RED.SPILLSPLIT([["growth"]], [[100, 200, "", null]])).toEqual([[50, 100], [50, 100]]);
    expect(RED.AVGCPM([[""], [""]])).toEqual([[""]]);
  });

  it("a blank spend gives a blank CPM; a blank optional base CPM means the index only where it is the whole argument", () => {
    expect(RED.AVGCPM([[""], [200_000]])).toEqual([[""], [1]]);
    // Inside a range of base CPMs a blank is a blank: an index (base 1) among prices in yuan would be a wrong number.
    expect(RED.AVGCPM([[200_000], [200_000]], [[""], [80]])).toEqual([[""], [80]]);
    expect(RED.AVGCPM([[200_000], [200_000]], [[""]])).toEqual([[1], [1]]); // one blank cell: every row is an index
    expect(RED.AVGCPM([[200_000, 200_000]], [["", 80]])).toEqual([["", 80]]);
  });

  it("a blank single budget gives a blank pair", () => {
    expect(RED.SPILLSPLIT([["growth"]], [[""]])).toEqual([["", ""]]);
  });

  it("omitted optional arguments arrive as null and mean the defaults", () => {
    expect(codes(RED.AVGCPM([[200_000]], null as never, null as never))).toEqual([[1]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every registered function, from its declaration: a function added later is covered here.

/** The call as its declaration's `result` sees it, from the arguments themselves. */
function callShape(f: Registered, args: readonly unknown[]): CallShape {
  const at = (p: Parameter) => args[f.declaration.parameters.findIndex((q) => q.name === p.name)];
  const given = (p: Parameter) => at(p) !== null && at(p) !== undefined;
  const size = (p: Parameter) => {
    const value = at(p);
    return Array.isArray(value) ? { rows: value.length, columns: (value[0] as unknown[]).length } : { rows: 1, columns: 1 };
  };
  return {
    size,
    given,
    cells: (p) => size(p).rows * size(p).columns,
    isTrue: (p) => at(p) === true || (typeof at(p) === "number" && at(p) !== 0),
    broadcast: (...parameters) => {
      const sizes = parameters.filter(given).map(size);
      return { rows: Math.max(1, ...sizes.map((x) => x.rows)), columns: Math.max(1, ...sizes.map((x) => x.columns)) };
    },
  };
}

const transpose = (grid: unknown[][]) => grid[0].map((_, c) => grid.map((row) => row[c]));

describe.each(REGISTERED.map((f) => [f.id, f] as const))("%s: the size its declaration reserves", (_id, f) => {
  beforeAll(loadEntryPoints);
  const parameters = f.declaration.parameters;
  const calls: [string, unknown[]][] = [
    ["the valid call", validCall(f)],
    ...parameters.flatMap((p, i): [string, unknown[]][] => (p.optional && p.kind !== "assumptions" ? [[`${p.name} given`, callGiving(f, i)]] : [])),
    ...parameters.flatMap((p, i): [string, unknown[]][] => (p.kind === "flag" ? [[`${p.name} TRUE`, withArgument(validCall(f), i, true)]] : [])),
  ];
  // A function of one result per cell broadcasts a row against a column into a grid.
  if (isPerCell(f.declaration)) {
    const first = parameters.findIndex((p, i) => f.range[i] && !p.optional && p.kind !== "assumptions");
    const args = parameters.map((p, i) => (f.range[i] && p.kind !== "assumptions" ? callGiving(f, i)[i] : validCall(f)[i]));
    calls.push(["a row against columns", withArgument(args, first, transpose(args[first] as unknown[][]))]);
  }

  it.each(calls)("%s", (_what, args) => {
    const result = reached(f.id, args);
    const size = f.declaration.result(callShape(f, args));
    expect(result.flat().some((v) => v instanceof CustomFunctions.Error)).toBe(false);
    expect([result.length, result[0].length]).toEqual([size.rows, size.columns]);
  });
});
