/*
 * Insert scenario sheet writes its formulas through Office.js as a user types them (=RED.X(…));
 * the file template stores the same formulas in Excel's stored form (_xldudf_RED_X(…)). Issue 13:
 * the two must be the same formulas, differing only in form.
 */
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { officeHost } from "../../src/taskpane/office-host";
import { newScenarioDefinition } from "../../src/taskpane/scenario";
import { toStoredFormula } from "../../src/template/formula-form";
import { xmlCells } from "../support/xlsx-xml";
import fs from "fs";

/** What Range.formulas received, by A1 address, from one Excel.run adding one sheet. */
async function formulasWrittenByInsert(): Promise<Record<string, string>> {
  const formulas: Record<string, string> = {};
  const range = (address: string) => ({
    set formulas(grid: string[][]) {
      formulas[address] = grid[0][0];
    },
    set values(_grid: unknown[][]) {},
    set numberFormat(_grid: unknown[][]) {},
    format: { font: {}, fill: {}, borders: { getItem: () => ({}) }, columnWidth: 0 },
    merge: () => undefined,
  });
  const sheet = {
    id: "{new}",
    name: "Scenario 1",
    load: () => undefined,
    getRange: range,
    getRangeByIndexes: () => range("width"),
    freezePanes: { freezeRows: () => undefined, freezeAt: () => undefined },
    activate: () => undefined,
    horizontalPageBreaks: { add: () => undefined },
    pageLayout: { setPrintTitleRows: () => undefined, setPrintArea: () => undefined, headersFooters: { defaultForAllPages: {} } },
  };
  // The workbook as the host asks after it first: which sheets exist (the new name must be free).
  const worksheets = { items: [{ id: "{growth}", name: "Growth" }], load: () => undefined, add: () => sheet };
  const context = { workbook: { worksheets }, sync: async () => undefined };
  (globalThis as unknown as { Excel: unknown }).Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
  await officeHost().addSheet(newScenarioDefinition(["Growth"]));
  return formulas;
}

describe("Insert scenario sheet and the file template", () => {
  it("writes each formula as typed (=RED.X), the same formula the template file stores as _xldudf_RED_X", async () => {
    const typed = await formulasWrittenByInsert();
    const stored = (await xmlCells(fs.readFileSync(TEMPLATE_PATH))).Growth;
    const addresses = Object.keys(typed);
    expect(addresses.length).toBeGreaterThan(80);
    let red = 0;
    for (const a1 of addresses) {
      const formula = typed[a1];
      expect(formula.startsWith("=")).toBe(true);
      // Typed form: Office.js takes formulas as a user types them, never Excel's stored names.
      expect(formula).not.toMatch(/_xldudf_|_xlfn\./);
      expect({ a1, stored: toStoredFormula(formula.slice(1)) }).toEqual({ a1, stored: stored[a1].formula });
      if (formula.includes("RED.")) {
        red++;
        expect(stored[a1].formula).not.toBe(formula.slice(1));
      }
    }
    expect(red).toBeGreaterThan(70);
  });
});
