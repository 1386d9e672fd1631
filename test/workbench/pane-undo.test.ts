/*
 * Each write of the task pane is one step of the user's undo, as Excel keeps an add-in's actions on
 * its undo stack (issue 25): Ctrl+Z takes back exactly the pane's write — the report sheet's old
 * contents and formats, or the sheet it added — and says where it was; Ctrl+Y does it again; the
 * grid's own edit before it (25% typed in J30) is the next step, with its format.
 */
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { enterTyped } from "../../src/workbench/paste-looks";
import type { State } from "../../src/workbench/store";
import { lastStep, remember, takeBack } from "../../src/workbench/undo-places";
import { renameRecorded } from "../../src/workbench/sheet-rename";
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
const paneOn = (state: State) =>
  workbenchHost(() => state, { changed: () => undefined, stepped: (place, into) => remember(state.hf, place, into), lastStep: () => lastStep(state.hf) }, () => "en");

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
    await host.oneAction!(async (action) => {
      for (const value of ["a", "b", "c"]) await action.writeCells("Report", { A1: { value } });
    });
    expect(() => takeBack(hf, false)).not.toThrow();
    expect(hf.getCellValue({ sheet: 1, row: 0, col: 0 })).toBe("a");
    expect(() => takeBack(hf, true)).not.toThrow();
    expect(hf.getCellValue({ sheet: 1, row: 0, col: 0 })).toBe("c");
    hf.destroy();
  });
});

/** The planner template on the workbench, on Growth, its Summary's scenario names listed. */
async function planner() {
  const hf = await engine(Object.fromEntries(plannerWorkbook().map((sheet) => [sheet.name, sheetAsRows(sheet)])));
  // The file's one sheet as opened (Download names the file's sheets as these are named).
  const opened = [{ name: "Growth", rows: [], formats: {} }];
  const state = { hf, opened, sheet: "Growth", selection: "AA1", selected: { row: 0, column: 26 }, extent: undefined, formats: { Growth: { "0,26": "0%" } }, looks: {} } as unknown as State;
  const summary = hf.getSheetId(SUMMARY_SHEET)!;
  const listed = () => hf.getSheetValues(summary).slice(SUMMARY_LAYOUT.firstRow - 1).map((row) => row[0]).filter((name) => name !== null && name !== undefined && name !== "");
  const growth = hf.getSheetId("Growth")!;
  /** 111 typed in AA1 on the grid, remembered as the grid remembers an entry. */
  const type111 = () => {
    enterTyped(state, { row: 0, column: 26 }, "111");
    remember(hf, { sheet: growth, selected: { row: 0, column: 26 }, extent: undefined });
  };
  return { hf, opened, state, listed, growth, type111, host: paneOn(state) };
}

