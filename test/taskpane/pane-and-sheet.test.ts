/*
 * Issue 21: the task pane and the sheets never disagree. The pane is driven through its workbook
 * interface — the workbench's host on HyperFormula, computing the planner template with the
 * add-in's own functions — and every figure minefield 2 quotes is compared with the cell that holds
 * it: on the template, on workbooks whose Assumptions, budgets and inputs were edited, and on
 * random edits (a property test), refused values included.
 */
import fc from "fast-check";
import type { HyperFormula } from "hyperformula";
import { ASSUMPTION_TABLE, cpmCurvePoints, formatAmount, isDomainError, whatItTakes, withinCap } from "../../src/core";
import { budgetStep, stepEvidence } from "../../src/taskpane/budget-step";
import { readScenario } from "../../src/taskpane/scenario";
import { emptySheetState } from "../../src/taskpane/state";
import { UI } from "../../src/taskpane/ui-strings";
import { ASSUMPTIONS_RANGE } from "../../src/template/assumptions-sheet";
import {
  BAND_LABELS,
  BAND_LAYOUT,
  BUDGET_NOT_A_NUMBER,
  HISTORY_LAYOUT,
  HISTORY_SHEET,
  OVER_CAP,
  PLANNING_CAP_NOTE,
  plannerWorkbook,
  SCENARIO_LAYOUT as L,
  SCENARIOS,
  sheetAsRows,
  WITHIN_CAP,
} from "../../src/template/planner";
import { WorkbenchDocument, workbenchHost } from "../../src/workbench/workbench-host";
import { engine } from "../support/engine";

jest.setTimeout(120_000);

let hf: HyperFormula;
let doc: WorkbenchDocument;
const host = workbenchHost(() => doc, { changed: () => undefined }, () => "en");

beforeAll(async () => {
  hf = await engine(Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)])));
  doc = { hf, formats: {}, sheet: "Growth", selection: "B10" };
});
afterAll(() => hf.destroy());

/** The template as shipped, before each case edits it. */
const shipped = Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)]));
beforeEach(() => {
  for (const name of ["Assumptions", ...SCENARIOS.map((s) => s.name), HISTORY_SHEET]) hf.setSheetContent(hf.getSheetId(name)!, shipped[name] as never);
});

const address = (sheet: string, a1: string) => hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!;
const cell = (sheet: string, a1: string): unknown => {
  const value = hf.getCellValue(address(sheet, a1));
  return value !== null && typeof value === "object" ? (value as { value: string }).value : value;
};
const set = (sheet: string, a1: string, value: unknown) => hf.setCellContents(address(sheet, a1), [[value as never]]);
/** A scratch cell computing `formula` on the scenario's sheet: the workbook's own answer to a figure no template cell holds. */
const computed = (sheet: string, formula: string): unknown => {
  set(sheet, "Z1", `=${formula}`);
  const value = cell(sheet, "Z1");
  set(sheet, "Z1", null);
  return value;
};
const close = (pane: number | undefined, sheet: unknown) => {
  expect(typeof sheet).toBe("number");
  expect(pane).toBeDefined();
  expect(Math.abs(pane! - (sheet as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sheet as number)));
};

/** What the pane shows for the step from month `m` to month m + 1 on `sheet`. */
async function pane(sheet: string, m: number) {
  doc.sheet = sheet;
  const scenario = await readScenario(host, sheet, { ...emptySheetState(), month: m });
  return { scenario, step: budgetStep(scenario)! };
}

const row = (m: number) => L.firstMonthRow + m;
const capCell = L.budgetCap;

/**
 * Every figure the pane quotes for a step, against the cell that holds it (or a cell computing it
 * with the same arguments, where the template has none): the cap that plans the year, the step's
 * prices, the proposed month's marginal CPA and verdict, the caps on the CPM history, What would it
 * take? and the chart's curves. Returns the sheet's verdict for the proposed month.
 */
