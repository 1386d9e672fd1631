/*
 * The task pane's Office.js workbook host, driven by office-addin-mock: Excel.run, load and sync as
 * Office.js has them (a value read before load and sync is an error in the mock, too).
 */
import { OfficeMockObject } from "office-addin-mock";
import { reportTable } from "../../src/core";
import { HostError } from "../../src/taskpane/host";
import { officeHost, SETTINGS_KEY } from "../../src/taskpane/office-host";
import { readScenario } from "../../src/taskpane/scenario";
import { emptySheetState } from "../../src/taskpane/state";
import { scenarioSheet, SCENARIOS, SheetDefinition, sheetAsRows, summarySheet } from "../../src/template/planner";

type Grid = unknown[][];

interface Written {
  added: string[];
  cleared: string[];
  values: Record<string, Grid>;
  formulas: Record<string, Grid>;
  formats: Record<string, Grid>;
  bold: string[];
  frozen: Record<string, number>;
}

/** A workbook of sheets holding cell blocks ("B3:B6" → values), as an office-addin-mock Excel. */
function mockExcel(sheets: Record<string, Record<string, Grid>>, active: string, selection = "Growth!B10") {
  const written: Written = { added: [], cleared: [], values: {}, formulas: {}, formats: {}, bold: [], frozen: {} };
  const ranges: Record<string, { values: Grid; text: Grid }> = {};
  for (const [sheet, blocks] of Object.entries(sheets)) {
    for (const [cells, values] of Object.entries(blocks)) ranges[`${sheet}!${cells}`] = { values, text: values.map((row) => row.map((v) => String(v ?? ""))) };
  }
  const names = () => [...Object.keys(sheets), ...written.added];
  // Assigned once the mock exists; the closures below read it when called.
  // eslint-disable-next-line prefer-const, @typescript-eslint/no-explicit-any
  let root: any;

  // Writes go to plain recording objects; reads come from mock ranges in the tree, so load/sync apply.
  const writableRange = (sheet: string, key: string) => {
    const format = { font: {} as { bold?: boolean }, fill: {}, autofitColumns: () => undefined };
    const range = {
      format,
      clear: () => written.cleared.push(sheet),
      set values(v: Grid) {
        written.values[`${sheet}!${key}`] = v;
      },
      set formulas(v: Grid) {
        written.formulas[`${sheet}!${key}`] = v;
      },
      set numberFormat(v: Grid) {
        written.formats[`${sheet}!${key}`] = v;
      },
    };
    Object.defineProperty(format.font, "bold", { set: (b) => b && written.bold.push(`${sheet}!${key}`) });
    return range;
  };
  const sheetObject = (name: string) => ({
    isNullObject: false,
    name,
    getRange: (cells?: string) => (cells && root.context.workbook.ranges[`${name}!${cells}`]) ?? writableRange(name, cells ?? "all"),
    getRangeByIndexes: (r: number, c: number, h: number, w: number) => writableRange(name, `${r},${c},${h},${w}`),
    freezePanes: { freezeRows: (n: number) => (written.frozen[name] = n) },
    activate: () => undefined,
  });
  const data = {
    context: {
      workbook: {
        ranges,
        selection: { address: selection },
        active: { name: active },
        worksheets: {
          items: [] as { name: string }[],
          getItemOrNullObject: (name: string) => (names().includes(name) ? sheetObject(name) : { isNullObject: true }),
          getActiveWorksheet: () => root.context.workbook.active,
          add: (name: string) => {
            written.added.push(name);
            return sheetObject(name);
          },
        },
        getSelectedRange: () => root.context.workbook.selection,
      },
    },
    run: async (callback: (context: unknown) => unknown) => callback(root.context),
  };
  root = new OfficeMockObject(data);
  // The collection's items as Office.js loads them.
  root.context.workbook.worksheets.load = () => {
    root.context.workbook.worksheets.items = names().map((name) => ({ name }));
  };
  return { excel: root, written };
}

function mockOffice(stored?: string, fail = false) {
  const settings: Record<string, unknown> = stored === undefined ? {} : { [SETTINGS_KEY]: stored };
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (key: string) => settings[key] ?? null,
          set: (key: string, value: unknown) => (settings[key] = value),
          saveAsync: (callback: (result: unknown) => void) =>
            callback(fail ? { status: "failed", error: { message: "read-only workbook" } } : { status: "succeeded" }),
        },
      },
    },
  });
  // Plain values in Office.js, not loadable proxies: set them as such.
  Object.defineProperty(office, "AsyncResultStatus", { value: { Succeeded: "succeeded", Failed: "failed" } });
  Object.defineProperty((office as unknown as { context: object }).context, "displayLanguage", { value: "zh-CN" });
  return { office, settings };
}

const growth = SCENARIOS[1];

/** Columns A:B of a sheet as the pane reads them (A1:B100), from the template's own definition. */
function columnsAB(sheet: SheetDefinition, rowsAbove = 0): Grid {
  const rows = [...Array.from({ length: rowsAbove }, () => []), ...sheetAsRows(sheet)];
  return Array.from({ length: 100 }, (_, r) => [rows[r]?.[0] ?? null, rows[r]?.[1] ?? null]);
}

