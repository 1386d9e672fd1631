/*
 * The task pane's workbook interface on Office.js. Every Excel.run lives here, in small functions a
 * mock can drive (office-addin-mock in the tests).
 */
import { fitToHeightOf, PRINT, printArea, printTitleRows, rowHeightsOf } from "../template/planner";
import type { CellDefinition, SheetDefinition } from "../template/planner";
import { columnPoints, STYLES, StyleDefinition, tableLook } from "../template/styles";
import { CellValue, HostError, SETTINGS_KEY, SheetRef, splitAddress, WorkbookHost } from "./host";
import { sameSheetName } from "../spreadsheet/sheet-names";
import { newSheets } from "./load-new-sheets";
import { type Capability, unavailableCapabilities } from "./requirements";

async function worksheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) throw new HostError("SHEET_MISSING", name);
  return sheet;
}

/** Range.values gives numbers, text, booleans, "" for an empty cell and "#N/A"-style text for errors. */
function cellValue(value: unknown): CellValue {
  return value === "" || value === undefined ? null : (value as CellValue);
}

async function sheetList(context: Excel.RequestContext): Promise<SheetRef[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  return sheets.items.map((s) => ({ id: s.id, name: s.name }));
}

/** The sheet with this id, if the workbook still has it (whatever it is called now). */
async function sheetWithId(context: Excel.RequestContext, id: string): Promise<Excel.Worksheet | undefined> {
  const found = (await sheetList(context)).find((s) => s.id === id);
  return found ? context.workbook.worksheets.getItem(found.id) : undefined;
}

/** A new sheet with this name; a name any sheet has, in any case, is refused rather than reused. */
async function newSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  if ((await sheetList(context)).some((s) => sameSheetName(s.name, name))) throw new HostError("SHEET_EXISTS", name);
  return context.workbook.worksheets.add(name);
}

/** Each range ("Sheet!A1:B2") with `property` loaded, in one sync. */
async function loadedRanges(context: Excel.RequestContext, addresses: readonly string[], property: "values" | "formulas"): Promise<Excel.Range[]> {
  const ranges: Excel.Range[] = [];
  for (const address of addresses) {
    const { sheet, cells } = splitAddress(address);
    const range = (await worksheet(context, sheet)).getRange(cells);
    range.load(property);
    ranges.push(range);
  }
  await context.sync();
  return ranges;
}

export function officeHost(): WorkbookHost {
  return {
    kind: "excel",
    displayLanguage: () => Office.context?.displayLanguage ?? navigator.language ?? "en",

    activeSheet: () =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("id,name");
        await context.sync();
        return { id: sheet.id, name: sheet.name };
      }),

    sheets: () => Excel.run(sheetList),

    selectedAddress: () =>
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return range.address;
      }),

    readRanges: (addresses) =>
      Excel.run(async (context) => (await loadedRanges(context, addresses, "values")).map((range) => range.values.map((row) => row.map(cellValue)))),

    lastUsedRow: (name) =>
      Excel.run(async (context) => {
        // Values only: a row Excel merely formatted is no row of data.
        const used = (await worksheet(context, name)).getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        await context.sync();
        return used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      }),

    readFormulas: (addresses) =>
      Excel.run(async (context) =>
        // Range.formulas gives a constant cell's value: only text starting with "=" is a formula.
        (await loadedRanges(context, addresses, "formulas")).map((range) => range.formulas.map((row) => row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)))),
      ),

    writeTable: (target, rows) =>
      writing(async (context) => {
        let sheet = target.id === undefined ? undefined : await sheetWithId(context, target.id);
        if (sheet) sheet.getRange().clear();
        else sheet = await newSheet(context, target.name);
        const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1); // a loop: a spread of every row overflows the stack
        const height = Math.max(1, rows.length);
        const table = sheet.getRangeByIndexes(0, 0, height, width);
        const cells = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ""));
        // Text is set as text: in a cell formatted "@" Excel keeps "=1+1", "+86 …" or "0012" exactly as
        // typed instead of reading a formula or a number. The format goes first, in the same batch.
        table.numberFormat = cells.map((row) => row.map((value) => (typeof value === "string" ? "@" : "General")));
        table.values = cells as unknown[][];
        table.format.wrapText = true;
        table.format.verticalAlignment = "Top";
        const header = sheet.getRangeByIndexes(0, 0, 1, width);
        header.format.font.bold = true;
        header.format.fill.color = STYLES.header.fill!; // the template's header fill
        sheet.freezePanes.freezeRows(1);
        // The widths the workbench gives the same table (tableLook), not Excel's autofit: one rule, and
        // a long answer wraps within its column instead of widening it off the page.
        tableLook(rows).widths.forEach((characters, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(characters)));
        sheet.load("id,name");
        await context.sync();
        return { id: sheet.id, name: sheet.name };
      }),

    writeCells: (name, cells) =>
      writing(async (context) => {
        const sheet = await worksheet(context, name);
        for (const [address, cell] of Object.entries(cells)) {
          const range = sheet.getRange(address);
          if (cell === null) range.clear("Contents");
          else {
            // Text as text (a sheet called "=1+1" listed in the Summary stays those characters): the format first.
            if (typeof cell.value === "string") range.numberFormat = [["@"]];
            writeCell(range, cell);
          }
        }
        await context.sync();
      }),

    addSheet: (definition) =>
      writing(async (context) => {
        const sheet = await newSheet(context, definition.name);
        for (const [address, cell] of Object.entries(definition.cells)) writeCell(sheet.getRange(address), cell);
        definition.widths.forEach((width, i) => {
          // The file keeps widths in characters, Office.js in points.
          sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnPoints(width);
        });
        const { rows, columns } = definition.frozen;
        if (rows && columns) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
        else if (rows) sheet.freezePanes.freezeRows(rows);
        else if (columns) sheet.freezePanes.freezeColumns(columns);
        for (const range of definition.merges ?? []) sheet.getRange(range).merge(false);
        for (const [row, height] of Object.entries(rowHeightsOf(definition))) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
        if (supported("printLayout")) setPrintLayout(sheet, definition);
        sheet.activate();
        sheet.load("id,name");
        await context.sync();
        return { id: sheet.id, name: sheet.name };
      }),

    // Its code comes with the template's charts (new-sheets.ts), fetched before Excel is asked anything.
    addCharts: async (charts) => {
      const { addOfficeCharts } = await newSheets();
      return writing((context) => addOfficeCharts(context, charts));
    },

    loadSettings: async () => {
      const raw = Office.context.document.settings.get(SETTINGS_KEY);
      if (typeof raw !== "string") return undefined;
      try {
        return JSON.parse(raw);
      } catch {
        return undefined;
      }
    },

    saveSettings: (value) =>
      new Promise<void>((resolve, reject) => {
        const settings = Office.context.document.settings;
        settings.set(SETTINGS_KEY, JSON.stringify(value));
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new HostError("SAVE_FAILED", result.error?.message ?? "unknown"));
        });
      }),
  };
}

