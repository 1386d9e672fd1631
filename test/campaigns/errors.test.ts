/*
 * Every error case: the Excel error each becomes, and the message naming the argument. The last
 * part runs over every registered function from its declaration (test/support/registry.ts): a
 * refused or passed-in error value in any argument, in one cell or one cell of a range.
 */
import { setLanguage } from "../../src/functions/boundary";
import { RED } from "../support/functions";
import { isPerCell, Parameter, ruleOf } from "../../src/functions/declarations";
import { ruleAccepts } from "../../src/core";
import { codes, expectClose, isExcelError, thrown } from "../support/cells";
import { callGiving, callWith, loadEntryPoints, reached, Registered, REGISTERED, ROW } from "../support/registry";

afterEach(() => setLanguage(undefined));

describe("stage", () => {
  it("an unknown stage is #VALUE! listing the accepted stages", () => {
    const error = thrown(() => RED.SPILLSPLIT([["launch"]], [[100]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain('stage: "launch" is not a stage');
    for (const accepted of ["cold-start", "growth", "mature", "冷启动期", "成长期", "成熟期", "1 to 3"]) {
      expect(error.message).toContain(accepted);
    }
  });

  it.each([0, 0.99, 3.01, 4, -1])("a stage number outside 1–3 (%p) is #NUM!", (stage) => {
    expect(thrown(() => RED.SPILLSPLIT([[stage]], [[100]])).code).toBe("#NUM!");
  });

  it("a boolean stage is #VALUE!", () => {
    expect(thrown(() => RED.SPILLSPLIT([[true]], [[100]])).code).toBe("#VALUE!");
  });
});

describe("numbers", () => {
  it("a negative budget is #NUM!", () => {
    expect(thrown(() => RED.SPILLSPLIT([["growth"]], [[-1]])).code).toBe("#NUM!");
  });

  it.each([
    ["a word", "lots"],
    ["a boolean", true],
  ])("%s as a budget is #VALUE! naming budget", (_what, value) => {
    const error = thrown(() => RED.SPILLSPLIT([["growth"]], [[value]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^budget: .* is not a number\.$/);
  });

  it.each([
    ["a date written as text", "2026-01-01"],
    ["a number with a currency sign other than ¥ or 元", "$500"],
  ])("%s as a budget is #VALUE! naming budget and saying how to type an amount", (_what, value) => {
    const error = thrown(() => RED.SPILLSPLIT([["growth"]], [[value]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^budget: .* is not read as a number \(.*\)\. Type an amount as 500000, 500,000, ¥500,000, 500,000元, 50万 or 1\.2亿\.$/);
  });

  it("numeric text is read as a number, thousands separators included", () => {
    expect(RED.SPILLSPLIT([["growth"]], [["500,000"]])).toEqual([[250_000, 250_000]]);
    expect(RED.SPILLSPLIT([["growth"]], [[" 1e3 "]])).toEqual([[500, 500]]);
  });

  it("a base CPM of 0 or less is #NUM!", () => {
    expect(thrown(() => RED.AVGCPM([[1]], [[0]])).code).toBe("#NUM!");
    expect(thrown(() => RED.IMPRESSIONS([[1]], [[-80]])).code).toBe("#NUM!");
  });

  it("a budget beyond 10 trillion is #NUM!, not an inexact split", () => {
    expect(thrown(() => RED.SPILLSPLIT([["growth"]], [[1e300]])).code).toBe("#NUM!");
    expect(RED.SPILLSPLIT([["growth"]], [[1e13]])).toEqual([[5e12, 5e12]]);
  });

  it("a bad cell inside a range errors in its own cell only", () => {
    const result = codes(RED.SPILLSPLIT([["growth"]], [[100], ["x"], [-1], [300]]));
    expect(result).toEqual([
      [50, 50],
      ["#VALUE!", "#VALUE!"],
      ["#NUM!", "#NUM!"],
      [150, 150],
    ]);
  });

  it("an error value arriving in a range cell passes through to that cell", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(codes(RED.AVGCPM([[200_000], [na]]))).toEqual([[1], ["#N/A"]]);
  });
});

describe("BUDGETCAP", () => {
  it("a curve that does not saturate (cpm_elasticity ≤ cvr_elasticity) is #NUM!", () => {
    const flat = [["cpm_elasticity", 0.05], ["cvr_elasticity", 0.05]];
    expect(thrown(() => RED.BUDGETCAP([[2]], [[1]], flat)).code).toBe("#NUM!");
  });

  it("a target below the cost of the first conversion gives 0", () => {
    // Below the floor the marginal CPA is flat at CPA(floor) = (0.1)^(e−g) ≈ 0.485 × base.
    expect(RED.BUDGETCAP([[0.3]], [[1]])).toEqual([[0]]);
  });

  it("a target the flat part meets but the power law does not gives the floor spend", () => {
    expect(RED.BUDGETCAP([[0.6]], [[1]])).toEqual([[20_000]]);
  });

  it("targets and bases must be greater than 0", () => {
    expect(thrown(() => RED.BUDGETCAP([[0]], [[1]])).code).toBe("#NUM!");
    expect(thrown(() => RED.BUDGETCAP([[1]], [["none"]])).code).toBe("#VALUE!");
  });
});

describe("assumptions", () => {
  it("an unknown key is #VALUE! naming it and listing the keys", () => {
    const error = thrown(() => RED.AVGCPM([[1]], null as never, [["cpm_elast", 0.3]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain('"cpm_elast"');
    expect(error.message).toContain("ref_spend, cpm_elasticity, cvr_elasticity, floor_spend");
  });

  it("a value out of range is #VALUE!, so Excel shows the key and its range", () => {
    expect(thrown(() => RED.AVGCPM([[1]], null as never, [["cpm_elasticity", 1]])).code).toBe("#VALUE!");
    expect(thrown(() => RED.SPILLSPLIT([[1]], [[1]], undefined, [["spill_growth", 1.2]])).code).toBe("#VALUE!");
    expect(thrown(() => RED.AVGCPM([[1]], null as never, [["ref_spend", 0]])).code).toBe("#VALUE!");
  });

  it("a value that is not a number is #VALUE! naming the key", () => {
    const error = thrown(() => RED.AVGCPM([[1]], null as never, [["ref_spend", "big"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("assumptions ref_spend");
  });

  it("REDDEFAULTS' own table, header and meaning column included, reads back as the defaults", () => {
    const table = RED.REDDEFAULTS("en");
    expect(RED.AVGCPM([[500_000]], null as never, table)).toEqual(RED.AVGCPM([[500_000]]));
    expect(RED.AVGCPM([[500_000]], null as never, RED.REDDEFAULTS("zh"))).toEqual(RED.AVGCPM([[500_000]]));
  });

  it("edited values change the results: presets and reference spend", () => {
    expect(RED.SPILLSPLIT([["growth"]], [[100]], undefined, [["key", "value"], ["spill_growth", 0.55]])).toEqual([[55, 45]]);
    expectClose(RED.AVGCPM([[400_000]], null as never, [["ref_spend", 400_000]])[0][0], 1);
  });

  it("blank rows and blank values keep the defaults", () => {
    expect(RED.SPILLSPLIT([["growth"]], [[100]], undefined, [["", ""], ["spill_growth", ""]])).toEqual([[50, 50]]);
  });
});

describe("REDDEFAULTS", () => {
  it("spills key | value | meaning with a header, in English or Chinese", () => {
    const en = RED.REDDEFAULTS("en");
    expect(en[0]).toEqual(["key", "value", "meaning"]);
    expect(en.map((row) => row[0])).toEqual([
      "key", "ref_spend", "cpm_elasticity", "cvr_elasticity", "floor_spend", "spill_cold_start", "spill_growth", "spill_mature",
      // The user-asset ladder's rates (DOMAIN §9, issue 24).
      "aware_to_interest", "aware_forget", "interest_to_buy", "interest_forget", "new_repeat", "new_lapse", "returning_order_rate",
      "returning_to_loyal", "returning_lapse", "loyal_order_multiple", "loyal_lapse", "first_order_spill", "repeat_order_spill", "loyal_order_spill",
    ]);
    expectClose(en[2][1], Math.log(1.4) / Math.log(2.5));
    const zh = RED.REDDEFAULTS("zh");
    expect(zh[0]).toEqual(["键", "值", "含义"]);
    expect(String(zh[4][2])).toMatch(/假设/);
    expect(en.every((row) => row.length === 3)).toBe(true);
  });

  it("follows Office's display language when lang is omitted", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect(RED.REDDEFAULTS()[0][0]).toBe("键");
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
    expect(RED.REDDEFAULTS()[0][0]).toBe("key");
  });

  it("an unknown language is #VALUE!", () => {
    expect(thrown(() => RED.REDDEFAULTS("fr")).code).toBe("#VALUE!");
  });
});

describe("messages in Chinese", () => {
  it("follow the language setting", () => {
    setLanguage("zh");
    const error = thrown(() => RED.SPILLSPLIT([["launch"]], [[100]]));
    expect(error.message).toContain("不是生命周期阶段");
  });
});

describe("never NaN, Infinity or an escaping exception", () => {
  it("a budget cap too large to represent becomes #NUM!, not Infinity", () => {
    expect(thrown(() => RED.BUDGETCAP([[1e12]], [[1e-9]])).code).toBe("#NUM!");
    const inRange = RED.BUDGETCAP([[1e12], [2]], [[1e-9], [1]]);
    expect(isExcelError(inRange[0][0])).toBe(true);
    expect(Math.round(inRange[1][0] as number)).toBe(547_756);
    // After a blank and a refused cell (which its kernel never sees), the error its kernel catches is still in its own cell.
    const after = codes(RED.BUDGETCAP([[""], ["x"], [1e12], [2]], [[1], [1], [1e-9], [1]]));
    expect(after.slice(0, 3)).toEqual([[""], ["#VALUE!"], ["#NUM!"]]);
    expect(Math.round(after[3][0] as number)).toBe(547_756);
  });
});

// ---------------------------------------------------------------------------------------------
// Every registered function, from its declaration: a function added later is covered here.

/**
 * `value` in parameter `i` of a valid call gives `code`: the call's one error for an argument of
 * one cell; for a range, that error in the cell's own row (every other row as in the valid call giving it,
 * for a function of one result per cell), or the call's one error where the whole list is refused.
 */
function expectRefused(f: Registered, i: number, value: unknown, code: string): void {
  const name = f.declaration.parameters[i].name;
  const result = reached(f.id, callWith(f, i, value));
  const whole = result.length === 1 && result[0].length === 1;
  const errors = (whole && !f.range[i] ? result[0] : f.range[i] && !(whole && isExcelError(result[0][0])) ? result[ROW] : result[0]) as unknown[];
  for (const cell of errors) {
    if (!isExcelError(cell)) throw new Error(`${f.id}: ${name} = ${String(value)} gave ${String(cell)}, not ${code}`);
    expect(cell.code).toBe(code);
    if (code === "#VALUE!") expect(cell.message).toMatch(new RegExp(`^${name}:`));
  }
  if (f.range[i] && isPerCell(f.declaration)) {
    // One bad cell never fails a whole call of one result per cell.
    expect(result).toHaveLength(reached(f.id, callGiving(f, i)).length);
    expect(result.filter((_, r) => r !== ROW)).toEqual(reached(f.id, callGiving(f, i)).filter((_, r) => r !== ROW));
  }
}

/** Every parameter read from a cell: all but the assumptions table and line names (any text names a line). */
const readFromCells = (p: Parameter) => p.kind !== "assumptions" && p.kind !== "names";
/** Words from a short list (lang, part, targetKind) quote a passed-in error as a word they do not know: #VALUE!. */
const WORD_KINDS = new Set(["language", "part", "targetKind"]);

describe.each(REGISTERED.map((f) => [f.id, f] as const))("%s: refused and passed-in values, argument by argument", (_id, f) => {
  beforeAll(loadEntryPoints);
  const params = f.declaration.parameters.map((p, i) => [p.name, p, i] as const).filter(([, p]) => readFromCells(p));
  const numbers = params.filter(([, p]) => ruleOf(p) !== undefined);
  const negatives = numbers.filter(([, p]) => !ruleAccepts(ruleOf(p)!, -1));
  const passing = params.filter(([, p]) => !WORD_KINDS.has(p.kind));
  if (params.length === 0) return void it("reads no argument from a cell", () => expect(params).toEqual([]));

  it.each(params)('text ("abc") as %s is #VALUE! naming it', (_name, _p, i) => expectRefused(f, i, "abc", "#VALUE!"));

  const notFlags = params.filter(([, p]) => p.kind !== "flag");
  if (notFlags.length > 0) it.each(notFlags)("TRUE as %s is #VALUE! naming it", (_name, _p, i) => expectRefused(f, i, true, "#VALUE!"));

  if (negatives.length > 0) it.each(negatives)("a negative %s is #NUM!", (_name, _p, i) => expectRefused(f, i, -1, "#NUM!"));

  if (passing.length > 0) {
    it.each(passing)("#N/A arriving in %s is passed on", (_name, _p, i) => {
      expectRefused(f, i, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), "#N/A");
    });
  }
});
