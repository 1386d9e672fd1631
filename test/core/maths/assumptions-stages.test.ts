import { ASSUMPTION_TABLE, assumptionRows, DEFAULT_ASSUMPTIONS, DomainError, ERROR_WORDS, ErrorCode, readAssumptions, stagePosition } from "../../../src/core";
import { describe as describeError } from "../../../src/core/words/messages";

describe("stagePosition", () => {
  it("reads fractional stages between 1 and 3", () => {
    expect(stagePosition(1.25)).toBe(1.25);
    expect(stagePosition("2.5")).toBe(2.5);
  });

  it.each([[""], [null], ["early"], [NaN], [Infinity]])("refuses %p as an unknown stage", (value) => {
    expect(() => stagePosition(value)).toThrow(DomainError);
  });
});

describe("readAssumptions", () => {
  it("gives the defaults for no table", () => {
    expect(readAssumptions(null)).toEqual(DEFAULT_ASSUMPTIONS);
    expect(readAssumptions([])).toEqual(DEFAULT_ASSUMPTIONS);
  });

  it("skips a header row of labels, and reads keys case- and space-insensitively", () => {
    const read = readAssumptions([["Assumption", "Value"], ["CPM Elasticity", 0.3]]);
    expect(read.cpmElasticity).toBe(0.3);
  });

  it("refuses an unknown key that is not the first row", () => {
    expect(() => readAssumptions([["ref_spend", 1], ["Assumption", "Value"]])).toThrow(DomainError);
  });

  it("refuses a cvr_elasticity that would make the marginal CPA divide by zero or less", () => {
    expect(() => readAssumptions([["cpm_elasticity", 0.5], ["cvr_elasticity", -0.6]])).toThrow(DomainError);
  });

  it("does not mutate the defaults", () => {
    readAssumptions([["ref_spend", 1]]);
    expect(DEFAULT_ASSUMPTIONS.refSpend).toBe(200_000);
  });

  it("every key has a meaning in both languages", () => {
    const [en, zh] = [assumptionRows("en"), assumptionRows("zh")];
    expect(en.slice(1).map((row) => row[0])).toEqual(ASSUMPTION_TABLE.map((entry) => entry.key));
    expect(zh.slice(1).map((row) => row[0])).toEqual(ASSUMPTION_TABLE.map((entry) => entry.key));
    for (const row of en.slice(1)) expect(String(row[2]).length).toBeGreaterThan(10);
    for (const row of zh.slice(1)) expect(String(row[2])).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("the message catalogue", () => {
  it("words every error code in English and Chinese", () => {
    const details = { argument: "budget", value: -1, limit: 10, key: "k", rows: 2, columns: 2 };
    for (const code of Object.keys(ERROR_WORDS.en) as ErrorCode[]) {
      const error = new DomainError(code, details);
      expect(describeError(error, "en")).toMatch(/\w/);
      expect(describeError(error, "zh")).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
