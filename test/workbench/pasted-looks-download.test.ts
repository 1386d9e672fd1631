/*
 * The fills, font colours and wrapping a paste brings on the page reach the downloaded file, and a
 * cut takes them from the cells it leaves; every cell nobody pasted keeps its whole style.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { pasteLooks } from "../../src/workbench/paste-looks";
import type { State } from "../../src/workbench/store";
import { cellLook, FileLook } from "../../src/spreadsheet/xlsx-read";
import { roundTrip } from "../support/xlsx-xml";

async function sheetOf(file: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as never);
  return book.getWorksheet(name)!;
}

/** Every cell's whole style (fill, font, borders, alignment, number format) by A1. */
function stylesOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const styles = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void styles.set(cell.address, JSON.stringify(cell.style))));
  return styles;
}

describe("Download of looks pasted and cut on the page", () => {
  it("gives a pasted cell the copied cell's fill and font colour, takes a cut cell's away, and changes no other cell's style", async () => {
    const template = fs.readFileSync(TEMPLATE_PATH);
    const before = await sheetOf(template, "Growth");
    // A filled cell of the template to copy, and a cell of its own look to cut.
    const filled: string[] = [];
    before.eachRow((row) => row.eachCell((cell) => void (cellLook(cell)?.fill && filled.push(cell.address))));
    expect(filled.length).toBeGreaterThan(1);
    const [copied, cut] = filled;
    const source = before.getCell(copied);
    const cutCell = before.getCell(cut);
    const at = (a1: string) => ({ row: Number(before.getCell(a1).row) - 1, column: Number(before.getCell(a1).col) - 1 });
    const range = (a1: string) => ({ top: at(a1).row, bottom: at(a1).row, left: at(a1).column, right: at(a1).column });
    const file = await roundTrip(template, (hf, formats, fileLooks: Record<string, FileLook>) => {
      const state = { hf, formats, fileLooks, looks: {} } as unknown as State;
      pasteLooks(state, { sheet: "Growth", range: range(copied) }, { sheet: "Growth", range: range("Z60") }, false);
      pasteLooks(state, { sheet: "Growth", range: range(cut) }, { sheet: "Growth", range: range("Z61") }, true);
    });
    const after = await sheetOf(file, "Growth");
    expect(cellLook(after.getCell("Z60"))).toEqual(cellLook(source));
    expect(cellLook(after.getCell("Z61"))).toEqual(cellLook(cutCell));
    expect(cellLook(after.getCell(cut))?.fill).toBeUndefined();
    // Only the three cells the pastes touched changed their style.
    const was = stylesOf(before);
    const now = stylesOf(after);
    const changed = [...now.keys()].filter((a1) => now.get(a1) !== (was.get(a1) ?? JSON.stringify({})));
    expect(changed.sort()).toEqual([cut, "Z60", "Z61"].sort());
  });
});
