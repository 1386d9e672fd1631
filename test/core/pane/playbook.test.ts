/*
 * Issue 22 item 14: STAGEPLAN's printed split adds up to 100%, as the money does — spillover rounded
 * to a tenth of a percent as Excel's ROUND rounds, closed loop the rest. STAGEPLAN(1.0025) printed
 * "spillover 70% | closed loop 30.1%".
 */
import fc from "fast-check";
import { spilloverShare, splitPercents, stagePlan } from "../../../src/core";
import { RED } from "../../support/functions";

/** ROUND(share × 100, 1) worked on share's 15 shown digits in integers, in tenths of a percent. */
function tenthsByDecimals(share: number): bigint {
  const [mantissa, exponent] = share.toExponential(14).split("e");
  const digits = BigInt(mantissa.replace(".", "")); // share = digits × 10^(exponent − 14)
  const power = Number(exponent) - 14 + 3; // tenths of a percent = share × 1000
  if (power >= 0) return digits * BigInt(10) ** BigInt(power);
  const unit = BigInt(10) ** BigInt(-power);
  return (digits * BigInt(2) + unit) / (BigInt(2) * unit); // half up (share ≥ 0)
}

const percentValue = (text: string) => Number(text.replace("%", ""));

describe("README: STAGEPLAN's split is to a tenth of a percent, adding up to 100%", () => {
  it("STAGEPLAN(1.0025) prints spillover 70% | closed loop 30% (was 30.1%), in both languages", () => {
    expect(RED.STAGEPLAN(1.0025, "en")[1][0]).toBe("Budget split: spillover 70% | closed loop 30%");
    expect(stagePlan(1.0025, "zh")[1]).toContain("外溢 70% | 闭环 30%");
  });

  it("property: at every stage position the two percentages add up to 100 and spillover is ROUND(share × 100, 1)", () => {
    const position = fc.oneof(fc.integer({ min: 10_000, max: 30_000 }).map((p) => p / 10_000), fc.double({ min: 1, max: 3, noNaN: true }));
    fc.assert(
      fc.property(position, (p) => {
        const share = spilloverShare(p);
        const [spillover, closedLoop] = splitPercents(share);
        expect(BigInt(Math.round(percentValue(spillover) * 10))).toBe(tenthsByDecimals(share));
        expect(Math.round(percentValue(spillover) * 10) + Math.round(percentValue(closedLoop) * 10)).toBe(1000);
        expect(stagePlan(p, "en")[1]).toBe(`Budget split: spillover ${spillover} | closed loop ${closedLoop}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("the presets print as DOMAIN gives them: 70/30, 50/50, 40/60", () => {
    expect([1, 2, 3].map((p) => splitPercents(spilloverShare(p)))).toEqual([["70%", "30%"], ["50%", "50%"], ["40%", "60%"]]);
  });
});

describe("stagePlan", () => {
  it("uses the nearer stage's actions between stages (halfway: the next)", () => {
    expect(stagePlan(1.4, "en").slice(2)).toEqual(stagePlan(1, "en").slice(2));
    expect(stagePlan(2.5, "en").slice(2)).toEqual(stagePlan(3, "en").slice(2));
  });
});