describe("a sheet renamed from its tab, and the Summary row the pane keeps after it", () => {
  it("a rename is one step: undo names the sheet back with its formats, going to it, redo renames it again, and the edit before it is the next undo", async () => {
    const { hf, opened, state, growth, type111 } = await planner();
    type111();
    state.sheet = "Mature";
    renameRecorded(state, growth, "Plan A");
    expect(state.formats["Plan A"]).toEqual({ "0,26": "0%" });
    expect(state.formats.Growth).toBeUndefined();
    expect(opened[0].name).toBe("Plan A");

    expect(takeBack(hf, false)).toMatchObject({ sheet: growth, selected: { row: 0, column: 0 } });
    expect(hf.getSheetName(growth)).toBe("Growth");
    expect(state.formats.Growth).toEqual({ "0,26": "0%" });
    expect(state.formats["Plan A"]).toBeUndefined();
    expect(opened[0].name).toBe("Growth");

    expect(takeBack(hf, true)).toMatchObject({ sheet: growth });
    expect(hf.getSheetName(growth)).toBe("Plan A");
    expect(state.formats["Plan A"]).toEqual({ "0,26": "0%" });
    expect(opened[0].name).toBe("Plan A");

    takeBack(hf, false);
    expect(takeBack(hf, false)).toMatchObject({ sheet: growth, selected: { row: 0, column: 26 } });
    expect(hf.getCellValue({ sheet: growth, row: 0, col: 26 })).toBeNull();
    expect(state.formats.Growth).toEqual({ "0,26": "0%" });
    hf.destroy();
  });

  it("a rename to a name a formula pointed at (#REF! until then) is one step too: undo takes the formula back to #REF!, and the edit before stays the next undo", async () => {
    const state = workbook();
    const { hf } = state;
    type25(state);
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [["=Plan!A1"]]);
    remember(hf, { sheet: 0, selected: { row: 0, column: 1 }, extent: undefined });
    renameRecorded(state, 1, "Plan");
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe("old");
    expect(takeBack(hf, false)).toMatchObject({ sheet: 1 });
    expect(hf.getSheetName(1)).toBe("Report");
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toMatchObject({ value: "#REF!" });
    expect(state.formats.Report).toEqual({ "1,0": "0.00" });
    expect(takeBack(hf, true)).toMatchObject({ sheet: 1 });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe("old");
    takeBack(hf, false);
    expect(takeBack(hf, false)).toMatchObject({ sheet: 0, selected: { row: 0, column: 1 } });
    expect(takeBack(hf, false)).toMatchObject({ sheet: 0, selected: { row: 29, column: 9 } });
    expect(hf.getCellValue(J30)).toBeNull();
    hf.destroy();
  });

  it("the Summary row the pane's refresh writes after a rename joins the rename's step: one undo takes both back, one redo does both again, and after the undo the refresh writes nothing, so redo stays and the next undo reaches the edit before", async () => {
    const { hf, state, listed, growth, type111, host } = await planner();
    type111();
    const before = listed();
    expect(before).toContain("Growth");
    renameRecorded(state, growth, "Plan A");
    // The pane's refresh: the Summary follows the rename.
    await host.following!((following) => keepSummary(following));
    const renamed = before.map((name) => (name === "Growth" ? "Plan A" : name));
    expect(listed()).toEqual(renamed);

    takeBack(hf, false);
    expect(hf.getSheetName(growth)).toBe("Growth");
    expect(listed()).toEqual(before);
    // The refresh after the undo finds the Summary in step and nothing to write.
    await host.following!((following) => keepSummary(following));
    expect(hf.isThereSomethingToRedo()).toBe(true);

    takeBack(hf, true);
    expect(hf.getSheetName(growth)).toBe("Plan A");
    expect(listed()).toEqual(renamed);
    await host.following!((following) => keepSummary(following));
    takeBack(hf, false);
    expect(takeBack(hf, false)).toMatchObject({ selected: { row: 0, column: 26 } });
    expect(hf.getCellValue({ sheet: growth, row: 0, col: 26 })).toBeNull();
    expect(listed()).toEqual(before);
    hf.destroy();
  });

  it("after an undo the pane's refresh writes nothing, even with the Summary out of step: the redo is kept and Ctrl+Z never loops on the Summary's row", async () => {
    const { hf, state, listed, growth, type111, host } = await planner();
    type111();
    const before = listed();
    renameRecorded(state, growth, "Plan A");
    // A Summary row written as a step of its own (the pane's own action, not following a change).
    await keepSummary(host);
    takeBack(hf, false);
    // The Summary lists Growth again, a name no sheet has now.
    expect(hf.getSheetName(growth)).toBe("Plan A");
    expect(listed()).toEqual(before);
    await host.following!((following) => keepSummary(following));
    expect(listed()).toEqual(before);
    expect(hf.isThereSomethingToRedo()).toBe(true);
    // The next undo takes the rename back, and the one after it the edit.
    takeBack(hf, false);
    expect(hf.getSheetName(growth)).toBe("Growth");
    expect(listed()).toEqual(before);
    await host.following!((following) => keepSummary(following));
    expect(takeBack(hf, false)).toMatchObject({ selected: { row: 0, column: 26 } });
    expect(hf.getCellValue({ sheet: growth, row: 0, col: 26 })).toBeNull();
    hf.destroy();
  });

  it("the Summary's rows written back after a grid edit that cleared one join that edit's step", async () => {
    const { hf, listed, host } = await planner();
    const before = listed();
    const summary = hf.getSheetId(SUMMARY_SHEET)!;
    const second = { sheet: summary, row: SUMMARY_LAYOUT.firstRow, col: 0 };
    hf.setCellContents(second, [[null]]);
    remember(hf, { sheet: summary, selected: { row: second.row, column: 0 }, extent: undefined });
    expect(listed()).not.toEqual(before);
    await host.following!((following) => keepSummary(following));
    expect(listed()).toEqual(before);
    // One undo: the edit and the rows written after it.
    expect(takeBack(hf, false)).toMatchObject({ sheet: summary, selected: { row: second.row, column: 0 } });
    expect(listed()).toEqual(before);
    expect(hf.isThereSomethingToUndo()).toBe(false);
    hf.destroy();
  });
});

