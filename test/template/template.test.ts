/* The committed planner template: it evaluates in the harness, it is stored as Excel stores it, and it is not stale. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildPlanner, TEMPLATE_PATH } from "../../scripts/build-template";
import { HEADER_ROW_HEIGHT, NOTES_LAST_ROW, NOTES_LAYOUT, plannerWorkbook, PRINT, printArea, SCENARIOS, sheetAsRows } from "../../src/template/planner";
import { toStoredFormula, toTypedFormula, typedNamesIn } from "../../src/template/formula-form";
import { readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { sheetPrefix } from "../../src/template/references-syntax";
import { engine } from "../support/engine";

async function committed(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(TEMPLATE_PATH);
  return workbook;
}

describe("assets/spillsplit-planner.xlsx", () => {
  it("opens, evaluates in the harness, and gives the key figures", async () => {
    const sheets = readWorkbook(await committed());
    expect(sheets.map((s) => s.name)).toEqual(["Read me 使用说明", "Summary", "Assumptions", "Cold start", "Growth", "Mature", "Notes", "Lines", "NPL 笔记·人群·直播", "CPM history"]);
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

  it("writes a frozen pane only where a sheet freezes rows or columns: no empty pane (the Read me freezes none)", async () => {
    const fs = await import("fs");
    const zip = await JSZip.loadAsync(fs.readFileSync(TEMPLATE_PATH));
    expect(plannerWorkbook()[0].frozen).toEqual({ rows: 0, columns: 0 });
    for (const [index, definition] of plannerWorkbook().entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
      const pane = /<pane [^>]*>/.exec(xml)?.[0] ?? "none";
      const { rows, columns } = definition.frozen;
      if (rows || columns) expect({ sheet: definition.name, pane }).toEqual({ sheet: definition.name, pane: expect.stringMatching(rows ? new RegExp(`ySplit="${rows}"`) : new RegExp(`xSplit="${columns}"`)) });
      else expect({ sheet: definition.name, pane }).toEqual({ sheet: definition.name, pane: "none" });
    }
  });

  it("is not stale: every sheet, cell, formula and format matches its definition (run `npm run template`)", async () => {
    const onDisk = await committed();
    const { workbook: fresh } = await buildPlanner();
    expect(onDisk.worksheets.map((w) => w.name)).toEqual(fresh.worksheets.map((w) => w.name));
    for (const definition of plannerWorkbook()) {
      const ws = onDisk.getWorksheet(definition.name)!;
      const written: Record<string, unknown> = {};
      ws.eachRow((row) => row.eachCell((cell) => (written[cell.address] = { value: cell.value, format: cell.numFmt })));
      const expected: Record<string, unknown> = {};
      const wsFresh = fresh.getWorksheet(definition.name)!;
      wsFresh.eachRow((row) => row.eachCell((cell) => (expected[cell.address] = { value: cell.value, format: cell.numFmt })));
      expect(written).toEqual(expected);
      const { rows, columns } = definition.frozen;
      expect({ sheet: definition.name, ...ws.views[0] }).toMatchObject(rows || columns ? { sheet: definition.name, state: "frozen", xSplit: columns, ySplit: rows } : { sheet: definition.name, state: "normal" });
      definition.widths.forEach((width, i) => expect(ws.getColumn(i + 1).width).toBe(width));
    }
  });
});

/** Each formula cell of the committed file as its XML has it: the formula text, the type attribute and the cached value. */
async function formulaCells(): Promise<{ sheet: string; ref: string; formula: string; type: string | undefined; cached: string | undefined }[]> {
  const fs = await import("fs");
  const zip = await JSZip.loadAsync(fs.readFileSync(TEMPLATE_PATH));
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
  const cells = [];
  for (let i = 0; i < names.length; i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
    // A cell with no value (a merged range's other cells) closes itself: <c r="I6" s="3"/>.
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
      const f = /<f[^>]*>(.*?)<\/f>/.exec(m[3] ?? "");
      if (!f) continue;
      const decode = (x: string) => x.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      cells.push({ sheet: names[i], ref: m[1], formula: decode(f[1]), type: /\bt="(\w+)"/.exec(m[2])?.[1], cached: /<v>(.*?)<\/v>/.exec(m[3] ?? "")?.[1] });
    }
  }
  return cells;
}

