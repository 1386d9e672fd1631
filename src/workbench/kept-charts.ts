/*
 * The template's charts through the workbench: the charts an opened file carries are found by their
 * titles (CHART_TITLES) and written again on Download, over the sheets' names then — ExcelJS, which
 * writes the file, drops every chart. The workbench does not draw them.
 */
import type { HyperFormula } from "hyperformula";
import { ChartSpec, CHART_TITLES, templateChartsOn } from "../template/charts";
import { MONTHS, parseA1 } from "../template/sheet";
import type { KeptChart } from "./store";
import { chartTitlesBySheet } from "../spreadsheet/xlsx-charts";

/**
 * The template's charts among those of the file, by sheet id and title; a chart of the planner's own
 * is not kept. `renamed`: the file's sheet names → the engine's, for sheets renamed since (reopened).
 */
export async function chartsOfFile(buffer: ArrayBuffer | Uint8Array, hf: HyperFormula, renamed?: ReadonlyMap<string, string>): Promise<KeptChart[]> {
  const known = new Set<string>(Object.values(CHART_TITLES));
  return [...(await chartTitlesBySheet(buffer))].flatMap(([name, titles]) => {
    const sheetId = hf.getSheetId(renamed?.get(name) ?? name);
    return sheetId === undefined ? [] : titles.filter((title) => known.has(title)).map((title) => ({ sheetId, title }));
  });
}

/**
 * Whether the sheet still has the template's layout where the chart reads it: its first category is
 * January and every series is named by its header — so a chart is never written over rows a planner
 * inserted (in Excel, where the chart moved with them).
 */
function laidOutForIt(chart: ChartSpec, sheetId: number, hf: HyperFormula): boolean {
  const value = (a1: string) => {
    const { row, column } = parseA1(a1);
    return hf.getCellValue({ sheet: sheetId, row, col: column });
  };
  return value(chart.categories.split(":")[0]) === MONTHS[0] && chart.series.every((series) => typeof value(series.name) === "string" && value(series.name) !== "");
}

/**
 * The charts to write, each on its sheet under the name it has now; one whose sheet was deleted is
 * gone with it, and so is one whose sheet no longer has the template's layout where the chart reads.
 */
export function keptChartSpecs(charts: readonly KeptChart[], hf: HyperFormula): ChartSpec[] {
  return charts.flatMap(({ sheetId, title }) => {
    const sheet = hf.getSheetName(sheetId);
    if (sheet === undefined) return [];
    return templateChartsOn(sheet, title === CHART_TITLES.flightPlan).filter((chart) => chart.title === title && laidOutForIt(chart, sheetId, hf));
  });
}
