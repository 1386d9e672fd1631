/* Insert scenario sheet adds the band of caps only where the workbook has a CPM history sheet to read. */
import { newScenarioDefinition } from "../../src/taskpane/new-sheets";
import { BAND_LAYOUT, HISTORY_SHEET } from "../../src/template/planner";

describe("a new scenario sheet's band of budget caps", () => {
  it("reads the CPM history sheet when there is one (found whatever its case)", () => {
    const sheet = newScenarioDefinition(["Growth", HISTORY_SHEET.toUpperCase()]);
    expect(sheet.cells[BAND_LAYOUT.pessimistic[1]].formula).toContain(`'${HISTORY_SHEET}'!`);
    expect(sheet.cells[BAND_LAYOUT.optimistic[1]].formula).toMatch(/^RED\.BUDGETCAP\(/);
  });

  it("leaves the band out where there is none, so no formula points at a missing sheet", () => {
    const sheet = newScenarioDefinition(["Growth", "Notes"]);
    for (const [label, value] of [BAND_LAYOUT.pessimistic, BAND_LAYOUT.fitted, BAND_LAYOUT.optimistic]) {
      expect(sheet.cells[label]).toBeUndefined();
      expect(sheet.cells[value]).toBeUndefined();
    }
    expect(Object.values(sheet.cells).some((cell) => cell.formula?.includes(HISTORY_SHEET))).toBe(false);
  });
});
