/*
 * The "Read me 使用说明" sheet (issue 26 item 4): it explains every sheet the workbook has and every
 * term its sheets use, in English and Chinese, says the currency once, and tells facts (with their
 * source) from assumptions.
 */
import { ASSUMPTION_TABLE } from "../../src/core/maths/assumptions";
import { STYLES } from "../../src/template/styles";
import { CURRENCY, GUIDE_SHEET, guideSheet, INPUTS_NOTE, plannerWorkbook, printArea, SCENARIOS, SUMMARY_HEADERS } from "../../src/template/planner";

const texts = () => Object.values(guideSheet().cells).map((c) => String(c.value ?? ""));
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe("the Read me sheet", () => {
  it("comes first, and names every other sheet of the workbook", () => {
    const names = plannerWorkbook().map((s) => s.name);
    expect(names[0]).toBe(GUIDE_SHEET);
    const guide = texts().join("\n");
    const scenarioNames = SCENARIOS.map((s) => s.name);
    for (const name of names.slice(1).filter((n) => !scenarioNames.includes(n))) expect({ name, named: guide.includes(name) }).toEqual({ name, named: true });
    for (const name of scenarioNames) expect(guide).toContain(name);
  });

  it("explains each assumption key the sheets show, and says what is a fact and where it comes from", () => {
    const guide = texts().join("\n");
    for (const { key } of ASSUMPTION_TABLE.filter((a) => !a.key.startsWith("spill_"))) expect({ key, explained: guide.includes(`(${key})`) }).toEqual({ key, explained: true });
    expect(guide).toContain("spill_*");
    expect(texts().filter((t) => t.startsWith("Fact 事实")).length).toBeGreaterThanOrEqual(3);
    expect(texts().filter((t) => t.startsWith("Assumption 假设")).length).toBeGreaterThanOrEqual(1);
    expect(guide).toMatch(/Source 来源: “外溢？闭环？小红书预算如何分配？”/);
  });

  it("labels the floor spend and the seasonality as our assumptions, editable, in both languages, and never as facts (DOMAIN.md §3, §7)", () => {
    const { cells } = guideSheet();
    const rowOf = (term: string) => Object.entries(cells).find(([a1, c]) => a1.startsWith("A") && c.value === term)?.[0].replace(/^A/, "");
    for (const term of ["Floor spend", "Seasonality"]) {
      const row = rowOf(term);
      expect({ term, english: String(cells[`C${row}`]?.value), chinese: String(cells[`D${row}`]?.value) }).toEqual({ term, english: expect.stringMatching(/assumption/i), chinese: expect.stringMatching(/假设/) });
    }
    const factRows = Object.entries(cells).filter(([a1, c]) => a1.startsWith("A") && c.value === "Fact 事实").map(([a1]) => a1.replace(/^A/, ""));
    for (const row of factRows) expect(`${cells[`B${row}`]?.value} ${cells[`C${row}`]?.value}`).not.toMatch(/floor|season|618/i);
    const assumed = Object.entries(cells).filter(([a1, c]) => a1.startsWith("A") && c.value === "Assumption 假设").map(([a1]) => String(cells[`C${a1.replace(/^A/, "")}`]?.value)).join("\n");
    expect(assumed).toMatch(/floor/);
    expect(assumed).toMatch(/seasonality|multipliers/i);
  });

  it("prints the source whole: its cell is merged across the printed width, not wrapped in column A", () => {
    const sheet = guideSheet();
    const [a1] = Object.entries(sheet.cells).find(([, c]) => String(c.value).startsWith("Source 来源"))!;
    const row = a1.replace(/^[A-Z]+/, "");
    const lastPrinted = /\$([A-Z]+)\$\d+$/.exec(printArea(sheet))![1];
    expect(a1).toBe(`A${row}`);
    expect(sheet.merges).toContain(`A${row}:${lastPrinted}${row}`);
  });

  it("keeps each row's texts level: a row taller than one line has every cell aligned at its top (the colour legend's swatches beside their meanings)", () => {
    const { cells, rowHeights = {} } = guideSheet();
    const tall = Object.entries(rowHeights).filter(([, height]) => height > 15).map(([row]) => row);
    const sunk = Object.entries(cells)
      .filter(([a1, cell]) => tall.includes(a1.replace(/^[A-Z]+/, "")) && STYLES[cell.style ?? "label"].vertical !== "top")
      .map(([a1, cell]) => `${a1} ${cell.style}`);
    expect(sunk).toEqual([]);
  });

  it("names every column the Summary has, from its headers, in both languages", () => {
    const { cells } = guideSheet();
    const row = Object.entries(cells).find(([a1, c]) => a1.startsWith("A") && c.value === "Summary")?.[0].replace(/^A/, "");
    const [english, chinese] = ["C", "D"].map((column) => String(cells[`${column}${row}`]?.value));
    for (const header of SUMMARY_HEADERS) {
      const at = header.search(/[\u4e00-\u9fff]/u);
      expect({ header, english: english.includes(header.slice(0, at).trim()), chinese: chinese.includes(header.slice(at).trim()) }).toEqual({ header, english: true, chinese: true });
    }
    expect(english).toMatch(/Conversions.*Average CPA.*Highest marginal CPA/);
  });

  it("prices the margin at the next unit, as DOMAIN.md does: marginal CPM and marginal CPA are the price of the next, not the last", () => {
    for (const term of ["Marginal CPM", "Marginal CPA"]) {
      const row = Object.entries(guideSheet().cells).find(([, c]) => c.value === term)?.[0].replace(/^A/, "");
      const [english, chinese] = ["C", "D"].map((column) => String(guideSheet().cells[`${column}${row}`]?.value));
      expect({ term, english, chinese }).toEqual({ term, english: expect.stringMatching(/\bnext\b/), chinese: expect.stringMatching(/再/) });
      expect(`${english} ${chinese}`).not.toMatch(/\blast\b|最后/);
    }
  });

  it("says the currency once on the guide and under every sheet title that takes inputs", () => {
    expect(texts()).toContain(CURRENCY);
    expect(CURRENCY).toMatch(/yuan \(元/);
    expect(INPUTS_NOTE).toMatch(/yuan \(元\).*金额单位：元/);
    for (const sheet of plannerWorkbook().filter((s) => /Cold start|Growth|Mature|Lines|CPM history/.test(s.name))) expect({ sheet: sheet.name, currency: String(sheet.cells.A2?.value).includes("元") }).toEqual({ sheet: sheet.name, currency: true });
  });

  it("writes every row in English and Chinese: each row with an English meaning has a Chinese one beside it", () => {
    const { cells } = guideSheet();
    const rows = new Map<number, string[]>();
    for (const [a1, cell] of Object.entries(cells)) {
      const row = Number(a1.replace(/^[A-Z]+/, ""));
      rows.set(row, [...(rows.get(row) ?? []), String(cell.value ?? "")]);
    }
    for (const [row, line] of rows) expect({ row, chinese: line.some(hasChinese) }).toEqual({ row, chinese: true });
  });
});
