/*
 * Browser tests: a static server over dist/ on 127.0.0.1 and a Chromium driven by playwright-core
 * (which one: see find-browser.js). Every request that would leave this machine is recorded and refused.
 */
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { Browser, chromium, Page } from "playwright-core";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findBrowser, HOW_TO_CHOOSE } = require("./find-browser.js") as {
  findBrowser: () => { kind: "env" | "system" | "missing" | "package"; executablePath?: string } | null;
  HOW_TO_CHOOSE: string;
};

export const OUTPUT = path.resolve(__dirname, "..", "..", "test-output");

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