/** Whether this Excel has `capability` (requirements.ts); a host that cannot say is taken at its word. */
function supported(capability: Capability): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (set: string, version: string) => boolean } } } }).Office;
  return !unavailableCapabilities(office?.context?.requirements?.isSetSupported?.bind(office.context.requirements)).includes(capability);
}

/**
 * A batch that writes to the workbook, as one step of Excel's undo where this Excel can merge its
 * syncs (ExcelApi 1.20, mergeUndoGroup): Ctrl+Z takes back a whole report or sheet the pane wrote,
 * as it takes back a paste. An older Excel makes a step of each sync.
 */
function writing<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return supported("oneUndoStep") ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

/** An inserted sheet prints as the shipped file's sheets do (PRINT): landscape A4, one page wide, its frozen rows as print titles, its name and page in the footer, its page breaks (the charts on a page of their own). */
function setPrintLayout(sheet: Excel.Worksheet, definition: SheetDefinition): void {
  const layout = sheet.pageLayout;
  layout.orientation = PRINT.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // The file's fitToHeight: 0 (as many pages tall as the sheet needs) where page breaks are kept, as for a scenario.
  layout.zoom = { horizontalFitToPages: PRINT.fitToWidth, verticalFitToPages: fitToHeightOf(definition) };
  const titles = printTitleRows(definition);
  if (titles) layout.setPrintTitleRows(`$${titles.replace(":", ":$")}`);
  layout.setPrintArea(printArea(definition));
  layout.headersFooters.defaultForAllPages.centerFooter = PRINT.footer;
  // A page break above the row after each break row, as the file's <rowBreaks> (ExcelApi 1.9, as the layout).
  for (const row of definition.pageBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

function writeCell(range: Excel.Range, cell: CellDefinition): void {
  if (cell.formula !== undefined) range.formulas = [[`=${cell.formula}`]];
  else if (cell.value !== undefined) range.values = [[cell.value]];
  if (cell.format) range.numberFormat = [[cell.format]];
  if (cell.style) applyStyle(range.format, STYLES[cell.style]);
}

/** A template style (styles.ts) on a cell, as Office.js sets it. */
function applyStyle(format: Excel.RangeFormat, style: StyleDefinition): void {
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color) format.font.color = style.color;
  if (style.fill) format.fill.color = style.fill;
  if (style.border) {
    const edge = format.borders.getItem(style.border.edge === "top" ? "EdgeTop" : "EdgeBottom");
    edge.style = "Continuous";
    edge.weight = "Thin";
    edge.color = style.border.color;
  }
  if (style.wrap) format.wrapText = true;
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
}


/** Calls `listener` when the user switches sheets or edits cells; returns a function that stops it. */
export function subscribeToWorkbook(listener: () => void): () => void {
  const handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    handlers.push(sheets.onActivated.add(async () => listener()));
    handlers.push(sheets.onChanged.add(async () => listener()));
    await context.sync();
  }).catch(() => undefined); // older Excel without these events: the Refresh button still works
  return () => {
    for (const handler of handlers) {
      Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      }).catch(() => undefined);
    }
  };
}
