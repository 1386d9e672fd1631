/*
 * A second real spreadsheet application (issue 13): LibreOffice Calc, headless, opens the committed
 * template as a finance colleague without the add-in would, and computes the template's native
 * formulas itself. One soffice run converts three files to .xlsx, whose values we then read:
 *   1. the template as committed: every sheet must show numbers and text, no #NAME? or other error;
 *   2. the template with each RED formula replaced by its cached value and every native formula left
 *      without one (and marked for recalculation), so LibreOffice computes PERCENTILE.INC, MEDIAN,
 *      SUM, COUNTIF and IF from the same inputs: each must agree with our engine;
 *   3. a workbench download with a spilled RED formula, a date and an error value: it must open
 *      with each as saved;
 *   4. amounts and shares with ROUND formulas: LibreOffice's rounding to the cent must be ours
 *      (core toCents, shareOfCents), halves like 1.005 and 15 × 0.7 included, and budgets of hundreds of
 *      millions whose binary product falls below the half (225,000,000.05 × 0.7, issue 22).
 *   5. the native charts: LibreOffice reads each (its title, its series over the sheet ranges) and saves it again.
 * Skipped, with one line at the end of the run, where LibreOffice is not installed.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import JSZip from "jszip";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { plannerCharts } from "../../src/template/charts";
import { seriesFormula } from "../../src/spreadsheet/xlsx-charts";
import { shareOfCents, splitBudget, toCents } from "../../src/core";
import { LINES_LAYOUT, LINES_SHEET, plannerWorkbook, sheetAsRows, TOTAL_LABEL } from "../../src/template/planner";
import { engine } from "../support/engine";
import { fontconfigWithout } from "../support/hidden-fonts";
import { planWithSpill, roundTrip, XmlCell, xmlCells } from "../support/xlsx-xml";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findSoffice } = require("../support/find-soffice.js");

const soffice: string | undefined = findSoffice();
const describeWithLibreOffice: jest.Describe = soffice ? describe : describe.skip;

jest.setTimeout(180_000);

type Sheets = Record<string, Record<string, XmlCell>>;

/** The template with RED formulas as constants (their cached values) and native formulas uncomputed. */
async function nativeOnly(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(TEMPLATE_PATH);
  for (const ws of book.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; result?: unknown } | null;
        if (!value || typeof value.formula !== "string") return;
        cell.value = value.formula.includes("_xldudf_") ? (value.result as ExcelJS.CellValue) : ({ formula: value.formula } as ExcelJS.CellFormulaValue);
      }),
    );
  }
  book.calcProperties.fullCalcOnLoad = true;
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The cells of a range "A1:B2" (none for no range). */
function rangeCells(range: string | undefined): string[] {
  if (!range) return [];
  const [from, to] = range.split(":").map((a1) => /^([A-Z]+)(\d+)$/.exec(a1)!);
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cells: string[] = [];
  for (let row = Number(from[2]); row <= Number(to[2]); row++)
    for (let c = column(from[1]); c <= column(to[1]); c++) cells.push(`${String.fromCharCode(64 + c)}${row}`);
  return cells;
}

