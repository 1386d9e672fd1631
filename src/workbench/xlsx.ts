/*
 * Reading an .xlsx (ExcelJS) into the rows a formula engine loads, and writing the engine's sheets
 * back into the file they came from as Excel itself stores them. Development and workbench only.
 *
 * Open reads every form a formula can have in a file — Excel's stored form (`_xldudf_RED_X(…)`,
 * `_xlfn.X(…)`) and one typed by hand (`RED.X(…)`) — as the typed form the engine knows. Download
 * writes Excel's stored form with each formula's cached value (so the file shows numbers before the
 * add-in loads, and in other applications), and leaves every cell the user did not change exactly as
 * the file had it: dates, hyperlinks, rich text, error values and text that looks like a formula.
 */
import type ExcelJS from "exceljs";
import type { HyperFormula } from "hyperformula";
import JSZip from "jszip";
import { toStoredFormula, toTypedFormula } from "../template/formula-form";
import { excelJsStyle, SheetLook, STYLES } from "../template/styles";

/** What the engine loads for a cell: "=formula" (typed form), text as "'text", a number, a boolean, an error literal, or nothing. */
export type LoadedContent = string | number | boolean | null;

export interface LoadedSheet {
  name: string;
  rows: LoadedContent[][];
  /** "row,column" (zero-based) → Excel number format. */
  formats: Record<string, string>;
}

/** A formula's last value as the file stores it beside the formula (`<v>`, typed by `t`). */
export type CachedResult = number | string | boolean | { error: string } | undefined;

const MS_PER_DAY = 86_400_000;

/** A JavaScript date (ExcelJS reads date-formatted cells as UTC dates) as Excel's date serial number. */
function excelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + (date1904 ? 24107 : 25569);
}

/** Text the engine must keep as text: the apostrophe is the engine's (and Excel's) text marker. */
function asText(text: string): string {
  return `'${text}`;
}

function plainText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const rich = value as { richText?: { text: string }[] } | null;
  if (rich && Array.isArray(rich.richText)) return rich.richText.map((part) => part.text).join("");
  return undefined;
}

function cellContent(cell: ExcelJS.Cell, date1904: boolean): LoadedContent {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return asText(value);
  if (value instanceof Date) return excelSerial(value, date1904);
  const v = value as { formula?: string; sharedFormula?: string; text?: unknown; hyperlink?: string; error?: string };
  if (typeof v.formula === "string") return `=${toTypedFormula(v.formula)}`;
  if (v.sharedFormula !== undefined) return `=${toTypedFormula(cell.formula)}`;
  if (typeof v.error === "string") return v.error;
  const text = plainText(value) ?? plainText(v.text);
  return text === undefined ? null : asText(text);
}

/** The cells of an array formula other than its top-left one: Excel stores the spilled values there, the engine spills its own. */
function spilledCells(ws: ExcelJS.Worksheet): Set<string> {
  const spilled = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const model = cell.model as { shareType?: string; ref?: string };
      if (model.shareType !== "array" || !model.ref || !model.ref.includes(":")) return;
      const [from, to] = model.ref.split(":").map((a1) => ws.getCell(a1));
      for (let r = Number(from.row); r <= Number(to.row); r++) {
        for (let c = Number(from.col); c <= Number(to.col); c++) if (r !== Number(from.row) || c !== Number(from.col)) spilled.add(`${r},${c}`);
      }
    }),
  );
  return spilled;
}

export function readWorkbook(workbook: ExcelJS.Workbook): LoadedSheet[] {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return workbook.worksheets.map((ws) => {
    const rows: LoadedContent[][] = [];
    const formats: Record<string, string> = {};
    const spilled = spilledCells(ws);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: LoadedContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        while (line.length < columnNumber - 1) line.push(null);
        line[columnNumber - 1] = spilled.has(`${rowNumber},${columnNumber}`) ? null : cellContent(cell, date1904);
        if (cell.numFmt) formats[`${rowNumber - 1},${columnNumber - 1}`] = cell.numFmt;
      });
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = line;
    });
    return { name: ws.name, rows, formats };
  });
}

/** The error values a cell can hold in a file Excel reads (ECMA-376 ST_Xstring errors, and those Excel added since). */
const EXCEL_ERRORS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
]);

/**
 * An engine's value as the cached value Excel stores beside a formula: numbers, text, booleans,
 * errors. The engine's own errors that Excel has no such value for (#ERROR! for a formula it cannot
 * parse, #CYCLE!, #LIC!) are cached as #VALUE!, so the file stays one Excel reads.
 */
export function cachedResult(value: unknown): CachedResult {
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value !== null && typeof value === "object" && typeof (value as { value?: unknown }).value === "string") {
    const code = (value as { value: string }).value;
    return { error: EXCEL_ERRORS.has(code) ? code : "#VALUE!" };
  }
  return undefined;
}

/** Whether the engine could not compute a formula Excel can (a function or syntax it lacks). */
function engineCannot(value: unknown): boolean {
  const code = value !== null && typeof value === "object" ? (value as { value?: unknown }).value : undefined;
  return code === "#NAME?" || code === "#ERROR!" || code === "#LIC!";
}

