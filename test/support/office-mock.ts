/*
 * The tests' one Office.js mock: an Excel (and an Office) built on office-addin-mock's OfficeMockObject,
 * so load and sync behave as Office.js has them (a value read before load and sync is an error here too).
 * What OfficeMockObject cannot express alone is added here, once: a worksheets collection (items, getItem,
 * getItemOrNullObject, getActiveWorksheet, add), a sheet's used range (getUsedRangeOrNullObject), cells
 * nobody filled reading blank, and a record of every write the add-in makes (values, formulas, formats,
 * styles, frozen panes, merges, print settings, charts).
 */
import { OfficeMockObject } from "office-addin-mock";
import { SETTINGS_KEY } from "../../src/taskpane/host";

export type Grid = unknown[][];

/** A block of cells as the mock holds it: one grid (values and formulas alike), or its values and formulas apart. */
export type Block = Grid | { values: Grid; formulas: Grid };

export interface AddedSeries {
  name?: string;
  values?: string;
  categories?: string;
  chartType?: string;
}

/** A chart the add-in added through worksheet.charts.add, as it set it. */
export interface AddedChart {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  title: { text?: string };
  series: AddedSeries[];
  position?: [string, string];
  axes: { valueAxis: { minimum?: number } };
  legend: { position?: string };
}

export interface Written {
  added: string[];
  cleared: string[];
  values: Record<string, Grid>;
  formulas: Record<string, Grid>;
  formats: Record<string, Grid>;
  bold: string[];
  frozen: Record<string, number>;
  /** Panes frozen at a range ("rows,columns" frozen), by sheet. */
  frozenAt: Record<string, string>;
  /** Each written range's format, as the add-in set it: font, fill, borders by edge, alignment, column width. */
  styles: Record<string, { format: Record<string, unknown> & { font: Record<string, unknown>; fill: Record<string, unknown> }; borders: Record<string, Record<string, unknown>> }>;
  /** Every write in the order the add-in made it: "numberFormat Sheet!key", "values Sheet!key". */
  order: string[];
  /** Ranges merged, by sheet. */
  merged: Record<string, string[]>;
  /** Each sheet's print settings as the add-in set them through pageLayout. */
  printed: Record<string, Record<string, unknown>>;
  /** Every chart added, in order. */
  charts: AddedChart[];
  /** Each Excel.run's options, in order: undefined for a run given none. */
  runs: unknown[];
}

/** "B3:C4" → its rows and columns; undefined for a whole row ("3:3") or a range by indexes. */
function sizeOf(cells: string): { rows: number; columns: number } | undefined {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(cells);
  if (!match) return undefined;
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  return { rows: Number(r2) - Number(r1) + 1, columns: column(c2) - column(c1) + 1 };
}

/** A recording chart, as worksheet.charts.add returns it. */
function chartObject(chart: AddedChart) {
  const seriesObject = (s: AddedSeries) => ({
    set name(v: string) {
      s.name = v;
    },
    set chartType(v: string) {
      s.chartType = v;
    },
    setValues: (range: { key: string }) => (s.values = range.key),
    setXAxisValues: (range: { key: string }) => (s.categories = range.key),
  });
  return {
    title: chart.title,
    axes: chart.axes,
    legend: chart.legend,
    series: {
      getItemAt: (i: number) => seriesObject(chart.series[i]),
      add: (seriesName: string) => {
        const s: AddedSeries = { name: seriesName };
        chart.series.push(s);
        return seriesObject(s);
      },
    },
    setPosition: (from: string, to: string) => (chart.position = [from, to]),
  };
}

/**
 * A workbook of sheets holding cell blocks ("B3:B6" → values, null for an empty cell), as an office-addin-mock Excel, its
 * `active` sheet active and `selection` selected. Each sheet has an id, as Office.js gives, that stays
 * when `rename` renames it. A block's cells are read through load and sync; any other range reads
 * blank and records what the add-in writes to it in `written`.
 */
