/*
 * The workbench remembers where the user was, as Excel does: each sheet its own selection (a tab,
 * Ctrl+PageUp/PageDown and undo come back to it), the keys back on the sheet after a toolbar button,
 * and Download saving the active sheet and cells, which Open then shows again.
 */
import type { Page } from "playwright-core";
import { describeInBrowser, downloadAs, openSaved, openWorkbench, withWorkbenchServer } from "../support/browser";

jest.setTimeout(240_000);


const cell = (page: Page, a1: string) => page.textContent(`td[data-cell="${a1}"]`);
const nameBox = (page: Page) => page.inputValue("#address");
const shownSheet = (page: Page) => page.textContent('[role="tab"][aria-selected="true"]');
/** The active cell: the one cell of the selection drawn as selected. */
const active = (page: Page) => page.getAttribute(".grid td.selected", "data-cell");
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

async function tab(page: Page, name: string): Promise<void> {
  await page.click(`#tabs [role=tab] >> text="${name}"`);
  await page.waitForFunction((shown) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === shown, name);
}

describeInBrowser("the workbench remembers where you were", () => {
  const { browser } = withWorkbenchServer();

  it("keeps each sheet's own selection across tabs, Ctrl+PageUp/PageDown and undo", async () => {
    const { page, errors } = await openWorkbench(browser());
    expect(await shownSheet(page)).toBe("Growth");
    const label = await cell(page, "A5");
    await page.click('td[data-cell="B12"]');
    // Another sheet opens at its own cell, never at the cell selected on Growth.
    await tab(page, "Summary");
    expect(await nameBox(page)).not.toBe("B12");
    await page.click('td[data-cell="A5"]');
    await page.keyboard.press("Shift+ArrowDown");
    expect(await nameBox(page)).toBe("A5:A6");
    await tab(page, "Growth");
    expect(await nameBox(page)).toBe("B12");
    // The keys act on Growth's own cell: its label at A5 stays.
    await page.keyboard.type("999");
    await page.keyboard.press("Enter");
    expect(await cell(page, "B12")).toBe("999.00");
    expect(await cell(page, "A5")).toBe(label);
    await tab(page, "Summary");
    expect(await nameBox(page)).toBe("A5:A6");
    // Ctrl+PageDown and Ctrl+PageUp come back to each sheet's selection too.
    await page.keyboard.press("Control+PageDown"); // Assumptions
    await page.click('td[data-cell="C7"]');
    await page.keyboard.press("Control+PageUp");
    expect([await shownSheet(page), await nameBox(page)]).toEqual(["Summary", "A5:A6"]);
    await page.keyboard.press("Control+PageDown");
    expect([await shownSheet(page), await nameBox(page)]).toEqual(["Assumptions", "C7"]);
    // Undo goes to Growth and selects the cell it takes back; Assumptions keeps the cell it had.
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === "Growth");
    expect(await nameBox(page)).toBe("B12");
    expect(await cell(page, "B12")).not.toBe("999.00");
    await tab(page, "Assumptions");
    expect(await nameBox(page)).toBe("C7");
    await tab(page, "Growth");
    expect(await nameBox(page)).toBe("B12");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("gives the keys back to the sheet after Download and Open, and opens the download where it was left", async () => {
    const { page, errors } = await openWorkbench(browser());
    await page.click('td[data-cell="B11"]');
    await tab(page, "Summary");
    await page.click('td[data-cell="E20"]');
    const { saved } = await downloadAs(page, "workbench-where.xlsx");
    // The keys act on the sheet again, as Excel returns to it: 7 + Enter goes into E20, Ctrl+Z takes it back.
    expect(await focused(page)).toBe("grid");
    await page.keyboard.type("7");
    await page.keyboard.press("Enter");
    expect(await cell(page, "E20")).toBe("7");
    await page.keyboard.press("Control+z");
    expect(await cell(page, "E20")).toBe("");
    expect(await nameBox(page)).toBe("E20");
    // Elsewhere before opening the download: it opens on the sheet and cell it was downloaded on, each sheet at its own cell.
    await tab(page, "Mature");
    page.on("dialog", (dialog) => void dialog.accept());
    await openSaved(page, saved);
    expect([await shownSheet(page), await nameBox(page)]).toEqual(["Summary", "E20"]);
    expect(await focused(page)).toBe("grid");
    await tab(page, "Growth");
    expect(await nameBox(page)).toBe("B11");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("brings back every sheet's range, the active cell where Enter left it inside, after a reload and in a Download opened again", async () => {
    const { page, errors } = await openWorkbench(browser());
    // Growth: B12:C13 selected, Enter moving the active cell to B13 inside it (as in Excel).
    await page.click('td[data-cell="B12"]');
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Enter");
    expect([await nameBox(page), await active(page)]).toEqual(["B12:C13", "B13"]);
    // Summary: A5:A6; Growth shown again.
    await tab(page, "Summary");
    await page.click('td[data-cell="A5"]');
    await page.keyboard.press("Shift+ArrowDown");
    await tab(page, "Growth");
    const where = async () => {
      const shown = [await shownSheet(page), await nameBox(page), await active(page)];
      await tab(page, shown[0] === "Growth" ? "Summary" : "Growth");
      return [...shown, await shownSheet(page), await nameBox(page), await active(page)];
    };
    await page.waitForSelector("body[data-kept=true]", { timeout: 60_000 });
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await where()).toEqual(["Growth", "B12:C13", "B13", "Summary", "A5:A6", "A5"]);
    // Downloaded on Summary, then opened again from elsewhere: each sheet at its range, as Excel saved it.
    const { saved } = await downloadAs(page, "workbench-where-ranges.xlsx");
    await tab(page, "Mature");
    page.on("dialog", (dialog) => void dialog.accept());
    await openSaved(page, saved);
    expect(await where()).toEqual(["Summary", "A5:A6", "A5", "Growth", "B12:C13", "B13"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
