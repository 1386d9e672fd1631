/*
 * The CPM history sheet and its layout: the planner's months of spend and average CPM, CPMFIT's
 * fit and interval as single cells, and the three assumption tables a scenario's band of budget
 * caps reads. The task pane finds the months and the fit by the labels here.
 */
import { ASSUMPTION_TABLE } from "../core/maths/assumptions";

import { assumptionFormat, assumptionRef } from "./assumptions-sheet";
import { abs, FORMATS, MONTH_HEADER, MONTHS, SHARED_LABELS } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

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
  /** Room for ten years of months (a longer report pasted is fitted whole, not cut at two years); blank rows are skipped by the fit. */
  monthRows: 120,
  confidence: "F5",
  /** The fit's results, one cell each (CPMFIT's columns, in its order). */
  results: { elasticity: "F6", baseCpm: "F7", rSquared: "F8", stdError: "F9", low: "F10", high: "F11", months: "F12" },
  /** Assumption tables equal to the Assumptions sheet but for cpm_elasticity, at each point of the band. */
  bandTables: { low: bandTable("H", "I"), fitted: bandTable("K", "L"), high: bandTable("N", "O") },
};

/** The header above the months in column A, by which the task pane finds them. */
export const HISTORY_MONTH_HEADER = MONTH_HEADER;

/** The labels in column E by which the task pane finds the fit (rows moved or not). */
export const HISTORY_LABELS = {
  confidence: "Confidence level 置信水平",
  elasticity: "cpm_elasticity, fitted 拟合弹性",
  baseCpm: SHARED_LABELS.baseCpmAtRef,
  rSquared: "R²",
  stdError: "Standard error 标准误",
  low: "Elasticity, low end 弹性下限",
  high: "Elasticity, high end 弹性上限",
  months: "Months used 使用月数",
};

/**
 * The CPM history sheet: the planner's months of spend and average CPM, CPMFIT with its interval
 * down one column, and three assumption tables — the Assumptions sheet's values with cpm_elasticity at
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
      value: "Paste each month's spend and average CPM from RED's ad reports into the blue cells (example figures); blank rows are skipped. Amounts in yuan (元). 把小红书广告报表中每月的花费与平均 CPM 粘贴到蓝色单元格（示例数字）；空行会被跳过。金额单位：元。",
      style: "subtitle",
    },
    [`A${H.headerRow}`]: { value: HISTORY_MONTH_HEADER, style: "header" },
    [`B${H.headerRow}`]: { value: "Spend 花费", style: "header" },
    [`C${H.headerRow}`]: { value: SHARED_LABELS.avgCpm, style: "header" },
    [`E${H.headerRow}`]: { value: "Fit 拟合", style: "header" },
    [`F${H.headerRow}`]: { value: SHARED_LABELS.value, style: "header" },
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
  // CPMFIT's one row of results, turned to run down column F beside their labels: one formula that
  // spills, so the fit runs once (it ran once per cell as seven INDEX cells).
  const keys = Object.keys(H.results) as (keyof typeof H.results)[];
  keys.forEach((key, i) => {
    if (rowOf(H.results[key]) !== rowOf(H.results[keys[0]]) + i) throw new Error(`HISTORY_LAYOUT.results must run down one column in CPMFIT's order (${key})`);
    cells[`E${rowOf(H.results[key])}`] = { value: HISTORY_LABELS[key], style: "label" };
    cells[H.results[key]] = { style: "output", format: formats[key] };
  });
  cells[H.results[keys[0]]].formula = `TRANSPOSE(${fit})`;
  const fitted = abs(H.results[keys[0]]);
  // A fit that fails is one error in its first cell and blanks below it: each table carries that
  // error, never a blank read as elasticity 0 (a cap with no curve at all).
  const elasticityOf = (cell: string) => `IF(ISERROR(${fitted}),${fitted},${abs(cell)})`;
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
    cells[`${keyColumn}${top}`] = { value: SHARED_LABELS.key, style: "header" };
    cells[`${valueColumn}${top}`] = { value: SHARED_LABELS.value, style: "header" };
    ASSUMPTION_TABLE.forEach((entry, i) => {
      const r = top + 1 + i;
      cells[`${keyColumn}${r}`] = { value: entry.key, style: "label" };
      cells[`${valueColumn}${r}`] = {
        formula: entry.key === "cpm_elasticity" ? elasticityOf(elasticityCell) : assumptionRef(entry.key),
        format: assumptionFormat(entry.key),
      };
    });
  }
  return { name: HISTORY_SHEET, widths: [12, 16, 14, 2, 44, 14, 2, 18, 12, 2, 18, 12, 2, 18, 12], frozen: { rows: H.headerRow, columns: 1 }, cells };
}
