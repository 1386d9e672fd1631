/*
 * Issue 14, item 16: what a planner reads is a sentence in their language, never the program's
 * own text; and a boolean argument takes Excel's truthy numbers (detail = 2 is TRUE).
 */
import fc from "fast-check";
import { excelFunction, setLanguage } from "../../src/functions/boundary";
import { readFlag } from "../../src/functions/readers";
import { RED } from "../support/functions";
import { thrown } from "../support/cells";
import { engine } from "../support/engine";

const reads = [[1000], [2000], [500]];
const engagements = [[100], [80], [60]];
const jumps = [[10], [30], [2]];

afterEach(() => setLanguage(undefined));

describe("truthy numbers where a boolean is read", () => {
  it("HOTNOTES detail = 2 adds the rates, as TRUE does; 0 is FALSE", () => {
    const withTrue = RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, true);
    expect(withTrue[0]).toHaveLength(3);
    expect(RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, 2 as never)).toEqual(withTrue);
    expect(RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, -0.5 as never)).toEqual(withTrue);
    expect(RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, 0 as never)).toEqual(RED.HOTNOTES(reads, engagements, jumps));
  });

  it("CPMFIT labels = 2 adds the header row", () => {
    const spends = [[100_000], [200_000], [400_000]];
    const cpms = [[60], [80], [100]];
    expect(RED.CPMFIT(spends, cpms, undefined, 2 as never)).toEqual(RED.CPMFIT(spends, cpms, undefined, true));
  });

  it("any finite number is TRUE unless it is 0; what is not a boolean says so, not \"not a number\"", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(readFlag(x, "detail")).toBe(x !== 0);
      }),
      { seed: 20261122, numRuns: 1000 },
    );
    const error = thrown(() => RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, "often" as never));
    expect(error).toMatchObject({ code: "#VALUE!", message: 'detail: "often" is not TRUE or FALSE; use TRUE, FALSE or a number (0 is FALSE, any other number TRUE).' });
    setLanguage("zh");
    expect(thrown(() => RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, "often" as never)).message).toBe(
      'detail："often" 不是 TRUE 或 FALSE；请使用 TRUE、FALSE 或数字（0 为 FALSE，其他数字为 TRUE）。',
    );
  });

  it("the workbench reserves the rates' columns for a numeric detail", async () => {
    const hf = await engine({ S: [[1000, 100, 10], [2000, 80, 30], [500, 60, 2], ["=RED.HOTNOTES(A1:A3,B1:B3,C1:C3,,,2)"]] });
    const values = hf.getSheetValues(0);
    expect(values[3]).toHaveLength(3);
    expect(typeof values[3][1]).toBe("number");
  });
});

describe("an unexpected failure is worded for a planner", () => {
  const boom = () =>
    excelFunction(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'length')");
    });

  it("in English and Chinese, without the program's own text", () => {
    setLanguage("en");
    const en = thrown(boom);
    expect(en.code).toBe("#VALUE!");
    expect(en.message).toBe("This function could not work with these arguments. Check that each one is the kind of value or range its help describes.");
    setLanguage("zh");
    expect(thrown(boom).message).toBe("此函数无法处理这些参数。请检查每个参数是否为帮助中说明的值或区域。");
  });
});
