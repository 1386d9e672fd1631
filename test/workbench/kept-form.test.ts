/*
 * What the browser keeps of a changed workbook beside the bytes it was opened from: read back over
 * the file's sheets, the engine holds what it held (edits, a renamed and an inserted sheet, formats,
 * looks); a damaged record is refused whole, never half read.
 */
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { DamagedKept, keptContents, namesAsKept, parsedContents, replayed, ROWS_PER_SLICE } from "../../src/workbench/kept-form";
import type { LoadedSheet } from "../../src/spreadsheet/xlsx-read";
import { tableLook } from "../../src/template/styles";

const noPause = () => Promise.resolve();
const engineOver = (sheets: LoadedSheet[]) => HyperFormula.buildFromSheets(Object.fromEntries(sheets.map((s) => [s.name, s.rows])) as never, ENGINE_CONFIG);

/** A file of two sheets, as xlsx-read gives it. */
function fileSheets(): LoadedSheet[] {
  const long = Array.from({ length: ROWS_PER_SLICE * 2 + 500 }, (_, i) => [`'Note ${i}`, i, `=B${i + 1}*2`]);
  return [
    { name: "Growth", rows: [["'Stage", 10, "=B1*3"], ["'10", "=SUM(B1:B1)", null]], formats: { "0,1": "#,##0" } },
    { name: "Notes", rows: long, formats: {} },
  ];
}

async function kept(hf: HyperFormula, formats: Record<string, Record<string, string>> = {}, looks = {}): Promise<string> {
  return (await keptContents(hf, formats, looks, () => true, noPause))!.text();
}

describe("the kept contents of a workbook", () => {
  it("brings back edits, a renamed sheet and an inserted one, with formats and looks, over the file's sheets", async () => {
    const file = fileSheets();
    const hf = engineOver(file);
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, 25);
    hf.setCellContents({ sheet: 0, row: 2, col: 0 }, "'=not a formula");
    hf.setCellContents({ sheet: 1, row: ROWS_PER_SLICE * 2 + 100, col: 1 }, "=Growth!C1+1");
    hf.renameSheet(1, "Notes 笔记");
    const inserted = hf.getSheetId(hf.addSheet("Report"))!;
    hf.setSheetContent(inserted, [["'Month", "Spend"], [1, "=TRANSPOSE(Growth!B1:C1)"]]);
    const formats = { Growth: { "0,1": "0.00%" }, "Notes 笔记": {}, Report: { "1,1": "#,##0" }, Gone: { "0,0": "0" } };
    const looks = { Report: tableLook([["Month", "Spend"]]) };

    const contents = parsedContents(await kept(hf, formats, looks), file.length);
    const { engine, opened, renamed } = replayed(fileSheets(), contents);
    const again = engineOver(engine);

    expect(again.getSheetNames()).toEqual(["Growth", "Notes 笔记", "Report"]);
    expect(again.getAllSheetsSerialized()).toEqual(hf.getAllSheetsSerialized());
    expect(again.getAllSheetsValues()).toEqual(hf.getAllSheetsValues());
    expect(again.getCellValue({ sheet: 1, row: ROWS_PER_SLICE * 2 + 100, col: 1 })).toBe(76);
    expect(engine.map((s) => s.formats)).toEqual([{ "0,1": "0.00%" }, {}, { "1,1": "#,##0" }]);
    expect(contents.looks).toEqual(looks);
    // What the file had stays what Download compares with, under the names the sheets have now.
    expect(opened.map((s) => s.name)).toEqual(["Growth", "Notes 笔记"]);
    expect(opened[0].rows).toEqual(fileSheets()[0].rows);
    expect([...renamed]).toEqual([["Growth", "Growth"], ["Notes", "Notes 笔记"]]);
    // The file's defined names name the sheets as they are now, a sheet's own name on it.
    const names = [{ name: "Both", text: "Growth!$B$1+Notes!$A$1+'Notes'!$A$2" }, { name: "Here", text: "Notes!$B$1", sheet: "Notes" }];
    expect(namesAsKept(names, renamed)).toEqual([
      { name: "Both", text: "Growth!$B$1+'Notes 笔记'!$A$1+'Notes 笔记'!$A$2" },
      { name: "Here", text: "'Notes 笔记'!$B$1", sheet: "Notes 笔记" },
    ]);
  });

  it("reads the contents a slice of rows at a time, and gives up when they change between two slices", async () => {
    const hf = engineOver(fileSheets());
    let pauses = 0;
    const counted = await keptContents(hf, {}, {}, () => true, async () => void pauses++);
    expect(JSON.parse(await counted!.text()).sheets[1].rows).toHaveLength(ROWS_PER_SLICE * 2 + 500);
    // One slice for the short sheet, three for the long one (no number formats to write).
    expect(pauses).toBe(4);
    expect(counted).toBeDefined();
    let asked = 0;
    expect(await keptContents(hf, {}, {}, () => ++asked < 2, noPause)).toBeUndefined();
  });

  it("refuses a damaged record whole: not JSON, parts or sheets missing, cells that are not contents", async () => {
    const good = JSON.parse(await kept(engineOver(fileSheets())));
    const damaged = [
      "{",
      "null",
      JSON.stringify({ ...good, formats: undefined }),
      JSON.stringify({ ...good, sheets: good.sheets.slice(0, 1) }),
      JSON.stringify({ ...good, sheets: [good.sheets[0], { ...good.sheets[1], name: "GROWTH" }] }),
      JSON.stringify({ ...good, sheets: [good.sheets[0], { ...good.sheets[1], rows: [[{ formula: "=1" }]] }] }),
      JSON.stringify({ ...good, sheets: [good.sheets[0], { ...good.sheets[1], rows: "rows" }] }),
      JSON.stringify({ ...good, formats: { Growth: { "0,0": 5 } } }),
    ];
    for (const text of damaged) expect(() => parsedContents(text, 2)).toThrow(DamagedKept);
    expect(parsedContents(JSON.stringify(good), 2).sheets).toHaveLength(2);
  });
});
