/* Minefield 2 with an elasticity band (CPMFIT's interval on the planner's own months). */
import fc from "fast-check";
import { budgetCap, checkBudgetStep, DEFAULT_ASSUMPTIONS, marginalCpa, withinCap } from "../../../src/core";

const growth = { baseCpm: 80, baseCpa: 30, targetCpa: 60 };
const band = { low: 0.3, high: 0.45, confidence: 0.9 };
const capAt = (e: number) => budgetCap(60, 30, { ...DEFAULT_ASSUMPTIONS, cpmElasticity: e });
const optimistic = () => capAt(band.low);

describe("checkBudgetStep with an elasticity band", () => {
  const pessimistic = capAt(0.45);
  const optimistic = capAt(0.3);

  it("prices the cap at both ends: the high elasticity is the lower (pessimistic) cap", () => {
    expect(pessimistic).toBeLessThan(optimistic);
    const check = checkBudgetStep({ thisMonth: 300_000, proposed: 350_000, ...growth, elasticityBand: band });
    expect(check.capBand).toEqual({ pessimistic, optimistic });
    // Each end is a cap of its own curve: the next conversion there costs no more than the target.
    expect(marginalCpa(pessimistic, 30, { ...DEFAULT_ASSUMPTIONS, cpmElasticity: 0.45 })).toBeLessThanOrEqual(60);
    expect(marginalCpa(optimistic, 30, { ...DEFAULT_ASSUMPTIONS, cpmElasticity: 0.3 })).toBeLessThanOrEqual(60);
  });

  it("is clear under the pessimistic cap, watch inside the band, risk past the optimistic cap — quoting the figures", () => {
    const at = (proposed: number) => checkBudgetStep({ thisMonth: Math.min(proposed, 300_000), proposed, ...growth, elasticityBand: band });
    const below = at(Math.floor(pessimistic) - 1);
    const planningCap = budgetCap(60, 30);
    expect(pessimistic).toBeLessThan(planningCap);
    const inside = at((pessimistic + planningCap) / 2);
    const past = at(Math.ceil(optimistic) + 1);
    expect([below.status, inside.status, past.status]).toEqual(["clear", "watch", "risk"]);
    expect(inside.reasons.map((r) => r.kind)).toEqual(["pastPessimistic"]);
    expect(inside.verdict.en).toMatch(/Watch: it is within the budget cap but past the pessimistic cap of your CPM history, [\d,]+: safe only if/);
    const figures = (n: number) => Math.round(n).toLocaleString("en-US");
    for (const check of [below, inside, past]) {
      expect(check.verdict.en).toContain("between 0.300 and 0.450 (90% interval)");
      expect(check.verdict.en).toContain(figures(pessimistic));
      expect(check.verdict.en).toContain(figures(optimistic));
      expect(check.verdict.zh).toContain("0.300 到 0.450");
    }
    expect(below.verdict.en).toMatch(/Clear: within the budget cap and under the pessimistic cap of your CPM history, and the step is priced within our thresholds\.$/);
    expect(past.verdict.zh).toMatch(/风险/);
  });

  it("moves the right way as the band widens: the pessimistic cap falls and the optimistic cap rises", () => {
    const caps = [0.02, 0.05, 0.1].map((half) => checkBudgetStep({ thisMonth: 300_000, proposed: 400_000, ...growth, elasticityBand: { low: 0.37 - half, high: 0.37 + half } }).capBand!);
    for (let i = 1; i < caps.length; i++) {
      expect(caps[i].pessimistic!).toBeLessThan(caps[i - 1].pessimistic!);
      expect(caps[i].optimistic!).toBeGreaterThan(caps[i - 1].optimistic!);
    }
  });

  it("never says clear when the months cannot bound the pessimistic end (an elasticity of 1 or more)", () => {
    const check = checkBudgetStep({ thisMonth: 100_000, proposed: 120_000, ...growth, elasticityBand: { low: 0.2, high: 1.3 } });
    expect(check.capBand!.pessimistic).toBeUndefined();
    expect(check.status).toBe("watch");
    expect(check.verdict.en).toContain("not bounded by your months");
    expect(check.verdict.zh).toContain("无法由历史数据确定");
  });

  it("never says risk from the band when the optimistic end bounds nothing (a negative elasticity)", () => {
    const check = checkBudgetStep({ thisMonth: 300_000, proposed: 320_000, ...growth, elasticityBand: { low: -0.2, high: 0.4 } });
    expect(check.capBand!.optimistic).toBeUndefined();
    expect(check.status).not.toBe("risk");
  });

  it("is the point verdict, as before, without a band or without a CPA", () => {
    const point = checkBudgetStep({ thisMonth: 300_000, proposed: 600_000, ...growth });
    expect(point.capBand).toBeUndefined();
    expect(point.verdict.en).toContain("Risk: 600,000 is over the budget cap of 547,756 (the sheet's vs cap says Over cap).");
    const noCpa = checkBudgetStep({ thisMonth: 200_000, proposed: 500_000, elasticityBand: band });
    expect(noCpa.capBand).toBeUndefined();
  });
});

