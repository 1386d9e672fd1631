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
import { launchChromium, OUTPUT } from "../support/browser";

jest.setTimeout(240_000);

const root = path.resolve(__dirname, "..", "..");
const PORT = 3117; // not the usual 3000, so a developer's own `npm start` is left alone
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
  if (start && start.exitCode === null) start.kill("SIGKILL");
});

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

describe("npm start on Linux", () => {
  it("says there is no Excel here and where the workbench is", () => {
    expect(output).toContain("There is no Excel to sideload into on linux");
    expect(output).toContain(`Spillsplit workbench:  ${origin}workbench.html`);
  });

  it("serves the workbench on the planner template, with the task pane beside it", async () => {
    const { page, outside, errors } = await openWorkbench();
    expect(errors).toEqual([]);
    expect(await page.textContent("#file-name")).toBe("spillsplit-planner.xlsx");
    const tabs = await page.locator('[role="tab"]').allTextContents();
    expect(tabs).toEqual(["Summary", "Assumptions", "Cold start", "Growth", "Mature", "Notes"]);
    expect(await cell(page, "C10")).toBe("150,000.00"); // growth: half of 300,000, in the template's format
    expect(await page.textContent("#root #sheet")).toBe("Active sheet: Growth");
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
    expect(workbook.getWorksheet("Growth")!.getCell("C10").value).toEqual({ formula: 'RED.SPILLSPLIT($B$3,B10,"spillover",Assumptions!$A$1:$B$8)' });

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
    expect(await page.textContent("#root #sheet")).toBe("当前工作表：Growth");
    await page.click('[role="tab"]:has-text("Notes")');
    expect(await page.textContent("#root #sheet")).toBe("当前工作表：Notes");
    expect(await page.textContent("#download")).toBe("下载 .xlsx");
    await page.screenshot({ path: path.join(OUTPUT, "workbench-zh.png") });
    await context.close();
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
