/*
 * A scenario sheet and its layout: the inputs, twelve months of budget with the split, CPMs, CPA
 * and cap check, and the band of budget caps over the CPM history sheet; and the three example
 * scenarios the template ships. The task pane finds the inputs and months by the labels here.
 */
import { stagePlan } from "../core/pane/playbook";
import { ASSUMPTIONS_RANGE } from "./assumptions-sheet";
import { HISTORY_LAYOUT, HISTORY_SHEET } from "./history-sheet";
import { abs, columnLetter, FORMATS, INPUTS_NOTE, MONTHS, parseA1, TOTAL_LABEL } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";
import { BAND_LABELS, BAND_LAYOUT, BUDGET_NOT_A_NUMBER, CAP_BY_MONTH_HEADER, CAP_INPUT_MISSING, INPUT_MISSING, OVER_CAP, SCENARIO_HEADERS, SCENARIO_LABELS, SCENARIO_LAYOUT, scenarioColumn, ScenarioInputs, WITHIN_CAP } from "./scenario-labels";
import { budgetTotal, conversionsColumn, monthTotal } from "./scenario-totals";

/** Beside the budget cap: which of the scenario's caps plans the year (issue 21 item 6). */
export const PLANNING_CAP_NOTE =
  "← Plans the year: vs cap, the Summary and the task pane use this cap (from the Assumptions sheet); the caps on your CPM history (D3:G6) are context. ← 全年按此上限规划：对比上限、汇总表与任务窗格都用它（取自 Assumptions 表）；按历史 CPM 的上限（D3:G6）仅供参考。";

/** The cells the planning note wraps across, beside the budget cap (three lines tall). */
const PLANNING_NOTE_RANGE = "C7:I7";

/**
 * A scenario's title from its stage cell, in English and Chinese ("Scenario 情景 · Stage: growth 阶段：成长期"):
 * the stage's name is the first line of the playbook STAGEPLAN spills in each language below the
 * year, so the title follows the stage typed, in any spelling, and never keeps an old one.
 */
export function scenarioTitle(playbook: { en: string; zh: string }): string {
  return `"Scenario 情景 · "&${abs(playbook.en)}&"  "&${abs(playbook.zh)}`;
}

/** The most lines STAGEPLAN spills for any stage, in either language: the playbooks' room below the year. */
export const PLAYBOOK_LINES = Math.max(...[1, 2, 3].flatMap((stage) => (["en", "zh"] as const).map((lang) => stagePlan(stage, lang).length)));

/** The heading above a scenario's playbook. */
export const PLAYBOOK_TITLE = "Playbook for this stage (from STAGEPLAN) 本阶段打法（来自 STAGEPLAN）";

/**
 * One scenario sheet: inputs, twelve months of budget with the split, CPMs, CPA and cap check, and —
 * where the workbook has a CPM history sheet — the budget cap at the two ends and the middle of the
 * elasticity interval fitted there (a formula pointing at a missing sheet would not stay a formula).
 */
