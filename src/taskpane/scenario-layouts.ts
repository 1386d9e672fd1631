/*
 * Where a scenario sheet keeps its figures: the template's labels found in column A and the month
 * table's columns by their headers, wherever the planner's inserted rows and columns moved them — the
 * one rule the pane and the Summary read scenario sheets by.
 */
import { isBlank } from "../core";
import { abs, columnLetter, conversionsColumn, NO_CONVERSIONS_COLUMN, SCENARIO_LABELS, SCENARIO_LAYOUT as L, scenarioColumn, scenarioHeader, TOTAL_LABEL, sheetPrefix } from "../template/planner";
import type { CellDefinition, ScenarioPlaces } from "../template/planner";
import { CellValue, joinAddress, SheetRef, splitAddress, WorkbookHost } from "./host";
import { assumptionsRange } from "./cell-reading";

/** How far down column A the pane looks for the template's labels (rows inserted above move them). */
export const SEARCH_ROWS = 100;

/** Where a template sheet's labels are: the row (0-based) of each in column A, if found. */
export type LabelRows = Partial<Record<keyof typeof SCENARIO_LABELS, number>>;

/**
 * Finds the template's labels in column A. A sheet is a template sheet when it has the stage label
 * and, below it, the month table's header — wherever inserted rows have moved them.
 */
export function findLabels(columnA: readonly (readonly CellValue[])[]): LabelRows | undefined {
  const rows: LabelRows = {};
  for (const key of Object.keys(SCENARIO_LABELS) as (keyof typeof SCENARIO_LABELS)[]) {
    const row = columnA.findIndex((line) => line[0] === SCENARIO_LABELS[key]);
    if (row >= 0) rows[key] = row;
  }
  return rows.stage !== undefined && rows.month !== undefined && rows.month > rows.stage ? rows : undefined;
}

/**
 * The scenario sheets, in tab order: each sheet whose column A has the template's labels — `Stage
 * 阶段` and, below it, the `Month 月份` header — as every scenario sheet the template or the pane
 * made has, and every copy of one, under whatever name.
 */
export async function scenarioSheets(host: WorkbookHost, sheets: readonly SheetRef[]): Promise<SheetRef[]> {
  const columns = await host.readRanges(sheets.map((s) => joinAddress(s.name, `A1:A${SEARCH_ROWS}`)));
  return sheets.filter((_, i) => findLabels(columns[i]) !== undefined);
}

/** A scenario sheet as the Summary reads it: where its figures are now, and its Conversions column's state. */
export interface ScenarioLayout {
  sheet: SheetRef;
  places: ScenarioPlaces;
  /**
   * The cells to write so the sheet has the Conversions column: a sheet from a template older than
   * it, laid out as the template was, whose column J is empty there (none when it has the column).
   */
  addConversions?: Record<string, CellDefinition>;
}

/** How many columns of a scenario's header row the pane searches for the month table's headers. */
const HEADER_COLUMNS = 40;

/**
 * Where each column of the month table is, by its header in the header row (zero-based): the one
 * rule by which the Summary and the pane find a scenario's columns, wherever inserted columns moved
 * them. A header not there is left out.
 */
export function columnsByHeader(header: readonly CellValue[]): Partial<Record<(typeof L.columns)[number], number>> {
  return Object.fromEntries(
    L.columns.flatMap((name) => {
      const at = header.findIndex((cell) => cell === scenarioHeader(name));
      return at < 0 ? [] : [[name, at]];
    }),
  );
}

/**
 * The scenario sheets with where each keeps what the Summary reads — rows found by their labels in
 * column A (the total row by its label below the months), columns by their headers in the month
 * table's header row — so rows and columns the planner inserted move the Summary's formulas with
 * them; and, for a sheet without the Conversions column, the column to add (over the assumptions
 * its marginal CPAs read).
 */
export async function scenarioLayouts(host: WorkbookHost, sheets: readonly SheetRef[]): Promise<ScenarioLayout[]> {
  const columns = await host.readRanges(sheets.map((s) => joinAddress(s.name, `A1:A${SEARCH_ROWS}`)));
  const found = sheets.flatMap((sheet, i) => {
    const labels = findLabels(columns[i]);
    return labels ? [{ sheet, labels, columnA: columns[i] }] : [];
  });
  const headers = await host.readRanges(found.map(({ sheet, labels }) => joinAddress(sheet.name, `A${labels.month! + 1}:${columnLetter(HEADER_COLUMNS - 1)}${labels.month! + 1}`)));
  return Promise.all(
    found.map(async ({ sheet, labels, columnA }, i): Promise<ScenarioLayout> => {
      const firstMonth = labels.month! + 2;
      const header = headers[i][0] ?? [];
      const letters = Object.fromEntries(Object.entries(columnsByHeader(header)).map(([name, at]) => [name, columnLetter(at)])) as ScenarioPlaces["columns"];
      const total = columnA.findIndex((line, row) => row > labels.month! && line[0] === TOTAL_LABEL);
      const places: ScenarioPlaces = {
        // The inputs' values are in the budget column, as the template lays them out.
        ...(letters.budget !== undefined && { inputColumn: letters.budget }),
        stage: labels.stage! + 1,
        ...(labels.budgetCap !== undefined && { budgetCap: labels.budgetCap + 1 }),
        firstMonth,
        ...(total >= 0 && { totalRow: total + 1 }),
        columns: letters,
      };
      if (letters.conversions) return { sheet, places };
      // A sheet from a template older than the column, laid out as the template was (so the column goes where the template puts it): add it, if J is empty there.
      const J = scenarioColumn("conversions");
      const asTemplate = L.columns.every((name) => name === "conversions" || letters[name] === scenarioColumn(name));
      const [column] = await host.readRanges([joinAddress(sheet.name, `${J}${firstMonth - 1}:${J}${firstMonth + L.months}`)]);
      if (!asTemplate || labels.baseCpa === undefined || total !== firstMonth - 1 + L.months || !column.every((row) => isBlank(row[0]))) {
        return { sheet, places: { ...places, noConversions: NO_CONVERSIONS_COLUMN } };
      }
      // The conversions read the assumptions the month's marginal CPA reads: the same table, or the defaults.
      const [[[formula]]] = await host.readFormulas([joinAddress(sheet.name, `${scenarioColumn("marginalCpa")}${firstMonth}`)]);
      const range = typeof formula === "string" && formula ? assumptionsRange(formula, sheet.name) : undefined;
      return {
        sheet,
        places: { ...places, columns: { ...letters, conversions: J } },
        addConversions: conversionsColumn({ baseCpa: labels.baseCpa + 1, firstMonth }, range && absoluteAddress(range)),
      };
    }),
  );
}

/** "Assumptions (2)!A1:B8" → "'Assumptions (2)'!$A$1:$B$8": an address as a formula names it, fixed when filled. */
function absoluteAddress(address: string): string {
  const { sheet, cells } = splitAddress(address);
  return sheetPrefix(sheet) + cells.split(":").map(abs).join(":");
}
