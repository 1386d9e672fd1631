/* REQUIREDBUDGET, SWEEP and FLIGHTPLAN through the entry points Excel calls. */
import * as allocateModule from "../../src/core/line/allocate";
import { setLanguage, setWordEveryError } from "../../src/functions/boundary";
import { RED } from "../support/functions";
import { codes, isExcelError, thrown } from "../support/cells";

const lines = [["Seeding notes 种草笔记"], ["Search ads 搜索广告"], ["Store live 店播"]];
const baseCpa = [[40], [25], [60]];
const none = null as never;
const cents = (values: unknown[]) => values.reduce((sum: number, v) => sum + Math.round((v as number) * 100), 0);

afterEach(() => {
  setLanguage(undefined);
  setWordEveryError(false);
  jest.restoreAllMocks();
});

describe("REQUIREDBUDGET", () => {
  it("spills ALLOCATE's rows at the required budget and a Total row; one cent less misses the target", () => {
    const target = (RED.ALLOCATE(1_000_000, lines, baseCpa) as number[][]).reduce((sum, row) => sum + row[3], 0);
    const result = RED.REQUIREDBUDGET(target, lines, baseCpa);
    expect(result).toHaveLength(4);
    const [label, budget, share, bought, marginal, bound] = result[3];
    expect([label, share, bound]).toEqual(["Total", 1, ""]);
    expect(budget as number).toBeCloseTo(1_000_000, 1);
    expect(result.slice(0, 3)).toEqual(RED.ALLOCATE(budget, lines, baseCpa));
    expect(bought as number).toBeGreaterThanOrEqual(target);
    const lessByACent = RED.ALLOCATE(Math.round((budget as number) * 100 - 1) / 100, lines, baseCpa) as number[][];
    expect(lessByACent.reduce((sum, row) => sum + row[3], 0)).toBeLessThan(target);
    expect(marginal as number).toBeCloseTo(55.82, 2);
  });

  it("with targetKind marginal-cpa (边际CPA) gives the largest budget whose marginal CPA stays within it", () => {
    const english = RED.REQUIREDBUDGET(60, lines, baseCpa, none, none, none, none, none, "marginal-cpa");
    const chinese = RED.REQUIREDBUDGET(60, lines, baseCpa, none, none, none, none, none, "边际CPA");
    expect(chinese).toEqual(english);
    expect(english[3][1]).toBe(1_258_334.98);
    expect(english[3][4] as number).toBeCloseTo(60, 5);
    expect(english[3][4] as number).toBeLessThanOrEqual(60);
    // One line: BUDGETCAP's 547,756 for a target of 2 × baseCPA, to the cent.
    expect(RED.REQUIREDBUDGET(60, [["x"]], [[30]], none, none, none, none, none, "marginal CPA")[1][1]).toBe(547_755.91);
  });

  it("labels the Total row in Chinese for Chinese Office", () => {
    setLanguage("zh");
    expect(RED.REQUIREDBUDGET(1_000, lines, baseCpa, none, none, none, none, none, "转化")[3][0]).toBe("合计");
  });

  it("blank in, blank out: a blank target, no lines, a blank line row", () => {
    expect(RED.REQUIREDBUDGET("", lines, baseCpa)).toEqual([[""]]);
    expect(RED.REQUIREDBUDGET(1_000, [[""], [""]], baseCpa)).toEqual([[""]]);
    const result = RED.REQUIREDBUDGET(1_000, [["A"], [""], ["B"]], [[30], [""], [40]]);
    expect(result).toHaveLength(4);
    expect(result[1]).toEqual(["", "", "", "", "", ""]);
    expect(cents([result[0][1], result[2][1]])).toBe(Math.round((result[3][1] as number) * 100));
  });

  it("errors as ALLOCATE: an unknown kind is #VALUE! naming it; unreachable targets and bad bounds #NUM!; an elasticity out of its range #VALUE! naming it", () => {
    const kind = thrown(() => RED.REQUIREDBUDGET(1_000, lines, baseCpa, none, none, none, none, none, "revenue"));
    expect(kind.code).toBe("#VALUE!");
    expect(kind.message).toBe('targetKind: "revenue" is not a target kind. Use conversions (转化), marginal-cpa (边际CPA), value (价值) or marginal-roi (边际ROI).');
    expect(thrown(() => RED.REQUIREDBUDGET(1e9, lines, baseCpa, none, none, none, [[100_000]])).code).toBe("#NUM!");
    expect(thrown(() => RED.REQUIREDBUDGET(1e12, lines, baseCpa)).code).toBe("#NUM!");
    expect(thrown(() => RED.REQUIREDBUDGET(-1, lines, baseCpa)).code).toBe("#NUM!");
    expect(thrown(() => RED.REQUIREDBUDGET(0, lines, baseCpa, none, none, none, none, none, "marginal-cpa")).code).toBe("#NUM!");
    const crossed = thrown(() => RED.REQUIREDBUDGET(1_000, lines, baseCpa, none, none, [[500]], [[100]]));
    expect(crossed.code).toBe("#VALUE!"); // as ALLOCATE: the message names the line
    expect(crossed.message).toContain("Seeding notes");
    expect(thrown(() => RED.REQUIREDBUDGET(1_000, lines, [[1], [2]])).code).toBe("#N/A");
    expect(thrown(() => RED.REQUIREDBUDGET([[1, 2]], lines, baseCpa)).code).toBe("#VALUE!");
    expect(thrown(() => RED.REQUIREDBUDGET(1_000, lines, baseCpa, [[0.9]], [[-0.5]])).code).toBe("#VALUE!");
  });
});

