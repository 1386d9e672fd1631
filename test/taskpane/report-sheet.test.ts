/*
 * The pane's report sheet is found by its id and its name, and only while it holds a report: the
 * workbench's sheet ids are numbers HyperFormula gives afresh on each load (a formula naming a sheet
 * not yet made holds the next one), and a deleted sheet's number goes to the next sheet added, so an
 * id alone can point at a new scenario sheet. Excel's ids stay through reloads and renames: there
 * the report is still found by its id when renamed.
 */
import { HyperFormula } from "hyperformula";
import { MINEFIELDS, reportTable, Status } from "../../src/core";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { officeHost } from "../../src/taskpane/office-host";
import { reportSheets, writeScenarioReport } from "../../src/taskpane/pane-actions";
import { emptySheetState, SheetState, withReportsMoved } from "../../src/taskpane/state";
import type { SheetRef, WorkbookHost } from "../../src/taskpane/host";
import { WorkbenchDocument, workbenchHost } from "../../src/workbench/workbench-host";
import { mockExcel, mockOffice } from "../support/office-mock";

const unanswered = (): Status => "unanswered";

/** A workbench host on a workbook of `sheets` (name → rows), in tab order. */
function workbench(sheets: Record<string, unknown[][]>) {
  const book: { doc: WorkbenchDocument } = {
    doc: { hf: HyperFormula.buildFromSheets(sheets as never, { licenseKey: ENGINE_CONFIG.licenseKey }), formats: {}, sheet: "Growth", selection: "B2" },
  };
  const host = workbenchHost(() => book.doc, { changed: () => undefined }, () => "en");
  /** The workbook reloaded, as a reload of the page opens it again: the sheets in tab order, formulas as typed. */
  const reload = () => {
    const { hf } = book.doc;
    const kept = Object.fromEntries(hf.getSheetNames().map((name) => [name, hf.getSheetSerialized(hf.getSheetId(name)!)]));
    book.doc = { ...book.doc, hf: HyperFormula.buildFromSheets(kept as never, { licenseKey: ENGINE_CONFIG.licenseKey }) };
  };
  return { book, host, reload };
}

async function report(host: WorkbookHost, state: SheetState): Promise<SheetRef> {
  return writeScenarioReport(host, (await host.sheets()).find((s) => s.name === "Growth")!, state, unanswered, {}, "en");
}

const names = async (host: WorkbookHost) => (await host.sheets()).map((s) => s.name);