export function mockExcel(sheets: Record<string, Record<string, Block>>, active = Object.keys(sheets)[0], selection = "Growth!B10") {
  const written: Written = { added: [], cleared: [], values: {}, formulas: {}, formats: {}, bold: [], frozen: {}, frozenAt: {}, styles: {}, order: [], merged: {}, printed: {}, charts: [], runs: [] };
  const ranges: Record<string, { values: Grid; formulas: Grid; text: Grid }> = {};
  for (const [sheet, blocks] of Object.entries(sheets)) {
    for (const [cells, block] of Object.entries(blocks)) {
      const { values, formulas } = Array.isArray(block) ? { values: block, formulas: block } : block;
      // Office.js gives an empty cell as "" in values, formulas and text alike.
      const blank = (grid: Grid) => grid.map((row) => row.map((v) => v ?? ""));
      ranges[`${sheet}!${cells}`] = { values: blank(values), formulas: blank(formulas), text: values.map((row) => row.map((v) => String(v ?? ""))) };
    }
  }
  let nextId = 1;
  const book = Object.keys(sheets).map((name) => ({ id: `{sheet-${nextId++}}`, name }));
  const byName = (name: string) => book.find((s) => s.name.toUpperCase() === name.toUpperCase());
  const activeId = byName(active)?.id;
  // Assigned once the mock exists; the closures below read it when called.
  // eslint-disable-next-line prefer-const, @typescript-eslint/no-explicit-any
  let root: any;

  // Writes go to plain recording objects; reads come from mock ranges in the tree, so load/sync apply.
  const writableRange = (sheet: string, key: string) => {
    const where = `${sheet}!${key}`;
    // One range's format, whichever call reached it (a column's width and the frozen panes can share a range).
    const known = written.styles[where];
    const borders: Record<string, Record<string, unknown>> = known?.borders ?? {};
    const format = (known?.format ?? { font: {}, fill: {}, borders: { getItem: (edge: string) => (borders[edge] ??= {}) }, autofitColumns: () => undefined }) as Written["styles"][string]["format"];
    written.styles[where] = { format, borders };
    const blank = () => {
      const size = sizeOf(key);
      return size && Array.from({ length: size.rows }, () => Array.from({ length: size.columns }, () => ""));
    };
    const range = {
      key,
      format,
      load: () => range,
      clear: () => written.cleared.push(sheet),
      get values(): Grid | undefined {
        return written.values[where] ?? blank();
      },
      set values(v: Grid) {
        written.values[where] = v;
        written.order.push(`values ${where}`);
      },
      set formulas(v: Grid) {
        written.formulas[where] = v;
        written.order.push(`formulas ${where}`);
      },
      set numberFormat(v: Grid) {
        written.formats[where] = v;
        written.order.push(`numberFormat ${where}`);
      },
      merge: () => (written.merged[sheet] ??= []).push(key),
    };
    let bold: boolean | undefined;
    if (!known) Object.defineProperty(format.font, "bold", {
      get: () => bold,
      set: (b) => {
        bold = b;
        if (b) written.bold.push(where);
      },
    });
    return range;
  };
  const blockRange = (sheet: string, cells: string) => {
    const range = root.context.workbook.ranges[`${sheet}!${cells}`];
    if (range && range.key === undefined) Object.defineProperty(range, "key", { value: cells });
    return range;
  };
  const sheetObject = (ref: { id: string; name: string }) => ({
    isNullObject: false,
    id: ref.id,
    name: ref.name,
    load: () => undefined,
    getRange: (cells?: string) => (cells && blockRange(ref.name, cells)) ?? writableRange(ref.name, cells ?? "all"),
    getRangeByIndexes: (r: number, c: number, h: number, w: number) => writableRange(ref.name, `${r},${c},${h},${w}`),
    // The sheet's used range, values only (as the pane asks: valuesOnly true), from its first row to the last row of its blocks.
    getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
      const last = Math.max(0, ...Object.keys(root.context.workbook.ranges).filter((key) => key.startsWith(`${ref.name}!`)).map((key) => Number(/(\d+)$/.exec(key)![1])));
      if (valuesOnly !== true || last === 0) return { isNullObject: true, load: () => undefined };
      return { isNullObject: false, rowIndex: 0, rowCount: last, load: () => undefined };
    },
    freezePanes: {
      freezeRows: (n: number) => (written.frozen[ref.name] = n),
      freezeColumns: (n: number) => (written.frozenAt[ref.name] = `0,${n}`),
      freezeAt: (range: { key: string }) => (written.frozenAt[ref.name] = range.key.split(",").slice(2).join(",")),
    },
    activate: () => undefined,
    horizontalPageBreaks: { add: (before: string) => ((written.printed[ref.name] ??= {}).breaksBefore = [...((written.printed[ref.name].breaksBefore as string[]) ?? []), before]) },
    pageLayout: (() => {
      const printed = (written.printed[ref.name] ??= {});
      return Object.assign(printed, {
        setPrintTitleRows: (rows: string) => (printed.titleRows = rows),
        setPrintArea: (area: string) => (printed.area = area),
        headersFooters: { defaultForAllPages: (printed.footers = {}) },
      });
    })(),
    charts: {
      add: (type: string, source: { key: string }, seriesBy: string) => {
        const chart: AddedChart = { sheet: ref.name, type, source: source.key, seriesBy, title: {}, series: [{ values: source.key }], axes: { valueAxis: {} }, legend: {} };
        written.charts.push(chart);
        return chartObject(chart);
      },
    },
  });
  const data = {
    context: {
      workbook: {
        ranges,
        selection: { address: selection },
        worksheets: {
          items: [] as { id: string; name: string }[],
          // Office.js finds a sheet by name (in any case) or by id.
          getItemOrNullObject: (key: string) => {
            const ref = book.find((s) => s.id === key) ?? byName(key);
            return ref ? sheetObject(ref) : { isNullObject: true };
          },
          getItem: (key: string) => {
            const ref = book.find((s) => s.id === key) ?? byName(key);
            if (!ref) throw new Error(`ItemNotFound: ${key}`);
            return sheetObject(ref);
          },
          getActiveWorksheet: () => sheetObject(book.find((s) => s.id === activeId)!),
          add: (name: string) => {
            // Excel refuses a name any sheet has, in any case.
            if (byName(name)) throw new Error(`ItemAlreadyExists: ${name}`);
            written.added.push(name);
            const ref = { id: `{sheet-${nextId++}}`, name };
            book.push(ref);
            return sheetObject(ref);
          },
        },
        getSelectedRange: () => root.context.workbook.selection,
      },
    },
    // Excel.run(batch) or Excel.run(options, batch), as Office.js takes them.
    run: async (...args: unknown[]) => {
      written.runs.push(args.length > 1 ? args[0] : undefined);
      return (args[args.length - 1] as (context: unknown) => unknown)(root.context);
    },
  };
  root = new OfficeMockObject(data);
  // The collection's items as Office.js loads them.
  root.context.workbook.worksheets.load = () => {
    root.context.workbook.worksheets.items = book.map((s) => ({ ...s }));
  };
  /** Renames a sheet as a user would: same id, new name, its cells with it. */
  const rename = (from: string, to: string) => {
    const ref = byName(from)!;
    for (const key of Object.keys(root.context.workbook.ranges)) {
      if (key.startsWith(`${ref.name}!`)) root.context.workbook.ranges[`${to}!${key.slice(ref.name.length + 1)}`] = root.context.workbook.ranges[key];
    }
    ref.name = to;
  };
  const idOf = (name: string) => byName(name)!.id;
  return { excel: root, written, rename, idOf };
}

