/* The committed planner template: it evaluates in the harness, and it is not stale. */
import ExcelJS from "exceljs";
import { buildPlanner, TEMPLATE_PATH } from "../../scripts/build-template";
import { plannerWorkbook, SCENARIOS } from "../../src/template/planner";
import { readWorkbook } from "../../src/workbench/xlsx";
import { engine } from "../support/engine";

async function committed(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(TEMPLATE_PATH);
  return workbook;
}

describe("assets/spillsplit-planner.xlsx", () => {
  it("opens, evaluates in the harness, and gives the key figures", async () => {
    const sheets = readWorkbook(await committed());
    expect(sheets.map((s) => s.name)).toEqual(["Summary", "Assumptions", "Cold start", "Growth", "Mature", "Notes", "Lines"]);
    const hf = await engine(Object.fromEntries(sheets.map((s) => [s.name, s.rows])));
    const value = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
    expect(Math.round(value("Growth", "B7") as number)).toBe(547_756);
    expect(value("Growth", "C15")).toBe(250_000);
    expect(value("Cold start", "C10")).toBe(70_000);
    expect(value("Mature", "D10")).toBe(300_000);
    expect(value("Summary", "C5")).toBe(SCENARIOS[1].budgets.reduce((a, b) => a + b, 0));
    expect(value("Notes", "G2")).toBe("effective hot");
    // Lines: ALLOCATE's seeding-notes spend of 1,000,000, and the flight plan's year adding up.
    expect(typeof value("Lines", "B19")).toBe("number");
    expect(value("Lines", "N64") as number).toBeCloseTo(12_000_000, 4);
    hf.destroy();
  });

  it("carries the number formats and frozen panes of the definition", async () => {
    const ws = (await committed()).getWorksheet("Growth")!;
    expect(ws.getCell("B10").numFmt).toBe("#,##0.00");
    expect(ws.getCell("G10").numFmt).toBe("#,##0");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 9, xSplit: 1 });
    expect(ws.getCell("A9").value).toBe("Month 月份");
  });

  it("is not stale: every sheet, cell, formula and format matches its definition (run `npm run template`)", async () => {
    const onDisk = await committed();
    const fresh = buildPlanner();
    expect(onDisk.worksheets.map((w) => w.name)).toEqual(fresh.worksheets.map((w) => w.name));
    for (const definition of plannerWorkbook()) {
      const ws = onDisk.getWorksheet(definition.name)!;
      const written: Record<string, unknown> = {};
      ws.eachRow((row) => row.eachCell((cell) => (written[cell.address] = { value: cell.value, format: cell.numFmt })));
      const expected: Record<string, unknown> = {};
      const wsFresh = fresh.getWorksheet(definition.name)!;
      wsFresh.eachRow((row) => row.eachCell((cell) => (expected[cell.address] = { value: cell.value, format: cell.numFmt })));
      expect(written).toEqual(expected);
      expect(ws.views[0]).toMatchObject({ xSplit: definition.frozen.columns, ySplit: definition.frozen.rows });
      definition.widths.forEach((width, i) => expect(ws.getColumn(i + 1).width).toBe(width));
    }
  });
});
