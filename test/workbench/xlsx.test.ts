/*
 * The workbench's Open and Download: every formula form read, Excel's stored form and cached values
 * written, and every cell nobody changed kept as the file had it (issues 13 and 14, item 13).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fs from "fs";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { engine } from "../support/engine";
import { planWithSpill, roundTrip, xmlCells } from "../support/xlsx-xml";

describe("workbench round trip of the template", () => {
  it("template → workbench → download gives the same formulas, in stored form, and the same cached values", async () => {
    const original = fs.readFileSync(TEMPLATE_PATH);
    const before = await xmlCells(original);
    const after = await xmlCells(await roundTrip(original));
    let formulas = 0;
    for (const [sheet, cells] of Object.entries(before)) {
      for (const [ref, cell] of Object.entries(cells)) {
        const back = after[sheet][ref];
        if (cell.formula === undefined) continue;
        formulas++;
        expect({ ref: `${sheet}!${ref}`, formula: back.formula, type: back.type }).toEqual({ ref: `${sheet}!${ref}`, formula: cell.formula, type: cell.type });
        if (cell.type === "str") expect(back.value).toBe(cell.value);
        else expect(Number(back.value)).toBeCloseTo(Number(cell.value), 6);
      }
    }
    expect(formulas).toBeGreaterThan(300);
  });

  it("writes a typed RED.X formula entered in the workbench in Excel's stored form, with its value", async () => {
    const after = await xmlCells(
      await roundTrip(fs.readFileSync(TEMPLATE_PATH), (hf) => hf.setCellContents({ sheet: hf.getSheetId("Growth")!, row: 24, col: 1 }, [["=RED.AVGCPM(500000,1)+PERCENTILE.INC({1,2,3},0.5)"]])),
    );
    expect(after.Growth.B25).toMatchObject({ formula: "_xldudf_RED_AVGCPM(500000,1)+_xlfn.PERCENTILE.INC({1,2,3},0.5)", type: undefined });
    expect(Number(after.Growth.B25.value)).toBeCloseTo(3.4, 9);
  });

  it("reads a date or time cell as the very number the file holds (9:30 PM is 43/48, 0.1 is 0.1), in both date systems", async () => {
    const serials = [0.8958333333333334, 0.1, 0.3754, 46356.520833333336, 46356.75, 61, 1, 2958465.999988426];
    for (const date1904 of [false, true]) {
      const book = new ExcelJS.Workbook();
      if (date1904) book.properties.date1904 = true;
      const ws = book.addWorksheet("S");
      serials.forEach((serial, i) => {
        ws.getCell(i + 1, 1).value = serial;
        ws.getCell(i + 1, 1).numFmt = i % 2 === 0 ? "h:mm AM/PM" : "yyyy-mm-dd h:mm";
      });
      const reopened = new ExcelJS.Workbook();
      await reopened.xlsx.load(await book.xlsx.writeBuffer());
      // ExcelJS reads them as dates; each must come back as the number written.
      expect(reopened.worksheets[0].getCell("A1").value).toBeInstanceOf(Date);
      const [sheet] = readWorkbook(reopened);
      expect([date1904, sheet.rows.map((row) => row[0])]).toEqual([date1904, serials]);
    }
  });

  it("reads hand-typed RED.X, Excel's _xldudf_RED_X and _xlfn.X alike", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("S");
    ws.getCell("A1").value = { formula: "RED.AVGCPM(500000,1)" } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = { formula: "_xldudf_RED_AVGCPM(500000,1)" } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = { formula: "_xlfn.PERCENTILE.INC({1,2,3,4},0.75)" } as ExcelJS.CellFormulaValue;
    const [sheet] = readWorkbook(book);
    const hf = await engine({ S: sheet.rows });
    expect([0, 1, 2].map((row) => hf.getCellValue({ sheet: 0, row, col: 0 }))).toEqual([1.4, 1.4, 3.25]);
    hf.destroy();
  });
});

describe("Download keeps what was opened", () => {
  /** A file as Excel would have saved it, with the kinds of cell Download used to lose. */
  async function fileWithEverything(): Promise<Buffer> {
    const { book, ws } = planWithSpill(); // a spilled RED.SPILLSPLIT in A1:B1, a date in A2
    ws.getCell("A3").value = { text: "RED help", hyperlink: "https://example.org/help" };
    ws.getCell("A4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("A5").value = "=1+1";
    ws.getCell("A6").value = "00123";
    ws.getCell("A7").value = { richText: [{ text: "bold", font: { bold: true } }, { text: " plain" }] };
    ws.getCell("A8").value = { formula: "A2+1", result: new Date(Date.UTC(2026, 3, 1)) } as ExcelJS.CellFormulaValue;
    ws.getCell("A8").numFmt = "yyyy-mm-dd";
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it("keeps a spilled result a spill: the formula over its range, the spilled cell a value, not a constant in the way", async () => {
    const after = (await xmlCells(await roundTrip(await fileWithEverything())))["Plan"];
    expect(after.A1).toMatchObject({ formula: '_xldudf_RED_SPILLSPLIT("growth",1000)', value: "500" });
    expect(after.A1.formulaAttributes).toMatch(/t="array"/);
    expect(after.A1.formulaAttributes).toMatch(/ref="A1:B1"/);
    expect(after.B1).toMatchObject({ formula: undefined, value: "500" });
  });

  it("marks the spill as Excel marks a dynamic array: cm=\"1\" on the cell, the XLDAPR metadata part, its content type and relationship", async () => {
    const zip = await JSZip.loadAsync(await roundTrip(await fileWithEverything()));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<c r="A1"[^>]*\bcm="1"/);
    expect(sheet).not.toMatch(/<c r="B1"[^>]*\bcm=/);
    const metadata = await zip.file("xl/metadata.xml")!.async("string");
    expect(metadata).toContain('<metadataType name="XLDAPR"');
    expect(metadata).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(metadata).toContain('<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>');
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"');
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(/relationships\/sheetMetadata" Target="metadata.xml"/);
  });

  it("says the current Excel engine computed its values (calcId 191029, no fullCalcOnLoad), so Excel shows them instead of recalculating on open", async () => {
    const zip = await JSZip.loadAsync(await roundTrip(await fileWithEverything()));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<calcPr [^>]*calcId="191029"/);
    expect(workbookXml).not.toMatch(/fullCalcOnLoad/);
  });

  it("adds no dynamic-array metadata to a file without spills", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Plan").getCell("A1").value = { formula: '_xldudf_RED_SPILLSPLIT("growth",1000,"spillover")', result: 500 } as ExcelJS.CellFormulaValue;
    const zip = await JSZip.loadAsync(await roundTrip(Buffer.from(await book.xlsx.writeBuffer())));
    expect(zip.file("xl/metadata.xml")).toBeNull();
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toMatch(/\bcm=/);
  });

  it("keeps the template's dynamic arrays through a round trip: each formula over the same range, marked cm=\"1\"", async () => {
    const spills = async (file: Buffer | Uint8Array) =>
      Object.entries(await xmlCells(file)).flatMap(([sheet, cells]) =>
        Object.entries(cells).flatMap(([a1, c]) => (/t="array"/.test(c.formulaAttributes ?? "") ? [`${sheet}!${a1} ${/ref="([^"]+)"/.exec(c.formulaAttributes!)![1]} ${c.formula}`] : [])),
      );
    const template = fs.readFileSync(TEMPLATE_PATH);
    const before = await spills(template);
    expect(before.length).toBeGreaterThanOrEqual(5);
    const after = await roundTrip(template);
    expect(await spills(after)).toEqual(before);
    const zip = await JSZip.loadAsync(after);
    expect(await zip.file("xl/metadata.xml")!.async("string")).toContain('name="XLDAPR"');
  });

  it("keeps dates dates, hyperlinks, error values, rich text, and text that looks like a formula or a number as text", async () => {
    const saved = await roundTrip(await fileWithEverything());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as never);
    const ws = book.getWorksheet("Plan")!;
    expect(ws.getCell("A2").value).toEqual(new Date(Date.UTC(2026, 2, 31)));
    expect(ws.getCell("A2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("A3").value).toEqual({ text: "RED help", hyperlink: "https://example.org/help" });
    expect(ws.getCell("A4").value).toEqual({ error: "#N/A" });
    expect(ws.getCell("A5").value).toBe("=1+1");
    expect(ws.getCell("A5").formula).toBeUndefined();
    expect(ws.getCell("A6").value).toBe("00123");
    expect((ws.getCell("A7").value as ExcelJS.CellRichTextValue).richText.map((r) => r.text)).toEqual(["bold", " plain"]);
    expect(ws.getCell("A8").value).toMatchObject({ formula: "A2+1", result: new Date(Date.UTC(2026, 3, 1)) });
    const xml = (await xmlCells(saved))["Plan"];
    expect(xml.A4).toMatchObject({ type: "e", value: "#N/A", formula: undefined });
    expect(xml.A5.formula).toBeUndefined();
  });

  it("keeps the formula Excel stored where the engine cannot compute it (its cached value dropped, uncomputed-download.test.ts), and writes only error values Excel has", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Plan");
    ws.getCell("A1").value = { formula: "SUM(Table1[Amount])", result: 42 } as ExcelJS.CellFormulaValue; // a structured reference
    ws.getCell("A2").value = { formula: "_xlfn.STOCKHISTORY(\"MSFT\",45000)", result: 7 } as ExcelJS.CellFormulaValue;
    ws.getCell("B1").value = { formula: "B2+1", result: 0 } as ExcelJS.CellFormulaValue; // a circular reference
    ws.getCell("B2").value = { formula: "B1+1", result: 0 } as ExcelJS.CellFormulaValue;
    const after = (await xmlCells(await roundTrip(Buffer.from(await book.xlsx.writeBuffer()))))["Plan"];
    expect(after.A1).toMatchObject({ formula: "SUM(Table1[Amount])", value: undefined });
    expect(after.A2).toMatchObject({ formula: '_xlfn.STOCKHISTORY("MSFT",45000)', value: undefined });
    for (const ref of ["B1", "B2"]) {
      if (after[ref].type === "e") expect(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]).toContain(after[ref].value);
    }
  });

  it("writes a cell the user changed, and keeps a hyperlink's target when only its text changed", async () => {
    const saved = await roundTrip(await fileWithEverything(), (hf) => {
      hf.setCellContents({ sheet: 0, row: 2, col: 0 }, [["'Help 帮助"]]);
      hf.setCellContents({ sheet: 0, row: 4, col: 0 }, [["'=2+2"]]);
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as never);
    const ws = book.getWorksheet("Plan")!;
    expect(ws.getCell("A3").value).toEqual({ text: "Help 帮助", hyperlink: "https://example.org/help" });
    expect(ws.getCell("A5").value).toBe("=2+2");
  });
});