export function scenarioSheet(input: ScenarioInputs, options: { history?: boolean } = {}): SheetDefinition {
  const L = SCENARIO_LAYOUT;
  const A = ASSUMPTIONS_RANGE;
  const cells: Record<string, CellDefinition> = {
    A1: { formula: scenarioTitle(L.playbook), style: "title" },
    A2: { value: INPUTS_NOTE, style: "subtitle" },
    A3: { value: SCENARIO_LABELS.stage, style: "label" },
    [L.stage]: { value: input.stage, style: "input" },
    A4: { value: SCENARIO_LABELS.baseCpm, style: "label" },
    [L.baseCpm]: { value: input.baseCpm, style: "input", format: FORMATS.price },
    A5: { value: SCENARIO_LABELS.baseCpa, style: "label" },
    [L.baseCpa]: { value: input.baseCpa, style: "input", format: FORMATS.price },
    A6: { value: SCENARIO_LABELS.targetCpa, style: "label" },
    [L.targetCpa]: { value: input.targetCpa, style: "input", format: FORMATS.price },
    A7: { value: SCENARIO_LABELS.budgetCap, style: "label" },
    [L.budgetCap]: { formula: `RED.BUDGETCAP(${abs(L.targetCpa)},${abs(L.baseCpa)},${A})`, style: "output", format: FORMATS.money },
    [PLANNING_NOTE_RANGE.split(":")[0]]: { value: PLANNING_CAP_NOTE, style: "note" },
  };
  if (options.history ?? true) {
    const band = HISTORY_LAYOUT.bandTables;
    cells[BAND_LAYOUT.title] = { value: BAND_LABELS.title, style: "label" };
    for (const end of ["pessimistic", "fitted", "optimistic"] as const) {
      const [label, value] = BAND_LAYOUT[end];
      const table = band[end === "pessimistic" ? "high" : end === "optimistic" ? "low" : "fitted"];
      cells[label] = { value: BAND_LABELS[end], style: "label" };
      cells[value] = { formula: `RED.BUDGETCAP(${abs(L.targetCpa)},${abs(L.baseCpa)},'${HISTORY_SHEET}'!${table})`, style: "output", format: FORMATS.money };
    }
  }
  SCENARIO_HEADERS.forEach((header, c) => (cells[`${columnLetter(c)}${L.headerRow}`] = { value: header, style: "header" }));
  cells[`${L.capColumn}${L.headerRow}`] = { value: CAP_BY_MONTH_HEADER, style: "header" };
  // A month-table cell by its column's name in SCENARIO_LAYOUT.columns: the letters come from there.
  const at = (column: (typeof L.columns)[number], row: number) => `${scenarioColumn(column)}${row}`;
  for (let m = 0; m < L.months; m++) {
    const r = L.firstMonthRow + m;
    const budget = at("budget", r);
    cells[at("month", r)] = { value: MONTHS[m], style: "label" };
    cells[budget] = { value: input.budgets[m], style: "input", format: FORMATS.money };
    cells[at("spillover", r)] = { formula: `RED.SPILLSPLIT(${abs(L.stage)},${budget},"spillover",${A})`, format: FORMATS.money };
    cells[at("closedLoop", r)] = { formula: `RED.SPILLSPLIT(${abs(L.stage)},${budget},"closed-loop",${A})`, format: FORMATS.money };
    cells[at("avgCpm", r)] = { formula: `RED.AVGCPM(${budget},${abs(L.baseCpm)},${A})`, format: FORMATS.price };
    cells[at("marginalCpm", r)] = { formula: `RED.MARGINALCPM(${budget},${abs(L.baseCpm)},${A})`, format: FORMATS.price };
    cells[at("impressions", r)] = { formula: `RED.IMPRESSIONS(${budget},${abs(L.baseCpm)},${A})`, format: FORMATS.count };
    cells[at("marginalCpa", r)] = { formula: `RED.MARGINALCPA(${budget},${abs(L.baseCpa)},${A})`, format: FORMATS.price };
    cells[at("capCheck", r)] = { formula: capCheck(budget, at("marginalCpa", r), abs(L.budgetCap)) };
    // #N/A where there is no cap: a chart leaves a gap there rather than drawing the cap at zero.
    cells[`${L.capColumn}${r}`] = { formula: `IF(ISNUMBER(${abs(L.budgetCap)}),${abs(L.budgetCap)},NA())`, format: FORMATS.money };
  }
  const first = L.firstMonthRow;
  const last = L.firstMonthRow + L.months - 1;
  cells[at("month", L.totalRow)] = { value: TOTAL_LABEL, style: "total" };
  cells[at("budget", L.totalRow)] = { formula: budgetTotal(first), style: "total", format: FORMATS.money };
  for (const column of ["spillover", "closedLoop", "impressions"] as const) {
    const letter = scenarioColumn(column);
    cells[`${letter}${L.totalRow}`] = { formula: monthTotal(letter, first, INPUT_MISSING[column]), style: "total", format: column === "impressions" ? FORMATS.count : FORMATS.money };
  }
  Object.assign(cells, conversionsColumn({ baseCpa: parseA1(L.baseCpa).row + 1, firstMonth: first }, A));
  // Months over the cap, counted only when every month has a verdict: an error or a missing input
  // in any month is shown here rather than counted as within the cap.
  const checks = `${at("capCheck", first)}:${at("capCheck", last)}`;
  // Not counted over a year whose budget total is not a number: what that total says.
  const budgetTotalCell = at("budget", L.totalRow);
  cells[at("capCheck", L.totalRow)] = {
    formula: `IF(ISERROR(SUM(${checks})),SUM(${checks}),IF(NOT(ISNUMBER(${budgetTotalCell})),${budgetTotalCell},IF(COUNTIF(${checks},"${CAP_INPUT_MISSING}")>0,"${CAP_INPUT_MISSING}",COUNTIF(${checks},"${OVER_CAP}"))))`,
    style: "total",
    format: '0" over 超出"',
  };
  cells[`A${L.playbook.titleRow}`] = { value: PLAYBOOK_TITLE, style: "output" };
  cells[L.playbook.en] = { formula: `RED.STAGEPLAN(${abs(L.stage)},"en",${A})` };
  cells[L.playbook.zh] = { formula: `RED.STAGEPLAN(${abs(L.stage)},"zh",${A})` };
  if (parseA1(L.playbook.zh).row - parseA1(L.playbook.en).row <= PLAYBOOK_LINES) throw new Error("SCENARIO_LAYOUT.playbook: the English playbook would spill into the Chinese one");
  if (L.charts.firstRow <= parseA1(L.playbook.zh).row + PLAYBOOK_LINES) throw new Error("SCENARIO_LAYOUT.charts: the charts would cover the Chinese playbook");
  return {
    name: input.name,
    widths: [40, 16, 16, 16, 14, 16, 16, 16, 20, 14, 16],
    frozen: { rows: L.headerRow, columns: 1 }, cells,
    merges: [PLANNING_NOTE_RANGE],
    rowHeights: { [parseA1(L.budgetCap).row + 1]: 45 },
    // Down to the foot of the charts, below the playbook.
    printRows: L.charts.firstRow - 1 + 2 * L.charts.rows,
    // The charts on a page of their own, after the year and its playbook.
    pageBreaks: [L.charts.firstRow - 1],
  };
}

