/*
 * Which sheets are scenarios, and the Summary that lists them (issue 21, item 7), on the template
 * computed in HyperFormula and driven through the workbench's workbook interface as the pane drives it:
 * only scenario sheets are scenarios; a scenario sheet inserted, copied, renamed or deleted reaches
 * the Summary; a scenario's title follows its stage.
 */
import type { HyperFormula } from "hyperformula";
import { insertScenarioSheet, keepSummary } from "../../src/taskpane/pane-actions";
import { isScenario, readScenario } from "../../src/taskpane/scenario";
import { scenarioSheets } from "../../src/taskpane/scenario-layouts";
import { emptySheetState } from "../../src/taskpane/state";
import { ASSUMPTIONS_SHEET, FIRST_TABLE_KEYS, OVER_CAP, plannerWorkbook, SCENARIO_LAYOUT, SCENARIOS, sheetAsRows, SUMMARY_LAYOUT as S, SUMMARY_SHEET, WITHIN_CAP } from "../../src/template/planner";
import { workbenchHost, WorkbenchDocument } from "../../src/workbench/workbench-host";
import { engine } from "../support/engine";

let hf: HyperFormula;
let doc: WorkbenchDocument;
const host = () => workbenchHost(() => doc, { changed: () => undefined }, () => "en");
const at = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);

beforeEach(async () => {
  hf = await engine(Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)])));
  doc = { hf, formats: {}, sheet: "Growth", selection: "B10" };
});
afterEach(() => hf.destroy());

/** Copies a sheet as Excel's "Move or Copy… › Create a copy" does: every cell and formula, under a new name. */
function copySheet(from: string, to: string): void {
  const content = hf.getSheetSerialized(hf.getSheetId(from)!);
  hf.addSheet(to);
  hf.setSheetContent(hf.getSheetId(to)!, content);
}

/** The Summary's rows: each scenario's name and year budget, until the first blank name. */
function summaryRows(): [unknown, unknown][] {
  const rows: [unknown, unknown][] = [];
  for (let r = S.firstRow; at(SUMMARY_SHEET, `A${r}`) !== null; r++) rows.push([at(SUMMARY_SHEET, `A${r}`), at(SUMMARY_SHEET, `C${r}`)]);
  return rows;
}

const yearBudget = (sheet: string) => at(sheet, `B${SCENARIO_LAYOUT.totalRow}`);

describe("only scenario sheets are scenarios", () => {
  it("finds the template's three scenario sheets by their labels, and no other sheet", async () => {
    const found = await scenarioSheets(host(), await host().sheets());
    expect(found.map((s) => s.name)).toEqual(SCENARIOS.map((s) => s.name));
  });

  it("the Summary, Assumptions, Notes, Lines and CPM history are no scenario (no seven 'not bound' rows); a template scenario, a copy of one and a sheet with a bound input are", async () => {
    const state = emptySheetState();
    for (const name of ["Summary", "Assumptions", "Notes", "Lines", "CPM history"]) {
      expect({ name, scenario: isScenario(await readScenario(host(), name, state), state) }).toEqual({ name, scenario: false });
    }
    expect(isScenario(await readScenario(host(), "Growth", state), state)).toBe(true);
    copySheet("Growth", "My copy");
    hf.renameSheet(hf.getSheetId("My copy")!, "Renamed copy");
    expect(isScenario(await readScenario(host(), "Renamed copy", state), state)).toBe(true);
    const bound = { ...state, bindings: { stage: { address: "Lines!B3" } } };
    expect(isScenario(await readScenario(host(), "Lines", bound), bound)).toBe(true);
  });
});

