/*
 * The totals of a scenario's year: the budget's, in cents, and each derived column's by the budget
 * total's rule; and the Conversions column the template writes and the pane adds to older sheets.
 */
import { BUDGET_NEGATIVE, BUDGET_NOT_A_NUMBER, INPUT_MISSING, SCENARIO_LAYOUT, scenarioColumn, scenarioHeader } from "./scenario-labels";
import { FORMATS } from "./sheet";
import type { CellDefinition } from "./sheet";

/** The twelve budgets of a month table whose first month is on row `first` ("B10:B21"). */
function budgetRange(first: number): string {
  const B = scenarioColumn("budget");
  return `${B}${first}:${B}${first + SCENARIO_LAYOUT.months - 1}`;
}

/**
 * The year's budget: SUM alone would leave a budget typed as text out of the year (or a cell
 * showing a formula's ""), and net a negative one off the other months, without a word — say so
 * instead. Each month counts in cents, as the functions read a budget (0.005 is 0.01), so the
 * year's spillover and closed loop add up to it (ROUND over the range: SUMPRODUCT evaluates it
 * month by month in every Excel, without an array formula).
 */
export function budgetTotal(first: number): string {
  const budgets = budgetRange(first);
  return (
    `IF(ISERROR(SUM(${budgets})),SUM(${budgets}),IF(COUNTA(${budgets})>COUNT(${budgets}),"${BUDGET_NOT_A_NUMBER}",` +
    `IF(COUNTIF(${budgets},"<0")>0,"${BUDGET_NEGATIVE}",SUMPRODUCT(ROUND(${budgets},2)))))`
  );
}

/**
 * The year's total of a derived column (spillover, closed loop, impressions, conversions) by the
 * budget total's rule: an error in a month is the total's (its type kept); else, where the year's
 * budget is not a number (a budget typed as text, a negative one) the total says what the budget
 * total says — the functions read "35万" as 350,000, the budget total does not, and one row must not
 * count a month the other refuses; a month with a budget but no figure (its input blank) says which
 * input is missing.
 */
export function monthTotal(column: string, first: number, missing: string): string {
  const total = `${scenarioColumn("budget")}${first + SCENARIO_LAYOUT.months}`;
  const cells = `${column}${first}:${column}${first + SCENARIO_LAYOUT.months - 1}`;
  return `IF(ISERROR(SUM(${cells})),SUM(${cells}),IF(NOT(ISNUMBER(${total})),${total},IF(COUNT(${cells})<COUNT(${budgetRange(first)}),"${missing}",SUM(${cells}))))`;
}

/**
 * The Conversions column of a scenario whose base CPA is on row `rows.baseCpa` and first month on
 * `rows.firstMonth` (1-based): header, a RED.CONVERSIONS per month over `assumptions` (none: the
 * functions' defaults) and the year's total. The template writes it; the pane adds it to a scenario
 * sheet from a template older than the column.
 */
export function conversionsColumn(rows: { baseCpa: number; firstMonth: number }, assumptions?: string): Record<string, CellDefinition> {
  const L = SCENARIO_LAYOUT;
  const J = scenarioColumn("conversions");
  const B = scenarioColumn("budget");
  const table = assumptions ? `,${assumptions}` : "";
  const cells: Record<string, CellDefinition> = { [`${J}${rows.firstMonth - 1}`]: { value: scenarioHeader("conversions"), style: "header" } };
  for (let m = 0; m < L.months; m++) {
    const r = rows.firstMonth + m;
    cells[`${J}${r}`] = { formula: `RED.CONVERSIONS(${B}${r},$${B}$${rows.baseCpa}${table})`, format: FORMATS.count };
  }
  cells[`${J}${rows.firstMonth + L.months}`] = { formula: monthTotal(J, rows.firstMonth, INPUT_MISSING.conversions), style: "total", format: FORMATS.count };
  return cells;
}