/**
 * A month's `vs cap`: the one rule that decides over or within the cap (the budget in cents ≤ the
 * cap is within, {@link withinCap} in the core: a budget shown as the cap is within it), and only over inputs that are there — a budget typed as text, a
 * month whose marginal CPA is an error (a negative budget, a refused assumptions table) or a
 * missing or failed cap gets that said, never a verdict. Blank budget, blank cell.
 */
function capCheck(budget: string, marginalCpa: string, cap: string): string {
  return (
    `IF(${budget}="","",IF(NOT(ISNUMBER(${budget})),"${BUDGET_NOT_A_NUMBER}",IF(ISERROR(${marginalCpa}),${marginalCpa},` +
    `IF(ISERROR(${cap}),${cap},IF(NOT(ISNUMBER(${cap})),"${CAP_INPUT_MISSING}",IF(ROUND(${budget},2)<=ROUND(${cap},2),"${WITHIN_CAP}","${OVER_CAP}"))))))`
  );
}

export const SCENARIOS: ScenarioInputs[] = [
  {
    name: "Cold start",
    stage: "cold-start",
    baseCpm: 60,
    baseCpa: 40,
    targetCpa: 70,
    budgets: [100_000, 100_000, 120_000, 120_000, 150_000, 150_000, 150_000, 180_000, 180_000, 200_000, 250_000, 200_000],
  },
  {
    name: "Growth",
    stage: "growth",
    baseCpm: 80,
    baseCpa: 30,
    targetCpa: 60,
    budgets: [300_000, 300_000, 350_000, 400_000, 450_000, 500_000, 500_000, 550_000, 500_000, 450_000, 600_000, 500_000],
  },
  {
    name: "Mature",
    stage: "mature",
    baseCpm: 90,
    baseCpa: 25,
    targetCpa: 55,
    budgets: [500_000, 500_000, 550_000, 600_000, 600_000, 650_000, 700_000, 700_000, 650_000, 600_000, 800_000, 700_000],
  },
];
