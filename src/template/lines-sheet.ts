/*
 * The Lines sheet and its layout: six example lines with their curves and bounds as inputs, and
 * live ALLOCATE, REQUIREDBUDGET, SWEEP and FLIGHTPLAN blocks over them.
 */
import { ALLOCATION_HEADER, inAllLanguages, PORTFOLIO_WORDS } from "../core/words/column-words";
import { ASSUMPTIONS_RANGE } from "./assumptions-sheet";
import { abs, columnLetter, FORMATS, INPUTS_NOTE, MONTHS, SHARED_LABELS, TOTAL_LABEL } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

export const LINES_SHEET = "Lines";

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
  /** The flight plan's chart below its total row: its height in rows. */
  chartRows: 24,
};

/**
 * The Lines sheet: six example lines with their curves and bounds as inputs, and live ALLOCATE,
 * REQUIREDBUDGET (both kinds), SWEEP and FLIGHTPLAN blocks over them. Each block is one formula
 * that spills its whole result, as Excel 365 (the only Excel that runs custom functions) stores a
 * dynamic array: the function runs once per block, not once per cell (72 full flight plans before),
 * and a planner can edit any input and see every block move.
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
    A2: { value: INPUTS_NOTE, style: "subtitle" },
    A3: { value: "Monthly budget 月预算", style: "label" },
    B3: { value: 1_000_000, style: "input", format: FORMATS.money },
    A4: { value: "Conversions target 转化目标", style: "label" },
    B4: { value: 30_000, style: "input", format: FORMATS.count },
    A5: { value: SHARED_LABELS.targetMarginalCpa, style: "label" },
    B5: { value: 60, style: "input", format: FORMATS.price },
    A6: { value: "Year's budget for the flight plan 排期全年预算", style: "label" },
    B6: { value: 12_000_000, style: "input", format: FORMATS.money },
  };
  // The bounds are monthly, as every block reads them: ALLOCATE, REQUIREDBUDGET and SWEEP split one
  // month's budget, and FLIGHTPLAN holds each line within them in every month of the year.
  // Planner words first, the Assumptions key after: a blank cell takes that key's value.
  const lineHeaders = [SHARED_LABELS.line, SHARED_LABELS.baseCpa, "CPM elasticity CPM 弹性 (cpm_elasticity)", "Conversion elasticity 转化率弹性 (cvr_elasticity)", "Min spend a month 每月最低预算", "Max spend a month 每月最高预算"];
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
  const splitHeaders = ALLOCATION_HEADER.map(inAllLanguages);
  const splitFormats = [undefined, FORMATS.money, FORMATS.share, FORMATS.count, FORMATS.price, undefined];
  /** A block: a title, headers, then one formula whose result spills under them. */
  const block = (row: number, title: string, headers: string[], formats: (string | undefined)[], call: string, rows: number) => {
    cells[`A${row}`] = { value: title, style: "output" };
    headers.forEach((h, c) => (cells[`${columnLetter(c)}${row + 1}`] = { value: h, style: "header" }));
    cells[`A${row + 2}`] = { formula: call };
    spillFormats(row + 2, rows, formats);
  };
  /** The number formats of the cells a spill fills (a format belongs to the cell, not the formula). */
  const spillFormats = (top: number, rows: number, formats: readonly (string | undefined)[], left = 0) => {
    for (let r = 0; r < rows; r++)
      formats.forEach((format, c) => {
        if (!format) return;
        const a1 = `${columnLetter(left + c)}${top + r}`;
        cells[a1] = { ...cells[a1], format };
      });
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
  // SWEEP: one budget per row, typed in column A; one formula beside them spills ALLOCATE at each
  // (its first column repeats the budget it read, so a row never reads as another row's budget).
  cells[`A${L.sweepRow}`] = { value: "SWEEP: ALLOCATE at each budget (type budgets in column A) 各预算下的分配（在 A 列输入预算）", style: "output" };
  const sweepHeaders = ["Budget to try 试算预算", "Budget read 所读预算", ...[PORTFOLIO_WORDS.conversions, PORTFOLIO_WORDS.averageCpa, PORTFOLIO_WORDS.marginalCpa].map(inAllLanguages), ...EXAMPLE_LINES.map(([name]) => name)];
  sweepHeaders.forEach((h, c) => (cells[`${columnLetter(c)}${L.sweepRow + 1}`] = { value: h, style: "header" }));
  const firstBudget = L.sweepRow + 2;
  const lastBudget = firstBudget + L.sweepBudgets.length - 1;
  L.sweepBudgets.forEach((budget, i) => (cells[`A${firstBudget + i}`] = { value: budget, style: "input", format: FORMATS.money }));
  cells[`B${firstBudget}`] = { formula: `RED.SWEEP($A$${firstBudget}:$A$${lastBudget},${bounded},${A})` };
  spillFormats(firstBudget, L.sweepBudgets.length, [FORMATS.money, FORMATS.count, FORMATS.price, FORMATS.price, ...EXAMPLE_LINES.map(() => FORMATS.money)], 1);
  // FLIGHTPLAN: the year's budget over lines × months, seasonality as blue inputs above the grid.
  const F = L.flightRow;
  cells[`A${F}`] = { value: "FLIGHTPLAN: the year's budget by line and month at one marginal CPA, each line within its monthly min/max 按线、按月排期（边际 CPA 相同，每月遵守各线最低/最高预算）", style: "output" };
  cells[`A${F + 1}`] = { value: "Seasonality (CPA ×) 季节系数（CPA 倍数）", style: "label" };
  cells[`A${F + 2}`] = { value: SHARED_LABELS.line, style: "header" };
  const months = EXAMPLE_SEASONALITY.length;
  const lastMonth = columnLetter(months);
  EXAMPLE_SEASONALITY.forEach((m, j) => {
    const column = columnLetter(j + 1);
    cells[`${column}${F + 1}`] = { value: m, style: "input", format: "0.00" };
    cells[`${column}${F + 2}`] = { value: MONTHS[j], style: "header" };
  });
  cells[`${columnLetter(months + 1)}${F + 2}`] = { value: TOTAL_LABEL, style: "header" };
  const flight = `RED.FLIGHTPLAN(${abs(L.flightBudget)},${range("A")},${range("B")},$B$${F + 1}:$${lastMonth}$${F + 1},${range("C")},${range("D")},${range("E")},${range("F")},${A})`;
  cells[`B${F + 3}`] = { formula: flight };
  spillFormats(F + 3, L.lines, EXAMPLE_SEASONALITY.map(() => FORMATS.money), 1);
  for (let i = 0; i <= L.lines; i++) {
    const r = F + 3 + i;
    const isTotal = i === L.lines;
    cells[`A${r}`] = isTotal ? { value: TOTAL_LABEL, style: "total" } : { formula: `$A$${first + i}`, style: "label" };
    for (let j = isTotal ? 0 : months; j <= months; j++) {
      const column = columnLetter(j + 1);
      const formula = isTotal ? `SUM(${column}${F + 3}:${column}${F + 2 + L.lines})` : `SUM(B${r}:${lastMonth}${r})`;
      cells[`${column}${r}`] = { formula, format: FORMATS.money, style: "total" };
    }
  }
  // Printed down to the foot of the flight plan's chart (one blank row below the total row, then the chart).
  const printRows = F + 3 + L.lines + 1 + L.chartRows;
  // The flight plan and its chart on a page of their own, below the blocks (the blocks alone filled a page and
  // more in Calibri's metrics, and the flight plan's total row ran onto a page before the chart's).
  return { printRows, pageBreaks: [F - 1], name: LINES_SHEET, widths: [46, 16, 14, 14, 16, 16, 16, 16, 16, 16, 14, 14, 14, 14], frozen: { rows: 0, columns: 1 }, cells };
}
