/*
 * A format typed into a cell reaches the downloaded file, also in a cell whose file format it
 * replaces. ExcelJS shares one style object among the cells a file gave the same style: a format set
 * on one cell must not change (nor be undone by) its neighbours'.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { enterTyped } from "../../src/workbench/paste-looks";
import type { State } from "../../src/workbench/store";
import { roundTrip } from "../support/xlsx-xml";

/** Each cell's number format in a downloaded file, as Excel (and ExcelJS) reads it back. */
async function formatsOf(file: Buffer, sheet: string, cells: string[]): Promise<Record<string, string | undefined>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as never);
  const ws = book.getWorksheet(sheet)!;
  return Object.fromEntries(cells.map((a1) => [a1, ws.getCell(a1).numFmt]));
}

describe("Download of formats typed into the template's formatted cells", () => {
  it("writes 50%, 2026-11-30, $1,000 and ¥500,000 typed over the template's formats in those formats, and leaves the cells around them as they were", async () => {
    const template = fs.readFileSync(TEMPLATE_PATH);
    const untouched = ["B9", "B13", "C10", "B22"];
    const before = await formatsOf(template, "Growth", ["B10", "B11", "B12", ...untouched]);
    expect(before.B10).toBeTruthy(); // the template gives these cells a format the typed ones replace
    const typed: [string, number, number, string][] = [
      ["Growth", 9, 1, "50%"],
      ["Growth", 10, 1, "2026-11-30"],
      ["Growth", 11, 1, "$1,000"],
      ["CPM history", 4, 1, "¥500,000"],
    ];
    const file = await roundTrip(template, (hf, formats) => {
      for (const [sheet, row, column, text] of typed) enterTyped({ hf, sheet, formats } as unknown as State, { row, column }, text);
    });
    const growth = await formatsOf(file, "Growth", ["B10", "B11", "B12", ...untouched]);
    expect(growth).toEqual({ B10: "0%", B11: "yyyy-mm-dd", B12: '"$"#,##0', ...Object.fromEntries(untouched.map((a1) => [a1, before[a1]])) });
    expect((await formatsOf(file, "CPM history", ["B5"])).B5).toBe('"¥"#,##0');
  });
});
