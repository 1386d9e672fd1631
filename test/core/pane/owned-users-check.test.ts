/*
 * Minefield 6 on the NPL sheet's numbers: its verdict from the sheet's figures, and what one more
 * point of group-chat join adds — held to the test's own simulation of DOMAIN §9 (plain loops, not
 * the product's ladder), and withheld where the ladder does not give the sheet's GMV.
 */
import { checkOwnedUsers, DEFAULT_ASSUMPTIONS, JOIN_RATE_STEP, OwnedUsersInput } from "../../../src/core";
import { simulate } from "../../support/ladder-simulation";

const start = [1_000_000, 100_000, 10_000, 5_000, 1_000];
const reach = [1_100_000, 1_100_000, 1_000_000, 1_100_000, 1_200_000, 1_400_000, 1_100_000, 1_100_000, 1_100_000, 1_100_000, 1_500_000, 1_200_000];
const firstBuyers = reach.map((r) => r / 100);
const aov = 200;
/** The rates by key, as the simulation reads them: the template's values. */
const keyed: Record<string, number> = {
  aware_to_interest: DEFAULT_ASSUMPTIONS.awareToInterest,
  aware_forget: DEFAULT_ASSUMPTIONS.awareForget,
  interest_to_buy: DEFAULT_ASSUMPTIONS.interestToBuy,
  interest_forget: DEFAULT_ASSUMPTIONS.interestForget,
  new_repeat: DEFAULT_ASSUMPTIONS.newRepeat,
  new_lapse: DEFAULT_ASSUMPTIONS.newLapse,
  returning_order_rate: DEFAULT_ASSUMPTIONS.returningOrderRate,
  returning_to_loyal: DEFAULT_ASSUMPTIONS.returningToLoyal,
  returning_lapse: DEFAULT_ASSUMPTIONS.returningLapse,
  loyal_order_multiple: DEFAULT_ASSUMPTIONS.loyalOrderMultiple,
  loyal_lapse: DEFAULT_ASSUMPTIONS.loyalLapse,
  first_order_spill: DEFAULT_ASSUMPTIONS.firstOrderSpill,
  repeat_order_spill: DEFAULT_ASSUMPTIONS.repeatOrderSpill,
  loyal_order_spill: DEFAULT_ASSUMPTIONS.loyalOrderSpill,
};
/** The year's GMV in cents by the simulation, each month to the cent as the sheet shows it. */
const simulatedCents = (k: Record<string, number>) => simulate(start, reach, firstBuyers, aov, k).reduce((cents, m) => cents + Math.round(m.gmv * 100), 0);
const sheetGmv = simulatedCents(keyed) / 100;

function input(sheet: Partial<OwnedUsersInput["sheet"]> = {}, assumptions = { ...DEFAULT_ASSUMPTIONS }): OwnedUsersInput {
  const [aware, interested, newCustomers, returning, loyal] = start;
  return { start: { aware, interested, newCustomers, returning, loyal }, reach, firstBuyers, aov, assumptions, sheet: { gmv: sheetGmv, loyalShare: 0.07, peopleSpend: 900_000, ...sheet } };
}

describe("checkOwnedUsers (minefield 6)", () => {
  it("is clear where loyal customers bring GMV and the group-chat line has a budget; watch without that budget; risk without loyal GMV", () => {
    expect(checkOwnedUsers(input()).status).toBe("clear");
    expect(checkOwnedUsers(input({ peopleSpend: 0 })).status).toBe("watch");
    expect(checkOwnedUsers(input({ loyalShare: 0 })).status).toBe("risk");
    expect(checkOwnedUsers(input({ loyalShare: 0, peopleSpend: 0 })).status).toBe("risk");
  });

  it("prices one more point of group-chat join as the simulation of DOMAIN §9 does, to the cent", () => {
    const check = checkOwnedUsers(input());
    expect(check.joinRate).toBe(keyed.returning_to_loyal);
    expect(check.raisedJoinRate).toBeCloseTo(keyed.returning_to_loyal + JOIN_RATE_STEP, 12);
    const raised = simulatedCents({ ...keyed, returning_to_loyal: check.raisedJoinRate });
    expect(Math.round(check.addedGmv! * 100)).toBe(raised - simulatedCents(keyed));
    expect(check.addedGmv!).toBeGreaterThan(0);
    expect(check.ladderGmv).toBe(sheetGmv);
  });

  it("offers no added GMV where the ladder does not give the sheet's GMV to the cent, and says so", () => {
    const check = checkOwnedUsers(input({ gmv: sheetGmv + 0.01 }));
    expect(check.addedGmv).toBeUndefined();
    expect(check.summary.en).toContain("not the sheet's");
    expect(check.summary.zh).toContain("不一致");
  });

  it("a workbook with no people and no reach has GMV 0: the added GMV is 0 (+0%), never +NaN%", () => {
    const none = { aware: 0, interested: 0, newCustomers: 0, returning: 0, loyal: 0 };
    const zeros = reach.map(() => 0);
    const check = checkOwnedUsers({ ...input({ gmv: 0, loyalShare: 0 }), start: none, reach: zeros, firstBuyers: zeros });
    expect(check.status).toBe("risk");
    expect(check.addedGmv).toBe(0);
    for (const text of [check.summary.en, check.summary.zh]) {
      expect(text).not.toMatch(/NaN|Infinity/);
      expect(text).toContain("+0%");
    }
  });

  it("stops the raise where returning_lapse leaves no room (κ + χR ≤ 1), adding nothing", () => {
    const assumptions = { ...DEFAULT_ASSUMPTIONS, returningToLoyal: 0.3, returningLapse: 0.7 };
    const gmv = simulatedCents({ ...keyed, returning_to_loyal: 0.3, returning_lapse: 0.7 }) / 100;
    const check = checkOwnedUsers(input({ gmv }, assumptions));
    expect(check.raisedJoinRate).toBe(0.3);
    expect(check.addedGmv).toBe(0);
    expect(check.summary.en).toContain("cannot be raised");
    // Room for less than a point: raised to where κ + χR is 1, and no further.
    const narrow = { ...assumptions, returningToLoyal: 0.295 };
    const partial = checkOwnedUsers(input({ gmv: checkOwnedUsers(input({ gmv: 0 }, narrow)).ladderGmv }, narrow));
    expect(partial.raisedJoinRate + 0.7).toBeLessThanOrEqual(1);
    expect(partial.raisedJoinRate).toBeGreaterThan(0.295);
    expect(partial.addedGmv!).toBeGreaterThan(0);
  });

  it("cites the 5.1× fact and the figures in both languages", () => {
    const check = checkOwnedUsers(input());
    for (const text of [check.summary.en, check.summary.zh]) {
      expect(text).toContain("5.1");
      expect(text).toContain("7%");
      expect(text).toMatch(/5%.*6%/);
    }
    expect(check.summary.en).toContain("Fact [004]");
    expect(check.summary.zh).toContain("事实 [004]");
    expect(check.summary.zh).toMatch(/群聊/);
  });
});