/** One cell of a sheet to save. */
export type SavedCell =
  /** A formula (typed form, without "="), its value, and the range it spills over when that is more than one cell. */
  | { kind: "formula"; formula: string; result: CachedResult; spill?: string; engineCannot?: boolean }
  /** A value the formula above it spilled here. */
  | { kind: "spilled"; result: CachedResult }
  /** A constant: what the engine holds (to tell whether it changed) and its value. */
  | { kind: "constant"; content: LoadedContent; value: CachedResult };

export interface SavedSheet {
  name: string;
  cells: (SavedCell | null)[][];
  formats: Record<string, string>;
  /** How a sheet inserted in the workbench looks: written when the file lacks the sheet. */
  look?: SheetLook;
}

function a1(row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * The engine's sheets, cell by cell, as Download saves them. A formula the engine holds as it was
 * opened keeps the file's own wording (the engine rewrites `'Growth'!B3` as `Growth!B3`).
 */
export function engineSheets(
  hf: HyperFormula,
  formats: Record<string, Record<string, string>>,
  opened: LoadedSheet[] = [],
  looks: Record<string, SheetLook> = {},
): SavedSheet[] {
  const openedRows = new Map(opened.map((s) => [s.name, s.rows]));
  return hf.getSheetNames().map((name) => {
    const sheet = hf.getSheetId(name)!;
    const before = openedRows.get(name);
    const asOpened = (row: number, col: number, formula: string): string => {
      const was = before?.[row]?.[col];
      if (typeof was !== "string" || !was.startsWith("=")) return formula;
      try {
        return hf.normalizeFormula(was) === formula ? was : formula;
      } catch {
        return formula;
      }
    };
    const { height, width } = hf.getSheetDimensions(sheet);
    const serialized = hf.getSheetSerialized(sheet) as LoadedContent[][];
    const cells: (SavedCell | null)[][] = [];
    for (let row = 0; row < height; row++) {
      const line: (SavedCell | null)[] = [];
      for (let col = 0; col < width; col++) {
        const at = { sheet, row, col };
        const type = hf.getCellType(at);
        const value = hf.getCellValue(at);
        if (type === "EMPTY") line.push(null);
        else if (type === "ARRAY") line.push({ kind: "spilled", result: cachedResult(value) });
        else if (type === "FORMULA" || type === "ARRAYFORMULA") {
          const formula = asOpened(row, col, hf.getCellFormula(at) ?? "=").slice(1);
          let spill: string | undefined;
          if (type === "ARRAYFORMULA") {
            let right = col;
            while (right + 1 < width && hf.getCellType({ sheet, row, col: right + 1 }) === "ARRAY") right++;
            let down = row;
            while (down + 1 < height && hf.getCellType({ sheet, row: down + 1, col }) === "ARRAY") down++;
            if (right > col || down > row) spill = `${a1(row, col)}:${a1(down, right)}`;
          }
          line.push({ kind: "formula", formula, result: cachedResult(value), spill, engineCannot: engineCannot(value) });
        } else line.push({ kind: "constant", content: serialized[row]?.[col] ?? null, value: cachedResult(value) });
      }
      cells.push(line);
    }
    return { name, cells, formats: formats[name] ?? {}, ...(looks[name] ? { look: looks[name] } : {}) };
  });
}

type CellValue = ExcelJS.CellValue;

/** What to write for a cell, or "keep" when the file's own cell stays as it was. */
function written(cell: SavedCell, opened: LoadedContent | undefined, original: unknown): CellValue | "keep" {
  if (cell.kind === "formula") {
    const stored = toStoredFormula(cell.formula);
    // The engine lacks some of Excel's functions and syntax (#NAME?, #ERROR!): an unchanged formula
    // then keeps the formula and value Excel stored.
    if (cell.engineCannot && opened === `=${cell.formula}`) return "keep";
    const result = cell.result;
    if (cell.spill) return { formula: stored, result, shareType: "array", ref: cell.spill } as unknown as CellValue;
    return { formula: stored, result } as unknown as CellValue;
  }
  if (cell.kind === "spilled") return (cell.result ?? null) as CellValue;
  if (opened !== undefined && opened === cell.content && original !== undefined && original !== null) return "keep";
  const value = cell.value;
  if (value === undefined) return null;
  if (typeof value === "string") {
    // Text a user typed over a hyperlink keeps the link.
    const link = original as { hyperlink?: string } | null;
    if (link && typeof link === "object" && typeof link.hyperlink === "string") return { text: value, hyperlink: link.hyperlink };
  }
  return value as CellValue;
}

/**
 * Writes the sheets into the workbook they were loaded from, so what the file had — styles, column
 * widths, frozen panes, names, and every cell nobody changed — stays as it was. Formulas are written
 * in Excel's stored form with their cached values; one that spills is written as an array formula
 * over the range it fills. A sheet the workbook lacks (inserted in the workbench) is added, with its
 * number formats. The file is not marked for a full recalculation on load: its values are current.
 */
export function saveInto(workbook: ExcelJS.Workbook, sheets: SavedSheet[], opened: LoadedSheet[] = []): ExcelJS.Workbook {
  const calc = workbook.calcProperties as { fullCalcOnLoad?: boolean };
  delete calc.fullCalcOnLoad;
  const openedRows = new Map(opened.map((s) => [s.name, s.rows]));
  for (const sheet of sheets) {
    const ws = workbook.getWorksheet(sheet.name) ?? addLooking(workbook, sheet);
    const before = openedRows.get(sheet.name);
    // Cells the workbook has that the sheet no longer does are emptied (their style stays).
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (!sheet.cells[rowNumber - 1]?.[columnNumber - 1]) cell.value = null;
      }),
    );
    sheet.cells.forEach((line, r) =>
      line.forEach((saved, c) => {
        if (!saved) return;
        const cell = ws.getCell(r + 1, c + 1);
        const value = written(saved, before?.[r]?.[c], cell.value);
        if (value !== "keep") cell.value = value;
        const format = sheet.formats[`${r},${c}`];
        if (format && !cell.numFmt) cell.numFmt = format;
      }),
    );
  }
  return workbook;
}

