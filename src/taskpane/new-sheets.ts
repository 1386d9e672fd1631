/*
 * The sheets the pane adds from the template — a scenario sheet, the Assumptions table it reads —
 * and the template's charts, with the code that draws them in Excel (office-charts.ts): code the
 * pane needs only when the user presses Insert scenario sheet or Insert charts, so it is a chunk of
 * its own (new-sheets.[hash].js, beside taskpane.js on the add-in's own origin) that
 * load-new-sheets.ts fetches then (README: Performance), not part of taskpane.js.
 */
import { ASSUMPTION_TABLE } from "../core/maths/assumptions";
import { ASSUMPTIONS_RANGE, assumptionsRangeOf, ASSUMPTIONS_SHEET, HISTORY_SHEET, scenarioSheet, SCENARIOS, sheetPrefix } from "../template/planner";
import type { SheetDefinition } from "../template/planner";
import { freeSheetName, sameSheetName } from "../spreadsheet/sheet-names";

export { assumptionsSheet } from "../template/assumptions-sheet";
export { templateChartsOn } from "../template/charts";
export { addCharts as addOfficeCharts } from "./office-charts";

/**
 * A new scenario sheet from the template definition, named so that no sheet has its name in any
 * case, its formulas reading the assumptions table on `assumptionsSheetName` of `keys` rows (an
 * older template's table is shorter: the range stops where its keys do, above the sheet's note).
 */
export function newScenarioDefinition(existing: readonly string[], assumptionsSheetName: string = ASSUMPTIONS_SHEET, keys = ASSUMPTION_TABLE.length): SheetDefinition {
  let n = 1;
  while (existing.some((name) => sameSheetName(name, `Scenario ${n}`))) n++;
  const name = freeSheetName(`Scenario ${n}`, existing);
  // The band of caps reads the CPM history sheet: only where there is one, or its formulas would point nowhere.
  const history = existing.some((sheet) => sameSheetName(sheet, HISTORY_SHEET));
  const definition = scenarioSheet({ ...SCENARIOS[1], name }, { history });
  return assumptionsSheetName === ASSUMPTIONS_SHEET && keys === ASSUMPTION_TABLE.length ? definition : pointAtAssumptions(definition, assumptionsSheetName, keys);
}

/** The definition with its formulas reading the assumptions table of `keys` rows on another sheet. */
export function pointAtAssumptions(definition: SheetDefinition, sheetName: string, keys = ASSUMPTION_TABLE.length): SheetDefinition {
  const reference = sheetPrefix(sheetName);
  const table = assumptionsRangeOf(keys, reference);
  const cells = Object.fromEntries(
    Object.entries(definition.cells).map(([a1, cell]) => [
      a1,
      cell.formula === undefined ? cell : { ...cell, formula: cell.formula.split(ASSUMPTIONS_RANGE).join(table).split(`${ASSUMPTIONS_SHEET}!`).join(reference) },
    ]),
  );
  return { ...definition, cells };
}