describe("one action of the pane joins only its own writes", () => {
  it("a write of another task made while an action is under way is a step of its own, after the action's: the first undo takes back only it, the next the whole action", async () => {
    const state = workbook();
    const host = paneOn(state);
    let firstWritten = () => undefined as void;
    const written = new Promise<void>((resolve) => (firstWritten = resolve));
    const action = host.oneAction!(async (own) => {
      await own.writeCells("Report", { A1: { value: "a" } });
      firstWritten();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await own.writeCells("Report", { B1: { value: "b" } });
    });
    await written;
    const other = host.writeCells("Growth", { B1: { value: "other" } });
    await Promise.all([action, other]);
    expect(state.hf.getCellValue({ sheet: 1, row: 0, col: 1 })).toBe("b");
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe("other");

    expect(takeBack(state.hf, false)).toMatchObject({ sheet: 0 });
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBeNull();
    expect(state.hf.getCellValue({ sheet: 1, row: 0, col: 0 })).toBe("a");
    expect(takeBack(state.hf, false)).toMatchObject({ sheet: 1 });
    expect(state.hf.getSheetValues(1)[0]).toEqual(["old", "report"]);
    expect(state.hf.isThereSomethingToUndo()).toBe(false);
    state.hf.destroy();
  });

  it("an action's host is the one it was asked of, with what the page adds to it, but its own writes", async () => {
    const state = workbook();
    const saved: unknown[] = [];
    const host = { ...paneOn(state), saveSettings: async (value: unknown) => void saved.push(value) };
    await host.oneAction!(async (own) => {
      await own.writeCells("Report", { A1: { value: "a" } });
      await own.saveSettings("kept");
    });
    await host.following!((own) => own.saveSettings("kept too"));
    expect(saved).toEqual(["kept", "kept too"]);
    state.hf.destroy();
  });

  it("two actions under way at once are a step each", async () => {
    const state = workbook();
    const host = paneOn(state);
    const twice = (sheet: string, value: string) =>
      host.oneAction!(async (own) => {
        await own.writeCells(sheet, { C1: { value } });
        await new Promise((resolve) => setTimeout(resolve, 10));
        await own.writeCells(sheet, { D1: { value } });
      });
    await Promise.all([twice("Growth", "g"), twice("Report", "r")]);
    expect(state.hf.getSheetValues(0)[0]).toEqual(["Stage", null, "g", "g"]);
    expect(state.hf.getSheetValues(1)[0]).toEqual(["old", "report", "r", "r"]);
    // The second waited for the first: undo takes it back whole, then the first whole.
    takeBack(state.hf, false);
    expect(state.hf.getSheetValues(1)[0]).toEqual(["old", "report"]);
    expect(state.hf.getSheetValues(0)[0]).toEqual(["Stage", null, "g", "g"]);
    takeBack(state.hf, false);
    expect(state.hf.getSheetValues(0)[0]).toEqual(["Stage"]);
    expect(state.hf.isThereSomethingToUndo()).toBe(false);
    state.hf.destroy();
  });
});
