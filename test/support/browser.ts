/*
 * Browser tests: a static server over dist/ on 127.0.0.1 and a Chromium driven by playwright-core
 * (which one: see find-browser.js). Every request that would leave this machine is recorded and refused.
 */
import { spawn, spawnSync } from "child_process";
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import ExcelJS from "exceljs";
import { Browser, chromium, Page } from "playwright-core";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findBrowser, HOW_TO_CHOOSE } = require("./find-browser.js") as {
  findBrowser: () => { kind: "env" | "system" | "missing" | "package"; executablePath?: string } | null;
  HOW_TO_CHOOSE: string;
};

export const OUTPUT = path.resolve(__dirname, "..", "..", "test-output");

const ROOT = path.resolve(__dirname, "..", "..");
/** The dev server's port in tests: not the usual 3000, so a developer's own `npm start` is left alone; SPILLSPLIT_TEST_PORT for parallel checkouts. */
export const DEV_PORT = Number(process.env.SPILLSPLIT_TEST_PORT || 3117);
export const DEV_ORIGIN = `https://localhost:${DEV_PORT}/`;
/** The environment `npm start` and `npm stop` run in: the dev server reads its port from SPILLSPLIT_PORT (scripts/dev-port.js). */
export const DEV_ENV = { ...process.env, SPILLSPLIT_PORT: String(DEV_PORT) };

/** `npm start` running: all it printed so far, its exit, and `npm stop` (then a kill, should it outlive that). */
export interface DevServer {
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => void;
}

/** Starts `npm start` (scripts/start.js) on DEV_PORT and waits until it says where the workbench is. */
export async function startDevServer(timeoutMs = 200_000): Promise<DevServer> {
  const start = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], { cwd: ROOT, env: DEV_ENV, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  start.stdout!.on("data", (chunk) => (output += chunk));
  start.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => start.on("exit", (code, signal) => resolve({ code, signal })));
  const server = {
    output: () => output,
    exited,
    stop: () => {
      // When the npm stop test did not run (a filtered run, a failure before it), stop the server the
      // same way, so no dev server outlives the tests and keeps jest waiting on its output.
      if (start.exitCode === null) spawnSync(process.execPath, [path.join(ROOT, "scripts", "stop.js")], { cwd: ROOT, env: DEV_ENV });
      if (start.exitCode === null) start.kill("SIGKILL");
    },
  };
  const started = Date.now();
  while (!output.includes("Spillsplit workbench:")) {
    if (start.exitCode !== null || Date.now() - started > timeoutMs) {
      server.stop();
      throw new Error(`npm start did not start in time:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return server;
}

/**
 * Opens the dev server's workbench in English in a new context of `browser` (downloads accepted),
 * `prepare`d before it loads: its page, the requests that left this machine, and the page's errors.
 */
export async function openWorkbench(browser: Browser, prepare?: (page: Page) => Promise<unknown>): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true, viewport: { width: 1400, height: 820 } });
  const page = await context.newPage();
  await prepare?.(page);
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["localhost", "127.0.0.1"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) outside.push(request.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${DEV_ORIGIN}workbench.html?lang=en`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  return { page, outside, errors };
}

const found = findBrowser();

/**
 * `describe` where a browser can be found, otherwise `describe.skip`; npm test's closing summary
 * then says so in one line, with how to point CHROMIUM_PATH at one.
 */
export const describeInBrowser: jest.Describe =
  typeof describe === "undefined" ? (undefined as never) /* outside jest: the benchmark launches the browser itself */ : found ? describe : describe.skip;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.join(folder, path.normalize(name).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function executablePath(): Promise<string> {
  if (!found) throw new Error(HOW_TO_CHOOSE);
  if (found.kind === "missing") throw new Error(`CHROMIUM_PATH is set to ${found.executablePath}, which does not exist.`);
  if (found.kind === "package") {
    // The npm package carries a compressed Linux x64 Chromium and unpacks it into the temp folder.
    const packaged = await import("@sparticuz/chromium");
    return (packaged.default ?? packaged).executablePath();
  }
  return found.executablePath!;
}

/** A headless Chromium; `env` for its process (as FONTCONFIG_FILE, to hide fonts), else this process's. */
export async function launchChromium(env?: Record<string, string>): Promise<Browser> {
  return chromium.launch({
    executablePath: await executablePath(),
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
    // Headless, and nothing in the background: this machine's network is closed, and Chromium's own
    // update, sync and telemetry requests would only be refused.
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * The dev server and a headless Chromium for the tests of the describe block it is called in: started
 * together before them (test-output made), both closed after them (failed or not, started or not).
 * Returns the browser, once started.
 */
export function serverAndBrowser(): () => Browser {
  const started: { server?: DevServer; browser?: Browser } = {};
  beforeAll(async () => {
    fs.mkdirSync(OUTPUT, { recursive: true });
    const [server, browser] = await Promise.allSettled([startDevServer(), launchChromium()]);
    if (server.status === "fulfilled") started.server = server.value;
    if (browser.status === "fulfilled") started.browser = browser.value;
    for (const failed of [server, browser]) if (failed.status === "rejected") throw failed.reason;
  });
  afterAll(async () => {
    await started.browser?.close();
    started.server?.stop();
  });
  return () => started.browser!;
}

/**
 * Lets requests to `origin` through, answers `stubs` (URL → script) with the given script, and
 * refuses and records everything else.
 */
export async function guardNetwork(page: Page, origin: string, stubs: Record<string, string> = {}): Promise<string[]> {
  const outside: string[] = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    if (stubs[url] !== undefined) return route.fulfill({ contentType: "text/javascript", body: stubs[url] });
    outside.push(url);
    return route.abort();
  });
  return outside;
}

/** Clicks the workbench's Download, saves the file in test-output as `name`, and reads it back. */
export async function downloadAs(page: Page, name: string): Promise<{ saved: string; workbook: ExcelJS.Workbook }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const saved = path.join(OUTPUT, name);
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  return { saved, workbook };
}

/** Opens the file `saved` through the workbench's Open, and waits until the page names it (by its base name). */
export async function openSaved(page: Page, saved: string): Promise<void> {
  const name = path.basename(saved, ".xlsx");
  await page.setInputFiles("#open", saved);
  await page.waitForFunction((shown) => document.querySelector("#file-name")?.textContent?.includes(shown), name);
}
