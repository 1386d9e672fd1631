/*
 * A formula that is only a reference to an empty cell showing 0, as in Excel.
 */
import type { Page } from "playwright-core";
import { describeInBrowser, openWorkbench, withWorkbenchServer } from "../support/browser";

jest.setTimeout(240_000);

const cell = (page: Page, a1: string) => page.textContent(`td[data-cell="${a1}"]`);

/** A reference typed into the Name Box and Enter. */
async function goTo(page: Page, reference: string): Promise<void> {
  await page.fill("#address", reference);
  await page.press("#address", "Enter");
}

describeInBrowser("the Name Box", () => {
  const { browser } = withWorkbenchServer();

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
