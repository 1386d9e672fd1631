/*
 * The planner workbook, defined once: the build script writes assets/spillsplit-planner.xlsx
 * from it, the workbook tests evaluate it in HyperFormula, and hosts can add a scenario sheet
 * from it. Every formula is a single cell (no spill), so the file opens the same in every Excel
 * that has the add-in, and each formula can be filled across months and copied between sheets.
 */
import { ASSUMPTION_TABLE } from "../core/assumptions";

import { ASSUMPTIONS_RANGE, assumptionRef, assumptionsSheet } from "./assumptions-sheet";
import { notesSheet } from "./notes-sheet";
import { abs, columnLetter, FORMATS, MONTHS } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

export { ASSUMPTIONS_RANGE, ASSUMPTIONS_SHEET, assumptionRef, assumptionsSheet } from "./assumptions-sheet";
export { EXAMPLE_NOTES, NOTES_SHEET, notesSheet } from "./notes-sheet";
export { columnLetter, FORMATS, parseA1, sheetAsRows } from "./sheet";
export type { CellDefinition, CellStyle, SheetDefinition } from "./sheet";

export interface ScenarioInputs {
  /** Sheet name. */
  name: string;
  /** Stage as typed in the stage cell. */
  stage: string;
  title: string;
  baseCpm: number;
  baseCpa: number;
  targetCpa: number;
  /** Twelve example monthly budgets. */
  budgets: number[];
}

/** Where a scenario sheet keeps its inputs and its month table. */
export const SCENARIO_LAYOUT = {
  stage: "B3",
  baseCpm: "B4",
  baseCpa: "B5",
  targetCpa: "B6",
  budgetCap: "B7",
  headerRow: 9,
  firstMonthRow: 10,
  months: 12,
  totalRow: 22,
  columns: ["month", "budget", "spillover", "closedLoop", "avgCpm", "marginalCpm", "impressions", "marginalCpa", "capCheck"] as const,
};

/** The labels in column A by which the task pane finds a scenario's inputs and months, wherever rows moved them. */
export const SCENARIO_LABELS = {
  stage: "Stage 阶段",
  baseCpm: "Base CPM at reference spend 参考预算下的 CPM",
  baseCpa: "Base CPA at reference spend 参考预算下的 CPA",
  targetCpa: "Target marginal CPA 目标边际 CPA",
  month: "Month 月份",
};

const HEADERS = [
  SCENARIO_LABELS.month,
  "Budget 预算",
  "Spillover 外溢",
  "Closed loop 闭环",
  "Avg CPM 平均 CPM",
  "Marginal CPM 边际 CPM",
  "Impressions 曝光",
  "Marginal CPA 边际 CPA",
  "vs cap 对比上限",
];

export const OVER_CAP = "Over cap 超出上限";
export const WITHIN_CAP = "Within cap 在上限内";

/**
 * One scenario sheet: inputs, twelve months of budget with the split, CPMs, CPA and cap check, and —
 * where the workbook has a CPM history sheet — the budget cap at the two ends and the middle of the
 * elasticity interval fitted there (a formula pointing at a missing sheet would not stay a formula).
 */
