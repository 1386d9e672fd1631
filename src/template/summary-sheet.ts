/*
 * The Summary sheet: a row per scenario with its year's totals, read from the scenario sheets'
 * total row and budget cap by native formulas. The rows are laid out here once, for the template
 * build and for the task pane, which rewrites them when scenario sheets are added, copied or renamed.
 */
import { CAP_INPUT_MISSING, SCENARIO_LABELS, SCENARIO_LAYOUT, scenarioColumn, scenarioHeader } from "./scenario-labels";
import { sheetPrefix } from "./references-syntax";
import { columnLetter, FORMATS, parseA1, TOTAL_LABEL } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

export const SUMMARY_SHEET = "Summary";

/** The cap is a month's, beside a year's budget: its header says so, so 547,756 beside 5,400,000 never reads as a year's cap. */
const MONTHLY_CAP_HEADER = "Monthly budget cap 月度预算上限";

/** Headers a Summary from an older template has in place of today's, by position: the pane still finds it by them. */
export const SUMMARY_OLDER_HEADERS: Readonly<Record<number, string>> = { 6: SCENARIO_LABELS.budgetCap };

/** The Summary's header row, by which the pane finds it under any name. */
export const SUMMARY_HEADERS = [
  "Scenario 情景",
  SCENARIO_LABELS.stage,
  "Year budget 全年预算",
  scenarioHeader("spillover"),
  scenarioHeader("closedLoop"),
  scenarioHeader("impressions"),
  MONTHLY_CAP_HEADER,
  "Months over cap 超上限月数",
  scenarioHeader("conversions"),
  "Average CPA 平均 CPA",
  "Highest marginal CPA 最高边际 CPA",
];

/** The Summary's column of each scenario's conversions ("I"). */
export const SUMMARY_CONVERSIONS = columnLetter(SUMMARY_HEADERS.indexOf(scenarioHeader("conversions")));

/**
 * How many of the headers every Summary has had since the template first shipped (Scenario … Months
 * over cap): a Summary made from an older template has only these, and the pane still keeps it,
 * adding the headers it lacks.
 */
export const SUMMARY_FIRST_HEADERS = 8;

/** Where the Summary keeps its header and its rows, one per scenario from `firstRow` down. */
export const SUMMARY_LAYOUT = { headerRow: 3, firstRow: 4, lastColumn: columnLetter(SUMMARY_HEADERS.length - 1) };

/** A column of a scenario's month table, by its name in SCENARIO_LAYOUT.columns. */
export type ScenarioColumn = (typeof SCENARIO_LAYOUT.columns)[number];

/**
 * Where a scenario sheet keeps what the Summary reads: rows 1-based, columns as letters — as the
 * template lays them out, or wherever the planner's inserted rows and columns moved them (the pane
 * finds the rows by their labels in column A and the columns by their headers). A place not found
 * (a label retyped, a column deleted) is left out, and the Summary says so rather than read a cell
 * that now holds something else.
 */
export interface ScenarioPlaces {
  /** The column the inputs' values are in, beside their labels: the month table's budget column, as the template lays them out (a column inserted before it moves both). */
  inputColumn?: string;
  stage: number;
  budgetCap?: number;
  /** The month table's first row, under its header row. */
  firstMonth: number;
  /** The year's total row (its `Total 合计` label), below the last month. */
  totalRow?: number;
  columns: Partial<Record<ScenarioColumn, string>>;
  /** What the Summary shows for the conversions instead, where the sheet has no Conversions column (one the pane could not add). */
  noConversions?: string;
}

/** The template's own places. */
export const TEMPLATE_PLACES: ScenarioPlaces = {
  inputColumn: columnLetter(parseA1(SCENARIO_LAYOUT.stage).column),
  stage: parseA1(SCENARIO_LAYOUT.stage).row + 1,
  budgetCap: parseA1(SCENARIO_LAYOUT.budgetCap).row + 1,
  firstMonth: SCENARIO_LAYOUT.firstMonthRow,
  totalRow: SCENARIO_LAYOUT.totalRow,
  columns: Object.fromEntries(SCENARIO_LAYOUT.columns.map((name) => [name, scenarioColumn(name)])),
};

/** What the Summary says for a scenario sheet without a Conversions column, where the pane could not add one (column J holds the planner's data). */
export const NO_CONVERSIONS_COLUMN = "No Conversions column on this sheet 此表没有转化列";

