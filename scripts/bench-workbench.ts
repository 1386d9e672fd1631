/*
 * The browser part of `npm run bench` (scripts/bench.ts runs it with tsx): the workbench built for
 * development, served from test-output and opened in the browser tests' Chromium, times opening a
 * generated 40,000-row .xlsx, one edit that recomputes, and a jump to the last row — and reports
 * the longest the page was blocked after the edit (while the workbook is kept in the browser).
 * Figures in milliseconds on this machine; they are printed, never asserted.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { launchChromium, OUTPUT, serveFolder } from "../test/support/browser";
import { BIG_ROWS, writeBigSheet } from "../test/support/big-sheet";

const root = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const dist = path.join(OUTPUT, "workbench-bench");
  const built = spawnSync(process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "development", "--output-path", dist], { cwd: root, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the workbench did not build:\n${built.stdout}\n${built.stderr}`);
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, "bench-40000-rows.xlsx");
  await writeBigSheet(file);
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 820 } })).newPage();
    await page.goto(`${server.url}workbench.html?lang=en`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 120_000 });
    // The page's own clock: the steps it says while opening, and the tasks that blocked it (50 ms and more).
    await page.evaluate(() => {
      const w = window as unknown as { steps: [number, string][]; blocked: [number, number][] };
      w.steps = [];
      w.blocked = [];
      new MutationObserver(() => w.steps.push([performance.now(), document.getElementById("message")!.textContent ?? ""])).observe(document.getElementById("message")!, { childList: true, characterData: true, subtree: true });
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.blocked.push([entry.startTime, entry.duration]))).observe({ type: "longtask" });
    });
    const chosen = await page.evaluate(() => performance.now());
    await page.setInputFiles("#open", file);
    await page.waitForFunction(() => document.querySelector("#message")?.textContent?.startsWith("Opened"), undefined, { timeout: 300_000 });
    const opened = await page.evaluate(() => performance.now());
    const steps = await page.evaluate(() => (window as unknown as { steps: [number, string][] }).steps);
    const longestWhile = async (from: number, to: number) =>
      page.evaluate(([a, b]) => Math.max(0, ...(window as unknown as { blocked: [number, number][] }).blocked.filter(([start]) => start >= a && start < b).map(([, duration]) => duration)), [from, to]);

    // Settle after opening, then an edit at the bottom.
    await page.waitForTimeout(8_000);
    await page.fill("#address", `B${BIG_ROWS}`);
    await page.press("#address", "Enter");
    const before = await page.textContent(`td[data-cell="D${BIG_ROWS}"]`);
    await page.keyboard.type("5000");
    const typed = await page.evaluate(() => performance.now());
    await page.keyboard.press("Enter");
    await page.waitForFunction(([a1, was]) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent !== was, [`D${BIG_ROWS}`, before] as const, { polling: "raf" });
    const repainted = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    await page.waitForTimeout(15_000);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100))); // the observer's last report delivered
    const afterEdit = await longestWhile(repainted, await page.evaluate(() => performance.now()));

    // Ctrl+Home, then Ctrl+End: the last row drawn.
    await page.keyboard.press("Control+Home");
    const home = await page.evaluate(() => performance.now());
    await page.keyboard.press("Control+End");
    await page.waitForSelector(`td[data-cell="G${BIG_ROWS}"].selected`);
    const end = await page.evaluate(() => performance.now());
    const cells = await page.locator(".grid td[data-cell]").count();

    const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
    const rows: [string, string][] = [
      [`open a ${BIG_ROWS.toLocaleString("en")}-row .xlsx (choose → drawn)`, ms(opened - chosen)],
      ...steps.filter(([, text]) => text.startsWith("Opening")).map(([at, text], i, all): [string, string] => [`  ${text.replace(/^Opening [^:]*: /, "")}`, ms((all[i + 1]?.[0] ?? opened) - at)]),
      ["  longest block while opening", ms(await longestWhile(chosen, opened))],
      ["edit B40000 (Enter → D40000 repainted)", ms(repainted - typed)],
      ["  longest block in the 15 s after it (the workbook kept)", ms(afterEdit)],
      ["Ctrl+Home then Ctrl+End (last row drawn)", ms(end - home)],
      ["cells drawn (of 40,000 × 7)", cells.toLocaleString("en")],
    ];
    const width = Math.max(...rows.map(([what]) => what.length));
    console.log("Workbench in Chromium (a 40,000-row sheet):");
    for (const [what, figure] of rows) console.log(`${what.padEnd(width)}  ${figure}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
