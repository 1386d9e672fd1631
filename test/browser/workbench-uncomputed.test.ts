/*
 * A formula the workbench's engine cannot read (a range of sheets, an intersection) and the cells
 * reading it show #ERROR! with a sentence saying why, in the page's language — never a number
 * Excel would not show (IFERROR(A1,-1) was −1, A1*2 "Parsing error") — and the Download asks Excel
 * to compute them (test/workbench/uncomputed-download.test.ts).
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { DEV_ORIGIN, describeInBrowser, downloadAs, openSaved, openWorkbench, OUTPUT, serverAndBrowser } from "../support/browser";
import { WORKBENCH_WORDS } from "../../src/workbench/workbench-words";

jest.setTimeout(240_000);

/** Calc reads Data and Other (Data!B1 1, Other!B1 10) through formulas the engine cannot read, with Excel's cached values. */
async function uncomputedFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet("Data");
  book.addWorksheet("Other").getCell("B1").value = 10;
  data.getCell("B1").value = 1;
  const calc = book.addWorksheet("Calc");
  const formulas: [string, string, number][] = [["A1", "SUM(Data:Other!B1)", 11], ["A2", "A1*2", 22], ["A3", "IFERROR(A1,-1)", 11], ["A4", "Data!B1:B2 Data!B1:C1", 1], ["A5", "Data!B1+1", 2]];
  for (const [at, formula, result] of formulas) calc.getCell(at).value = { formula, result } as never;
  const file = path.join(OUTPUT, "uncomputed.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

/** Each of Calc's cells A1:A5: what it shows and its hover text. */
function shown(page: Page): Promise<[string, string | null][]> {
  return page.$$eval("td[data-cell]", (cells) =>
    cells.filter((td) => /^A[1-5]$/.test(td.getAttribute("data-cell")!)).map((td) => [td.textContent ?? "", td.getAttribute("title")] as [string, string | null]),
  );
}

describeInBrowser("formulas the workbench cannot compute", () => {
  const browser = serverAndBrowser();

  it("show #ERROR! saying why, in English and in Chinese, the cells reading them too; Download asks Excel to compute them", async () => {
    const file = await uncomputedFile();
    const { page, errors } = await openWorkbench(browser());
    page.on("dialog", (dialog) => void dialog.accept());
    await openSaved(page, file);
    await page.click('#tabs [role=tab] >> text="Calc"');
    await page.waitForSelector('td[data-cell="A5"]:text-is("2")');
    const en = WORKBENCH_WORDS.en.uncomputed;
    expect(await shown(page)).toEqual([["#ERROR!", en], ["#ERROR!", en], ["#ERROR!", en], ["#ERROR!", en], ["2", null]]);
    const { saved } = await downloadAs(page, "uncomputed-download.xlsx");
    const workbookXml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    // The same workbook reopened in Chinese: this browser keeps it.
    await page.waitForSelector("body[data-kept=true]", { timeout: 60_000 });
    await page.goto(`${DEV_ORIGIN}workbench.html?lang=zh-CN`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    await page.click('#tabs [role=tab] >> text="Calc"');
    await page.waitForSelector('td[data-cell="A5"]:text-is("2")');
    const zh = WORKBENCH_WORDS.zh.uncomputed;
    expect(await shown(page)).toEqual([["#ERROR!", zh], ["#ERROR!", zh], ["#ERROR!", zh], ["#ERROR!", zh], ["2", null]]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