function templateWorkbook(): Record<string, Record<string, Grid>> {
  return {
    Growth: { "A1:B100": columnsAB(scenarioSheet(growth)) },
    Notes: {
      "A2:D200": [
        ["Skit", 1000, 250, 2],
        ["Deep-dive", 1000, 20, 30],
        ["Morning", 1000, 300, 40],
        [null, null, null, null],
      ],
    },
    Summary: { "A1:B100": columnsAB(summarySheet(SCENARIOS)), G5: [[547_755.92]], C4: [[1_900_000]] },
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
    expect(await host.activeSheetName()).toBe("Growth");
    const scenario = await readScenario(host, "Growth", { ...emptySheetState(), month: 6 });
    expect(scenario).toMatchObject({ template: true, stage: 2, baseCpm: 80, baseCpa: 30, targetCpa: 60, thisMonth: 500_000, proposed: 550_000 });
    expect(scenario.months[0]).toBe("Jan 1月");
    expect(scenario.notes.map((n) => n.name)).toEqual(["Skit", "Deep-dive", "Morning"]);
    expect(host.displayLanguage()).toBe("zh-CN");
  });

  it("finds a template scenario's inputs and months by their labels after rows are inserted", async () => {
    const workbook = templateWorkbook();
    workbook.Growth = { "A1:B100": columnsAB(scenarioSheet(growth), 5) };
    const { excel } = mockExcel(workbook, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const scenario = await readScenario(officeHost(), "Growth", { ...emptySheetState(), month: 6 });
    expect(scenario).toMatchObject({ template: true, stage: 2, baseCpm: 80, baseCpa: 30, targetCpa: 60, thisMonth: 500_000, proposed: 550_000 });
    expect(scenario.months).toHaveLength(12);
    expect(scenario.months[11]).toBe("Dec 12月");
  });

  it("reads the month table beyond the first hundred rows when rows pushed it there", async () => {
    const rows = columnsAB(scenarioSheet(growth), 80);
    const workbook = templateWorkbook();
    const header = rows.findIndex((row) => row[0] === "Month 月份");
    workbook.Growth = {
      "A1:B100": rows,
      [`A${header + 2}:B${header + 13}`]: sheetAsRows(scenarioSheet(growth)).slice(9, 21).map((row) => [row[0], row[1]]),
    };
    const { excel } = mockExcel(workbook, "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    const scenario = await readScenario(officeHost(), "Growth", { ...emptySheetState(), month: 0 });
    expect(scenario).toMatchObject({ template: true, thisMonth: growth.budgets[0], proposed: growth.budgets[1] });
    expect(scenario.months[0]).toBe("Jan 1月");
  });

  it("reads a bound scenario from the planner's addresses, quoted sheet names included", async () => {
    const workbook = templateWorkbook();
    workbook["Plan 2027"] = { B2: [[300_000]], B3: [[450_000]] };
    workbook.Growth.B5 = [[30]];
    const { excel } = mockExcel(workbook, "Summary");
    (globalThis as Record<string, unknown>).Excel = excel;
    const state = { ...emptySheetState(), bindings: { thisMonth: "'Plan 2027'!B2", proposed: "'Plan 2027'!B3", baseCpa: "Growth!B5" } };
    const scenario = await readScenario(officeHost(), "Summary", state);
    expect(scenario).toMatchObject({ template: false, thisMonth: 300_000, proposed: 450_000, baseCpa: 30 });
  });

  it("says which sheet is missing when a bound sheet was renamed or deleted", async () => {
    const { excel } = mockExcel(templateWorkbook(), "Summary");
    (globalThis as Record<string, unknown>).Excel = excel;
    const state = { ...emptySheetState(), bindings: { thisMonth: "'Old plan'!B2" } };
    const error = await readScenario(officeHost(), "Summary", state).catch((e) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "SHEET_MISSING", detail: "Old plan" });
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
    await officeHost().writeTable("Minefields", table);
    expect(written.added).toEqual(["Minefields"]);
    expect(written.values["Minefields!0,0,8,5"]).toEqual(table);
    expect(written.bold).toContain("Minefields!0,0,1,5");
    expect(written.frozen.Minefields).toBe(1);
    await officeHost().writeTable("Minefields", table);
    expect(written.added).toEqual(["Minefields"]);
    expect(written.cleared).toEqual(["Minefields"]);
  });

  it("adds a scenario sheet with the template's formulas and number formats", async () => {
    const { excel, written } = mockExcel(templateWorkbook(), "Growth");
    (globalThis as Record<string, unknown>).Excel = excel;
    await officeHost().addSheet(scenarioSheet({ ...growth, name: "Scenario 1" }));
    expect(written.added).toEqual(["Scenario 1"]);
    expect(written.formulas["Scenario 1!C10"]).toEqual([['=RED.SPILLSPLIT($B$3,B10,"spillover",Assumptions!$A$1:$B$8)']]);
    expect(written.formats["Scenario 1!C10"]).toEqual([["#,##0.00"]]);
    expect(written.values["Scenario 1!B10"]).toEqual([[300_000]]);
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
});
