/*
 * `npm start` on a machine without Excel, as a new user or CI would run it: it must serve the
 * browser workbench, whose spreadsheet runs the add-in's own functions on the planner template,
 * with the real task pane beside it — and `npm stop` must end it cleanly.
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { describeInBrowser, launchChromium, OUTPUT } from "../support/browser";

jest.setTimeout(240_000);

const root = path.resolve(__dirname, "..", "..");
// Not the usual 3000, so a developer's own `npm start` is left alone; SPILLSPLIT_TEST_PORT for parallel checkouts.
const PORT = Number(process.env.SPILLSPLIT_TEST_PORT || 3117);
const env = { ...process.env, npm_package_config_dev_server_port: String(PORT) };
const origin = `https://localhost:${PORT}/`;

let start: ChildProcess;
let output = "";
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
let browser: Browser;

async function waitForOutput(text: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!output.includes(text)) {
    if (Date.now() - started > timeoutMs) throw new Error(`npm start did not print "${text}" in time:\n${output.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}


async function openWorkbench(): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true, viewport: { width: 1400, height: 820 } });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["localhost", "127.0.0.1"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) outside.push(request.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}workbench.html?lang=en`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  return { page, outside, errors };
}

const cell = (page: Page, a1: string) => page.textContent(`td[data-cell="${a1}"]`);

describeInBrowser("npm start on Linux", () => {
  beforeAll(async () => {
    start = spawn(process.execPath, [path.join(root, "scripts", "start.js")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    start.stdout!.on("data", (chunk) => (output += chunk));
    start.stderr!.on("data", (chunk) => (output += chunk));
    exited = new Promise((resolve) => start.on("exit", (code, signal) => resolve({ code, signal })));
    await waitForOutput("Spillsplit workbench:", 200_000);
    browser = await launchChromium();
    fs.mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    // When the npm stop test did not run (a filtered run, a failure before it), stop the server the
    // same way, so no dev server outlives the tests and keeps jest waiting on its output.
    if (start && start.exitCode === null) spawnSync(process.execPath, [path.join(root, "scripts", "stop.js")], { cwd: root, env });
    if (start && start.exitCode === null) start.kill("SIGKILL");
  });

  it("says there is no Excel here and where the workbench is", () => {
    expect(output).toContain("There is no Excel to sideload into on linux");
    expect(output).toContain(`Spillsplit workbench:  ${origin}workbench.html`);
  });

  it("serves the workbench on the planner template, with the task pane beside it", async () => {
    const { page, outside, errors } = await openWorkbench();
    expect(errors).toEqual([]);
    expect(await page.textContent("#file-name")).toBe("spillsplit-planner.xlsx");
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(tabs).toEqual(["Summary", "Assumptions", "Cold start", "Growth", "Mature", "Notes", "CPM history"]);
    expect(await cell(page, "C10")).toBe("150,000.00"); // growth: half of 300,000, in the template's format
    expect(await page.textContent("#root #sheet")).toBe("Growth");
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it("recalculates the split, CPMs and cap check when a budget is typed", async () => {
    const { page, outside } = await openWorkbench();
    await page.click('td[data-cell="B10"]');
    await page.keyboard.type("500000");
    await page.keyboard.press("Enter");
    expect(await cell(page, "B10")).toBe("500,000.00");
    expect(await cell(page, "C10")).toBe("250,000.00"); // SPILLSPLIT("growth", 500000) → 250000 | 250000
    expect(await cell(page, "D10")).toBe("250,000.00");
    expect(await cell(page, "E10")).toBe("112.00"); // 80 × 1.4
    expect(await cell(page, "F10")).toBe("176.99"); // MARGINALCPM(500000, 80)
    expect(await cell(page, "I10")).toBe("Within cap 在上限内");
    await page.click('td[data-cell="B10"]');
    await page.keyboard.type("600000");
    await page.keyboard.press("Enter");
    expect(await cell(page, "I10")).toBe("Over cap 超出上限");
    expect(await cell(page, "B22")).toBe("5,700,000.00");
    await page.click('td[data-cell="C10"]');
    expect(await page.inputValue("#formula")).toBe('=RED.SPILLSPLIT($B$3,B10,"spillover",Assumptions!$A$1:$B$8)');
    await page.screenshot({ path: path.join(OUTPUT, "workbench.png") });

    // Download the edited workbook and read it back.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = path.join(OUTPUT, "workbench-download.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.getWorksheet("Growth")!.getCell("B10").value).toBe(600_000);
    // In Excel's stored form, with the value after the edit cached beside it (issue 13).
    expect(workbook.getWorksheet("Growth")!.getCell("C10").value).toEqual({ formula: '_xldudf_RED_SPILLSPLIT($B$3,B10,"spillover",Assumptions!$A$1:$B$8)', result: 300_000 });
    expect(workbook.getWorksheet("Growth")!.getCell("I10").value).toMatchObject({ result: "Over cap 超出上限" });
    expect(workbook.getWorksheet("Notes")!.getCell("B11").value).toMatchObject({ formula: "_xlfn.PERCENTILE.INC(E2:E9,0.75)" });
    // It is the template with the edit, not a plain copy: styles, widths and frozen panes stay.
    const growthSheet = workbook.getWorksheet("Growth")!;
    expect(growthSheet.getCell("B10").numFmt).toBe(growthSheet.getCell("B11").numFmt);
    expect(growthSheet.getCell("B10").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(growthSheet.getCell("A9").font).toMatchObject({ bold: true });
    expect(growthSheet.getColumn(1).width).toBeGreaterThan(20);
    expect(growthSheet.views[0]).toMatchObject({ state: "frozen" });

    // Open it again through the file picker: the edit is there.
    await page.setInputFiles("#open", saved);
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent?.includes("workbench"));
    expect(await cell(page, "B10")).toBe("600,000.00");
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it("shows the task pane in Chinese when asked", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 820 } });
    const page = await context.newPage();
    await page.goto(`${origin}workbench.html?lang=zh-CN`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    await page.waitForSelector('[data-minefield="2"] [data-status]');
    expect(await page.textContent("#root h1")).toBe("预算雷区");
    expect(await page.textContent('[data-minefield="2"] h3')).toBe("2. 预算越多效果越好？");
    expect(await page.textContent("#download")).toBe("下载 .xlsx");
    // The chart speaks in 万, as Chinese planners count money.
    expect(await page.getAttribute('[data-check="budget"] svg', "aria-label")).toContain("本月 30万，拟定 30万，上限 54.8万");
    await page.locator('[data-minefield="2"]').screenshot({ path: path.join(OUTPUT, "checklist-minefield2-zh.png") });
    await page.locator('[data-minefield="3"]').screenshot({ path: path.join(OUTPUT, "checklist-minefield3-zh.png") });
    await page.click('[role="tab"]:has-text("Notes")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Notes");
    // The functions speak the display language, as in Chinese Excel: HOTNOTES labels in Chinese.
    expect(await cell(page, "G2")).toBe("有效爆文");
    expect(await cell(page, "G3")).toBe("普通");
    // Long text runs on over empty cells to its right, as in Excel, and stops at a filled one.
    const overflow = (a1: string) =>
      page.$eval(`td[data-cell="${a1}"]`, (td) => (td.firstElementChild?.getBoundingClientRect().width ?? 0) - td.getBoundingClientRect().width);
    expect(await overflow("A14")).toBeGreaterThan(200);
    expect(await overflow("A11")).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUTPUT, "workbench-zh.png") });
    await context.close();
  });

  it("walks the minefields checklist on the growth scenario: live checks, answers, report, reload", async () => {
    const { page, outside, errors } = await openWorkbench();
    const status = (id: number) => page.getAttribute(`[data-minefield="${id}"] [data-status]`, "data-status");
    await page.waitForSelector('[data-minefield="2"] [data-status]');
    // January → February in the template: 300,000 → 300,000, well within the 547,756 cap.
    expect(await status(2)).toBe("clear");
    expect(await page.textContent('[data-check="budget"]')).toContain("547,756");
    // Minefield 3 reads the Notes sheet.
    expect(await status(3)).toBe("risk");
    expect(await page.textContent('[data-list="hollow"]')).toBe("Funny skit 搞笑短剧");
    expect(await page.textContent('[data-list="hidden"]')).toContain("Ingredient deep-dive 成分解析");

    // Propose 600,000 for February: past the cap, minefield 2 turns to risk.
    await page.click('td[data-cell="B11"]');
    await page.keyboard.type("600000");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-minefield="2"] [data-status]')?.getAttribute("data-status") === "risk");
    expect(await page.textContent('[data-check="budget"]')).toContain("Risk: the proposed budget is past the cap.");
    expect(await page.getAttribute('[data-check="budget"] svg', "aria-label")).toContain("cap 548k");

    // Answer the others, by keyboard and by mouse; a note with markup stays text.
    const xss = "<img src=x onerror=alert(1)>";
    await page.check('[data-minefield="1"] input[value="clear"]');
    await page.fill('[data-minefield="1"] textarea', "Scenario series planned for the office snack line.");
    await page.check('[data-minefield="4"] input[value="watch"]');
    await page.fill('[data-minefield="4"] textarea', xss);
    for (const id of [5, 6, 7]) await page.check(`[data-minefield="${id}"] input[value="clear"]`);
    await page.fill('[data-minefield="2"] textarea', "Hold February at the cap.");
    expect(await status(1)).toBe("clear");
    expect(await status(4)).toBe("watch");
    expect(await page.locator("img[src=x]").count()).toBe(0);

    // Write the report: a Minefields sheet, one row per minefield.
    await page.click("#write-report");
    await page.waitForSelector("#notice");
    expect(await page.textContent("#notice")).toContain("Minefields");
    await page.click('[role="tab"]:has-text("Minefields")');
    await page.waitForSelector("#report-sheet");
    expect(await page.locator('[data-binding="thisMonth"]').count()).toBe(0);
    expect(await page.locator("[data-minefield]").count()).toBe(0);
    expect(await page.locator("#write-report").count()).toBe(0);
    expect(await cell(page, "A1")).toBe("Minefield");
    expect(await cell(page, "B3")).toBe("Risk");
    expect(await cell(page, "C3")).toContain("547,756");
    expect(await cell(page, "D3")).toBe("Hold February at the cap.");
    expect(await cell(page, "D5")).toBe(xss);
    expect(await cell(page, "B8")).toBe("Clear");
    await page.screenshot({ path: path.join(OUTPUT, "checklist-report.png") });

    // Reload the task pane: every answer is still there, read back from the workbook's settings.
    await page.click('[role="tab"]:has-text("Growth")');
    await page.waitForTimeout(600); // the pane saves 300 ms after the last change
    await page.click("#reload-pane");
    await page.waitForSelector('[data-minefield="2"] [data-status="risk"]');
    expect(await status(1)).toBe("clear");
    expect(await status(4)).toBe("watch");
    expect(await page.inputValue('[data-minefield="1"] textarea')).toBe("Scenario series planned for the office snack line.");
    expect(await page.inputValue('[data-minefield="4"] textarea')).toBe(xss);
    expect(await page.inputValue('[data-minefield="2"] textarea')).toBe("Hold February at the cap.");
    expect(await page.locator("img[src=x]").count()).toBe(0);
    await page.locator("#root").screenshot({ path: path.join(OUTPUT, "checklist-en.png") });
    await page.locator('[data-minefield="2"]').screenshot({ path: path.join(OUTPUT, "checklist-minefield2-en.png") });

    // Re-running the report updates the sheet in place.
    await page.fill('[data-minefield="2"] textarea', "Cut February to 540,000.");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice") !== null);
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(tabs.filter((t) => t === "Minefields")).toHaveLength(1);

    // Insert a scenario sheet from the template: the pane follows it.
    await page.click("#insert-scenario");
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Scenario 1");
    expect(await cell(page, "C10")).toBe("150,000.00");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it("binds cells on a sheet that is not from the template", async () => {
    const { page } = await openWorkbench();
    await page.click('[role="tab"]:has-text("Summary")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Summary");
    await page.waitForSelector('[data-binding="thisMonth"]');
    // Bind this month and the proposal to the growth totals' neighbours on the Summary sheet.
    await page.click('td[data-cell="G5"]'); // growth's budget cap, 547,755.92
    await page.click('button[aria-label="Use selected: This month\'s budget"]');
    await page.click('td[data-cell="C4"]'); // cold start's year budget, 1,900,000
    await page.click('button[aria-label="Use selected: Next month\'s proposed budget"]');
    await page.waitForSelector('[data-check="budget"]');
    expect(await page.textContent('[data-binding="thisMonth"]')).toBe("Summary!G5");
    expect(await page.textContent('[data-check="budget"]')).toContain("(index)");
    await page.locator("#root").screenshot({ path: path.join(OUTPUT, "checklist-bindings.png") });
    await page.context().close();
  });

  it("ends cleanly on npm stop", async () => {
    const stop = spawnSync(process.execPath, [path.join(root, "scripts", "stop.js")], { cwd: root, env, encoding: "utf8" });
    expect(stop.status).toBe(0);
    expect(stop.stdout).toContain(`Stopped the dev server on port ${PORT}`);
    const { code } = await exited;
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(root, `.dev-server-${PORT}.pid`))).toBe(false);
  });
});