describe("SWEEP", () => {
  const budgets = [[0], [250_000], [""], [1_000_000], [1_000_000], [3e6]];

  it("gives one row per budget, each exactly ALLOCATE's split at that budget", () => {
    const result = RED.SWEEP(budgets, lines, baseCpa);
    expect(result).toHaveLength(budgets.length);
    result.forEach((row, i) => {
      const budget = budgets[i][0];
      if (budget === "") return expect(row).toEqual(Array(7).fill(""));
      const split = RED.ALLOCATE(budget, lines, baseCpa) as number[][];
      expect(row.slice(4)).toEqual(split.map((r) => r[1]));
      expect(row[0]).toBe(budget);
      expect(row[1] as number).toBeCloseTo(split.reduce((sum, r) => sum + r[3], 0), 9);
      if (budget !== 0) expect(row[2] as number).toBeCloseTo((budget as number) / (row[1] as number), 9);
    });
    expect(isExcelError(result[0][2]) && result[0][2].code).toBe("#DIV/0!");
    expect(result[3]).toEqual(result[4]);
    const marginal = result.filter((r) => r[0] !== "").map((r) => r[3] as number);
    expect([...marginal].sort((x, y) => x - y)).toEqual(marginal);
  });

  it("with one line is that line's response curve", () => {
    const spends = [[10_000], [200_000], [500_000], [2e6]];
    const curve = RED.SWEEP(spends, [["feed"]], [[30]]);
    expect(curve.map((row) => row[3])).toEqual(RED.MARGINALCPA(spends, [[30]]).map((row) => row[0]));
    expect(curve.map((row) => row[4])).toEqual(spends.flat());
  });

  it("labels TRUE adds a header row with the line names, in the language of Office", () => {
    expect(RED.SWEEP([[1_000]], lines, baseCpa, none, none, none, none, none, true)[0]).toEqual(["budget", "conversions", "average CPA", "marginal CPA", ...lines.flat()]);
    setLanguage("zh");
    expect(RED.SWEEP([[1_000]], lines, baseCpa, none, none, none, none, none, true)[0].slice(0, 4)).toEqual(["预算", "转化", "平均 CPA", "边际 CPA"]);
  });

  it("a bad budget errors in its own row; a row of budgets works; a 2-D range is #VALUE!", () => {
    const result = codes(RED.SWEEP([[100_000], ["lots"], [-5], [50]], lines, baseCpa, none, none, [[20_000]]));
    expect(result[1]).toEqual(Array(7).fill("#VALUE!"));
    expect(result[2]).toEqual(Array(7).fill("#NUM!"));
    expect(result[3]).toEqual(Array(7).fill("#NUM!")); // below the minimums
    expect(typeof result[0][1]).toBe("number");
    expect(RED.SWEEP([[100_000, 200_000]], lines, baseCpa)).toEqual(RED.SWEEP([[100_000], [200_000]], lines, baseCpa));
    const flat = thrown(() => RED.SWEEP([[1, 2], [3, 4]], lines, baseCpa));
    expect(flat.code).toBe("#VALUE!");
    expect(flat.message).toBe("budgets: give a list (one row or one column), not a 2×2 range.");
  });
});

