/*
 * The Summary compares scenarios (issue 26 item 3): each row's conversions, average CPA and highest
 * marginal CPA come from its scenario sheet's own cells — the same CONVERSIONS and MARGINALCPA the
 * months show — on the template and on an edited workbook.
 */
import { RED } from "../support/functions";
import { plannerWorkbook, SCENARIO_LAYOUT as L, SCENARIOS, sheetAsRows, SUMMARY_HEADERS, SUMMARY_LAYOUT } from "../../src/template/planner";
import { engine } from "../support/engine";

async function book() {
  const hf = await engine(Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)])));
  const at = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
  const set = (sheet: string, a1: string, value: unknown) => hf.setCellContents(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!, [[value as never]]);
  return { hf, at, set };
}

const column = (header: string) => String.fromCharCode(65 + SUMMARY_HEADERS.indexOf(header));

describe("the Summary compares scenarios", () => {
  it("shows each scenario's conversions, average CPA and highest marginal CPA, as its months compute them", async () => {
    const { hf, at, set } = await book();
    const check = () =>
      SCENARIOS.forEach((scenario, i) => {
        const r = SUMMARY_LAYOUT.firstRow + i;
        const budgets = scenario.budgets.map((_, m) => [at(scenario.name, `B${L.firstMonthRow + m}`)]);
        const base = [[at(scenario.name, L.baseCpa)]];
        const conversions = (RED.CONVERSIONS(budgets, base) as number[][]).reduce((sum, [c]) => sum + c, 0);
        const highest = Math.max(...(RED.MARGINALCPA(budgets, base) as number[][]).map(([c]) => c));
        const year = budgets.reduce((sum, [b]) => sum + (b as number), 0);
        expect(at("Summary", `${column("Conversions 转化")}${r}`) as number).toBeCloseTo(conversions, 6);
        expect(at("Summary", `${column("Average CPA 平均 CPA")}${r}`) as number).toBeCloseTo(year / conversions, 9);
        expect(at("Summary", `${column("Highest marginal CPA 最高边际 CPA")}${r}`) as number).toBeCloseTo(highest, 9);
      });
    check();
    // Edited: a dearer base CPA on Growth and a bigger November.
    set("Growth", L.baseCpa, 36);
    set("Growth", `B${L.firstMonthRow + 10}`, 900_000);
    check();
    hf.destroy();
  });

  it("passes a budget typed as text on to the average CPA, rather than dividing", async () => {
    const { hf, at, set } = await book();
    set("Growth", `B${L.firstMonthRow + 2}`, "35万");
    const r = SUMMARY_LAYOUT.firstRow + 1;
    expect(at("Summary", `C${r}`)).toBe(at("Growth", `B${L.totalRow}`));
    expect(typeof at("Summary", `${column("Average CPA 平均 CPA")}${r}`)).not.toBe("number");
    hf.destroy();
  });
});