/** A sheet the file lacks, looking as it was inserted: the template's styles, widths and frozen panes (styles.ts). */
function addLooking(workbook: ExcelJS.Workbook, sheet: SavedSheet): ExcelJS.Worksheet {
  const look = sheet.look;
  if (!look) return workbook.addWorksheet(sheet.name);
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: look.frozen.columns, ySplit: look.frozen.rows }] });
  look.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [key, style] of Object.entries(look.styles)) {
    const [row, column] = key.split(",").map(Number);
    Object.assign(ws.getCell(row + 1, column + 1), excelJsStyle(STYLES[style]));
  }
  return ws;
}

/*
 * Excel marks a formula that spills (a dynamic array) with cell metadata: `cm="1"` on the cell,
 * pointing at a metadata part whose XLDAPR type carries `dynamicArrayProperties fDynamic="1"`
 * ([MS-XLSX], the schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray namespace). Without
 * it an array formula is a legacy Ctrl+Shift+Enter array of fixed size. ExcelJS writes neither the
 * part nor the attribute.
 */
const METADATA_PART = "xl/metadata.xml";
const METADATA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
const DYNAMIC_ARRAY_METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

/** Each sheet's part in the package, by sheet name (from the workbook part and its relationships). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])?.[1], /Target="([^"]+)"/.exec(m[0])?.[1]]));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])?.[1]);
    if (!name || !target) continue;
    const decoded = name.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    parts.set(decoded, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/*
 * The calculation engine a file says computed its cached values (calcPr calcId). Excel recalculates
 * every formula on load when a file's calcId is older than its own engine; ExcelJS writes 171027
 * (Excel 2016), which would make current Excel recompute the whole workbook on open — and show
 * #NAME? in every RED cell until the add-in loads. 191029 is what current Excel writes.
 */
export const EXCEL_CALC_ID = 191029;

/**
 * The package as Excel writes it, from what ExcelJS wrote: the current calculation engine id (so
 * Excel shows the cached values rather than recalculating on load), and every spilling formula of
 * `sheets` marked as a dynamic array.
 */
export async function asExcelWrites(buffer: ArrayBuffer | Uint8Array, sheets: SavedSheet[] = []): Promise<Uint8Array> {
  const spills = sheets.map((s) => ({
    name: s.name,
    masters: s.cells.flatMap((line) => line.flatMap((cell) => (cell?.kind === "formula" && cell.spill ? [cell.spill.split(":")[0]] : []))),
  }));
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbookXml.replace(/(<calcPr\b[^>]*\bcalcId=")\d+"/, `$1${EXCEL_CALC_ID}"`));
  if (spills.every((s) => s.masters.length === 0)) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const parts = await sheetParts(zip);
  for (const { name, masters } of spills) {
    const part = parts.get(name);
    if (!part || masters.length === 0) continue;
    let xml = await zip.file(part)!.async("string");
    for (const master of masters) {
      xml = xml.replace(new RegExp(`<c r="${master}"(?![^>]*\\bcm=)`), `<c r="${master}" cm="1"`);
    }
    zip.file(part, xml);
  }
  zip.file(METADATA_PART, DYNAMIC_ARRAY_METADATA);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  if (!types.includes(`PartName="/${METADATA_PART}"`)) {
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_TYPE}"/></Types>`));
  }
  const relsPart = "xl/_rels/workbook.xml.rels";
  const rels = await zip.file(relsPart)!.async("string");
  if (!rels.includes(METADATA_RELATIONSHIP)) {
    const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    zip.file(relsPart, rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${METADATA_RELATIONSHIP}" Target="metadata.xml"/></Relationships>`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The file Download hands the user: the sheets written into the opened workbook, spills marked as Excel marks them. */
export async function downloadFile(workbook: ExcelJS.Workbook, sheets: SavedSheet[], opened: LoadedSheet[]): Promise<Uint8Array> {
  const buffer = await saveInto(workbook, sheets, opened).xlsx.writeBuffer();
  return asExcelWrites(buffer as ArrayBuffer, sheets);
}