describe("Open reads a merged range as Excel holds it", () => {
  it("gives the merged range's value to its first cell only: the template's wrapped notes are not copied across the cells they cover", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(TEMPLATE_PATH);
    const growth = readWorkbook(book).find((s) => s.name === "Growth")!;
    expect(String(growth.rows[6][2])).toMatch(/Plans the year/);
    for (let c = 3; c <= 8; c++) expect([c, growth.rows[6][c] ?? null]).toEqual([c, null]);
  });

  it("keeps a merged note through Open and Download: its text in its first cell, the range still merged", async () => {
    const after = new ExcelJS.Workbook();
    await after.xlsx.load((await roundTrip(fs.readFileSync(TEMPLATE_PATH))) as never);
    const ws = after.getWorksheet("Growth")!;
    expect(String(ws.getCell("C7").value)).toMatch(/Plans the year/);
    expect(ws.getCell("I7").isMerged).toBe(true);
    expect(ws.getCell("I7").master.address).toBe("C7");
  });
});

describe("Open reads the cell a sheet has active, where Excel opens it", () => {
  it("reads a saved active cell ($ signs or not) through the file; none where the file names none, as the template", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Saved", { views: [{ state: "normal", activeCell: "C5" }] });
    book.addWorksheet("Absolute", { views: [{ state: "frozen", xSplit: 1, ySplit: 2, activeCell: "$AB$40" }] });
    book.addWorksheet("None");
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load((await book.xlsx.writeBuffer()) as never);
    const sheets = readWorkbook(reopened);
    expect(sheets.map((s) => [s.name, s.look?.active])).toEqual([
      ["Saved", { row: 4, column: 2 }],
      ["Absolute", { row: 39, column: 27 }],
      ["None", undefined],
    ]);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(TEMPLATE_PATH);
    expect(readWorkbook(template).find((s) => s.name === "Growth")?.look?.active).toBeUndefined();
  });
});
