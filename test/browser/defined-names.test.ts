/*
 * The page's Open → Download → Open of a workbook with defined names: the download opened again
 * computes each name as the file did, a sheet's own name on its sheet (test/support/names-file.ts).
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { describeInBrowser, downloadAs, openSaved, openWorkbench, OUTPUT, serverAndBrowser } from "../support/browser";
import { namesFile } from "../support/names-file";

jest.setTimeout(240_000);

const cell = (page: Page, a1: string) => page.textContent(`td[data-cell="${a1}"]`);

describeInBrowser("the workbench's Download of a workbook's defined names", () => {
  const browser = serverAndBrowser();

  it("opens again computing SUM(Amounts) 13 and the Other sheet's own Amounts 30, each sheet's own Local its own", async () => {
    const { page, errors } = await openWorkbench(browser());
    page.on("dialog", (dialog) => void dialog.accept());
    const file = path.join(OUTPUT, "defined-names.xlsx");
    fs.writeFileSync(file, await namesFile());
    await openSaved(page, file);
    const shown = async () => Promise.all(["A1", "A2", "A3", "A4", "A7"].map((a1) => cell(page, a1)));
    expect(await shown()).toEqual(["13", "30", "7", "20", "101"]);
    const { saved } = await downloadAs(page, "defined-names-downloaded.xlsx");
    await openSaved(page, saved);
    expect(await shown()).toEqual(["13", "30", "7", "20", "101"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