describe("FLIGHTPLAN", () => {
  const months = [[1, 1, 0.85, 1]];

  it("spills lines × months adding up to the budget, more in the cheaper month", () => {
    const result = RED.FLIGHTPLAN(1_200_000, lines, baseCpa, months) as number[][];
    expect(result).toHaveLength(3);
    expect(result.every((row) => row.length === 4)).toBe(true);
    expect(cents(result.flat())).toBe(120_000_000);
    for (const row of result) expect(row[2]).toBeGreaterThan(row[0]);
  });

  it("with every multiplier 1 is ALLOCATE's monthly split in every month, to the cent", () => {
    const result = RED.FLIGHTPLAN(3_000_000, lines, baseCpa, [[1, 1, 1]]) as number[][];
    const monthly = (RED.ALLOCATE(1_000_000, lines, baseCpa) as number[][]).map((r) => r[1]);
    result.forEach((row, i) => row.forEach((s) => expect(Math.abs(s - monthly[i])).toBeLessThanOrEqual(0.01)));
  });

  it("labels TRUE adds the names, a total column and a total row that add up", () => {
    const result = RED.FLIGHTPLAN(1_200_000, lines, baseCpa, months, none, none, none, none, none, true);
    expect(result).toHaveLength(4);
    expect(result.map((row) => row[0])).toEqual([...lines.flat(), "Total"]);
    for (const row of result.slice(0, 3)) expect(Math.round((row[5] as number) * 100)).toBe(cents(row.slice(1, 5)));
    expect(result[3][5]).toBe(1_200_000);
    for (let j = 1; j <= 4; j++) expect(Math.round((result[3][j] as number) * 100)).toBe(cents(result.slice(0, 3).map((row) => row[j])));
  });

  it("blank months give blank columns, blank lines blank rows", () => {
    const result = RED.FLIGHTPLAN(500_000, [["A"], [""], ["B"]], [[30], [""], [40]], [[1, "", 0.9]]);
    expect(result[1]).toEqual(["", "", ""]);
    expect(result.map((row) => row[1])).toEqual(["", "", ""]);
    expect(cents([result[0][0], result[0][2], result[2][0], result[2][2]])).toBe(50_000_000);
    expect(RED.FLIGHTPLAN("", lines, baseCpa, months)).toEqual([[""]]);
    expect(RED.FLIGHTPLAN(1_000, lines, baseCpa, [["", ""]])).toEqual([[""]]);
  });

  it("bounds broadcast: one cell, a column per line, a row per month, or a lines × months grid", () => {
    const plan = (min: unknown, max: unknown) => RED.FLIGHTPLAN(1_200_000, lines, baseCpa, months, none, none, min as never, max as never) as number[][];
    expect(plan([[50_000]], none).flat().every((s) => s >= 50_000)).toBe(true);
    expect(plan(none, [[100_000], [""], [""]])[0].every((s) => s <= 100_000)).toBe(true);
    const perMonth = plan(none, [[400_000, 400_000, 100_000, 400_000]]);
    expect(cents(perMonth.map((row) => row[2]))).toBeLessThanOrEqual(30_000_000);
    const grid = [
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 123_456.78, 0, 0],
    ];
    expect(plan(grid, none)[2][1]).toBeGreaterThanOrEqual(123_456.78);
    expect(thrown(() => plan([[1], [2]], none)).code).toBe("#N/A");
    expect(thrown(() => plan([[1, 2, 3]], none)).code).toBe("#N/A");
    expect(thrown(() => plan([[1_000_000]], none)).code).toBe("#NUM!");
  });

  it("bad seasonality: 0 is #NUM!, text #VALUE!, a 2-D range #VALUE!", () => {
    expect(thrown(() => RED.FLIGHTPLAN(1_000, lines, baseCpa, [[1, 0]])).code).toBe("#NUM!");
    expect(thrown(() => RED.FLIGHTPLAN(1_000, lines, baseCpa, [[1, "peak"]])).code).toBe("#VALUE!");
    expect(thrown(() => RED.FLIGHTPLAN(1_000, lines, baseCpa, [[1, 1], [1, 1]])).message).toBe("seasonality: give a list (one row or one column), not a 2×2 range.");
  });
});