/** Blocks by sheet from ranges by address ("Sheet!B3:C4" → grid), as mockExcel takes them. */
export function blocksBySheet(ranges: Record<string, Block>): Record<string, Record<string, Block>> {
  const sheets: Record<string, Record<string, Block>> = {};
  for (const [where, block] of Object.entries(ranges)) {
    const bang = where.lastIndexOf("!");
    (sheets[where.slice(0, bang)] ??= {})[where.slice(bang + 1)] = block;
  }
  return sheets;
}

/** Office.context with its document settings (`stored` under the add-in's key), saving or failing as asked, in a Chinese Excel. */
export function mockOffice(stored?: string, fail = false) {
  const settings: Record<string, unknown> = stored === undefined ? {} : { [SETTINGS_KEY]: stored };
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (key: string) => settings[key] ?? null,
          set: (key: string, value: unknown) => (settings[key] = value),
          saveAsync: (callback: (result: unknown) => void) =>
            callback(fail ? { status: "failed", error: { message: "read-only workbook" } } : { status: "succeeded" }),
        },
      },
    },
  });
  // Plain values in Office.js, not loadable proxies: set them as such.
  Object.defineProperty(office, "AsyncResultStatus", { value: { Succeeded: "succeeded", Failed: "failed" } });
  Object.defineProperty((office as unknown as { context: object }).context, "displayLanguage", { value: "zh-CN" });
  return { office, settings };
}