describe("the pane's report sheet, in the workbench", () => {
  it("is not a new scenario sheet that came to have its id after a reload (a formula named that sheet before it was made)", async () => {
    const { book, host, reload } = workbench({ Growth: [["Budget", 300_000]] });
    // A formula naming a sheet that is not there yet: HyperFormula holds the next id for it.
    book.doc.hf.setCellContents({ sheet: 0, row: 2, col: 0 }, [["='Scenario 2'!A1"]]);
    const written = await report(host, emptySheetState());
    expect(written.name).toBe("Minefields - Growth");
    reload();
    const scenario = await host.addSheet({ name: "Scenario 2", widths: [], frozen: { rows: 0, columns: 0 }, cells: { A1: { value: "Stage 阶段" } } });
    expect(scenario.id).toBe(written.id); // the id the report had before the reload
    // The report is the sheet of its name; the scenario, with the report's old id, is no report.
    const [found] = await reportSheets(host, [written], await host.sheets());
    expect(found).toEqual({ id: expect.not.stringMatching(`^${written.id}$`), name: "Minefields - Growth" });
    // Written again: in place, over the report, and never a second one.
    const again = await report(host, { ...emptySheetState(), report: written });
    expect(again).toEqual(found);
    expect(await names(host)).toEqual(["Growth", "Minefields - Growth", "Scenario 2"]);
    const [scenarioCells] = await host.readRanges(["'Scenario 2'!A1:A2"]);
    expect(scenarioCells).toEqual([["Stage 阶段"], [null]]);
  });

  it("is not the sheet added after the report was deleted, which takes its id", async () => {
    const { book, host } = workbench({ Growth: [["Budget", 300_000]] });
    const written = await report(host, emptySheetState());
    book.doc.hf.removeSheet(Number(written.id));
    const added = await host.addSheet({ name: "Scenario 2", widths: [], frozen: { rows: 0, columns: 0 }, cells: {} });
    expect(added.id).toBe(written.id);
    expect(await reportSheets(host, [written], await host.sheets())).toEqual([undefined]);
    const next = await report(host, { ...emptySheetState(), report: written });
    expect(next.name).toBe("Minefields - Growth");
    expect(await names(host)).toEqual(["Growth", "Scenario 2", "Minefields - Growth"]);
  });

  it("renamed, is still found by its id, and kept under its new name so a reload finds it by name", async () => {
    const { book, host, reload } = workbench({ Growth: [["Budget", 300_000]] });
    book.doc.hf.setCellContents({ sheet: 0, row: 2, col: 0 }, [["='Later'!A1"]]);
    const written = await report(host, emptySheetState());
    book.doc.hf.renameSheet(Number(written.id), "Checked");
    const [found] = await reportSheets(host, [written], await host.sheets());
    expect(found).toEqual({ id: written.id, name: "Checked" });
    const state = withReportsMoved({ version: 2, sheets: [{ ...emptySheetState({ id: "0", name: "Growth" }), report: written }] }, [{ was: written, now: found! }]);
    expect(state.sheets[0].report).toEqual(found);
    reload();
    const [afterReload] = await reportSheets(host, [state.sheets[0].report!], await host.sheets());
    expect(afterReload?.name).toBe("Checked");
    expect(afterReload?.id).not.toBe(written.id);
  });

  it("is not a sheet the user has taken over (its header replaced), nor one of its name that holds no report", async () => {
    const { book, host } = workbench({ Growth: [["Budget", 300_000]], Minefields: [["my own notes"]] });
    const taken = await report(host, emptySheetState());
    book.doc.hf.setCellContents({ sheet: Number(taken.id), row: 0, col: 0 }, [["mine now"]]);
    expect(await reportSheets(host, [taken, { id: "99", name: "Minefields" }], await host.sheets())).toEqual([undefined, undefined]);
  });
});

describe("the pane's report sheet, in Excel (office-addin-mock)", () => {
  const header = reportTable({}, {}, "en")[0];
  beforeEach(() => {
    (globalThis as Record<string, unknown>).Office = mockOffice().office;
  });
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("renamed by the user, is found by its id and rewritten in place", async () => {
    const { excel, written, rename, idOf } = mockExcel({ Growth: { "A1:B1": [["Budget", 300_000]] }, "Minefields - Growth": { "A1:E1": [header] } }, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const saved = { id: idOf("Minefields - Growth"), name: "Minefields - Growth" };
    rename("Minefields - Growth", "Checked");
    const host = officeHost();
    expect(await reportSheets(host, [saved], await host.sheets())).toEqual([{ id: saved.id, name: "Checked" }]);
    const again = await report(host, { ...emptySheetState(), report: saved });
    expect(again).toEqual({ id: saved.id, name: "Checked" });
    expect(written.added).toEqual([]);
    expect(written.cleared).toEqual(["Checked"]);
    expect(written.values[`Checked!0,0,${MINEFIELDS.length + 1},5`]?.[0]).toEqual(header);
  });

  it("whose id changed on reopening, is found by its name", async () => {
    const { excel, written } = mockExcel({ Growth: { "A1:B1": [["Budget", 300_000]] }, "Minefields - Growth": { "A1:E1": [header] } }, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const host = officeHost();
    const again = await report(host, { ...emptySheetState(), report: { id: "{from-before}", name: "Minefields - Growth" } });
    expect(again.name).toBe("Minefields - Growth");
    expect(written.added).toEqual([]);
  });
});