describe("a core that breaks a promise is refused, never shown", () => {
  const real = allocateModule.allocateBudget;
  const realInLogs = allocateModule.allocateInLogs;
  const broken: [string, (split: allocateModule.LineAllocation[]) => void][] = [
    ["a cent missing", (split) => (split[0].spend -= 0.01)],
    ["a bound broken", (split) => ((split[0].spend -= 10_000), (split[1].spend += 10_000))],
    ["half a cent", (split) => ((split[0].spend += 0.005), (split[1].spend -= 0.005))],
    ["not optimal", (split) => ((split[0].spend -= 5_000), (split[1].spend += 5_000))],
    ["NaN", (split) => (split[2].conversions = NaN)],
  ];

  it.each(broken)("%s", (_what, breakIt) => {
    jest.spyOn(allocateModule, "allocateBudget").mockImplementation((budget, l, a) => {
      const split = real(budget, l, a);
      breakIt(split);
      return split;
    });
    // SWEEP runs ALLOCATE's core on lines already in logs (allocateInLogs): broken the same way.
    jest.spyOn(allocateModule, "allocateInLogs").mockImplementation((...args) => {
      const found = realInLogs(...args);
      breakIt(found.split);
      return found;
    });
    const calls = [
      () => RED.REQUIREDBUDGET(10_000, lines, baseCpa, none, none, [[0], [0], [60_000]]),
      () => RED.REQUIREDBUDGET(60, lines, baseCpa, none, none, [[0], [0], [60_000]], none, none, "marginal-cpa"),
      () => RED.FLIGHTPLAN(1_000_000, lines, baseCpa, [[1]], none, none, [[0], [0], [60_000]]),
    ];
    // #NUM!, as ALLOCATE's own failed check; the words, which Excel does not show on #NUM!, say which promise broke.
    setWordEveryError(true);
    for (const call of calls) {
      const error = thrown(call);
      expect(error.code).toBe("#NUM!");
      expect(error.message).toMatch(/failed its own check/);
    }
    const row = codes(RED.SWEEP([[1_000_000]], lines, baseCpa, none, none, [[0], [0], [60_000]]))[0];
    expect(row).toEqual(Array(7).fill("#NUM!"));
  });
});

describe("README's worked examples", () => {
  const names = [["Seeding notes"], ["Search ads"], ["Store live"]];

  it("REQUIREDBUDGET: 30,000 conversions take 1,224,270.84; a marginal CPA of 60 allows 1,258,334.98, every line's last cent within 60", () => {
    expect(RED.REQUIREDBUDGET(30_000, names, baseCpa)[3][1]).toBe(1_224_270.84);
    const atPrice = RED.REQUIREDBUDGET(60, names, baseCpa, none, none, none, none, none, "marginal-cpa");
    expect(atPrice.map((r) => r[1])).toEqual([219_102.36, 979_006.89, 60_225.73, 1_258_334.98]);
    atPrice.forEach((r) => expect(r[4] as number).toBeLessThanOrEqual(60));
    // Each line's own cap sums to 1,258,335.02, where ALLOCATE's split puts store live past 60.
    const more = RED.ALLOCATE(1_258_335.02, names, baseCpa);
    expect(more[2][1]).toBe(60_225.74);
    expect(more[2][4] as number).toBeGreaterThan(60);
    const capped = () => RED.REQUIREDBUDGET(40_000, names, baseCpa, none, none, none, [[300_000]]);
    expect(thrown(capped)).toEqual(expect.objectContaining({ code: "#NUM!" }));
    expect(thrown(capped).message).toBeUndefined(); // Excel shows no words on #NUM!
    // The workbench shows every error's words: why, with the figures.
    setWordEveryError(true);
    expect(thrown(capped).message).toBe("target: 40,000 conversions are out of reach: at the most the bounds allow, 900,000, the lines buy 21,571.5.");
    setLanguage("zh");
    expect(thrown(capped).message).toBe("target：无法达到 40,000 次转化：按上限投满（合计 900,000）也只能获得 21,571.5 次。");
    expect(thrown(() => RED.REQUIREDBUDGET(1e12, names, baseCpa)).message).toBe("target：达到 1,000,000,000,000 次转化需要超过 10,000,000,000,000 的预算。");
  });

  it("SWEEP: the five rows of the table", () => {
    const result = RED.SWEEP([[250_000], [500_000], [1_000_000], [1_500_000], [2_000_000]], names, baseCpa, none, none, none, none, none, true);
    expect(result[1].slice(4)).toEqual([42_060.89, 187_939.11, 20_000]);
    expect(result[3].slice(4)).toEqual([174_120.85, 778_017.7, 47_861.45]);
    expect((result[5][3] as number).toFixed(2)).toBe("69.40");
  });

  it("FLIGHTPLAN: 3,000,000 over months at 1, 1, 0.85", () => {
    const result = RED.FLIGHTPLAN(3_000_000, names, baseCpa, [[1, 1, 0.85]], none, none, none, none, none, true);
    expect(result[0]).toEqual(["Seeding notes", 142_021.37, 142_021.37, 238_319.81, 522_362.55]);
    expect(result[3]).toEqual(["Total", 815_648.27, 815_648.27, 1_368_703.46, 3_000_000]);
  });
});