describe("assets/spillsplit-planner.xlsx as Excel stores it", () => {
  it("holds no formula in typed form: RED functions as _xldudf_RED_<NAME>, newer functions with _xlfn.", async () => {
    const cells = await formulaCells();
    const definitionFormulas = plannerWorkbook().flatMap((s) => Object.values(s.cells).filter((c) => c.formula !== undefined));
    expect(cells).toHaveLength(definitionFormulas.length);
    expect(cells.filter((c) => typedNamesIn(c.formula).length > 0)).toEqual([]);
    expect(cells.filter((c) => /(^|[^.])PERCENTILE\.INC/.test(c.formula))).toEqual([]);
    const notes = cells.find((c) => c.sheet === "Notes" && c.ref === NOTES_LAYOUT.hotRate)!;
    expect(notes.formula).toBe(`_xlfn.PERCENTILE.INC(E2:E${NOTES_LAST_ROW},0.75)`);
    expect(cells.find((c) => c.sheet === "Growth" && c.ref === "B7")!.formula).toBe("_xldudf_RED_BUDGETCAP($B$6,$B$5,Assumptions!$A$1:$B$22)");
    expect(cells.filter((c) => c.formula.includes("_xldudf_RED_")).length).toBeGreaterThan(200);
  });

  it("stores each formula as its definition types it, differing only in form", async () => {
    const byCell = new Map((await formulaCells()).map((c) => [`${c.sheet}!${c.ref}`, c.formula]));
    for (const sheet of plannerWorkbook()) {
      for (const [a1, cell] of Object.entries(sheet.cells)) {
        if (cell.formula === undefined) continue;
        expect(byCell.get(`${sheet.name}!${a1}`)).toBe(toStoredFormula(cell.formula));
        expect(toTypedFormula(byCell.get(`${sheet.name}!${a1}`)!)).toBe(cell.formula.replace(/RED\.[A-Z]+/g, (n) => n.toUpperCase()));
      }
    }
  });

  it("caches a value of the right type in every formula cell: numbers plain, text as t=\"str\", never an error", async () => {
    const sheets = plannerWorkbook();
    const hf = await engine(Object.fromEntries(sheets.map((s) => [s.name, sheetAsRows(s)])));
    for (const cell of await formulaCells()) {
      expect({ at: `${cell.sheet}!${cell.ref}`, cached: cell.cached !== undefined }).toEqual({ at: `${cell.sheet}!${cell.ref}`, cached: true });
      const value = hf.getCellValue(hf.simpleCellAddressFromString(cell.ref, hf.getSheetId(cell.sheet)!)!);
      if (typeof value === "number") {
        expect(cell.type).toBeUndefined();
        expect(Number(cell.cached)).toBeCloseTo(value, 6);
      } else {
        expect({ at: cell.ref, type: cell.type, cached: cell.cached }).toEqual({ at: cell.ref, type: "str", cached: value });
      }
    }
    // "Months over cap" counts from cached text, not from #NAME?: the Growth plan passes its cap in some months.
    expect(Number((await formulaCells()).find((c) => c.sheet === "Growth" && c.ref === "I22")!.cached)).toBeGreaterThan(0);
    hf.destroy();
  });

  it("spills each RED block once, as Excel 365 stores a dynamic array: no INDEX around a RED function, the formula over its range marked cm=\"1\", every cell of the range cached", async () => {
    const cells = await formulaCells();
    expect(cells.filter((c) => /INDEX\(_xldudf_RED_/i.test(c.formula))).toEqual([]);
    const fs = await import("fs");
    const zip = await JSZip.loadAsync(fs.readFileSync(TEMPLATE_PATH));
    const book = await committed();
    const sheets = plannerWorkbook();
    const hf = await engine(Object.fromEntries(sheets.map((s) => [s.name, sheetAsRows(s)])));
    const spills: string[] = [];
    for (const [i, ws] of book.worksheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f t="array" ref="([A-Z]+\d+):([A-Z]+\d+)">([^<]*)<\/f>/g)) {
        const [, anchor, attributes, from, to, formula] = m;
        spills.push(`${ws.name}!${from}:${to}`);
        expect({ at: `${ws.name}!${anchor}`, dynamic: /\bcm="1"/.test(attributes), red: formula.includes("_xldudf_RED_") }).toEqual({ at: `${ws.name}!${anchor}`, dynamic: true, red: true });
        const sheet = hf.getSheetId(ws.name)!;
        const start = hf.simpleCellAddressFromString(from, sheet)!;
        const end = hf.simpleCellAddressFromString(to, sheet)!;
        for (let row = start.row; row <= end.row; row++)
          for (let col = start.col; col <= end.col; col++) {
            const ours = hf.getCellValue({ sheet, row, col });
            const cell = ws.getCell(row + 1, col + 1);
            const cached = (cell.value as { result?: unknown } | null)?.result ?? cell.value;
            const at = `${ws.name}!${cell.address}`;
            if (typeof ours === "number") expect({ at, close: Math.abs(Number(cached) - ours) <= 1e-9 * Math.max(1, Math.abs(ours)) }).toEqual({ at, close: true });
            else expect({ at, cached }).toEqual({ at, cached: ours });
          }
      }
    }
    hf.destroy();
    // The five Lines blocks, the CPM fit, the NPL sheet's flight plan and ladder, and each scenario's playbook in two languages.
    expect(spills).toHaveLength(5 + 1 + 2 + 2 * SCENARIOS.length);
    expect(spills).toEqual(expect.arrayContaining(["NPL 笔记·人群·直播!B20:O22", "NPL 笔记·人群·直播!A39:L50"]));
    expect(spills).toContain("Lines!B58:M63");
  });

  it("sets up every sheet to print: landscape A4 one page wide and at most two tall (as tall as it needs where it has page breaks), its print area, frozen rows as print titles, name and page in the footer, header rows at least two lines tall", async () => {
    const fs = await import("fs");
    const zip = await JSZip.loadAsync(fs.readFileSync(TEMPLATE_PATH));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const book = await committed();
    for (const [index, definition] of plannerWorkbook().entries()) {
      const ws = book.getWorksheet(definition.name)!;
      expect({ sheet: definition.name, ...ws.pageSetup }).toMatchObject({ sheet: definition.name, orientation: "landscape", paperSize: PRINT.paperSize, fitToPage: true, fitToWidth: 1, fitToHeight: definition.pageBreaks?.length ? 0 : 2 });
      expect(ws.headerFooter.oddFooter).toBe(PRINT.footer);
      // The sheet named as a formula names it (quoted only where it must be: 'Cold start'!, Growth!).
      const named = sheetPrefix(definition.name).replace(/'/g, "&apos;");
      expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${named}${printArea(definition)}</definedName>`);
      if (definition.frozen.rows > 0) expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${named}$1:$${definition.frozen.rows}</definedName>`);
      for (const [a1, cell] of Object.entries(definition.cells)) {
        // At least two lines (a header of three lines of words is taller).
        const height = ws.getCell(a1).row ? ws.getRow(Number(a1.replace(/^[A-Z]+/, ""))).height : 0;
        if (cell.style === "header") expect({ at: `${definition.name}!${a1}`, twoLinesAtLeast: height >= HEADER_ROW_HEIGHT }).toEqual({ at: `${definition.name}!${a1}`, twoLinesAtLeast: true });
      }
    }
  });

  it("does not force a full recalculation on load: no fullCalcOnLoad, and the calculation engine id current Excel writes", async () => {
    const fs = await import("fs");
    const zip = await JSZip.loadAsync(fs.readFileSync(TEMPLATE_PATH));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).not.toMatch(/fullCalcOnLoad/);
    // An older calcId (ExcelJS writes Excel 2016's 171027) makes Excel recalculate every formula on open.
    expect(workbookXml).toMatch(/<calcPr [^>]*calcId="191029"/);
  });
});
