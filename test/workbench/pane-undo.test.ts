/*
 * Each write of the task pane is one step of the user's undo, as Excel keeps an add-in's actions on
 * its undo stack (issue 25): Ctrl+Z takes back exactly the pane's write — the report sheet's old
 * contents and formats, or the sheet it added — and says where it was; Ctrl+Y does it again; the
 * grid's own edit before it (25% typed in J30) is the next step, with its format.
 */
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG } from "../../src/workbench/engine";
import { enterTyped } from "../../src/workbench/paste-looks";
import type { State } from "../../src/workbench/store";
import { remember, takeBack } from "../../src/workbench/undo-places";
import { workbenchHost } from "../../src/workbench/workbench-host";
import { assumptionsSheet, plannerWorkbook, sheetAsRows, SUMMARY_LAYOUT, SUMMARY_SHEET } from "../../src/template/planner";
import { insertScenarioSheet, keepSummary } from "../../src/taskpane/pane-actions";
import { engine } from "../support/engine";

/** A scenario sheet and a report sheet the pane wrote before (its header in a format of its own). */
function workbook(): State {
  const hf = HyperFormula.buildFromSheets({ Growth: [["Stage"]], Report: [["old", "report"], [1, 2]] } as never, { ...ENGINE_CONFIG });
  return { hf, sheet: "Growth", selection: "J30", selected: { row: 29, column: 9 }, extent: undefined, formats: { Report: { "1,0": "0.00" } }, looks: {} } as unknown as State;
}

const J30 = { sheet: 0, row: 29, col: 9 };

/** The pane's host on the workbook, its steps remembered as the workbench page remembers them (pane.tsx). */
const paneOn = (state: State) => workbenchHost(() => state, { changed: () => undefined, stepped: (place, joined) => remember(state.hf, place, joined) }, () => "en");

/** 25% typed in J30 on the grid, remembered as the grid remembers an entry. */
function type25(state: State): void {
  enterTyped(state, { row: 29, column: 9 }, "25%");
  remember(state.hf, { sheet: 0, selected: { row: 29, column: 9 }, extent: undefined });
}

