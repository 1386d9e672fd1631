/*
 * The Name Box as Excel's, after a refused entry and with whole columns and rows; and a formula that
 * is only a reference to an empty cell showing 0, as in Excel.
 */
import type { Page } from "playwright-core";
import { describeInBrowser, openWorkbench, serverAndBrowser } from "../support/browser";

jest.setTimeout(240_000);

const cell = (page: Page, a1: string) => page.textContent(`td[data-cell="${a1}"]`);
const nameBox = (page: Page) => page.inputValue("#address");
/** The active cell: the one cell drawn as selected. */
const active = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>(".grid td.selected")?.dataset.cell);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** A reference typed into the Name Box and Enter. */
async function goTo(page: Page, reference: string): Promise<void> {
  await page.fill("#address", reference);
  await page.press("#address", "Enter");
}

describeInBrowser("the Name Box", () => {
  const browser = serverAndBrowser();

  it("leaves the selection on a refused entry's cell until it is dropped; then an entry lands in the cell it went to, drawn selected", async () => {
    const { page, errors } = await openWorkbench(browser());
    await page.click('td[data-cell="D20"]');
    const d20 = await page.inputValue("#formula");
    await page.keyboard.type("=2E3:4E3");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#message")).toContain("is not a formula");
    // The Name Box reached without a click (the keyboard, a screen reader), AA17 typed and Enter, before the refused entry takes the focus back.
    await page.evaluate(() => {
      const box = document.getElementById("address") as HTMLInputElement;
      box.focus();
      box.value = "AA17";
      box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.activeElement?.id === "formula");
    // Excel's Name Box goes nowhere while an entry is open: the selection stays on D20, the entry with it.
    expect([await nameBox(page), await active(page), await page.inputValue("#formula")]).toEqual(["D20", "D20", "=2E3:4E3"]);
    expect(await page.textContent("#message")).toContain("is not a formula");
    // Escape drops it; the Name Box goes to AA17 (past the columns drawn), drawn selected, and what is typed next lands there.
    await page.keyboard.press("Escape");
    await goTo(page, "AA17");
    expect([await nameBox(page), await active(page), await focused(page)]).toEqual(["AA17", "AA17", "grid"]);
    await page.keyboard.type("42");
    await page.keyboard.press("Enter");
    expect([await cell(page, "AA17"), await cell(page, "AA18"), await nameBox(page)]).toEqual(["42", "", "AA18"]);
    await goTo(page, "D20");
    expect(await page.inputValue("#formula")).toBe(d20); // the refused entry's cell as it was
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("selects whole columns and rows (C:C, 2:2, A:C, 3:5), as far as the sheet's cells, and a whole sheet's worth without drawing it", async () => {
    const { page, errors } = await openWorkbench(browser());
    // Growth's used range, as the column letters select down it.
    await page.click('th[aria-colindex="4"]'); // C's letter
    const columnC = await nameBox(page);
    expect(columnC).toMatch(/^C1:C\d+$/);
    const lastRow = Number(columnC.split(":C")[1]);
    await page.click('th.row >> text="2"');
    const row2 = await nameBox(page);
    const lastColumn = row2.replace(/^A2:([A-Z]+)2$/, "$1");
    await page.click('td[data-cell="B10"]');
    await goTo(page, "C:C");
    expect([await nameBox(page), await active(page), await page.textContent("#message")]).toEqual([columnC, "C1", ""]);
    expect(await page.locator(".grid td.in-range").count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>(".grid td.in-range")).every((td) => td.dataset.cell!.startsWith("C")))).toBe(true);
    await goTo(page, "2:2");
    expect([await nameBox(page), await active(page)]).toEqual([row2, "A2"]);
    await goTo(page, "$A:c");
    expect([await nameBox(page), await active(page)]).toEqual([`A1:C${lastRow}`, "A1"]);
    await goTo(page, "5:3");
    expect([await nameBox(page), await active(page)]).toEqual([`A3:${lastColumn}5`, "A3"]);
    // On another sheet, quoted.
    await goTo(page, "'CPM history'!B:B");
    expect(await page.textContent("#root #sheet")).toBe("CPM history");
    expect(await nameBox(page)).toMatch(/^B1:B\d+$/);
    // Every row Excel has: as far as a sheet here holds (40,000 rows), drawn only in view, at once.
    const started = Date.now();
    await goTo(page, "1:1048576");
    expect(await nameBox(page)).toMatch(/^A1:[A-Z]+40000$/);
    expect(await page.locator(".grid td[data-cell]").count()).toBeLessThan(2_000);
    await goTo(page, "A:XFD");
    expect(await nameBox(page)).toMatch(/^A1:XFD\d+$/);
    expect(await page.locator(".grid td[data-cell]").count()).toBeLessThan(2_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Not whole columns or rows: said so, the selection kept.
    await goTo(page, "0:3");
    expect(await page.textContent("#message")).toContain("is not a cell or range");
    expect(await active(page)).toBe("A1");
    await page.keyboard.press("Escape");
    // Rows past what a sheet here holds: refused too, not moved onto row 40,000 (which Delete would clear).
    await goTo(page, "40001:40001");
    expect(await page.textContent("#message")).toContain("“40001:40001” is not a cell or range");
    expect(await active(page)).toBe("A1");
    await page.keyboard.press("Escape");
    expect(await nameBox(page)).toMatch(/^A1:XFD\d+$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows 0 for a formula that is only a reference to an empty cell, as Excel does; the empty cell stays blank", async () => {
    const { page, errors } = await openWorkbench(browser());
    await goTo(page, "AB17");
    await page.keyboard.type("=Z19");
    await page.keyboard.press("Enter");
    await page.keyboard.type("=IF(TRUE,Z19)");
    await page.keyboard.press("Enter");
    expect([await cell(page, "AB17"), await cell(page, "AB18"), await cell(page, "Z19")]).toEqual(["0", "0", ""]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