/** A workbench download of a small file with a spilled RED.SPILLSPLIT, a date and an error value. */
async function download(): Promise<Buffer> {
  const { book, ws } = planWithSpill();
  ws.getCell("A3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("A4").value = { formula: "A2+1", result: 46113 } as ExcelJS.CellFormulaValue;
  return roundTrip(Buffer.from(await book.xlsx.writeBuffer()));
}

/** Amounts with 3 decimals (half cents among them) and budget cents × shares, as our splits meet them. */
function roundingCases(): { amounts: number[]; products: [number, number][]; budgets: [number, number][]; fractions: [number, number][] } {
  let seed = 20261202;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const amounts = [1.005, 2.675, 0.285, 8473.755, 9061.255, 1234.565, 0.015, 10.005, 1e9 + 0.005, 0, 0.004, 0.995];
  for (let i = 0; i < 150; i++) amounts.push(Math.floor(next() * 10 ** (1 + Math.floor(next() * 9))) / 1000);
  for (let k = 0; k < 50; k++) amounts.push(Math.floor(next() * 1e6) + 0.005);
  const products: [number, number][] = [[15, 0.7], [101, 0.5], [3, 0.35], [847375, 0.7]];
  for (let i = 0; i < 100; i++) products.push([Math.floor(next() * 1e9), Math.round(next() * 1000) / 1000]);
  for (let i = 0; i < 50; i++) products.push([Math.floor(next() * 1e4) * 2 + 1, 0.5]);
  // Issue 22: budgets of 1.7 × 10^8 yuan and up whose share ends in half a cent, as a planner
  // writes it: ROUND(budget × share, 2), where the binary product falls below the half.
  const budgets: [number, number][] = [[225_000_000.05, 0.7], [222_367_886.95, 0.7]];
  for (let i = 0; i < 60; i++) budgets.push([(Math.floor(next() * 1e11) * 10 + 17_000_000_005) / 100, [0.7, 0.5, 0.3][i % 3]]);
  // Budgets with more decimals than cents (an annual budget ÷ 12, 59,674.394): ROUND(budget × share, 2).
  const fractions: [number, number][] = [[1.005, 0.7], [2.675, 0.7], [59_674.394, 0.7], [63_879_038 / 12, 0.5]];
  for (let i = 0; i < 80; i++) fractions.push([Math.floor(next() * 1e12) / [1000, 1200, 300, 700][i % 4], [0.7, 0.5, 0.4, 0.65, 0.6][i % 5]]);
  return { amounts, products, budgets, fractions };
}

async function rounding(): Promise<Buffer> {
  const { amounts, products, budgets, fractions } = roundingCases();
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Round");
  amounts.forEach((amount, i) => {
    ws.getCell(i + 1, 1).value = amount;
    ws.getCell(i + 1, 2).value = { formula: `ROUND(A${i + 1},2)*100` } as ExcelJS.CellFormulaValue;
  });
  products.forEach(([cents, share], i) => {
    ws.getCell(i + 1, 3).value = cents;
    ws.getCell(i + 1, 4).value = share;
    ws.getCell(i + 1, 5).value = { formula: `ROUND(C${i + 1}*D${i + 1},0)` } as ExcelJS.CellFormulaValue;
  });
  budgets.forEach(([budget, share], i) => {
    ws.getCell(i + 1, 6).value = budget;
    ws.getCell(i + 1, 7).value = share;
    ws.getCell(i + 1, 8).value = { formula: `ROUND(F${i + 1}*G${i + 1},2)*100` } as ExcelJS.CellFormulaValue;
  });
  fractions.forEach(([budget, share], i) => {
    ws.getCell(i + 1, 9).value = budget;
    ws.getCell(i + 1, 10).value = share;
    ws.getCell(i + 1, 11).value = { formula: `ROUND(I${i + 1}*J${i + 1},2)*100` } as ExcelJS.CellFormulaValue;
  });
  book.calcProperties.fullCalcOnLoad = true;
  return Buffer.from(await book.xlsx.writeBuffer());
}

describeWithLibreOffice("LibreOffice Calc opens the template (issue 13)", () => {
  let asOpened: Sheets;
  let computed: Sheets;
  let downloaded: Sheets;
  let rounded: Sheets;
  /** Each chart of the template as LibreOffice saves it again: its title and its series' formulas. */
  let charts: string[][];

  beforeAll(async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "spillsplit-lo-"));
    fs.copyFileSync(TEMPLATE_PATH, path.join(work, "template.xlsx"));
    fs.writeFileSync(path.join(work, "native.xlsx"), await nativeOnly());
    fs.writeFileSync(path.join(work, "download.xlsx"), await download());
    fs.writeFileSync(path.join(work, "rounding.xlsx"), await rounding());
    const out = path.join(work, "out");
    // Its own user profile in the temp folder: no first-start dialogs, nothing shared with a desktop LibreOffice.
    execFileSync(
      soffice!,
      [`-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out,
        ...["template.xlsx", "native.xlsx", "download.xlsx", "rounding.xlsx"].map((f) => path.join(work, f))],
      { stdio: "pipe", timeout: 150_000 },
    );
    asOpened = await xmlCells(fs.readFileSync(path.join(out, "template.xlsx")));
    computed = await xmlCells(fs.readFileSync(path.join(out, "native.xlsx")));
    downloaded = await xmlCells(fs.readFileSync(path.join(out, "download.xlsx")));
    rounded = await xmlCells(fs.readFileSync(path.join(out, "rounding.xlsx")));
    const saved = await JSZip.loadAsync(fs.readFileSync(path.join(out, "template.xlsx")));
    charts = await Promise.all(
      saved.file(/^xl\/charts\/chart\d+\.xml$/).map(async (f) => {
        const xml = await f.async("string");
        const texts = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, "g"))].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
        return [texts("a:t").join(""), ...texts("c:f")];
      }),
    );
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("reads the native charts: each with its title and the series over the sheet's ranges", () => {
    const expected = plannerCharts().map((c) => [c.title, ...c.series.flatMap((s) => [s.name, c.categories, s.values].map((r) => seriesFormula(c.sheet, r)))]);
    expect(charts.map((c) => c.join(" | ")).sort()).toEqual(expected.map((c) => c.join(" | ")).sort());
  });

  it("shows every sheet with numbers and no #NAME? (or any other error) outside the RED spills it recalculates", () => {
    expect(Object.keys(asOpened)).toEqual(plannerWorkbook().map((s) => s.name));
    for (const definition of plannerWorkbook()) {
      const cells = asOpened[definition.name];
      // LibreOffice recalculates every array formula on load and cannot run the add-in, so a RED
      // formula that spills shows #NAME? over its range there (README, Compatibility) — and only there.
      const spilled = new Set(Object.values(cells).flatMap((c) => (/_xldudf_red_/i.test(c.formula ?? "") ? rangeCells(/ref="([A-Z]+\d+:[A-Z]+\d+)"/.exec(c.formulaAttributes ?? "")?.[1]) : [])));
      const errors = Object.entries(cells).filter(([a1, c]) => (c.type === "e" || /^#/.test(c.value ?? "")) && !spilled.has(a1));
      expect({ sheet: definition.name, errors }).toEqual({ sheet: definition.name, errors: [] });
      for (const [a1, cell] of Object.entries(definition.cells)) {
        if (cell.formula !== undefined) expect({ at: `${definition.name}!${a1}`, shown: cells[a1]?.value !== undefined }).toEqual({ at: `${definition.name}!${a1}`, shown: true });
      }
    }
    // The numbers a finance colleague reads: the cap, a split, the months over the cap.
    expect(Math.round(Number(asOpened.Growth.B7.value))).toBe(547_756);
    expect(Number(asOpened.Growth.C15.value)).toBe(250_000);
    expect(Number(asOpened.Growth.I22.value)).toBeGreaterThan(0);
    expect(asOpened.Notes.G2.value).toBe("effective hot");
    // The flight plan's year totals (native SUMs over its spill) keep the values cached beside them,
    // and store live's total holds its monthly minimum (issue 21, item 4).
    const storeLive = LINES_LAYOUT.flightRow + 3 + 4;
    expect(Number(asOpened.Lines[`N${storeLive}`].value)).toBeGreaterThanOrEqual(12 * 50_000);
  });

  it("computes the native formulas (PERCENTILE.INC, MEDIAN, SUM, COUNTIF, IF) to our engine's values", async () => {
    const sheets = plannerWorkbook();
    const hf = await engine(Object.fromEntries(sheets.map((s) => [s.name, sheetAsRows(s)])));
    const functionsSeen = new Set<string>();
    let compared = 0;
    for (const definition of sheets) {
      for (const [a1, cell] of Object.entries(definition.cells)) {
        if (cell.formula === undefined || /RED\./.test(cell.formula)) continue;
        for (const name of cell.formula.match(/[A-Z][A-Z.]*(?=\()/g) ?? []) functionsSeen.add(name);
        const ours = hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(definition.name)!)!);
        const theirs = computed[definition.name][a1];
        const at = `${definition.name}!${a1}`;
        if (typeof ours === "number") {
          expect({ at, type: theirs.type === "e" ? "error" : "number" }).toEqual({ at, type: "number" });
          const scale = Math.max(1, Math.abs(ours));
          expect({ at, close: Math.abs(Number(theirs.value) - ours) <= 1e-9 * scale }).toEqual({ at, close: true });
        } else {
          expect({ at, value: theirs.value ?? "" }).toEqual({ at, value: ours });
        }
        compared++;
      }
    }
    hf.destroy();
    expect(compared).toBeGreaterThanOrEqual(90);
    for (const name of ["PERCENTILE.INC", "MEDIAN", "SUM", "COUNTIF", "IF"]) expect(functionsSeen).toContain(name);
  });

  it("rounds to the cent as we do: ROUND(amount, 2) is toCents, ROUND(cents × share, 0) is shareOfCents", () => {
    const { amounts, products, budgets } = roundingCases();
    const cells = rounded.Round;
    const cents = amounts.map((amount, i) => [amount, Math.round(Number(cells[`B${i + 1}`].value)), toCents(amount)]);
    expect(cents.filter(([, theirs, ours]) => theirs !== ours)).toEqual([]);
    const shares = products.map(([c, share], i) => [c, share, Number(cells[`E${i + 1}`].value), shareOfCents(c, share)]);
    expect(shares.filter(([, , theirs, ours]) => theirs !== ours)).toEqual([]);
    const large = budgets.map(([budget, share], i) => [budget, share, Math.round(Number(cells[`H${i + 1}`].value)), shareOfCents(toCents(budget), share)]);
    expect(large.filter(([, , theirs, ours]) => theirs !== ours)).toEqual([]);
    expect(large.filter(([budget, share, theirs]) => Math.round(budget * share * 100) !== theirs).length).toBeGreaterThan(3);
    // SPILLSPLIT's spillover on a budget with more decimals than cents is ROUND(budget × share, 2).
    const { fractions } = roundingCases();
    const spill = fractions.map(([budget, share], i) => [budget, share, Math.round(Number(cells[`K${i + 1}`].value)), Math.round(splitBudget(budget, share).spillover * 100)]);
    expect(spill.filter(([, , theirs, ours]) => theirs !== ours)).toEqual([]);
    expect(spill.filter(([budget, share, theirs]) => shareOfCents(toCents(budget), share) !== theirs).length).toBeGreaterThan(3);
    // The cases do reach where Math.round differs, so this check can tell the two apart.
    expect(cents.filter(([amount, theirs]) => Math.round((amount as number) * 100) !== theirs).length).toBeGreaterThan(3);
  });

  it("opens a workbench download: the spilled formula over its range, the date and the error value as saved", () => {
    const plan = downloaded.Plan;
    // LibreOffice always recalculates an array formula on load, and it cannot run the add-in: a
    // spilled RED formula shows #NAME? there (README, Compatibility); the file itself reads right.
    expect(plan.A1.formula?.toUpperCase()).toBe('_XLDUDF_RED_SPILLSPLIT("GROWTH",1000)');
    expect(plan.A1.formulaAttributes).toMatch(/t="array" ref="A1:B1"/);
    expect(Number(plan.A2.value)).toBe(46112); // 2026-03-31, still a date serial
    expect(plan.A3).toMatchObject({ type: "e", value: "#N/A" });
    expect(plan.A4.value).toBe("46113");
  });
});

describeWithLibreOffice("LibreOffice Calc prints the template (issue 26, a plan that prints)", () => {
  let work: string;
  /** Whether this machine's LibreOffice finds Calibri or Carlito: the template then prints in Calibri's metrics, as in Excel. */
  const calibriLike = ["Calibri", "Carlito"].some((family) => {
    try {
      return execFileSync("fc-list", [`:family=${family}`], { encoding: "utf8" }).trim() !== "";
    } catch {
      return false;
    }
  });

  /** The template printed to PDF, in the fonts this machine has, or with `env` (FONTCONFIG_FILE hiding some). */
  function print(folder: string, env?: Record<string, string>): string {
    const out = path.join(work, folder);
    fs.mkdirSync(out);
    fs.copyFileSync(TEMPLATE_PATH, path.join(out, "template.xlsx"));
    execFileSync(
      soffice!,
      [`-env:UserInstallation=${pathToFileURL(path.join(out, "profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, path.join(out, "template.xlsx")],
      { stdio: "pipe", timeout: 150_000, env: { ...process.env, ...env } },
    );
    return path.join(out, "template.pdf");
  }

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "spillsplit-pdf-"));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** The pages printed, with at most two a sheet, each footed with its sheet's name, each chart whole on one page. */
  function checkPrinted(file: string): number {
    const pdf = fs.readFileSync(file);
    const sheets = plannerWorkbook().map((s) => s.name);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(sheets.length);
    expect(pages).toBeLessThanOrEqual(2 * sheets.length);
    // Each page's footer names its sheet (PRINT.footer's &A): read with pdftotext where poppler is installed.
    let pdftotext: string | undefined;
    try {
      pdftotext = execFileSync("sh", ["-c", "command -v pdftotext"], { encoding: "utf8" }).trim() || undefined;
    } catch {
      pdftotext = undefined;
    }
    if (!pdftotext) return pages;
    const perSheet = new Map<string, number>();
    const texts: { sheet: string; text: string }[] = [];
    for (let page = 1; page <= pages; page++) {
      // pdftotext folds runs of spaces: match the words, not their spacing.
      const text = execFileSync(pdftotext, ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" }).split(/\s+/).join(" ");
      const sheet = sheets.find((name) => text.includes(`${name} · Page`));
      expect({ page, footed: sheet !== undefined }).toEqual({ page, footed: true });
      perSheet.set(sheet!, (perSheet.get(sheet!) ?? 0) + 1);
      texts.push({ sheet: sheet!, text });
    }
    expect(sheets.map((name) => `${name}: ${perSheet.get(name) ?? 0}`).filter((line) => !/: [12]$/.test(line))).toEqual([]);
    // Each chart prints whole on one page of its own sheet, not cut across two: a scenario's on a page that holds no
    // table rows (no total), the Lines flight plan's with the flight plan it draws (a page break above both).
    const chartPages = plannerCharts().map((chart) => ({
      sheet: chart.sheet,
      title: chart.title,
      pages: texts.filter((t) => t.sheet === chart.sheet && t.text.includes(chart.title) && (chart.sheet === LINES_SHEET ? t.text.includes("FLIGHTPLAN") : !t.text.includes(TOTAL_LABEL))).length,
    }));
    expect(chartPages.filter((c) => c.pages !== 1)).toEqual([]);
    return pages;
  }

  it("prints at most two pages a sheet, each page footed with its sheet's name, in the fonts this machine has", () => {
    const pages = checkPrinted(print("as-installed"));
    // The README's figure is the one measured in Calibri's metrics (Carlito installed, as .ci/run does).
    const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8").replace(/\s+/g, " ");
    if (calibriLike) expect(/\((\d+) pages in all in LibreOffice/.exec(readme)?.[1]).toBe(String(pages));
  });

  it("prints at most two pages a sheet without Calibri or Carlito too (a wider fallback font)", () => {
    checkPrinted(print("without-calibri", { FONTCONFIG_FILE: fontconfigWithout(["Calibri", "Carlito"]) }));
  });
});

describe("finding LibreOffice", () => {
  it("takes SOFFICE_PATH, refuses one that does not exist, else looks on the PATH, and finds none where there is none", () => {
    const there = new Set(["/opt/lo/soffice", "/tools/bin/soffice"]);
    const exists = (file: string) => there.has(file);
    expect(findSoffice({ SOFFICE_PATH: "/opt/lo/soffice" }, exists)).toBe("/opt/lo/soffice");
    expect(() => findSoffice({ SOFFICE_PATH: "/missing/soffice" }, exists)).toThrow(/does not exist/);
    if (process.platform !== "win32") expect(findSoffice({ PATH: ["/usr/local/bin", "/tools/bin"].join(path.delimiter) }, exists)).toBe("/tools/bin/soffice");
    expect(findSoffice({ PATH: "/nowhere" }, () => false)).toBeUndefined();
  });
});
