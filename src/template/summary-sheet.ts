/*
 * The Summary sheet: a row per scenario with its year's totals, read from the scenario sheets'
 * total row and budget cap by native formulas. The rows are laid out here once, for the template
 * build and for the task pane, which rewrites them when scenario sheets are added, copied or renamed.
 */
import { SCENARIO_LAYOUT } from "./scenario-sheet";
import { abs, columnLetter, FORMATS } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

export const SUMMARY_SHEET = "Summary";

/** The Summary's header row, by which the pane finds it under any name. */
export const SUMMARY_HEADERS = ["Scenario 情景", "Stage 阶段", "Year budget 全年预算", "Spillover 外溢", "Closed loop 闭环", "Impressions 曝光", "Budget cap 预算上限", "Months over cap 超上限月数", "Conversions 转化", "Average CPA 平均 CPA", "Highest marginal CPA 最高边际 CPA"];

/**
 * How many of the headers every Summary has had since the template first shipped (Scenario … Months
 * over cap): a Summary made from an older template has only these, and the pane still keeps it,
 * adding the headers it lacks.
 */
export const SUMMARY_FIRST_HEADERS = 8;

/** Where the Summary keeps its header and its rows, one per scenario from `firstRow` down. */
export const SUMMARY_LAYOUT = { headerRow: 3, firstRow: 4, lastColumn: columnLetter(SUMMARY_HEADERS.length - 1) };

/** "Plan A", "Bob's plan" → "'Plan A'!", "'Bob''s plan'!": a sheet as a formula names it. */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** The Summary's cells for one scenario sheet in row `r`: its name, then its figures by formulas, which follow the sheet through renames. */
export function summaryRow(scenario: string, r: number): Record<string, CellDefinition> {
  const L = SCENARIO_LAYOUT;
  const sheet = sheetPrefix(scenario);
  return {
    [`A${r}`]: { value: scenario, style: "label" },
    [`B${r}`]: { formula: `${sheet}${abs(L.stage)}` },
    [`C${r}`]: { formula: `${sheet}$B$${L.totalRow}`, format: FORMATS.money },
    [`D${r}`]: { formula: `${sheet}$C$${L.totalRow}`, format: FORMATS.money },
    [`E${r}`]: { formula: `${sheet}$D$${L.totalRow}`, format: FORMATS.money },
    [`F${r}`]: { formula: `${sheet}$G$${L.totalRow}`, format: FORMATS.count },
    [`G${r}`]: { formula: `${sheet}${abs(L.budgetCap)}`, format: FORMATS.money },
    [`H${r}`]: { formula: `${sheet}$I$${L.totalRow}`, format: FORMATS.count },
    [`I${r}`]: { formula: `${sheet}$J$${L.totalRow}`, format: FORMATS.count },
    // The year's budget over its conversions; a budget or count that is text or an error is passed on, not divided.
    [`J${r}`]: { formula: `IF(AND(ISNUMBER(C${r}),ISNUMBER(I${r})),IF(I${r}>0,C${r}/I${r},""),IF(ISNUMBER(C${r}),I${r},C${r}))`, format: FORMATS.price },
    // The dearest month's next conversion: the one the budget cap judges first.
    [`K${r}`]: { formula: `MAX(${sheet}$H$${L.firstMonthRow}:$H$${L.firstMonthRow + L.months - 1})`, format: FORMATS.price },
  };
}

/** A row per scenario with its year's totals, by native formulas over the scenario sheets. */
export function summarySheet(scenarios: readonly { name: string }[]): SheetDefinition {
  const cells: Record<string, CellDefinition> = {
    A1: { value: "Summary 汇总", style: "title" },
    A2: {
      value:
        "A row per scenario sheet, kept by the Budget minefields pane: a scenario sheet you insert, copy or rename is listed when the pane is open (or press Refresh numbers). 每个情景表一行，由“预算雷区”任务窗格维护：插入、复制或重命名的情景表会在窗格打开时（或点击“刷新数字”后）列出。",
      style: "note",
    },
  };
  SUMMARY_HEADERS.forEach((h, c) => (cells[`${columnLetter(c)}${SUMMARY_LAYOUT.headerRow}`] = { value: h, style: "header" }));
  scenarios.forEach((s, i) => Object.assign(cells, summaryRow(s.name, SUMMARY_LAYOUT.firstRow + i)));
  return { name: SUMMARY_SHEET, widths: [16, 14, 20, 18, 18, 18, 18, 22, 16, 16, 20], frozen: { rows: SUMMARY_LAYOUT.headerRow, columns: 1 }, cells, merges: [`A2:${SUMMARY_LAYOUT.lastColumn}2`], rowHeights: { 2: 30 } };
}
