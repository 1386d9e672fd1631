/*
 * The planner workbook, defined once: the build script writes assets/spillsplit-planner.xlsx
 * from it, the workbook tests evaluate it in HyperFormula, and hosts can add a scenario sheet
 * from it. The scenario months are single-cell formulas, filled across months and copied between
 * sheets; the Lines blocks, the CPM fit and the playbooks are one spilling formula each.
 *
 * Each sheet, with the layout and labels its readers find it by, is a module of its own
 * (`*-sheet.ts`, over `sheet.ts`); this is the entry the build, the pane, the workbench and the
 * tests import from.
 */
import { assumptionsSheet } from "./assumptions-sheet";
import { guideSheet } from "./guide-sheet";
import { historySheet } from "./history-sheet";
import { linesSheet } from "./lines-sheet";
import { notesSheet } from "./notes-sheet";
import { nplSheet } from "./npl-sheet";
import { scenarioSheet, SCENARIOS } from "./scenario-sheet";
import type { SheetDefinition } from "./sheet";
import { summarySheet } from "./summary-sheet";

export { ASSUMPTIONS_RANGE, assumptionsRangeOf, ASSUMPTIONS_SHEET, assumptionRef, assumptionsSheet, FIRST_TABLE_KEYS } from "./assumptions-sheet";
export { CURRENCY, GUIDE_SHEET, guideSheet } from "./guide-sheet";
export { EXAMPLE_HISTORY, HISTORY_LABELS, HISTORY_LAYOUT, HISTORY_MONTH_HEADER, HISTORY_SHEET } from "./history-sheet";
export { LINES_LAYOUT, LINES_SHEET } from "./lines-sheet";
export { LADDER_COLUMNS, LINE_COLUMNS as NPL_LINE_COLUMNS, NPL_LABELS, NPL_LAYOUT, NPL_LINES, NPL_SHEET } from "./npl-labels";
export { nplSheet } from "./npl-sheet";
export { NOTES_LAST_ROW, NOTES_LAYOUT, NOTES_SHEET } from "./notes-sheet";
export { BAND_LABELS, BAND_LAYOUT, BUDGET_NEGATIVE, CAP_INPUT_MISSING, BUDGET_NOT_A_NUMBER, INPUT_MISSING, OVER_CAP, SCENARIO_LABELS, SCENARIO_LAYOUT, scenarioColumn, scenarioHeader, WITHIN_CAP } from "./scenario-labels";
export { conversionsColumn } from "./scenario-totals";
export { PLANNING_CAP_NOTE, PLAYBOOK_LINES, PLAYBOOK_TITLE, scenarioSheet, SCENARIOS, scenarioTitle } from "./scenario-sheet";
export { abs, columnLetter, TOTAL_LABEL, HEADER_ROW_HEIGHT, parseA1, INPUTS_NOTE, PRINT, fitToHeightOf, printArea, printTitleRows, rowHeightsOf, sheetAsRows } from "./sheet";
export { sheetPrefix } from "./references-syntax";
export type { CellDefinition, SheetDefinition } from "./sheet";
export { lostRow, NO_CONVERSIONS_COLUMN, notFound, SUMMARY_CONVERSIONS, SUMMARY_FIRST_HEADERS, SUMMARY_HEADERS, SUMMARY_LAYOUT, SUMMARY_OLDER_HEADERS, SUMMARY_SHEET, summaryRow, summarySheet, TEMPLATE_PLACES } from "./summary-sheet";
export type { ScenarioColumn, ScenarioPlaces } from "./summary-sheet";

/** The whole planner workbook, in tab order. */
export function plannerWorkbook(): SheetDefinition[] {
  return [guideSheet(), summarySheet(SCENARIOS), assumptionsSheet(), ...SCENARIOS.map((s) => scenarioSheet(s)), notesSheet(), linesSheet(), nplSheet(), historySheet()];
}