export function scenarioSheet(input: ScenarioInputs, options: { history?: boolean } = {}): SheetDefinition {
  const L = SCENARIO_LAYOUT;
  const A = ASSUMPTIONS_RANGE;
  const cells: Record<string, CellDefinition> = {
    A1: { value: input.title, style: "title" },
    A2: { value: "Inputs in blue cells; example figures — replace them with yours. 蓝色单元格为输入项；示例数字，请替换为你的数据。", style: "subtitle" },
    A3: { value: SCENARIO_LABELS.stage, style: "label" },
    B3: { value: input.stage, style: "input" },
    A4: { value: SCENARIO_LABELS.baseCpm, style: "label" },
    B4: { value: input.baseCpm, style: "input", format: FORMATS.price },
    A5: { value: SCENARIO_LABELS.baseCpa, style: "label" },
    B5: { value: input.baseCpa, style: "input", format: FORMATS.price },
    A6: { value: SCENARIO_LABELS.targetCpa, style: "label" },
    B6: { value: input.targetCpa, style: "input", format: FORMATS.price },
    A7: { value: "Budget cap 预算上限", style: "label" },
    B7: { formula: `RED.BUDGETCAP(${abs(L.targetCpa)},${abs(L.baseCpa)},${A})`, style: "output", format: FORMATS.money },
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
  HEADERS.forEach((header, c) => (cells[`${columnLetter(c)}${L.headerRow}`] = { value: header, style: "header" }));
  for (let m = 0; m < L.months; m++) {
    const r = L.firstMonthRow + m;
    cells[`A${r}`] = { value: MONTHS[m], style: "label" };
    cells[`B${r}`] = { value: input.budgets[m], style: "input", format: FORMATS.money };
    cells[`C${r}`] = { formula: `RED.SPILLSPLIT(${abs(L.stage)},B${r},"spillover",${A})`, format: FORMATS.money };
    cells[`D${r}`] = { formula: `RED.SPILLSPLIT(${abs(L.stage)},B${r},"closed-loop",${A})`, format: FORMATS.money };
    cells[`E${r}`] = { formula: `RED.AVGCPM(B${r},${abs(L.baseCpm)},${A})`, format: FORMATS.price };
    cells[`F${r}`] = { formula: `RED.MARGINALCPM(B${r},${abs(L.baseCpm)},${A})`, format: FORMATS.price };
    cells[`G${r}`] = { formula: `RED.IMPRESSIONS(B${r},${abs(L.baseCpm)},${A})`, format: FORMATS.count };
    cells[`H${r}`] = { formula: `RED.MARGINALCPA(B${r},${abs(L.baseCpa)},${A})`, format: FORMATS.price };
    cells[`I${r}`] = { formula: `IF(B${r}="","",IF(B${r}<=${abs(L.budgetCap)},"${WITHIN_CAP}","${OVER_CAP}"))` };
  }
  const first = L.firstMonthRow;
  const last = L.firstMonthRow + L.months - 1;
  cells[`A${L.totalRow}`] = { value: "Total 合计", style: "total" };
  for (const column of ["B", "C", "D", "G"]) {
    cells[`${column}${L.totalRow}`] = { formula: `SUM(${column}${first}:${column}${last})`, style: "total", format: column === "G" ? FORMATS.count : FORMATS.money };
  }
  cells[`I${L.totalRow}`] = { formula: `COUNTIF(I${first}:I${last},"${OVER_CAP}")`, style: "total", format: '0" over 超出"' };
  return { name: input.name, widths: [40, 16, 16, 16, 14, 16, 16, 16, 20], frozen: { rows: L.headerRow, columns: 1 }, cells };
}

export const SCENARIOS: ScenarioInputs[] = [
  {
    name: "Cold start",
    stage: "cold-start",
    title: "Scenario: cold start 情景：冷启动期",
    baseCpm: 60,
    baseCpa: 40,
    targetCpa: 70,
    budgets: [100_000, 100_000, 120_000, 120_000, 150_000, 150_000, 150_000, 180_000, 180_000, 200_000, 250_000, 200_000],
  },
  {
    name: "Growth",
    stage: "growth",
    title: "Scenario: growth 情景：成长期",
    baseCpm: 80,
    baseCpa: 30,
    targetCpa: 60,
    budgets: [300_000, 300_000, 350_000, 400_000, 450_000, 500_000, 500_000, 550_000, 500_000, 450_000, 600_000, 500_000],
  },
  {
    name: "Mature",
    stage: "mature",
    title: "Scenario: mature 情景：成熟期",
    baseCpm: 90,
    baseCpa: 25,
    targetCpa: 55,
    budgets: [500_000, 500_000, 550_000, 600_000, 600_000, 650_000, 700_000, 700_000, 650_000, 600_000, 800_000, 700_000],
  },
];

/** Not "History": Excel reserves that sheet name (for its change tracking) and will not open a file with it. */
export const HISTORY_SHEET = "CPM history";

/** Example months for CPMFIT: spend and average CPM (made-up figures near the growth scenario's curve). */
export const EXAMPLE_HISTORY: [string, number, number][] = (
  [
    [150_000, 74.1],
    [180_000, 73.2],
    [200_000, 81.6],
    [220_000, 88.0],
    [260_000, 84.7],
    [300_000, 93.9],
    [320_000, 89.7],
    [350_000, 103.4],
    [400_000, 101.3],
    [450_000, 112.4],
    [500_000, 109.0],
    [600_000, 122.5],
  ] as const
).map(([spend, cpm], i) => [MONTHS[i], spend, cpm]);

/** A header row at row 4, then one row per assumption key. */
function bandTable(keyColumn: string, valueColumn: string): string {
  return `$${keyColumn}$4:$${valueColumn}$${4 + ASSUMPTION_TABLE.length}`;
}

/** Where the CPM history sheet keeps its months, its fit and the three assumption tables the band uses. */
export const HISTORY_LAYOUT = {
  headerRow: 4,
  firstMonthRow: 5,
  /** Room for two years of months; blank rows are skipped by the fit. */
  monthRows: 24,
  confidence: "F5",
  /** The fit's results, one cell each (CPMFIT's columns, in its order). */
  results: { elasticity: "F6", baseCpm: "F7", rSquared: "F8", stdError: "F9", low: "F10", high: "F11", months: "F12" },
  /** Assumption tables equal to the Assumptions sheet but for cpm_elasticity, at each point of the band. */
  bandTables: { low: bandTable("H", "I"), fitted: bandTable("K", "L"), high: bandTable("N", "O") },
};

/** The header above the months in column A, by which the task pane finds them. */
export const HISTORY_MONTH_HEADER = "Month 月份";

/** The labels in column E by which the task pane finds the fit (rows moved or not). */
export const HISTORY_LABELS = {
  confidence: "Confidence level 置信水平",
  elasticity: "cpm_elasticity, fitted 拟合弹性",
  baseCpm: "Base CPM at reference spend 参考预算下的 CPM",
  rSquared: "R²",
  stdError: "Standard error 标准误",
  low: "Elasticity, low end 弹性下限",
  high: "Elasticity, high end 弹性上限",
  months: "Months used 使用月数",
};

/** A scenario sheet's band: the label cell and the value cell of each row. */
export const BAND_LAYOUT = {
  title: "D3",
  pessimistic: ["D4", "G4"],
  fitted: ["D5", "G5"],
  optimistic: ["D6", "G6"],
} as const;

export const BAND_LABELS = {
  title: "Budget cap on your CPM history 按历史 CPM 数据的预算上限",
  pessimistic: "Pessimistic: high elasticity 悲观：高弹性",
  fitted: "Fitted elasticity 拟合弹性",
  optimistic: "Optimistic: low elasticity 乐观：低弹性",
};

/**
 * The CPM history sheet: the planner's months of spend and average CPM, CPMFIT with its interval as
 * single cells, and three assumption tables — the Assumptions sheet's values with cpm_elasticity at
 * the low end, the fit and the high end — that each scenario's band of budget caps reads.
 */
export function historySheet(): SheetDefinition {
  const H = HISTORY_LAYOUT;
  const last = H.firstMonthRow + H.monthRows - 1;
  const spends = `$B$${H.firstMonthRow}:$B$${last}`;
  const cpms = `$C$${H.firstMonthRow}:$C$${last}`;
  const fit = `RED.CPMFIT(${spends},${cpms},${assumptionRef("ref_spend")},,${abs(H.confidence)})`;
  const cells: Record<string, CellDefinition> = {
    A1: { value: "History: your own CPM curve 历史数据：拟合你自己的 CPM 曲线", style: "title" },
    A2: {
      value: "Paste each month's spend and average CPM from RED's ad reports into the blue cells (example figures); blank rows are skipped. 把小红书广告报表中每月的花费与平均 CPM 粘贴到蓝色单元格（示例数字）；空行会被跳过。",
      style: "subtitle",
    },
    [`A${H.headerRow}`]: { value: HISTORY_MONTH_HEADER, style: "header" },
    [`B${H.headerRow}`]: { value: "Spend 花费", style: "header" },
    [`C${H.headerRow}`]: { value: "Avg CPM 平均 CPM", style: "header" },
    [`E${H.headerRow}`]: { value: "Fit 拟合", style: "header" },
    [`F${H.headerRow}`]: { value: "value 值", style: "header" },
  };
  for (let i = 0; i < H.monthRows; i++) {
    const r = H.firstMonthRow + i;
    const month = EXAMPLE_HISTORY[i];
    cells[`A${r}`] = { value: month?.[0] ?? "", style: "label" };
    cells[`B${r}`] = { value: month?.[1], style: "input", format: FORMATS.money };
    cells[`C${r}`] = { value: month?.[2], style: "input", format: FORMATS.price };
  }
  const rowOf = (a1: string) => Number(/\d+$/.exec(a1)![0]);
  cells[`E${rowOf(H.confidence)}`] = { value: HISTORY_LABELS.confidence, style: "label" };
  cells[H.confidence] = { value: 0.9, style: "input", format: FORMATS.share };
  const formats: Record<keyof typeof H.results, string> = {
    elasticity: FORMATS.number, baseCpm: FORMATS.price, rSquared: FORMATS.number, stdError: FORMATS.number, low: FORMATS.number, high: FORMATS.number, months: FORMATS.count,
  };
  (Object.keys(H.results) as (keyof typeof H.results)[]).forEach((key, i) => {
    cells[`E${rowOf(H.results[key])}`] = { value: HISTORY_LABELS[key], style: "label" };
    cells[H.results[key]] = { formula: `INDEX(${fit},1,${i + 1})`, style: "output", format: formats[key] };
  });
  // The band's assumption tables: every key from the Assumptions sheet, cpm_elasticity from the fit.
  const tables: [keyof typeof H.bandTables, string, string][] = [
    ["low", H.results.low, "At the low end 按下限"],
    ["fitted", H.results.elasticity, "At the fit 按拟合值"],
    ["high", H.results.high, "At the high end 按上限"],
  ];
  for (const [end, elasticityCell, title] of tables) {
    const [, keyColumn, firstRow, valueColumn] = /^\$([A-Z]+)\$(\d+):\$([A-Z]+)\$\d+$/.exec(H.bandTables[end])!;
    const top = Number(firstRow);
    cells[`${keyColumn}${top - 1}`] = { value: title, style: "label" };
    cells[`${keyColumn}${top}`] = { value: "key 键", style: "header" };
    cells[`${valueColumn}${top}`] = { value: "value 值", style: "header" };
    ASSUMPTION_TABLE.forEach((entry, i) => {
      const r = top + 1 + i;
      cells[`${keyColumn}${r}`] = { value: entry.key, style: "label" };
      cells[`${valueColumn}${r}`] = {
        formula: entry.key === "cpm_elasticity" ? abs(elasticityCell) : assumptionRef(entry.key),
        format: entry.key.endsWith("_spend") ? FORMATS.money : entry.key.startsWith("spill_") ? FORMATS.share : FORMATS.number,
      };
    });
  }
  return { name: HISTORY_SHEET, widths: [12, 16, 14, 2, 44, 14, 2, 18, 12, 2, 18, 12, 2, 18, 12], frozen: { rows: H.headerRow, columns: 1 }, cells };
}

export const SUMMARY_SHEET = "Summary";

/** A row per scenario with its year's totals, by native formulas over the scenario sheets. */
export function summarySheet(scenarios: ScenarioInputs[]): SheetDefinition {
  const L = SCENARIO_LAYOUT;
  const headers = ["Scenario 情景", "Stage 阶段", "Year budget 全年预算", "Spillover 外溢", "Closed loop 闭环", "Impressions 曝光", "Budget cap 预算上限", "Months over cap 超上限月数"];
  const cells: Record<string, CellDefinition> = { A1: { value: "Summary 汇总", style: "title" } };
  headers.forEach((h, c) => (cells[`${columnLetter(c)}3`] = { value: h, style: "header" }));
  scenarios.forEach((s, i) => {
    const r = 4 + i;
    const sheet = `'${s.name}'!`;
    cells[`A${r}`] = { value: s.name, style: "label" };
    cells[`B${r}`] = { formula: `${sheet}${abs(L.stage)}` };
    cells[`C${r}`] = { formula: `${sheet}$B$${L.totalRow}`, format: FORMATS.money };
    cells[`D${r}`] = { formula: `${sheet}$C$${L.totalRow}`, format: FORMATS.money };
    cells[`E${r}`] = { formula: `${sheet}$D$${L.totalRow}`, format: FORMATS.money };
    cells[`F${r}`] = { formula: `${sheet}$G$${L.totalRow}`, format: FORMATS.count };
    cells[`G${r}`] = { formula: `${sheet}${abs(L.budgetCap)}`, format: FORMATS.money };
    cells[`H${r}`] = { formula: `${sheet}$I$${L.totalRow}`, format: FORMATS.count };
  });
  return { name: SUMMARY_SHEET, widths: [16, 14, 20, 18, 18, 18, 18, 22], frozen: { rows: 3, columns: 1 }, cells };
}

export const LINES_SHEET = "Lines";

/** ALLOCATE's bound column (zero-based): min, max or "" for a line no bound holds. */
const BOUND_COLUMN = 5;

/** Six example lines: name, base CPA, cpm_elasticity, cvr_elasticity, least and most monthly spend (made-up figures). */
export const EXAMPLE_LINES: [string, number, number, number, number | null, number | null][] = [
  ["Seeding notes 种草笔记", 40, 0.35, 0.05, null, null],
  ["Sales notes 商销笔记", 35, 0.4, 0.06, null, null],
  ["Search ads 搜索广告", 25, 0.45, 0.05, null, 400_000],
  ["Feed ads 信息流广告", 30, 0.3, 0.04, null, null],
  ["Store live 店播", 60, 0.4, 0.08, 50_000, null],
  ["Creator live 达播", 50, 0.5, 0.05, null, 200_000],
];

/** Example seasonality: CPA multipliers by month, cheaper around 618 (June) and 双11 (November). */
export const EXAMPLE_SEASONALITY = [1, 1, 1.05, 1, 0.95, 0.9, 1, 1, 1, 1, 0.85, 0.95];

/** Where the Lines sheet keeps its inputs and blocks. */
export const LINES_LAYOUT = {
  budget: "B3",
  conversionsTarget: "B4",
  marginalCpaTarget: "B5",
  flightBudget: "B6",
  headerRow: 8,
  firstLineRow: 9,
  lines: EXAMPLE_LINES.length,
  allocateRow: 17,
  requiredRow: 26,
  capRow: 36,
  sweepRow: 46,
  sweepBudgets: [250_000, 500_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000],
  flightRow: 55,
};

/**
 * The Lines sheet: six example lines with their curves and bounds as inputs, and live ALLOCATE,
 * REQUIREDBUDGET (both kinds), SWEEP and FLIGHTPLAN blocks over them. Each result cell is one
 * INDEX into the function's result, so every formula stays a single cell like the rest of the
 * template (no spill ranges to store), and a planner can edit any input and see every block move.
 */
export function linesSheet(): SheetDefinition {
  const L = LINES_LAYOUT;
  const A = ASSUMPTIONS_RANGE;
  const first = L.firstLineRow;
  const last = first + L.lines - 1;
  const range = (column: string) => `$${column}$${first}:$${column}$${last}`;
  const portfolio = `${range("A")},${range("B")},${range("C")},${range("D")}`;
  const bounded = `${portfolio},${range("E")},${range("F")}`;
  const cells: Record<string, CellDefinition> = {
    A1: { value: "Lines: what each line should get, and what a target takes 投放线：各线预算与目标所需预算", style: "title" },
    A2: { value: "Inputs in blue cells; example figures — replace them with yours. 蓝色单元格为输入项；示例数字，请替换为你的数据。", style: "subtitle" },
    A3: { value: "Monthly budget 月预算", style: "label" },
    B3: { value: 1_000_000, style: "input", format: FORMATS.money },
    A4: { value: "Conversions target 转化目标", style: "label" },
    B4: { value: 30_000, style: "input", format: FORMATS.count },
    A5: { value: "Target marginal CPA 目标边际 CPA", style: "label" },
    B5: { value: 60, style: "input", format: FORMATS.price },
    A6: { value: "Year's budget for the flight plan 排期全年预算", style: "label" },
    B6: { value: 12_000_000, style: "input", format: FORMATS.money },
  };
  const lineHeaders = ["Line 投放线", "Base CPA 基准 CPA", "cpm_elasticity", "cvr_elasticity", "Min spend 最低预算", "Max spend 最高预算"];
  lineHeaders.forEach((h, c) => (cells[`${columnLetter(c)}${L.headerRow}`] = { value: h, style: "header" }));
  EXAMPLE_LINES.forEach(([name, cpa, e, g, min, max], i) => {
    const r = first + i;
    cells[`A${r}`] = { value: name, style: "input" };
    cells[`B${r}`] = { value: cpa, style: "input", format: FORMATS.price };
    cells[`C${r}`] = { value: e, style: "input", format: FORMATS.number };
    cells[`D${r}`] = { value: g, style: "input", format: FORMATS.number };
    cells[`E${r}`] = min === null ? { style: "input", format: FORMATS.money } : { value: min, style: "input", format: FORMATS.money };
    cells[`F${r}`] = max === null ? { style: "input", format: FORMATS.money } : { value: max, style: "input", format: FORMATS.money };
  });
  const splitHeaders = ["Line 投放线", "Spend 预算", "Share 占比", "Conversions 转化", "Marginal CPA 边际 CPA", "Bound 约束"];
  const splitFormats = [undefined, FORMATS.money, FORMATS.share, FORMATS.count, FORMATS.price, undefined];
  /** A block of INDEX cells into one function's result: a title, headers, then `rows` rows. */
  const block = (row: number, title: string, headers: string[], formats: (string | undefined)[], call: string, rows: number) => {
    cells[`A${row}`] = { value: title, style: "output" };
    headers.forEach((h, c) => (cells[`${columnLetter(c)}${row + 1}`] = { value: h, style: "header" }));
    for (let r = 0; r < rows; r++) {
      headers.forEach((_, c) => {
        const format = formats[c];
        const cell = `INDEX(${call},${r + 1},${c + 1})`;
        // The bound column is "" where no bound holds the line: shown as "—", a value every
        // application stores and shows (an empty cached text is dropped, and recomputed without the add-in).
        const formula = c === BOUND_COLUMN ? `IF(${cell}="","—",${cell})` : cell;
        cells[`${columnLetter(c)}${row + 2 + r}`] = { formula, ...(format ? { format } : {}) };
      });
    }
  };
  block(L.allocateRow, "ALLOCATE: the monthly budget split at equal marginal CPA 按边际 CPA 相等分配月预算", splitHeaders, splitFormats, `RED.ALLOCATE(${abs(L.budget)},${bounded},${A})`, L.lines);
  block(
    L.requiredRow,
    "REQUIREDBUDGET: the least budget that reaches the conversions target 达到转化目标的最少预算",
    splitHeaders,
    splitFormats,
    `RED.REQUIREDBUDGET(${abs(L.conversionsTarget)},${bounded},${A},"conversions")`,
    L.lines + 1,
  );
  block(
    L.capRow,
    "REQUIREDBUDGET: the most budget within the target marginal CPA 目标边际 CPA 内的最多预算",
    splitHeaders,
    splitFormats,
    `RED.REQUIREDBUDGET(${abs(L.marginalCpaTarget)},${bounded},${A},"marginal-cpa")`,
    L.lines + 1,
  );
  // SWEEP: one budget per row, typed in column A; each row is ALLOCATE at its budget.
  cells[`A${L.sweepRow}`] = { value: "SWEEP: ALLOCATE at each budget (type budgets in column A) 各预算下的分配（在 A 列输入预算）", style: "output" };
  const sweepHeaders = ["Budget 预算", "Conversions 转化", "Average CPA 平均 CPA", "Marginal CPA 边际 CPA", ...EXAMPLE_LINES.map(([name]) => name)];
  sweepHeaders.forEach((h, c) => (cells[`${columnLetter(c)}${L.sweepRow + 1}`] = { value: h, style: "header" }));
  L.sweepBudgets.forEach((budget, i) => {
    const r = L.sweepRow + 2 + i;
    cells[`A${r}`] = { value: budget, style: "input", format: FORMATS.money };
    for (let c = 1; c < sweepHeaders.length; c++) {
      const format = c === 1 ? FORMATS.count : c <= 3 ? FORMATS.price : FORMATS.money;
      cells[`${columnLetter(c)}${r}`] = { formula: `INDEX(RED.SWEEP($A${r},${bounded},${A}),1,${c + 1})`, format };
    }
  });
  // FLIGHTPLAN: the year's budget over lines × months, seasonality as blue inputs above the grid.
  const F = L.flightRow;
  cells[`A${F}`] = { value: "FLIGHTPLAN: the year's budget by line and month at one marginal CPA 按线、按月排期（边际 CPA 相同）", style: "output" };
  cells[`A${F + 1}`] = { value: "Seasonality (CPA ×) 季节系数（CPA 倍数）", style: "label" };
  cells[`A${F + 2}`] = { value: "Line 投放线", style: "header" };
  const months = EXAMPLE_SEASONALITY.length;
  const lastMonth = columnLetter(months);
  EXAMPLE_SEASONALITY.forEach((m, j) => {
    const column = columnLetter(j + 1);
    cells[`${column}${F + 1}`] = { value: m, style: "input", format: "0.00" };
    cells[`${column}${F + 2}`] = { value: MONTHS[j], style: "header" };
  });
  cells[`${columnLetter(months + 1)}${F + 2}`] = { value: "Total 合计", style: "header" };
  const flight = `RED.FLIGHTPLAN(${abs(L.flightBudget)},${range("A")},${range("B")},$B$${F + 1}:$${lastMonth}$${F + 1},${range("C")},${range("D")},,,${A})`;
  for (let i = 0; i <= L.lines; i++) {
    const r = F + 3 + i;
    const isTotal = i === L.lines;
    cells[`A${r}`] = isTotal ? { value: "Total 合计", style: "total" } : { formula: `$A$${first + i}`, style: "label" };
    for (let j = 0; j <= months; j++) {
      const column = columnLetter(j + 1);
      const formula = isTotal
        ? `SUM(${column}${F + 3}:${column}${F + 2 + L.lines})`
        : j === months
          ? `SUM(B${r}:${lastMonth}${r})`
          : `INDEX(${flight},${i + 1},${j + 1})`;
      cells[`${column}${r}`] = { formula, format: FORMATS.money, ...(isTotal || j === months ? { style: "total" as const } : {}) };
    }
  }
  return { name: LINES_SHEET, widths: [46, 16, 14, 14, 16, 16, 16, 16, 16, 16, 14, 14, 14, 14], frozen: { rows: 0, columns: 1 }, cells };
}

/** The whole planner workbook, in tab order. */
export function plannerWorkbook(): SheetDefinition[] {
  return [summarySheet(SCENARIOS), assumptionsSheet(), ...SCENARIOS.map((s) => scenarioSheet(s)), notesSheet(), linesSheet(), historySheet()];
}
