/*
 * Insert chart through Office.js (issue 26): the pane's action on the Excel host, driven by
 * office-addin-mock. Each chart is added with worksheet.charts.add over the template's ranges, its
 * other series added over theirs (the cap as a line), named by the header cells, titled in English
 * and Chinese, and placed where the template file places it.
 */
import { officeHost } from "../../src/taskpane/office-host";
import { insertCharts } from "../../src/taskpane/pane-actions";
import { CHART_TITLES, linesCharts, scenarioCharts } from "../../src/template/charts";
import { LINES_LAYOUT, SCENARIO_LAYOUT } from "../../src/template/planner";
import { mockExcel } from "../support/office-mock";

/** An Excel with these sheets, each holding the header text the template has at these cells (any other cell blank), recording every chart added. */
function mockExcelWith(headers: Record<string, Record<string, string>>) {
  const sheets = Object.fromEntries(Object.entries(headers).map(([sheet, cells]) => [sheet, Object.fromEntries(Object.entries(cells).map(([cell, text]) => [cell, [[text]]]))]));
  const { excel, written } = mockExcel(sheets);
  return { excel, added: written.charts };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

describe("Insert chart in Excel", () => {
  const L = SCENARIO_LAYOUT;
  const last = L.firstMonthRow + L.months - 1;

  it("adds a scenario's two charts over its ranges: budget columns with the cap as a line, and the stacked split", async () => {
    const headers = { [`B${L.headerRow}`]: "Budget 预算", [`${L.capColumn}${L.headerRow}`]: "Budget cap 预算上限", [`C${L.headerRow}`]: "Spillover 外溢", [`D${L.headerRow}`]: "Closed loop 闭环" };
    const { excel, added } = mockExcelWith({ "Scenario 1": headers });
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await insertCharts(officeHost(), { id: "{1}", name: "Scenario 1" })).toBe(2);
    const [budget, split] = added;
    expect(budget).toMatchObject({ sheet: "Scenario 1", type: "ColumnClustered", source: `B${L.firstMonthRow}:B${last}`, seriesBy: "Columns", title: { text: CHART_TITLES.budgetVsCap } });
    expect(budget.series).toEqual([
      { name: "Budget 预算", values: `B${L.firstMonthRow}:B${last}`, categories: `A${L.firstMonthRow}:A${last}` },
      { name: "Budget cap 预算上限", values: `${L.capColumn}${L.firstMonthRow}:${L.capColumn}${last}`, categories: `A${L.firstMonthRow}:A${last}`, chartType: "Line" },
    ]);
    expect(split).toMatchObject({ type: "ColumnStacked", title: { text: CHART_TITLES.split } });
    expect(split.series.map((s) => [s.name, s.values, s.chartType])).toEqual([
      ["Spillover 外溢", `C${L.firstMonthRow}:C${last}`, undefined],
      ["Closed loop 闭环", `D${L.firstMonthRow}:D${last}`, undefined],
    ]);
    for (const chart of added) expect(chart).toMatchObject({ axes: { valueAxis: { minimum: 0 } }, legend: { position: "Bottom" } });
    // Where the template file puts them: the spec's cells, its `to` corner being the first cell past the chart.
    const [specBudget] = scenarioCharts("Scenario 1");
    expect(budget.position).toEqual([`B${specBudget.from.row + 1}`, `${L.capColumn}${specBudget.to.row}`]);
    expect(Number(budget.position![0].slice(1))).toBeGreaterThan(L.totalRow);
  });

  it("adds the flight plan on Lines, one series a line, by rows", async () => {
    const { excel, added } = mockExcelWith({ Lines: {} });
    (globalThis as Record<string, unknown>).Excel = excel;
    expect(await insertCharts(officeHost(), { id: "{7}", name: "Lines" })).toBe(1);
    expect(added[0]).toMatchObject({ sheet: "Lines", type: "ColumnStacked", seriesBy: "Rows", title: { text: CHART_TITLES.flightPlan } });
    expect(added[0].series.map((s) => s.values)).toEqual(linesCharts()[0].series.map((s) => s.values));
    expect(added[0].series).toHaveLength(LINES_LAYOUT.lines);
  });

  it("adds nothing where the host draws no charts (the workbench)", async () => {
    const workbench = { ...officeHost(), kind: "workbench" as const, addCharts: undefined };
    expect(await insertCharts(workbench, { id: "{1}", name: "Growth" })).toBe(0);
  });
});
