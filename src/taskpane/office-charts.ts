/*
 * The template's native charts inserted through Office.js (worksheet.charts.add), for a sheet that
 * lacks them: a scenario inserted from the pane, or a workbook made before the template had charts.
 * The same chart definitions as the template file's (src/template/charts.ts): the same ranges, the
 * same titles, the same place below the table. Series ranges stay live: Excel redraws the chart as
 * the cells recompute. ExcelApi 1.7 (series.add, setValues, setXAxisValues, chartType), which the
 * manifest already requires.
 */
import type { ChartSpec } from "../template/charts";
import { columnLetter } from "../template/planner";

/** "B10:B21" is a column of values (Excel reads series by columns), "B57:M57" a row. */
function seriesBy(range: string): "Columns" | "Rows" {
  const [start, end = start] = range.split(":");
  return start.replace(/\d+$/, "") === end.replace(/\d+$/, "") ? "Columns" : "Rows";
}

/** A zero-based cell of a spec's anchor as an A1 address. */
function cellAt(at: { column: number; row: number }): string {
  return `${columnLetter(at.column)}${at.row + 1}`;
}

/**
 * Adds each chart to its sheet: columns (clustered or stacked) from the first series' range, every
 * other series added over its own range (a line where the spec says so, on the same axes), named
 * by its header cell's text, the months as categories, the value axis from zero, the legend below,
 * and placed over the spec's cells. Returns how many charts were added.
 */
export async function addCharts(context: Excel.RequestContext, specs: readonly ChartSpec[]): Promise<number> {
  // The series' names are their header cells' text: read them all in one sync first.
  const names = specs.map((spec) => {
    const sheet = context.workbook.worksheets.getItem(spec.sheet);
    return spec.series.map((s) => {
      const cell = sheet.getRange(s.name);
      cell.load("values");
      return cell;
    });
  });
  await context.sync();
  specs.forEach((spec, i) => {
    const sheet = context.workbook.worksheets.getItem(spec.sheet);
    const categories = sheet.getRange(spec.categories);
    const [first, ...rest] = spec.series;
    const type = spec.grouping === "stacked" ? "ColumnStacked" : "ColumnClustered";
    const chart = sheet.charts.add(type, sheet.getRange(first.values), seriesBy(first.values));
    chart.title.text = spec.title;
    const base = chart.series.getItemAt(0);
    base.name = String(names[i][0].values[0][0] ?? "");
    base.setXAxisValues(categories);
    rest.forEach((s, j) => {
      const series = chart.series.add(String(names[i][j + 1].values[0][0] ?? ""));
      series.setValues(sheet.getRange(s.values));
      series.setXAxisValues(categories);
      if (s.kind === "line") series.chartType = "Line";
    });
    chart.axes.valueAxis.minimum = 0;
    chart.legend.position = "Bottom";
    chart.setPosition(cellAt(spec.from), cellAt({ column: spec.to.column - 1, row: spec.to.row - 1 }));
  });
  await context.sync();
  return specs.length;
}