describe("the Summary lists the scenario sheets there are (the pane keeps it)", () => {
  it("leaves a Summary in step untouched", async () => {
    expect(await keepSummary(host())).toBe(false);
    expect(summaryRows().map(([name]) => name)).toEqual(SCENARIOS.map((s) => s.name));
  });

  it("a copied scenario sheet reaches the Summary, with its own figures", async () => {
    copySheet("Growth", "Growth (2)");
    hf.setCellContents(hf.simpleCellAddressFromString(`B${SCENARIO_LAYOUT.firstMonthRow}`, hf.getSheetId("Growth (2)")!)!, [[1_000_000]]);
    expect(await keepSummary(host())).toBe(true);
    expect(summaryRows()).toEqual([...SCENARIOS.map((s) => [s.name, yearBudget(s.name)]), ["Growth (2)", yearBudget("Growth (2)")]]);
    expect(yearBudget("Growth (2)")).not.toBe(yearBudget("Growth"));
    expect(await keepSummary(host())).toBe(false);
  });

  it("an inserted scenario sheet (Insert scenario sheet) reaches the Summary", async () => {
    const added = await insertScenarioSheet(host());
    await keepSummary(host());
    expect(summaryRows().map(([name]) => name)).toEqual([...SCENARIOS.map((s) => s.name), added.name]);
    expect(summaryRows()[3][1]).toBe(yearBudget(added.name));
  });

  it("in a workbook from a template before the ladder's rates, the inserted scenario reads the workbook's own shorter table, not a new Assumptions (2)", async () => {
    // The first templates' table: the keys before the ladder's, then the sheet's note two rows below.
    const id = hf.getSheetId(ASSUMPTIONS_SHEET)!;
    const rows = hf.getSheetSerialized(id).slice(0, FIRST_TABLE_KEYS + 1);
    hf.setSheetContent(id, [...rows, [], ["Edit the values in column B; every RED formula in this workbook reads them."]]);
    const before = hf.getSheetNames().length;
    const added = await insertScenarioSheet(host());
    expect(hf.getSheetNames()).toHaveLength(before + 1);
    const formulas = Object.values(hf.getSheetSerialized(hf.getSheetId(added.name)!).flat()).filter((c) => typeof c === "string" && c.startsWith("=") && c.includes(`${ASSUMPTIONS_SHEET}!`));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula).toContain(`${ASSUMPTIONS_SHEET}!$A$1:$B$${FIRST_TABLE_KEYS + 1}`);
    // Every figure of its year computes: no key is read from the note below the table.
    const total = SCENARIO_LAYOUT.firstMonthRow + SCENARIO_LAYOUT.months;
    for (const column of ["B", "C", "D", "G", "J"]) expect(typeof at(added.name, `${column}${total}`)).toBe("number");
    expect([OVER_CAP, WITHIN_CAP]).toContain(at(added.name, `I${SCENARIO_LAYOUT.firstMonthRow}`));
  });

  it("a renamed scenario: its figures follow at once (formulas follow renames), its name once the pane refreshes", async () => {
    const before = summaryRows();
    hf.renameSheet(hf.getSheetId("Growth")!, "Bob's plan");
    expect(summaryRows()[1]).toEqual(["Growth", before[1][1]]);
    expect(await keepSummary(host())).toBe(true);
    expect(summaryRows()).toEqual([before[0], ["Bob's plan", before[1][1]], before[2]]);
  });

  it("a deleted scenario loses its row, and the row left over is emptied", async () => {
    hf.removeSheet(hf.getSheetId("Growth")!);
    await keepSummary(host());
    expect(summaryRows().map(([name]) => name)).toEqual(["Cold start", "Mature"]);
    expect(at(SUMMARY_SHEET, `C${S.firstRow + 2}`)).toBeNull();
  });
});

describe("a scenario's title follows its stage", () => {
  it("names the stage typed, in English and Chinese, and changes with it", () => {
    expect(at("Growth", "A1")).toBe("Scenario 情景 · Stage: growth  阶段：成长期");
    hf.setCellContents(hf.simpleCellAddressFromString(SCENARIO_LAYOUT.stage, hf.getSheetId("Growth")!)!, [["成熟期"]]);
    expect(at("Growth", "A1")).toBe("Scenario 情景 · Stage: mature  阶段：成熟期");
    hf.setCellContents(hf.simpleCellAddressFromString(SCENARIO_LAYOUT.stage, hf.getSheetId("Growth")!)!, [[1.5]]);
    expect(String(at("Growth", "A1"))).toMatch(/between cold start → growth .*介于 冷启动期 → 成长期/);
  });
});
