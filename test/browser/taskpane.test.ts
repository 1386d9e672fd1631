/*
 * The task pane page of the production build, in Chromium, with office.js answered by a stand-in
 * for Excel's host (display language, onReady, and the CustomFunctions registry of the shared runtime).
 */
import fs from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { guardNetwork, describeInBrowser, launchChromium, OUTPUT, serveFolder } from "../support/browser";

jest.setTimeout(60_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const dist = path.resolve(__dirname, "..", "..", "dist");

/** `missingSets`: requirement sets the stand-in Excel reports as missing, "Set version" each; `stored`: settings saved before. */
/** `officeTheme`: Office.context.officeTheme, left out where undefined (not every Excel has one). */
function officeStandIn(displayLanguage: string, missingSets: string[] = [], stored: Record<string, string> = {}, officeTheme?: object): string {
  return `
    window.__missingSets = ${JSON.stringify(missingSets)};
    window.__associated = {};
    window.CustomFunctions = {
      associate: function (id, fn) { window.__associated[id] = fn; },
      Error: function (code, message) { this.code = code; if (message) this.message = message; },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    };
    var range = { values: [[null]], text: [[""]], load: function () {} };
    var sheet = { name: "Sheet1", isNullObject: false, load: function () {}, getRange: function () { return range; } };
    var worksheets = {
      items: [{ name: "Sheet1" }],
      load: function () {},
      getActiveWorksheet: function () { return sheet; },
      getItemOrNullObject: function () { return sheet; },
      onActivated: { add: function () { return { context: {}, remove: function () {} }; } },
      onChanged: { add: function () { return { context: {}, remove: function () {} }; } },
    };
    var saved = ${JSON.stringify(stored)};
    window.__saved = saved;
    window.Excel = {
      run: function (batch) {
        var selected = { address: "Sheet1!B2", load: function () {} };
        var context = {
          workbook: { worksheets: worksheets, getSelectedRange: function () { return selected; } },
          sync: function () { return Promise.resolve(); },
        };
        return typeof batch === "function" ? batch(context) : arguments[1](context);
      },
    };
    window.Office = {
      HostType: { Excel: "Excel" },
      AsyncResultStatus: { Succeeded: "succeeded" },
      context: {
        displayLanguage: ${JSON.stringify(displayLanguage)},
        ${officeTheme ? `officeTheme: ${JSON.stringify(officeTheme)},` : ""}
        requirements: {
          isSetSupported: function (set, version) { return window.__missingSets.indexOf(set + " " + version) < 0; },
        },
        document: {
          settings: {
            get: function (key) { return saved[key] === undefined ? null : saved[key]; },
            set: function (key, value) { saved[key] = value; },
            saveAsync: function (callback) { callback({ status: "succeeded" }); },
          },
        },
      },
      onReady: function (callback) {
        var info = { host: "Excel", platform: "PC" };
        setTimeout(function () { callback && callback(info); }, 0);
        return Promise.resolve(info);
      },
    };`;
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };


/**
 * The pane on the stand-in's Sheet1, a sheet of the planner's own: with `bind`, the planner has chosen
 * to bind cells there, so it is a scenario and its minefields show (issue 21, item 7).
 */
async function openPane(displayLanguage: string, missingSets: string[] = [], stored?: Record<string, string>, officeTheme?: object, bind = true) {
  const page = await browser.newPage({ viewport: { width: 360, height: 720 } });
  const outside = await guardNetwork(page, server.url, { [OFFICE_JS]: officeStandIn(displayLanguage, missingSets, stored, officeTheme) });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}taskpane.html`);
  // Ready once it has read the active sheet (Sheet1 is no scenario until cells are bound on it).
  await page.waitForFunction(() => !!document.querySelector("#sheet")?.textContent);
  if (bind && !stored) {
    await page.click("#bind-this-sheet");
    await page.waitForSelector('[data-minefield="7"]');
  }
  return { page, outside, errors };
}

describeInBrowser("task pane", () => {
  beforeAll(async () => {
    server = await serveFolder(dist);
    browser = await launchChromium();
    fs.mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads in English, registers every RED function, and reaches nothing outside", async () => {
    const { page, outside, errors } = await openPane("en-US", [], undefined, undefined, false);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    // The stylesheet applied (served as CSS, allowed by the page's policy).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".pane-header")!).display)).toBe("flex");
    expect(await page.textContent("h1")).toBe("Budget minefields");
    // Read through the Office.js workbook host: the active sheet, not from the template, and no
    // scenario until the planner chooses to bind its cells (issue 21, item 7).
    await page.waitForFunction(() => document.querySelector("#sheet")?.textContent === "Sheet1");
    await page.waitForSelector("#not-scenario");
    expect(await page.locator("[data-minefield]").count()).toBe(0);
    await page.click("#bind-this-sheet");
    await page.waitForSelector('[data-binding="thisMonth"]');
    expect(await page.locator("[data-minefield]").count()).toBe(7);
    // An answer is saved in the document's settings.
    await page.check('[data-minefield="5"] input[value="clear"]');
    await page.waitForFunction(() => String((window as unknown as { __saved: Record<string, string> }).__saved.spillsplit ?? "").includes("clear"));
    const golden = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "golden", "functions.json"), "utf8"));

    const ids = await page.evaluate(() => Object.keys((window as unknown as { __associated: object }).__associated));
    expect(ids.sort()).toEqual(golden.functions.map((f: { id: string }) => f.id).sort());

    // The bundle Excel loads computes the issue's example.
    const split = await page.evaluate(() =>
      (window as unknown as { __associated: Record<string, (...a: unknown[]) => unknown> }).__associated.SPILLSPLIT([["growth"]], [[500000]]),
    );
    expect(split).toEqual([[250000, 250000]]);
    // A list function's code comes in lists.js, which functions.js fetches once it has registered.
    const allocated = await page.evaluate(() =>
      (window as unknown as { __associated: Record<string, (...a: unknown[]) => unknown> }).__associated.ALLOCATE([[1000]], [["notes"], ["live"]], [[40], [60]]),
    );
    expect((allocated as unknown[][]).slice(0, 2).map((row) => row.slice(0, 2))).toEqual([
      ["notes", expect.any(Number)],
      ["live", expect.any(Number)],
    ]);
    expect((allocated as number[][])[0][1] + (allocated as number[][])[1][1]).toBeCloseTo(1000, 9);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-en.png") });
    await page.close();
  });

  it("says nothing about requirements where Excel has every set, and says what is missing where it does not (en, zh)", async () => {
    const full = await openPane("en-US");
    expect(await full.page.locator("#requirements").count()).toBe(0);
    await full.page.close();
    for (const [language, words] of [
      ["en-US", ["lacks part of what Spillsplit uses", "ExcelApi 1.9", "Refresh numbers"]],
      ["zh-CN", ["缺少 Spillsplit 所需的部分功能", "ExcelApi 1.9", "刷新数字"]],
    ] as const) {
      const { page, errors } = await openPane(language, ["ExcelApi 1.9"]);
      const text = await page.textContent("#requirements");
      for (const word of words) expect(text).toContain(word);
      expect(text).not.toContain("ExcelApi 1.7");
      // The shared runtime's functions register with Office's CustomFunctions, which only Office has:
      // that one error, and no other.
      expect(errors.filter((error) => !/CustomFunctions is not defined/.test(error))).toEqual([]);
      await page.close();
    }
  });

  it("reads what an older version saved, says which bound sheet is missing and offers to bind again", async () => {
    // Saved by version 1 of the pane: keyed by sheet name, bindings as bare addresses.
    const v1 = {
      version: 1,
      sheets: { Sheet1: { month: 0, bindings: { thisMonth: "'Old plan'!B2", baseCpa: "Sheet1!B5" }, answers: { 5: { status: "clear", note: "from version 1" } } } },
    };
    const { page, errors } = await openPane("en-US", [], { spillsplit: JSON.stringify(v1) });
    await page.waitForSelector("#bindings-missing");
    expect(await page.textContent("#bindings-missing")).toContain("Old plan");
    expect(await page.getAttribute('[data-binding="thisMonth"]', "data-missing")).toBe("true");
    expect(await page.textContent('[data-binding="baseCpa"]')).toBe("Sheet1!B5");
    expect(await page.inputValue('[data-minefield="5"] textarea')).toBe("from version 1");
    await page.locator(".scenario").screenshot({ path: path.join(OUTPUT, "taskpane-binding-missing-en.png") });
    // Bind again: the warning goes, and the new binding carries the sheet's name and the answer stays.
    await page.click('button[aria-label="Use selected: This month\'s budget"]');
    await page.waitForFunction(() => document.querySelector('[data-binding="thisMonth"]')?.textContent === "Sheet1!B2");
    expect(await page.locator("#bindings-missing").count()).toBe(0);
    await page.waitForFunction(() => String((window as unknown as { __saved: Record<string, string> }).__saved.spillsplit).includes('"version":2'));
    const saved = JSON.parse((await page.evaluate(() => (window as unknown as { __saved: Record<string, string> }).__saved.spillsplit)) as string);
    expect(saved.sheets[0]).toMatchObject({ name: "Sheet1", bindings: { thisMonth: { address: "Sheet1!B2" } }, answers: { 5: { note: "from version 1" } } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("enforces its Content-Security-Policy: no inline script, nothing from another origin", async () => {
    const { page, outside } = await openPane("en-US");
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    // Fluent UI inserts its generated styles, so only styles may be inline; scripts never.
    expect(/script-src[^;]*unsafe/.test(csp!)).toBe(false);
    const ranInline = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.head.appendChild(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ranInline).toBe(false);
    const fetched = await page.evaluate(() => fetch("https://example.org/").then(() => "sent", () => "refused"));
    expect(fetched).toBe("refused");
    // Refused by the page's own policy before the network guard saw it.
    expect(outside).toEqual([]);
    await page.close();
  });

  // README: Performance, "What Insert scenario sheet and Insert charts need comes when pressed".
  it("fetches new-sheets.js from its own origin only when Insert scenario sheet is pressed, under its Content-Security-Policy", async () => {
    const { page, outside, errors } = await openPane("en-US");
    const fetched: { url: string; status: number }[] = [];
    page.on("response", (response) => void (/\/new-sheets\.[0-9a-f]{8}\.js$/.test(response.url()) && fetched.push({ url: response.url(), status: response.status() })));
    await page.evaluate(() => document.addEventListener("securitypolicyviolation", (event) => ((window as unknown as { __refused?: string }).__refused = event.blockedURI)));
    await page.waitForSelector("#insert-scenario");
    expect(fetched).toEqual([]); // the pane reads the workbook without it
    await page.click("#insert-scenario");
    // The stand-in Excel cannot add a sheet: the pane says it could not reach the workbook, after the code arrived.
    await page.waitForSelector("#problem");
    expect(fetched.map(({ url, status }) => [url.startsWith(server.url), status])).toEqual([[true, 200]]);
    expect(await page.textContent("#problem")).toContain("could not reach the workbook");
    expect(await page.evaluate(() => (window as unknown as { __refused?: string }).__refused)).toBeUndefined();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows a Chinese Office and switches language from the keyboard", async () => {
    const { page } = await openPane("zh-CN");
    await expect(page.textContent("h1")).resolves.toBe("预算雷区");
    await expect(page.textContent('[data-minefield="3"] h3')).resolves.toBe("3. 爆文不等于强外溢");
    // Fluent's own text names the fonts Chinese Office users have, after Office's Segoe UI.
    const fonts = await page.evaluate(() => getComputedStyle(document.querySelector('[data-minefield="3"] h3')!).fontFamily);
    for (const font of ["Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"]) expect(fonts).toContain(font);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-zh.png") });
    await page.focus("#language");
    await page.keyboard.press("Enter");
    await expect(page.textContent("h1")).resolves.toBe("Budget minefields");
    await page.close();
  });

  it("opened outside Office, says in both languages what it is and links to the workbench", async () => {
    for (const officeJs of ["", "window.Office = { onReady: function (callback) { setTimeout(function () { callback({ host: null, platform: null }); }, 0); } };"]) {
      const page = await browser.newPage();
      await guardNetwork(page, server.url, { [OFFICE_JS]: officeJs });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForTimeout(300);
      expect(await page.textContent("#outside-office")).toMatch(/runs inside Excel[\s\S]*需在 Excel 中运行/);
      expect(await page.getAttribute("#outside-office a", "href")).toBe("workbench.html");
      // The shared runtime's functions register with Office's CustomFunctions, which only Office has:
      // that one error, and no other.
      expect(errors.filter((error) => !/CustomFunctions is not defined/.test(error))).toEqual([]);
      await page.close();
    }
  });

  it("follows Office's theme: dark where Office is dark, with readable text; light where Office is light or says nothing", async () => {
    // Office's dark grey theme, as Office.context.officeTheme reports it.
    const dark = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#1f1f1f", controlForegroundColor: "#ffffff" };
    /** Luminance of the pane's background and of its texts' colours, and each text's contrast against it. */
    const colours = (page: import("playwright-core").Page) =>
      page.evaluate(() => {
        const luminance = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
            const c = Number(v) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const background = luminance(getComputedStyle(document.querySelector(".pane-provider")!).backgroundColor);
        const card = luminance(getComputedStyle(document.querySelector('[data-minefield="1"]')!).backgroundColor);
        const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const texts = ["h1", "#scenario-heading", '[data-minefield="1"] h3', '[data-minefield="1"] .trap', '[data-minefield="5"] label'].map((selector) => {
          const text = luminance(getComputedStyle(document.querySelector(selector)!).color);
          return { selector, contrast: Math.min(contrast(text, background), contrast(text, card)) };
        });
        return { background, card, texts };
      });
    const { page, errors } = await openPane("en-US", [], undefined, dark);
    const onDark = await colours(page);
    expect(onDark.background).toBeLessThan(0.05);
    expect(onDark.card).toBeLessThan(0.05);
    // WCAG AA for body text: a contrast of at least 4.5 against the pane and against a card.
    for (const text of onDark.texts) expect([text.selector, text.contrast >= 4.5]).toEqual([text.selector, true]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-dark-en.png") });
    await page.close();

    const zh = await openPane("zh-CN", [], undefined, dark);
    expect((await colours(zh.page)).background).toBeLessThan(0.05);
    await zh.page.screenshot({ path: path.join(OUTPUT, "taskpane-dark-zh.png") });
    await zh.page.close();

    for (const officeTheme of [undefined, { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" }]) {
      const light = await openPane("en-US", [], undefined, officeTheme);
      const onLight = await colours(light.page);
      expect(onLight.background).toBeGreaterThan(0.8);
      for (const text of onLight.texts) expect([text.selector, text.contrast >= 4.5]).toEqual([text.selector, true]);
      await light.page.close();
    }
  });
});
