/*
 * The workbench remembers where the user was, as Excel does: each sheet its own selection (a tab,
 * Ctrl+PageUp/PageDown and undo come back to it), the keys back on the sheet after a toolbar button,
 * and Download saving the active sheet and cells, which Open then shows again.
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { describeInBrowser, launchChromium, OUTPUT } from "../support/browser";

jest.setTimeout(240_000);

const root = path.resolve(__dirname, "..", "..");
const PORT = Number(process.env.SPILLSPLIT_TEST_PORT || 3117);
const env = { ...process.env, npm_package_config_dev_server_port: String(PORT) };
const origin = `https://localhost:${PORT}/`;

let start: ChildProcess;
let output = "";
let browser: Browser;

async function openWorkbench(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true, viewport: { width: 1400, height: 820 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}workbench.html?lang=en`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  return { page, errors };
}

const cell = (page: Page, a1: string) => page.textContent(`td[data-cell="${a1}"]`);
const nameBox = (page: Page) => page.inputValue("#address");
const shownSheet = (page: Page) => page.textContent('[role="tab"][aria-selected="true"]');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

async function tab(page: Page, name: string): Promise<void> {
  await page.click(`#tabs [role=tab] >> text="${name}"`);
  await page.waitForFunction((shown) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === shown, name);
}

describeInBrowser("the workbench remembers where you were", () => {
  beforeAll(async () => {
    start = spawn(process.execPath, [path.join(root, "scripts", "start.js")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    start.stdout!.on("data", (chunk) => (output += chunk));
    start.stderr!.on("data", (chunk) => (output += chunk));
    const started = Date.now();
    while (!output.includes("Spillsplit workbench:")) {
      if (Date.now() - started > 200_000) throw new Error(`npm start did not start in time:\n${output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    browser = await launchChromium();
    fs.mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (start && start.exitCode === null) spawnSync(process.execPath, [path.join(root, "scripts", "stop.js")], { cwd: root, env });
    if (start && start.exitCode === null) start.kill("SIGKILL");
  });

  it("keeps each sheet's own selection across tabs, Ctrl+PageUp/PageDown and undo", async () => {
    const { page, errors } = await openWorkbench();
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
    const { page, errors } = await openWorkbench();
    await page.click('td[data-cell="B11"]');
    await tab(page, "Summary");
    await page.click('td[data-cell="E20"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = path.join(OUTPUT, "workbench-where.xlsx");
    await download.saveAs(saved);
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
    await page.setInputFiles("#open", saved);
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent?.includes("workbench"));
    expect([await shownSheet(page), await nameBox(page)]).toEqual(["Summary", "E20"]);
    expect(await focused(page)).toBe("grid");
    await tab(page, "Growth");
    expect(await nameBox(page)).toBe("B11");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
