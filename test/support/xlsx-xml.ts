/* An .xlsx read as Excel reads it (each sheet's cells straight from the package's XML), and the workbench's Open → Download. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { engineFormula } from "../../src/spreadsheet/engine";
import { FileLook, readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { engineSheets } from "../../src/spreadsheet/xlsx-saved-sheets";
import { chartsOfFile, keptChartSpecs } from "../../src/workbench/kept-charts";
import { downloadFile, freshCopy, WhereShown } from "../../src/workbench/xlsx-write";
import { engine } from "./engine";
import { definedNamesOfFile } from "../../src/spreadsheet/xlsx-defined-names";
import type { State } from "../../src/workbench/store";

export interface XmlCell {
  /** The formula text as stored (entities decoded), without "=". */
  formula?: string;
  /** The attributes of <f> (t="array" ref="…"), if any. */
  formulaAttributes?: string;
  /** The cell's t attribute: "str", "e", "b", "s", "n" or none. */
  type?: string;
  /** The <v> text. */
  value?: string;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Each sheet's cells by sheet name and A1 address, sheets found through the workbook's relationships. */
export async function xmlCells(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<Record<string, Record<string, XmlCell>>> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])?.[1], /Target="([^"]+)"/.exec(m[0])?.[1]]));
  const out: Record<string, Record<string, XmlCell>> = {};
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/name="([^"]*)"/.exec(m[0])![1]);
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])![1])!;
    const xml = await zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string");
    const cells: Record<string, XmlCell> = {};
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
      const f = /<f([^>]*)>(.*?)<\/f>/.exec(c[3] ?? "");
      cells[c[1]] = {
        formula: f ? decode(f[2]) : undefined,
        formulaAttributes: f?.[1].trim() || undefined,
        type: /\bt="(\w+)"/.exec(c[2])?.[1],
        value: /<v>(.*?)<\/v>/.exec(c[3] ?? "")?.[1],
      };
    }
    out[name] = cells;
  }
  return out;
}

/** Open → engine → Download, as the workbench does it (`where`: the sheet on screen and each sheet's active cell). */
export async function roundTrip(
  buffer: Buffer | ArrayBuffer | Uint8Array,
  edit?: (hf: Awaited<ReturnType<typeof engine>>, formats: Record<string, Record<string, string>>, fileLooks: Record<string, FileLook>) => void,
  where?: WhereShown,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as never);
  const opened = readWorkbook(book);
  const hf = await engine(opened);
  const charts = await chartsOfFile(buffer, hf); // as the workbench finds them on opening
  // The formats the page keeps beside the engine, as opening gives them; an edit may change them as typing does.
  const formats = Object.fromEntries(opened.map((s) => [s.name, { ...s.formats }]));
  // The looks the page shows, as opening gives them (files.ts); a paste may change them.
  const fileLooks = Object.fromEntries(opened.flatMap((s) => (s.look ? [[s.name, s.look]] : [])));
  edit?.(hf, formats, fileLooks);
  // Written into a copy of the file, as the page's Download does (its defined names as the file has them).
  const copy = await freshCopy(new Uint8Array(buffer), opened.map((sheet) => sheet.name));
  const saved = await downloadFile(copy, engineSheets(hf, formats, opened), opened, keptChartSpecs(charts, hf), fileLooks, where);
  hf.destroy();
  return Buffer.from(saved);
}


/**
 * A workbook as Excel saves it: sheet S holding `formulas` (A1 address, formula without "=") with
 * stale cached values (0), then the sheets `others` names, each with its constants by A1 address.
 */
export async function formulasFile(formulas: readonly (readonly [string, string, ...unknown[]])[], others: Record<string, Record<string, number>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet("S");
  for (const [at, formula] of formulas) s.getCell(at).value = { formula, result: 0 } as never;
  for (const [name, cells] of Object.entries(others)) {
    const sheet = name === "S" ? s : book.addWorksheet(name);
    for (const [at, value] of Object.entries(cells)) sheet.getCell(at).value = value;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Opened as the workbench opens it: the values of S's first `rows` cells in column A, and their formulas as the formula bar shows them. */
export async function openedColumnA(file: Buffer, rows: number): Promise<{ values: unknown[]; formulas: (string | undefined)[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as never);
  const hf = await engine(readWorkbook(book));
  const cells = Array.from({ length: rows }, (_, row) => ({ sheet: hf.getSheetId("S")!, row, col: 0 }));
  const opened = { values: cells.map((at) => hf.getCellValue(at)), formulas: cells.map((at) => engineFormula(hf, at)) };
  hf.destroy();
  return opened;
}

/**
 * A workbook as Excel would save a small plan: on sheet "Plan", a spilled RED.SPILLSPLIT (its formula
 * in A1 over A1:B1, its second value in B1) and a date in A2; a test adds the cells it is about.
 */
export function planWithSpill(): { book: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Plan");
  ws.getCell("A1").value = { formula: '_xldudf_RED_SPILLSPLIT("growth",1000)', result: 500, shareType: "array", ref: "A1:B1" } as unknown as ExcelJS.CellValue;
  ws.getCell("B1").value = 500;
  ws.getCell("A2").value = new Date(Date.UTC(2026, 2, 31));
  ws.getCell("A2").numFmt = "yyyy-mm-dd";
  return { book, ws };
}

/** The page's state as Open makes it from `bytes` (the file's defined names in the engine), showing `sheet`. */
export async function openedState(bytes: Uint8Array, sheet: string): Promise<State> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const sheets = readWorkbook(book);
  const hf = await engine(sheets, await definedNamesOfFile(bytes));
  const formats = Object.fromEntries(sheets.map((s) => [s.name, {}]));
  return { hf, bytes, opened: sheets, sheet, selected: { row: 0, column: 0 }, extent: undefined, formats, looks: {}, charts: [] } as unknown as State;
}

/** The page's Download of `state`: written into a copy of the file it was opened from (xlsx-write.ts freshCopy). */
export async function downloadOf(state: State): Promise<Uint8Array> {
  return downloadFile(await freshCopy(state.bytes, state.opened.map((sheet) => sheet.name)), engineSheets(state.hf, state.formats, state.opened, state.looks), state.opened);
}
