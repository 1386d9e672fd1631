import { checkBudgetStep, checkNotes, cpmCurvePoints, MINEFIELDS, reportTable } from "../../../src/core";

const e = Math.log(1.4) / Math.log(2.5);

describe("MINEFIELDS", () => {
  it("lists the article's three first, then the four others, each in both languages", () => {
    expect(MINEFIELDS.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(MINEFIELDS.slice(0, 3).map((m) => m.kind)).toEqual(["closedLoop", "budgetStep", "notes"]);
    for (const m of MINEFIELDS) {
      for (const text of [m.title, m.trap, m.question]) {
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("quotes DOMAIN §4's figures", () => {
    const all = MINEFIELDS.map((m) => m.trap.en).join(" ");
    for (const figure of ["15%", "200,000", "500,000", "40%", "5%", "5.1×", "14×", "47 minutes", "75%", "17×"]) expect(all).toContain(figure);
  });
});

describe("checkBudgetStep (minefield 2)", () => {
  const growth = { baseCpm: 80, baseCpa: 30, targetCpa: 60 };

  it("is risk past the cap, with the numbers", () => {
    const check = checkBudgetStep({ thisMonth: 300_000, proposed: 600_000, ...growth });
    expect(check.status).toBe("risk");
    expect(Math.round(check.budgetCap!)).toBe(547_756);
    expect(check.marginalCpaProposed!).toBeGreaterThan(60);
    expect(check.verdict.en).toContain("547,756");
    expect(check.verdict.en).toMatch(/^Going from 300,000 to 600,000/);
    expect(check.verdict.zh).toContain("风险");
  });

  it("is watch within 10% below the cap, clear well below it", () => {
    expect(checkBudgetStep({ thisMonth: 450_000, proposed: 520_000, ...growth }).status).toBe("watch");
    expect(checkBudgetStep({ thisMonth: 300_000, proposed: 350_000, ...growth }).status).toBe("clear");
  });

  it("without CPA inputs judges the step by its incremental CPM: 200k → 500k is 1.91× (watch)", () => {
    const check = checkBudgetStep({ thisMonth: 200_000, proposed: 500_000 });
    expect(check.incrementalCpm).toBeCloseTo(21 / 11, 12);
    expect(check.status).toBe("watch");
    expect(check.budgetCap).toBeUndefined();
    expect(check.verdict.en).toContain("(index)");
    expect(checkBudgetStep({ thisMonth: 200_000, proposed: 220_000 }).status).toBe("clear");
  });

  it("prices in the user's CPM", () => {
    expect(checkBudgetStep({ thisMonth: 500_000, proposed: 500_000, baseCpm: 80 }).marginalCpmProposed).toBeCloseTo((80 * 1.4) / (1 - e), 9);
  });
});

describe("cpmCurvePoints", () => {
  it("gives rising average and marginal CPM, marginal above average", () => {
    const points = cpmCurvePoints(1_000_000, 80);
    expect(points).toHaveLength(40);
    expect(points[39].spend).toBe(1_000_000);
    points.forEach((p) => expect(p.marginal).toBeGreaterThanOrEqual(p.average));
  });
});

describe("checkNotes (minefield 3)", () => {
  const notes = [
    { name: "Morning", reads: 1000, engagements: 300, jumps: 40 },
    { name: "Skit", reads: 1000, engagements: 250, jumps: 2 },
    { name: "Deep-dive", reads: 1000, engagements: 20, jumps: 30 },
    { name: "Unboxing", reads: 1000, engagements: 10, jumps: 1 },
    { name: "Compare", reads: 1000, engagements: 50, jumps: 10 },
  ];

  it("lists hollow hot notes (risk) and hidden converters", () => {
    const check = checkNotes(notes);
    expect(check).toMatchObject({ status: "risk", hollowHot: ["Skit"], hiddenConverters: ["Deep-dive", "Compare"], graded: 5 });
    expect(check.summary.zh).toContain("无效爆文 1 篇");
  });

  it("is watch with only hidden converters, and unanswered with no notes", () => {
    expect(checkNotes(notes.filter((n) => n.name !== "Skit")).status).toBe("watch");
    expect(checkNotes([]).status).toBe("unanswered");
  });
});

describe("reportTable", () => {
  it("has a header and a row per minefield, with statuses, evidence and notes as given", () => {
    const table = reportTable({ 2: { status: "risk", note: "<b>cut</b>", checkedOn: "2026-11-22" } }, { 2: "cap 547,756" }, "en");
    expect(table[0]).toEqual(["Minefield", "Status", "Evidence (numbers)", "Note", "Checked on"]);
    expect(table).toHaveLength(8);
    expect(table[2]).toEqual(["2. More budget is not always better", "Risk", "cap 547,756", "<b>cut</b>", "2026-11-22"]);
    expect(table[1][1]).toBe("Not answered");
    expect(reportTable({}, {}, "zh")[0][0]).toBe("雷区");
  });
});