async function expectPaneEqualsSheet(sheet: string, m: number): Promise<unknown> {
  const { scenario, step } = await pane(sheet, m);
  const verdict = cell(sheet, `I${row(m + 1)}`);
  const range = scenario.assumptions.range!;
  expect(range).toBe(ASSUMPTIONS_RANGE.replace(/\$/g, ""));
  if (verdict !== WITHIN_CAP && verdict !== OVER_CAP) {
    // The sheet has no verdict: nor does the pane, and it says which input or cell is why.
    expect(step.check).toBeUndefined();
    expect(step.problems.length).toBeGreaterThan(0);
    expect(stepEvidence(step, UI.en, "en")).toMatch(/^Not checked:/);
    return verdict;
  }
  const [now, next] = [`$B$${row(m)}`, `$B$${row(m + 1)}`];
  const incremental = computed(sheet, `RED.INCREMENTALCPM(${now},${next},$B$4,${range})`);
  if (typeof incremental !== "number") {
    // The step's price is an error in a cell (this month's budget refused, or no price on this
    // curve): the pane prices nothing either, and says why.
    expect(step.check).toBeUndefined();
    expect(step.problems.length).toBeGreaterThan(0);
    return incremental;
  }
  const check = step.check!;
  expect(check).toBeDefined();
  // The sheet's vs cap and the core's withinCap are one rule, stated twice only because Excel needs it as a formula.
  expect(withinCap(cell(sheet, `B${row(m + 1)}`) as number, cell(sheet, capCell) as number)).toBe(verdict === WITHIN_CAP);
  close(check.budgetCap, cell(sheet, capCell));
  close(check.averageCpmNow, cell(sheet, `E${row(m)}`));
  close(check.marginalCpmNow, cell(sheet, `F${row(m)}`));
  close(check.marginalCpmProposed, cell(sheet, `F${row(m + 1)}`));
  close(check.marginalCpaProposed, cell(sheet, `H${row(m + 1)}`));
  close(check.incrementalCpm, incremental);
  // One rule: over the sheet's cap is risk; the pane's own reasons only ever add to a within.
  if (verdict === OVER_CAP) {
    expect(check.status).toBe("risk");
    expect(check.reasons.map((r) => r.kind)).toContain("overCap");
  } else expect(check.reasons.map((r) => r.kind)).not.toContain("overCap");
  expect(check.status === "clear" || check.reasons.length > 0).toBe(true);
  expect(check.verdict.en).toContain(formatAmount(cell(sheet, capCell) as number));
  // The caps on the CPM history: the sheet's own cells.
  const [pessimistic, optimistic] = [BAND_LAYOUT.pessimistic[1], BAND_LAYOUT.optimistic[1]].map((a1) => cell(sheet, a1));
  if (typeof pessimistic === "number") close(check.capBand?.pessimistic, pessimistic);
  if (typeof optimistic === "number") close(check.capBand?.optimistic, optimistic);
  // What would it take? at the target CPA, and its response curve: REQUIREDBUDGET and SWEEP over the same table.
  const a = step.assumptions;
  const takes = whatItTakes({ baseCpa: scenario.baseCpa!, target: scenario.targetCpa!, kind: "marginal-cpa", thisMonth: scenario.thisMonth, proposed: scenario.proposed, cap: check.budgetCap }, a, 4);
  const required = computed(sheet, `INDEX(RED.REQUIREDBUDGET($B$6,"scenario",$B$5,,,,,${range},"marginal-cpa"),2,2)`);
  if (isDomainError(takes.required)) expect(typeof required).toBe("string");
  else close(takes.required.budget, required);
  const point = takes.curve[1];
  close(point.conversions, computed(sheet, `INDEX(RED.SWEEP(${point.budget},"scenario",$B$5,,,,,${range}),1,2)`));
  close(point.marginalCpa, computed(sheet, `INDEX(RED.SWEEP(${point.budget},"scenario",$B$5,,,,,${range}),1,4)`));
  // The chart's average and marginal CPM curves.
  const curve = cpmCurvePoints(1_000_000, scenario.baseCpm ?? 1, a, 4);
  close(curve[1].average, computed(sheet, `RED.AVGCPM(${curve[1].spend},$B$4,${range})`));
  close(curve[3].marginal, computed(sheet, `RED.MARGINALCPM(${curve[3].spend},$B$4,${range})`));
  return verdict;
}

