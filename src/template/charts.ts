/*
 * Which native charts the planner template carries, over which ranges, and where they sit. Every
 * range comes from a sheet's layout (SCENARIO_LAYOUT), never a typed address, so a row or column
 * moved in the layout moves its chart with it. The package writer (src/spreadsheet/xlsx-charts.ts)
 * turns these into the chart parts Excel writes; the tests read them back from the saved file.
 */
import { LINES_LAYOUT, LINES_SHEET } from "./lines-sheet";
import { SCENARIO_LAYOUT } from "./scenario-labels";
import { SCENARIOS } from "./scenario-sheet";
import { columnIndex } from "./references-syntax";
import { columnLetter, FORMATS, MONTHS } from "./sheet";

/** One series: its name is the header cell above its values, as Excel names a series picked from a table. */
export interface ChartSeries {
  /** A1 of the header cell that names the series. */
  name: string;
  /** A1 range of the values, one per category. */
  values: string;
  /** Drawn as columns or as a line (a line over columns makes a combination chart on the same axes). */
  kind: "column" | "line";
}

export interface ChartSpec {
  sheet: string;
  /** English and Simplified Chinese, as every user-visible word of the template. */
  title: string;
  /** A1 range of the category labels (the months). */
  categories: string;
  series: ChartSeries[];
  /** Columns side by side (clustered) or on top of each other (stacked: parts of one whole). */
  grouping: "clustered" | "stacked";
  /** Number format of the value axis and of the cached values. */
  format: string;
  /** Zero-based cells of the top-left and bottom-right corners (the chart ends at the start of `to`). */
  from: { column: number; row: number };
  to: { column: number; row: number };
}

export const CHART_TITLES = {
  budgetVsCap: "Budget vs cap by month 各月预算与上限",
  split: "Spillover vs closed loop by month 各月外溢与闭环",
  flightPlan: "Flight plan by month and line 各线各月排期",
};

/**
 * A scenario sheet's two charts, one below the other under the playbook (SCENARIO_LAYOUT.charts),
 * so they cover no cell a planner types in or reads: budget against the cap, and
 * the budget's split into spillover and closed loop. Each is as wide as the table: side by side, each
 * month's label ("Dec 12月") broke over two lines.
 */
export function scenarioCharts(sheet: string): ChartSpec[] {
  const L = SCENARIO_LAYOUT;
  const first = L.firstMonthRow;
  const last = L.firstMonthRow + L.months - 1;
  const column = (key: (typeof L.columns)[number]) => columnLetter(L.columns.indexOf(key));
  const range = (letter: string) => `${letter}${first}:${letter}${last}`;
  const header = (letter: string) => `${letter}${L.headerRow}`;
  const categories = range(column("month"));
  // Rows are zero-based here: below the playbook, where SCENARIO_LAYOUT keeps their room.
  const top = L.charts.firstRow - 1;
  const height = L.charts.rows;
  // Column A holds the long labels and is frozen; the charts start at B and end with the cap column.
  const [left, right] = [columnIndex(column("budget")), columnIndex(L.capColumn) + 1];
  return [
    {
      sheet,
      title: CHART_TITLES.budgetVsCap,
      categories,
      series: [
        { name: header(column("budget")), values: range(column("budget")), kind: "column" },
        { name: header(L.capColumn), values: range(L.capColumn), kind: "line" },
      ],
      grouping: "clustered",
      format: FORMATS.count,
      from: { column: left, row: top },
      to: { column: right, row: top + height },
    },
    {
      sheet,
      title: CHART_TITLES.split,
      categories,
      series: [
        { name: header(column("spillover")), values: range(column("spillover")), kind: "column" },
        { name: header(column("closedLoop")), values: range(column("closedLoop")), kind: "column" },
      ],
      grouping: "stacked",
      format: FORMATS.count,
      from: { column: left, row: top + height },
      to: { column: right, row: top + 2 * height },
    },
  ];
}

/**
 * The Lines sheet's flight plan as stacked columns: one series per line (its row of the FLIGHTPLAN
 * block, named by the line's name cell), the months across, so each column is the month's whole
 * budget and its parts are the lines. Placed below the block's total row; as wide as B to I and 24
 * rows tall (as wide as all twelve months, LibreOffice drew it four times wider than tall).
 */
export function linesCharts(): ChartSpec[] {
  const L = LINES_LAYOUT;
  const months = MONTHS.length;
  const headerRow = L.flightRow + 2;
  const firstLine = headerRow + 1;
  const [firstMonth, lastMonth] = [columnLetter(1), columnLetter(months)];
  const top = firstLine + L.lines + 1; // zero-based: the row after the total row's blank neighbour
  return [
    {
      sheet: LINES_SHEET,
      title: CHART_TITLES.flightPlan,
      categories: `${firstMonth}${headerRow}:${lastMonth}${headerRow}`,
      series: Array.from({ length: L.lines }, (_, i) => ({
        name: `A${firstLine + i}`,
        values: `${firstMonth}${firstLine + i}:${lastMonth}${firstLine + i}`,
        kind: "column" as const,
      })),
      grouping: "stacked",
      format: FORMATS.count,
      from: { column: 1, row: top },
      to: { column: 9, row: top + L.chartRows },
    },
  ];
}

/** The template's charts for one sheet under the name it has now: the flight plan on a Lines sheet, a scenario's two on any other. */
export function templateChartsOn(sheet: string, lines: boolean): ChartSpec[] {
  return lines ? linesCharts().map((chart) => ({ ...chart, sheet })) : scenarioCharts(sheet);
}

/** Every chart of the planner template, in sheet order. */
export function plannerCharts(): ChartSpec[] {
  return [...SCENARIOS.flatMap((s) => scenarioCharts(s.name)), ...linesCharts()];
}