describe("the band can only make the sheet's verdict stricter, and the verdict names the reason", () => {
  it("is risk inside the band when the proposal is over the planning cap (the sheet says Over cap), not watch", () => {
    const planningCap = budgetCap(60, 30);
    const proposed = Math.ceil(planningCap) + 1;
    expect(proposed).toBeLessThan(optimistic());
    const check = checkBudgetStep({ thisMonth: 500_000, proposed, ...growth, elasticityBand: band });
    expect(check.status).toBe("risk");
    expect(check.reasons.map((r) => r.kind)).toEqual(["overCap"]);
    expect(check.verdict.en).not.toMatch(/ or |—/);
  });

  it("never milder than the sheet: over the planning cap is risk, whatever the band and the figures computed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 0.05, max: 0.6, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), (thisMonth, proposed, low, width) => {
        const check = checkBudgetStep({ thisMonth, proposed, ...growth, elasticityBand: { low, high: low + width } });
        const sheetSays = withinCap(proposed, budgetCap(60, 30));
        if (!sheetSays) expect(check.status).toBe("risk");
        expect(check.reasons.length > 0 || check.status === "clear").toBe(true);
      }),
    );
  });

  it("judges by the sheet's own vs cap and cap where it has them", () => {
    const check = checkBudgetStep({ thisMonth: 500_000, proposed: 550_000, ...growth, computed: { budgetCap: 600_000, withinCap: false } });
    expect(check.status).toBe("risk");
    expect(check.verdict.en).toContain("over the budget cap of 600,000");
  });
});

describe("a step of zero and a cut have their own words", () => {
  it("says the budget stays, without pricing extra impressions, for 300,000 → 300,000", () => {
    const check = checkBudgetStep({ thisMonth: 300_000, proposed: 300_000, ...growth });
    expect(check.verdict.en).toMatch(/^The budget stays at 300,000: no step; there the next thousand impressions cost [\d.]+\./);
    expect(check.verdict.en).not.toContain("extra impressions");
    expect(check.verdict.zh).toContain("预算保持 300,000 不变");
    expect(check.status).toBe("clear");
  });

  it("says a cut gives impressions up, and judges the lower budget by the cap", () => {
    const check = checkBudgetStep({ thisMonth: 600_000, proposed: 550_000, ...growth });
    expect(check.verdict.en).toMatch(/^Cutting from 600,000 to 550,000: the impressions given up cost/);
    expect(check.verdict.en).not.toContain("extra impressions");
    expect(check.verdict.zh).toMatch(/^从 600,000 削减到 550,000/);
    expect(check.status).toBe("risk"); // 550,000 is still over the 547,756 cap
    expect(checkBudgetStep({ thisMonth: 500_000, proposed: 300_000, ...growth }).status).toBe("clear");
  });
});

describe("checkBudgetStep with figures that cannot price a cap", () => {
  it("never says the step stays within a cap it did not compute", () => {
    for (const baseCpa of [undefined, 0, -30]) {
      const check = checkBudgetStep({ thisMonth: 300_000, proposed: 320_000, baseCpm: 80, baseCpa, targetCpa: 60 });
      expect(check.budgetCap).toBeUndefined();
      expect(check.verdict.en).not.toContain("within the cap");
      expect(check.verdict.en).toContain("enter a base CPA and a target CPA");
      expect(check.verdict.zh).toContain("目标 CPA");
    }
  });

  it("reads a base CPM of 0 as an index, never NaN", () => {
    const check = checkBudgetStep({ thisMonth: 300_000, proposed: 320_000, baseCpm: 0 });
    expect(check.verdict.en).not.toMatch(/NaN|Infinity/);
    expect(check.verdict.en).toContain("(index)");
    expect(Number.isFinite(check.averageCpmNow)).toBe(true);
  });

  it("refuses a target CPA of 0 as the functions do, instead of calling every budget a risk", () => {
    const check = checkBudgetStep({ thisMonth: 300_000, proposed: 320_000, baseCpm: 80, baseCpa: 30, targetCpa: 0 });
    expect(check.budgetCap).toBeUndefined();
    expect(check.status).not.toBe("risk");
  });
});