describe("the pane quotes the cells' own figures", () => {
  it("README, which cells each minefield reads (minefield 2): on the shipped template, every step of every scenario quotes the sheet's own cells", async () => {
    for (const scenario of SCENARIOS) for (let m = 0; m < L.months - 1; m++) await expectPaneEqualsSheet(scenario.name, m);
  });

  it("on a workbook whose Assumptions were edited (cpm_elasticity 0.5, ref_spend 300,000), after a refresh", async () => {
    set("Assumptions", "B3", 0.5);
    const cap = cell("Growth", capCell) as number;
    expect(Math.round(cap)).toBe(250_845);
    const verdicts = [];
    for (let m = 0; m < L.months - 1; m++) verdicts.push(await expectPaneEqualsSheet("Growth", m));
    expect(verdicts.every((v) => v === OVER_CAP)).toBe(true);
    const { step } = await pane("Growth", 6);
    expect(step.check!.status).toBe("risk");
    expect(step.check!.verdict.en).toContain("250,845");
    expect(step.check!.verdict.en).not.toContain("547,756");
    set("Assumptions", "B2", 300_000);
    expect(Math.round(cell("Growth", capCell) as number)).toBe(376_267);
    for (let m = 0; m < L.months - 1; m++) await expectPaneEqualsSheet("Growth", m);
  });

  it("a budget cap typed over as a number: the pane still reads the table the month cells read, and quotes their prices (found by an outside probe)", async () => {
    set("Assumptions", "B3", 0.5);
    set("Growth", capCell, 600_000);
    for (let m = 0; m < L.months - 1; m++) await expectPaneEqualsSheet("Growth", m);
    const { scenario, step } = await pane("Growth", 3);
    expect(scenario.assumptions.read).toEqual(expect.objectContaining({ cpmElasticity: 0.5 }));
    expect(stepEvidence(step, UI.en, "en")).not.toContain("the functions' defaults");
  });

  it("README, the assumptions the scenario's formulas read: says so when the assumptions table is refused (cpm_elasticity 1.5: every RED cell #VALUE!), and never says Clear", async () => {
    set("Assumptions", "B3", 1.5);
    expect(cell("Growth", capCell)).toBe("#VALUE!");
    const { step } = await pane("Growth", 0);
    expect(step.check).toBeUndefined();
    expect(step.problems).toEqual([expect.objectContaining({ kind: "assumptions", range: "Assumptions!A1:B22" })]);
    expect(stepEvidence(step, UI.en, "en")).toMatch(/^Not checked: .*The assumptions table Assumptions!A1:B22 that this scenario's formulas read is refused.*cpm_elasticity = 1\.5/);
    expect(stepEvidence(step, UI.zh, "zh")).toContain("假设表 Assumptions!A1:B22 不被接受");
  });

  it("Jul → Aug and Oct → Nov are over the cap on the sheet, and risk in the pane, naming that reason", async () => {
    for (const m of [6, 9]) {
      expect(await expectPaneEqualsSheet("Growth", m)).toBe(OVER_CAP);
      const { step } = await pane("Growth", m);
      expect(step.check!.status).toBe("risk");
      expect(step.check!.verdict.en).toMatch(/Risk: [\d,]+ is over the budget cap of 547,756 \(the sheet's vs cap says Over cap\)\.$/);
      expect(step.check!.verdict.en).not.toMatch(/ — or |, or the extra/);
    }
  });

  it("a proposed budget shown as the cap (within a cent's residue of it, either side) gets the same verdict on the sheet and in the pane", async () => {
    for (const residue of ["+0.004", "-0.004", "+0.005", "", "+0.01", "-0.01"]) {
      set("Growth", `B${row(1)}`, `=${capCell}${residue}`);
      const verdict = await expectPaneEqualsSheet("Growth", 0);
      expect([residue, verdict]).toEqual([residue, residue === "+0.005" || residue === "+0.01" ? OVER_CAP : WITHIN_CAP]);
    }
  });

  it("a column inserted in the month table or before it: the pane reads each cell where the Summary does, by its header, the inputs in the budget column", async () => {
    hf.addColumns(hf.getSheetId("Growth")!, [2, 1]); // inside the table, after Budget
    let { scenario, step } = await pane("Growth", 6);
    expect(scenario.computed!.marginalCpaProposed.address).toBe(`Growth!I${row(7)}`);
    expect(scenario.computed!.capCheck.value).toBe(cell("Growth", `J${row(7)}`));
    expect(step.check!.status).toBe("risk"); // Jul → Aug is over the cap, as on the template
    // Removed again as inserted, so the formulas elsewhere that point at Growth (the Summary) move back too.
    hf.removeColumns(hf.getSheetId("Growth")!, [2, 1]);
    hf.addColumns(hf.getSheetId("Growth")!, [1, 1]); // before Budget: the inputs move with it
    ({ scenario, step } = await pane("Growth", 6));
    expect(scenario.where.baseCpa).toBe("Growth!C5");
    expect(scenario.baseCpa).toBe(30);
    expect(scenario.computed!.budgetCap.address).toBe("Growth!C7");
    expect(step.check!.budgetCap).toBe(cell("Growth", "C7"));
    hf.removeColumns(hf.getSheetId("Growth")!, [1, 1]);
  });

  it("README, a budget held level and a cut have their own words", async () => {
    const hold = (await pane("Growth", 0)).step.check!; // Jan → Feb: 300,000 → 300,000
    expect(hold.verdict.en).toMatch(/^The budget stays at 300,000: no step;/);
    expect(hold.verdict.en).not.toContain("extra impressions");
    const cut = (await pane("Growth", 7)).step.check!; // Aug → Sep: 550,000 → 500,000
    expect(cut.verdict.en).toMatch(/^Cutting from 550,000 to 500,000: the impressions given up cost/);
  });

  it("README, a verdict only from inputs that are there: a budget typed as 35万 or TBD, a blank target CPA, a negative budget: no verdict, and which input", async () => {
    const said = async (m: number) => stepEvidence((await pane("Growth", m)).step, UI.en, "en");
    for (const [typed, why] of [
      ["35万", `"35万" is text. The RED functions read it as 350,000, but the sheet's year total and vs cap count only numbers: type it as the number 350,000\\.`],
      ["TBD", `"TBD" is not a number\\.`],
    ]) {
      set("Growth", "B17", typed);
      expect(cell("Growth", "I17")).toBe(BUDGET_NOT_A_NUMBER);
      expect(await said(6)).toMatch(new RegExp(`^Not checked: .*Next month's proposed budget, Growth!B17: ${why}`));
      expect(await said(7)).toMatch(/This month's budget, Growth!B17:/);
      expect((await pane("Growth", 6)).step.check).toBeUndefined();
    }
    set("Growth", "B17", -5);
    expect(await said(6)).toMatch(/Next month's proposed budget, Growth!B17: -5 is negative/);
    set("Growth", "B17", 550_000);
    set("Growth", "B6", null);
    expect(await said(3)).toMatch(/^Not checked: .*Target marginal CPA \(Growth!B6\) is missing\./);
    const { step } = await pane("Growth", 3);
    expect(step.check).toBeUndefined();
  });

  it("README, a fit that fails is said aloud: a CPM-history fit that fails leaves the band out aloud, and the planning cap's verdict stands", async () => {
    for (let i = 2; i < HISTORY_LAYOUT.monthRows; i++) set(HISTORY_SHEET, `B${HISTORY_LAYOUT.firstMonthRow + i}`, null);
    const { step } = await pane("Growth", 6);
    expect(step.bandFailed).toBe("#NUM!");
    expect(step.check!.capBand).toBeUndefined();
    expect(step.check!.status).toBe("risk");
    expect(stepEvidence(step, UI.en, "en")).toContain("Your CPM history's fit shows #NUM!, so the band of caps is left out");
    await expectPaneEqualsSheet("Growth", 6);
  });

  it("README, which cap plans the year: the sheet says which cap plans the year, and the pane and the Summary use that one; the fitted cap is context", async () => {
    expect(cell("Growth", "C7")).toBe(PLANNING_CAP_NOTE);
    expect(cell("Growth", BAND_LAYOUT.title)).toBe(BAND_LABELS.title);
    const planning = cell("Growth", capCell) as number;
    const fitted = cell("Growth", BAND_LAYOUT.fitted[1]) as number;
    expect(Math.round(planning)).not.toBe(Math.round(fitted));
    expect(cell("Summary", "G5")).toBe(planning);
    const { step } = await pane("Growth", 4);
    expect(step.check!.budgetCap).toBe(planning);
    expect(step.check!.verdict.en).toContain(`the budget cap that plans the year is ${formatAmount(planning)}`);
  });
});

describe("property: random assumptions (refused ones included) and budgets — the pane quotes the cells or gives no verdict where they have none", () => {
  const value = (accepted: fc.Arbitrary<unknown>, refused: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: accepted }, { weight: 1, arbitrary: refused });
  // In thousandths: HyperFormula hands back NaN for a value as small as 1e-300 (the workbench's
  // engine, not Excel), which fast-check's doubles reach.
  const thousandths = (min: number, max: number) => fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000);
  const assumptions = fc.record({
    ref_spend: value(fc.integer({ min: 50_000, max: 800_000 }), fc.constantFrom(0, -1, "TBD")),
    cpm_elasticity: value(thousandths(0.1, 0.9), fc.constantFrom(1, 1.5, -0.2)),
    cvr_elasticity: value(thousandths(-0.2, 0.09), fc.constantFrom(-1.2, 1)),
    floor_spend: value(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(-5)),
    spill_growth: value(thousandths(0, 1), fc.constantFrom(1.2)),
  });
  const budget = value(fc.integer({ min: 0, max: 1_500_000 }), fc.constantFrom("35万", "TBD", -10, null));

  it("holds on every figure the pane quotes", async () => {
    await fc.assert(
      fc.asyncProperty(assumptions, fc.array(budget, { minLength: 12, maxLength: 12 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom(50, 60, 90, null), async (table, budgets, m, target) => {
        for (const [key, v] of Object.entries(table)) set("Assumptions", `B${ASSUMPTION_TABLE.findIndex((a) => a.key === key) + 2}`, v);
        budgets.forEach((b, i) => set("Growth", `B${row(i)}`, b));
        set("Growth", "B6", target);
        await expectPaneEqualsSheet("Growth", m);
        const { step } = await pane("Growth", m);
        // Never a green Clear over an input the sheet cannot use.
        if (step.problems.length > 0) expect(step.check).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});
