/*
 * What the browser keeps of a changed workbook beside the bytes it was opened from: read back over
 * the file's sheets, the engine holds what it held (edits, a renamed and an inserted sheet, formats,
 * looks); a damaged record is refused whole, never half read.
 */
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { DamagedKept, keptContents, namesAsKept, parsedContents, replayed, ROWS_PER_SLICE } from "../../src/workbench/kept-form";
import type { FileLook, LoadedSheet } from "../../src/spreadsheet/xlsx-read";
import { SheetLook, tableLook } from "../../src/template/styles";
import { pasteLooks } from "../../src/workbench/paste-looks";

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
  return (await keptContents(hf, formats, { looks }, () => true, noPause))!.text();
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
      JSON.stringify({ ...good, cellLooks: { Growth: { "0,0": { bold: "yes" } } } }),
      JSON.stringify({ ...good, cellLooks: { Growth: { "0,0": { border: true } } } }),
      JSON.stringify({ ...good, cellLooks: { Growth: ["#FF0000"] } }),
    ];
    for (const text of damaged) expect(() => parsedContents(text, 2)).toThrow(DamagedKept);
    expect(parsedContents(JSON.stringify(good), 2).sheets).toHaveLength(2);
  });

  it("brings back the looks pasted onto the file's own sheets and the looks a cut took away; a copy kept without them shows the file's", async () => {
    const file = withLooks(fileSheets());
    const hf = engineOver(file);
    const state: { formats: Record<string, Record<string, string>>; fileLooks: Record<string, FileLook>; looks: Record<string, SheetLook> } = {
      formats: { Growth: {}, Notes: {} },
      fileLooks: { Growth: file[0].look!, Notes: file[1].look! },
      looks: {},
    };
    // B1's blue fill pasted to K1 (as the workbench pastes a copy's looks), A1's bold moved by a cut to K3 of Notes.
    pasteLooks(state, { sheet: "Growth", range: { top: 0, left: 1, bottom: 0, right: 1 } }, { sheet: "Growth", range: { top: 0, left: 10, bottom: 0, right: 10 } }, false);
    pasteLooks(state, { sheet: "Growth", range: { top: 0, left: 0, bottom: 0, right: 0 } }, { sheet: "Notes", range: { top: 2, left: 10, bottom: 2, right: 10 } }, true);
    hf.renameSheet(1, "Notes 笔记");
    state.fileLooks = { Growth: state.fileLooks.Growth, "Notes 笔记": state.fileLooks.Notes };
    const text = (await keptContents(hf, state.formats, state, () => true, noPause))!.text();

    const { engine } = replayed(withLooks(fileSheets()), parsedContents(await text, file.length));
    expect(engine[0].look!.cells).toEqual({ "0,1": { fill: "#DDEBF7" }, "0,10": { fill: "#DDEBF7" } });
    expect(engine[1].look!.cells).toEqual({ "1,0": { italic: true }, "2,10": { bold: true, fill: "#D9D9D9" } });
    // The rest of the file's look (widths, frozen panes) stays the file's.
    expect(engine[0].look!.widths).toEqual([12, 9]);
    expect(engine[0].look!.frozen).toEqual({ rows: 1, columns: 0 });
    // Kept by an earlier version (no cells' looks): each sheet looks as the file has it.
    const earlier = { ...JSON.parse(await text), cellLooks: undefined };
    expect(replayed(withLooks(fileSheets()), parsedContents(JSON.stringify(earlier), 2)).engine.map((s) => s.look)).toEqual(withLooks(fileSheets()).map((s) => s.look));
  });
});

/** The two sheets with the looks a file gives them: a bold grey header A1 and a blue input B1 on Growth, an italic note on Notes. */
function withLooks(sheets: LoadedSheet[]): LoadedSheet[] {
  sheets[0].look = { cells: { "0,0": { bold: true, fill: "#D9D9D9" }, "0,1": { fill: "#DDEBF7" } }, widths: [12, 9], frozen: { rows: 1, columns: 0 } };
  sheets[1].look = { cells: { "1,0": { italic: true } }, widths: [] };
  return sheets;
}