/** What the Summary says for a figure whose row or column it cannot find on the scenario sheet (its label or header retyped or deleted). */
export function notFound(what: string): string {
  return `Not found on the sheet: ${what} 表中未找到：${what}`;
}

/**
 * The Summary's cells for one scenario sheet in row `r`: its name, then its figures by formulas, which
 * follow the sheet through renames. Every figure after the budget follows the sheet's own totals, so
 * a budget typed as text or an input left blank shows its message on the Summary too, never a 0.
 */
export function summaryRow(scenario: string, r: number, places: ScenarioPlaces = TEMPLATE_PLACES): Record<string, CellDefinition> {
  const sheet = sheetPrefix(scenario);
  const { totalRow, columns } = places;
  const totalOf = (column: ScenarioColumn, format: string): CellDefinition =>
    totalRow !== undefined && columns[column] ? { formula: `${sheet}$${columns[column]}$${totalRow}`, format } : { value: notFound(totalRow === undefined ? TOTAL_LABEL : scenarioHeader(column)) };
  const H = columns.marginalCpa;
  const marginal = H && totalRow !== undefined ? `${sheet}$${H}$${places.firstMonth}:$${H}$${totalRow - 1}` : undefined;
  const conversions = `${SUMMARY_CONVERSIONS}${r}`;
  const input = places.inputColumn === undefined ? undefined : (row: number) => `${sheet}$${places.inputColumn}$${row}`;
  return {
    [`A${r}`]: { value: scenario, style: "label" },
    // A blank stage or cap is not 0: blank, and the cap's missing input said as the sheet says it.
    [`B${r}`]: input === undefined ? { value: notFound(SCENARIO_LABELS.stage) } : { formula: `IF(${input(places.stage)}="","",${input(places.stage)})` },
    [`C${r}`]: totalOf("budget", FORMATS.money),
    [`D${r}`]: totalOf("spillover", FORMATS.money),
    [`E${r}`]: totalOf("closedLoop", FORMATS.money),
    [`F${r}`]: totalOf("impressions", FORMATS.count),
    [`G${r}`]:
      input === undefined || places.budgetCap === undefined
        ? { value: notFound(SCENARIO_LABELS.budgetCap) }
        : { formula: `IF(${input(places.budgetCap)}="","${CAP_INPUT_MISSING}",${input(places.budgetCap)})`, format: FORMATS.money },
    [`H${r}`]: totalOf("capCheck", FORMATS.count),
    [conversions]: places.noConversions === undefined ? totalOf("conversions", FORMATS.count) : { value: places.noConversions },
    // The year's budget over its conversions; a budget or count that is text or an error is passed on, not divided.
    [`J${r}`]: { formula: `IF(AND(ISNUMBER(C${r}),ISNUMBER(${conversions})),IF(${conversions}>0,C${r}/${conversions},""),IF(ISNUMBER(C${r}),${conversions},C${r}))`, format: FORMATS.price },
    // The dearest month's next conversion, the one the budget cap judges first: only over a year the
    // conversions could be counted on (else what they say), and blank over a year with no budgets.
    [`K${r}`]: marginal
      ? { formula: `IF(NOT(ISNUMBER(${conversions})),${conversions},IF(OR(COUNT(${marginal})=0,N(C${r})=0),"",MAX(${marginal})))`, format: FORMATS.price }
      : { value: notFound(totalRow === undefined ? TOTAL_LABEL : scenarioHeader("marginalCpa")) },
  };
}

/**
 * The Summary's row for a sheet it listed that no longer has a scenario's labels (the stage label
 * retyped, a column inserted before the labels): its name and what is not found, rather than the
 * row dropped and its year gone from the Summary without a word.
 */
export function lostRow(scenario: string, r: number): Record<string, CellDefinition | null> {
  const cells: Record<string, CellDefinition | null> = { [`A${r}`]: { value: scenario, style: "label" } };
  for (let c = 1; c < SUMMARY_HEADERS.length; c++) cells[`${columnLetter(c)}${r}`] = null;
  cells[`C${r}`] = { value: notFound(`${SCENARIO_LABELS.stage} · ${SCENARIO_LABELS.month}`) };
  return cells;
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
  return { name: SUMMARY_SHEET, widths: [16, 14, 20, 18, 18, 18, 24, 26, 16, 18, 22], frozen: { rows: SUMMARY_LAYOUT.headerRow, columns: 1 }, cells, merges: [`A2:${SUMMARY_LAYOUT.lastColumn}2`], rowHeights: { 2: 30 } };
}
