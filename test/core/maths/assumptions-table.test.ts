/* The assumptions table read strictly (issue 14, item 5): one row per key, and only a header is skipped. */
import fc from "fast-check";
import { ASSUMPTION_TABLE, assumptionRows, describe as describeError, DomainError, readAssumptions } from "../../../src/core";
import { RED } from "../../support/functions";
import { thrown } from "../../support/cells";

function refusal(rows: unknown[][]): { code: string; en: string; zh: string } {
  try {
    readAssumptions(rows);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, en: describeError(error, "en"), zh: describeError(error, "zh") };
    throw error;
  }
  throw new Error("the table was accepted");
}

describe("assumptions keys: one row per key, only a header skipped", () => {
  it("a duplicated key is #VALUE! naming the key, not the last row silently winning", () => {
    expect(refusal([["cpm_elasticity", 0.3], ["cpm_elasticity", 0.5]])).toEqual({
      code: "DUPLICATE_ASSUMPTION",
      en: 'assumptions: the key "cpm_elasticity" appears more than once; keep one row per key.',
      zh: "assumptions：键 \"cpm_elasticity\" 出现了不止一次，每个键只保留一行。",
    });
    // Spelt differently, the same key: still one key.
    expect(refusal([["key", "value"], ["CPM Elasticity", 0.3], ["cpm-elasticity", ""]]).code).toBe("DUPLICATE_ASSUMPTION");
    const error = thrown(() => RED.AVGCPM([[500_000]], null as never, [["ref_spend", 100_000], ["ref_spend", 200_000]]));
    expect(error).toMatchObject({ code: "#VALUE!", message: 'assumptions: the key "ref_spend" appears more than once; keep one row per key.' });
  });

  it("a misspelt key in the first row with a text value is an unknown key, not a header", () => {
    expect(refusal([["cmp_elasticity", "0,3"]]).code).toBe("UNKNOWN_ASSUMPTION");
    expect(refusal([["cpm_elastcity", "high"], ["ref_spend", 1]]).code).toBe("UNKNOWN_ASSUMPTION");
  });

  it("headers are still skipped: REDDEFAULTS' in both languages, the template's, a planner's own", () => {
    const edited = (language: "en" | "zh") => assumptionRows(language).map((row) => (row[0] === "cpm_elasticity" ? [row[0], 0.3, row[2]] : row));
    expect(readAssumptions(edited("en")).cpmElasticity).toBe(0.3);
    expect(readAssumptions(edited("zh")).cpmElasticity).toBe(0.3);
    expect(readAssumptions([["key 键", "value 值", "meaning", "含义"], ["cpm_elasticity", 0.3]]).cpmElasticity).toBe(0.3);
    expect(readAssumptions([["Assumption", "Value"], ["CPM Elasticity", 0.3]]).cpmElasticity).toBe(0.3);
    expect(readAssumptions([["参数", "取值"], ["cpm_elasticity", 0.3]]).cpmElasticity).toBe(0.3);
  });

  it("any table with a repeated key is refused, wherever the repeat is (property)", () => {
    const keys = ASSUMPTION_TABLE.map((a) => a.key);
    fc.assert(
      fc.property(fc.shuffledSubarray(keys, { minLength: 1 }), fc.nat(), fc.nat(), (chosen, at, from) => {
        const rows: unknown[][] = chosen.map((key) => [key, ""]);
        rows.splice(at % (rows.length + 1), 0, [chosen[from % chosen.length].toUpperCase(), ""]);
        expect(refusal(rows).code).toBe("DUPLICATE_ASSUMPTION");
        expect(() => readAssumptions(chosen.map((key) => [key, ""]))).not.toThrow();
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