describe("the pane's writes on the workbench's undo", () => {
  it("a report written over the pane's report sheet is one step: undo brings its contents and formats back and leaves J30; redo writes it again; the next undo takes J30 with its format", async () => {
    const state = workbook();
    const host = paneOn(state);
    type25(state);
    await host.writeTable({ id: "1", name: "Report" }, [
      ["Minefield", "Status", "Note"],
      ["A", "risk", "=1+1"],
      ["B", "clear", ""],
    ]);
    expect(state.hf.getSheetValues(1)[2]).toEqual(["B", "clear", ""]);
    expect(state.formats.Report).toEqual({});

    const undone = takeBack(state.hf, false);
    expect(undone).toMatchObject({ sheet: 1, selected: { row: 0, column: 0 }, extent: { row: 2, column: 2 } });
    expect(state.hf.getSheetValues(1)).toEqual([
      ["old", "report"],
      [1, 2],
    ]);
    expect(state.formats.Report).toEqual({ "1,0": "0.00" });
    expect(state.looks?.Report).toBeUndefined();
    expect(state.hf.getCellValue(J30)).toBe(0.25);
    expect(state.formats.Growth["29,9"]).toBe("0%");

    expect(takeBack(state.hf, true)).toMatchObject({ sheet: 1 });
    expect(state.hf.getCellValue({ sheet: 1, row: 1, col: 2 })).toBe("=1+1");
    expect(state.formats.Report).toEqual({});
    expect(state.looks?.Report).toBeDefined();

    takeBack(state.hf, false);
    expect(takeBack(state.hf, false)).toMatchObject({ sheet: 0, selected: { row: 29, column: 9 } });
    expect(state.hf.getCellValue(J30)).toBeNull();
    expect(state.formats.Growth["29,9"]).toBeUndefined();
    state.hf.destroy();
  });

  it("a report in a new sheet is one step: undo takes the sheet away and says where the user was; redo adds it again under the same id", async () => {
    const state = workbook();
    const host = paneOn(state);
    type25(state);
    const report = await host.writeTable({ name: "Minefields - Growth" }, [["Minefield"], ["A"]]);
    const undone = takeBack(state.hf, false);
    expect(state.hf.getSheetNames()).toEqual(["Growth", "Report"]);
    expect(state.formats[report.name]).toBeUndefined();
    expect(state.looks?.[report.name]).toBeUndefined();
    expect(undone?.from).toEqual({ sheet: 0, selected: { row: 29, column: 9 }, extent: undefined });
    expect(state.hf.getCellValue(J30)).toBe(0.25);

    takeBack(state.hf, true);
    expect(state.hf.getSheetName(Number(report.id))).toBe(report.name);
    expect(state.hf.getCellValue({ sheet: Number(report.id), row: 1, col: 0 })).toBe("A");
    expect(state.looks?.[report.name]).toBeDefined();
    state.hf.destroy();
  });

  it("a sheet added from the template and cells written with formats are a step each, their formats and styles taken back with them", async () => {
    const state = workbook();
    const host = paneOn(state);
    const added = await host.addSheet(assumptionsSheet());
    expect(state.sheet).toBe(added.name);
    await host.writeCells("Report", { A1: { value: "new" }, B2: { value: 0.5, format: "0%" }, A2: null });
    takeBack(state.hf, false);
    expect(state.hf.getSheetValues(1)).toEqual([
      ["old", "report"],
      [1, 2],
    ]);
    expect(state.formats.Report).toEqual({ "1,0": "0.00" });
    expect(state.hf.getSheetNames()).toContain(added.name);
    expect(state.formats[added.name]).toBeDefined();
    takeBack(state.hf, false);
    expect(state.hf.getSheetNames()).toEqual(["Growth", "Report"]);
    expect(state.formats[added.name]).toBeUndefined();
    expect(state.looks?.[added.name]).toBeUndefined();
    expect(state.hf.isThereSomethingToUndo()).toBe(false);
    state.hf.destroy();
  });

  it("a write refused (a name taken) leaves no step to undo", async () => {
    const state = workbook();
    const host = paneOn(state);
    await expect(host.writeTable({ name: "report" }, [["x"]])).rejects.toThrow("SHEET_EXISTS");
    await expect(host.addSheet({ ...assumptionsSheet(), name: "GROWTH" })).rejects.toThrow("SHEET_EXISTS");
    expect(state.hf.isThereSomethingToUndo()).toBe(false);
    state.hf.destroy();
  });

  it("a scenario sheet inserted is one step with its Summary row: undo takes both away, so the pane's refresh has nothing to write back and the undo before it is reached; redo brings both", async () => {
    const hf = await engine(Object.fromEntries(plannerWorkbook().map((sheet) => [sheet.name, sheetAsRows(sheet)])));
    const state = { hf, sheet: "Growth", selection: "AA1", selected: { row: 0, column: 26 }, extent: undefined, formats: {}, looks: {} } as unknown as State;
    const host = paneOn(state);
    const summary = hf.getSheetId(SUMMARY_SHEET)!;
    const listed = () => hf.getSheetValues(summary).slice(SUMMARY_LAYOUT.firstRow - 1).map((row) => row[0]).filter((name) => name !== null && name !== undefined && name !== "");
    enterTyped(state, { row: 0, column: 26 }, "111");
    remember(hf, { sheet: hf.getSheetId("Growth")!, selected: { row: 0, column: 26 }, extent: undefined });
    const before = listed();
    const added = await insertScenarioSheet(host);
    expect(listed()).toEqual([...before, added.name]);
    // The pane's refresh after the insert finds the Summary in step: it writes nothing.
    expect(await keepSummary(host)).toBe(false);

    takeBack(hf, false);
    expect(hf.getSheetNames()).not.toContain(added.name);
    expect(listed()).toEqual(before);
    // ...and after the undo too, so the next undo reaches the edit before the insert.
    expect(await keepSummary(host)).toBe(false);
    expect(takeBack(hf, false)).toMatchObject({ selected: { row: 0, column: 26 } });
    expect(hf.getCellValue({ sheet: hf.getSheetId("Growth")!, row: 0, col: 26 })).toBeNull();

    takeBack(hf, true);
    takeBack(hf, true);
    expect(hf.getSheetNames()).toContain(added.name);
    expect(listed()).toEqual([...before, added.name]);
    expect(await keepSummary(host)).toBe(false);
    hf.destroy();
  });

  it("a step of several writes whose oldest the engine forgot (past its undo limit) is taken back as far as the engine holds it, without an error", async () => {
    const hf = HyperFormula.buildFromSheets({ Growth: [["Stage"]], Report: [["old"]] } as never, { ...ENGINE_CONFIG, undoLimit: 2 });
    const state = { hf, sheet: "Growth", selection: "A1", selected: { row: 0, column: 0 }, extent: undefined, formats: {}, looks: {} } as unknown as State;
    const host = paneOn(state);
    await host.oneAction!(async () => {
      for (const value of ["a", "b", "c"]) await host.writeCells("Report", { A1: { value } });
    });
    expect(() => takeBack(hf, false)).not.toThrow();
    expect(hf.getCellValue({ sheet: 1, row: 0, col: 0 })).toBe("a");
    expect(() => takeBack(hf, true)).not.toThrow();
    expect(hf.getCellValue({ sheet: 1, row: 0, col: 0 })).toBe("c");
    hf.destroy();
  });
});
