/*
 * Insert scenario sheet writes its formulas through Office.js as a user types them (=RED.X(…));
 * the file template stores the same formulas in Excel's stored form (_xldudf_RED_X(…)). Issue 13:
 * the two must be the same formulas, differing only in form.
 */
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { officeHost } from "../../src/taskpane/office-host";
import { newScenarioDefinition } from "../../src/taskpane/new-sheets";
import { toStoredFormula } from "../../src/template/formula-form";
import { mockExcel } from "../support/office-mock";
import { xmlCells } from "../support/xlsx-xml";
import fs from "fs";

/** What Range.formulas received, by A1 address, from one Excel.run adding one sheet to a workbook of Growth alone. */
async function formulasWrittenByInsert(): Promise<Record<string, string>> {
  const { excel, written } = mockExcel({ Growth: {} });
  (globalThis as Record<string, unknown>).Excel = excel;
  try {
    const { name } = await officeHost().addSheet(newScenarioDefinition(["Growth"]));
    const formulas: Record<string, string> = {};
    for (const [where, grid] of Object.entries(written.formulas)) {
      expect(where.startsWith(`${name}!`)).toBe(true);
      formulas[where.slice(name.length + 1)] = grid[0][0] as string;
    }
    return formulas;
  } finally {
    delete (globalThis as Record<string, unknown>).Excel;
  }
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
