/*
 * The Name Box as Excel's after a refused entry; and a formula that is only a reference to an empty
 * cell showing 0, as in Excel.
 */
import type { Page } from "playwright-core";
import { describeInBrowser, openWorkbench, withWorkbenchServer } from "../support/browser";

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
  const { browser } = withWorkbenchServer();

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
