/*
 * Every reference value of DOMAIN §2–3, through the entry points Excel calls. The closed forms
 * follow from the source figures (×2.5 spend → CPM ×1.4, conversion rate ×1.05), so they are
 * checked to 1e-9; the four-decimal figures DOMAIN quotes are checked as printed.
 */
import { RED } from "../support/functions";
import { expectClose } from "../support/cells";

const e = Math.log(1.4) / Math.log(2.5);
const g = Math.log(1.05) / Math.log(2.5);
const one = (result: unknown[][]) => result[0][0];

describe("DOMAIN §2 stage splits", () => {
  it.each([
    ["cold-start", 70_000, 30_000],
    ["growth", 50_000, 50_000],
    ["mature", 40_000, 60_000],
    [1.5, 60_000, 40_000],
    [2.5, 45_000, 55_000],
  ])("%s splits 100,000 as %d | %d", (stage, spill, closed) => {
    expect(RED.SPILLSPLIT([[stage]], [[100_000]])).toEqual([[spill, closed]]);
  });

  it("splits 500,000 in growth as 250,000 | 250,000", () => {
    expect(RED.SPILLSPLIT([["growth"]], [[500_000]])).toEqual([[250_000, 250_000]]);
  });
});

describe("DOMAIN §3 curve, index mode", () => {
  it("the elasticities come from the source figures", () => {
    expectClose(e, 0.367211, 1e-6);
    expectClose(g, 0.053247, 1e-6);
  });

  it("average CPM at 500k = 1.4", () => {
    expectClose(one(RED.AVGCPM([[500_000]])), 1.4);
    expectClose(one(RED.AVGCPM([[200_000]])), 1);
  });

  it("marginal CPM at 200k = 1/(1−e) ≈ 1.5803 and at 500k = 1.4/(1−e) ≈ 2.2124", () => {
    expectClose(one(RED.MARGINALCPM([[200_000]])), 1 / (1 - e));
    expectClose(one(RED.MARGINALCPM([[500_000]])), 1.4 / (1 - e));
    expect(Number((one(RED.MARGINALCPM([[200_000]])) as number).toFixed(4))).toBe(1.5803);
    expect(Number((one(RED.MARGINALCPM([[500_000]])) as number).toFixed(4))).toBe(2.2124);
  });

  it("MARGINALCPM(500000, 80) ≈ 176.99", () => {
    expectClose(one(RED.MARGINALCPM([[500_000]], [[80]])), (80 * 1.4) / (1 - e));
    expect(Number((one(RED.MARGINALCPM([[500_000]], [[80]])) as number).toFixed(2))).toBe(176.99);
  });

  it("incremental CPM of 200k → 500k = 21/11 ≈ 1.9091", () => {
    expectClose(one(RED.INCREMENTALCPM([[200_000]], [[500_000]])), 21 / 11);
    expect(Number((one(RED.INCREMENTALCPM([[200_000]], [[500_000]])) as number).toFixed(4))).toBe(1.9091);
  });

  it("conversions grow ×1.875 for ×2.5 spend", () => {
    // conversions = impressions × cvr; cvr grows ×1.05 over the step.
    const before = one(RED.IMPRESSIONS([[200_000]], [[1]])) as number;
    const after = one(RED.IMPRESSIONS([[500_000]], [[1]])) as number;
    expectClose((after * 1.05) / before, 1.875);
  });

  it("CPA at 500k = 4/3 × base; marginal CPA at 500k = (4/3)/(1−e+g) ≈ 1.9435 × base", () => {
    expectClose(one(RED.MARGINALCPA([[500_000]], [[1]])), 4 / 3 / (1 - e + g));
    expect(Number((one(RED.MARGINALCPA([[500_000]], [[1]])) as number).toFixed(4))).toBe(1.9435);
    expectClose(one(RED.MARGINALCPA([[500_000]], [[30]])), (30 * 4) / 3 / (1 - e + g));
  });

  it("budget cap at target = 2 × base ≈ 547,756: the closed form's largest whole cent", () => {
    const closedForm = 200_000 * Math.pow((2 * (1 - e + g)) / 1, 1 / (e - g));
    for (const cap of [one(RED.BUDGETCAP([[2]], [[1]])) as number, one(RED.BUDGETCAP([[60]], [[30]])) as number]) {
      expect(cap).toBe(Math.floor(closedForm * 100) / 100);
      expect(cap).toBe(547_755.91);
    }
    expect(Math.round(one(RED.BUDGETCAP([[2]], [[1]])) as number)).toBe(547_756);
  });

  it("at the cap, the marginal CPA is the target to the cent: within it, and one cent more is not", () => {
    const cap = one(RED.BUDGETCAP([[45]], [[30]])) as number;
    expect(one(RED.MARGINALCPA([[cap]], [[30]]))).toBeLessThanOrEqual(45);
    expect(one(RED.MARGINALCPA([[cap + 0.01]], [[30]]))).toBeGreaterThan(45);
    expect(Math.abs((one(RED.MARGINALCPA([[cap]], [[30]])) as number) - 45) / 45).toBeLessThan(1e-7);
  });

  it("impressions at the reference spend are spend/CPM × 1000", () => {
    expectClose(one(RED.IMPRESSIONS([[200_000]], [[80]])), 2_500_000);
  });
});
