/*
 * What the browser keeps of a changed workbook beside the bytes it was opened from: every sheet's
 * contents as the engine holds them (a formula's text, a constant, text with its apostrophe), in
 * order, with its name now, and the number formats and looks of the sheets (those pasted onto the
 * file's own sheets too). A reload opens the
 * original bytes and builds the engine over these contents, so nothing of the .xlsx is rebuilt to
 * keep a change (that took 5.7–14 s on the page's one thread for a 40,000-row sheet): the contents
 * are read a slice of rows at a time, the page free between two slices.
 */
import type { HyperFormula } from "hyperformula";
import { renamingSheets, sheetPrefixing } from "../template/formula-sheets";
import type { DefinedName } from "../spreadsheet/xlsx-defined-names";
import type { SheetLook } from "../template/styles";
import type { CellLook, FileLook, LoadedContent, LoadedSheet } from "../spreadsheet/xlsx-read";
import { spillCorner } from "../spreadsheet/xlsx-saved-sheets";

export interface KeptContents {
  /** The engine's sheets in order (its sheet ids): the file's own first, then those inserted here. */
  sheets: { name: string; rows: LoadedContent[][] }[];
  /** Sheet name → "row,column" → number format. */
  formats: Record<string, Record<string, string>>;
  /** Sheet name → how a sheet inserted here looks. */
  looks: Record<string, SheetLook>;
  /**
   * Sheet name → "row,column" → the look the page shows (the file's, or pasted or cut here); none in a
   * copy kept by an earlier version, whose sheets then look as the file has them.
   */
  cellLooks?: Record<string, Record<string, CellLook>>;
}

/** The looks kept beside the contents: of sheets inserted here, and the cells' looks as the page shows them. */
export interface KeptLooks {
  looks?: Record<string, SheetLook>;
  fileLooks?: Record<string, FileLook>;
}

/** Rows read and written out in one slice: about 10 ms for 7 columns. */
export const ROWS_PER_SLICE = 1_000;

/** Lets the page paint and take input before the next slice. */
const breather = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The contents of `hf` as JSON text in a Blob, read a slice at a time (each slice's text handed to the
 * browser as it is read, so nothing long is copied at the end); undefined when `stillWanted` says,
 * after a slice, that they changed meanwhile (a later keep reads them again).
 */
export async function keptContents(
  hf: HyperFormula,
  formats: Record<string, Record<string, string>>,
  { looks, fileLooks }: KeptLooks,
  stillWanted: () => boolean,
  pause: () => Promise<void> = breather,
): Promise<Blob | undefined> {
  const parts: BlobPart[] = ['{"sheets":['];
  /** Writes `count` items as `each` gives their JSON, comma-separated, a slice at a time; false when no longer wanted. */
  const sliced = async (count: number, size: number, each: (start: number, end: number) => string): Promise<boolean> => {
    for (let start = 0; start < count; start += size) {
      if (start > 0) parts.push(",");
      parts.push(new Blob([each(start, Math.min(count, start + size))]));
      await pause();
      if (!stillWanted()) return false;
    }
    return true;
  };
  const names = hf.getSheetNames();
  // Sheets named as the engine cannot read its own text back (2026!A1 is a parse error): quoted ('2026'!A1).
  const readable = sheetPrefixing(names);
  for (const [i, name] of names.entries()) {
    const sheet = hf.getSheetId(name)!;
    const { height, width } = hf.getSheetDimensions(sheet);
    const spills: Spill[] = [];
    parts.push(`${i > 0 ? "," : ""}{"name":${JSON.stringify(name)},"rows":[`);
    const read = (top: number, end: number) => {
      const rows = hf.getRangeSerialized({ start: { sheet, row: top, col: 0 }, end: { sheet, row: end - 1, col: width - 1 } }) as LoadedContent[][];
      withoutSpills(hf, sheet, top, rows, spills);
      for (const line of rows) line.forEach((content, col) => typeof content === "string" && content.startsWith("=") && (line[col] = readable(content)));
      return JSON.stringify(rows).slice(1, -1);
    };
    if (!(await sliced(height, ROWS_PER_SLICE, read))) return undefined;
    parts.push("]}");
  }
  // A sheet's number formats and its cells' looks, a slice of cells at a time too (40,000 on the 40,000-row sheet).
  const byCell = async (part: string, maps: (name: string) => Record<string, unknown>): Promise<boolean> => {
    parts.push(`,"${part}":{`);
    for (const [i, name] of names.entries()) {
      const entries = Object.entries(maps(name));
      parts.push(`${i > 0 ? "," : ""}${JSON.stringify(name)}:{`);
      if (!(await sliced(entries.length, ROWS_PER_SLICE * 10, (start, end) => JSON.stringify(Object.fromEntries(entries.slice(start, end))).slice(1, -1)))) return false;
      parts.push("}");
    }
    parts.push("}");
    return true;
  };
  parts.push("]");
  if (!(await byCell("formats", (name) => formats[name] ?? {}))) return undefined;
  if (!(await byCell("cellLooks", (name) => fileLooks?.[name]?.cells ?? {}))) return undefined;
  const ownLooks = Object.fromEntries(Object.entries(looks ?? {}).filter(([name]) => names.includes(name)));
  parts.push(`,"looks":${JSON.stringify(ownLooks)}}`);
  return new Blob(parts, { type: "application/json" });
}

/** A formula's cell and the far corner of the range it spills over. */
interface Spill {
  row: number;
  col: number;
  corner: { row: number; col: number };
}

/**
 * The rows of a slice from `top` with the values each formula spilled emptied (the engine spills them
 * again; kept as constants they would block the spill). `spills`: those found so far on the sheet,
 * for a spill that runs on into the next slice.
 */
function withoutSpills(hf: HyperFormula, sheet: number, top: number, rows: LoadedContent[][], spills: Spill[]): void {
  rows.forEach((line, r) =>
    line.forEach((content, col) => {
      if (typeof content !== "string" || !content.startsWith("=")) return;
      const corner = spillCorner(hf, { sheet, row: top + r, col });
      if (corner && (corner.row > top + r || corner.col > col)) spills.push({ row: top + r, col, corner });
    }),
  );
  for (const spill of spills) {
    for (let row = Math.max(spill.row, top); row <= Math.min(spill.corner.row, top + rows.length - 1); row++) {
      for (let col = spill.col; col <= spill.corner.col; col++) if (row !== spill.row || col !== spill.col) rows[row - top][col] = null;
    }
  }
}

/** A kept record that is not what {@link keptContents} writes (damaged, or from another version). */
export class DamagedKept extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const LOOK_PARTS: Record<keyof CellLook, string> = { fill: "string", color: "string", bold: "boolean", italic: "boolean", wrap: "boolean" };
/** A cell's look as kept: its parts only (fill and font colour as text, the rest true or false), each as CellLook has it. */
const isLook = (value: unknown): boolean => isRecord(value) && Object.entries(value).every(([part, given]) => given === undefined || typeof given === LOOK_PARTS[part as keyof CellLook]);
const isContent = (value: unknown): boolean => value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));

/** The kept contents read back, every part checked; {@link DamagedKept} when any part is not as written. */
export function parsedContents(text: string, fileSheets: number): KeptContents {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DamagedKept("not JSON");
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.sheets) || !isRecord(parsed.formats) || !isRecord(parsed.looks)) throw new DamagedKept("parts missing");
  // Sheets are inserted and renamed here, never deleted: the file's own come first, all of them.
  if (parsed.sheets.length < Math.max(1, fileSheets)) throw new DamagedKept("sheets missing");
  const names = new Set<string>();
  for (const sheet of parsed.sheets as unknown[]) {
    if (!isRecord(sheet) || typeof sheet.name !== "string" || sheet.name === "" || names.has(sheet.name.toLowerCase())) throw new DamagedKept("a sheet's name");
    names.add(sheet.name.toLowerCase());
    if (!Array.isArray(sheet.rows) || !sheet.rows.every((row) => Array.isArray(row) && row.every(isContent))) throw new DamagedKept("a sheet's cells");
  }
  for (const formats of Object.values(parsed.formats)) {
    if (!isRecord(formats) || !Object.values(formats).every((format) => typeof format === "string")) throw new DamagedKept("formats");
  }
  if (parsed.cellLooks !== undefined && !(isRecord(parsed.cellLooks) && Object.values(parsed.cellLooks).every((cells) => isRecord(cells) && Object.values(cells).every(isLook)))) {
    throw new DamagedKept("looks");
  }
  return parsed as unknown as KeptContents;
}

/**
 * The file's sheets as kept: each under its name now, with the contents and cells' looks kept (the
 * engine is built over these, the page shows these looks), then the sheets inserted here. `opened` stays what the file had, under the new names,
 * so a Download leaves the cells nobody changed as the file had them.
 */
export function replayed(file: LoadedSheet[], kept: KeptContents): { engine: LoadedSheet[]; opened: LoadedSheet[]; renamed: Map<string, string> } {
  const renamed = new Map(file.map((sheet, i) => [sheet.name, kept.sheets[i].name]));
  const engine = kept.sheets.map(({ name, rows }, i) => {
    // The cells' looks as the page showed them (pasted, cut) over the file's widths and panes; as the file has them in a copy that kept none.
    const cells = kept.cellLooks?.[name];
    const look = cells === undefined ? file[i]?.look : { ...(file[i]?.look ?? { widths: [] }), cells };
    return { ...file[i], name, rows, formats: kept.formats[name] ?? {}, ...(look ? { look } : {}) };
  });
  const opened = file.map((sheet, i) => ({ ...sheet, name: kept.sheets[i].name }));
  return { engine, opened, renamed };
}

/** The file's defined names naming its sheets as `renamed` (`replayed`: each name as opened → its name now) says, for the engine built over the kept contents. */
export function namesAsKept(names: DefinedName[], renamed: Map<string, string>): DefinedName[] {
  const renaming = renamingSheets(renamed);
  return names.map(({ name, text, sheet }) => ({ name, text: renaming(`=${text}`).slice(1), ...(sheet === undefined ? {} : { sheet: renamed.get(sheet) ?? sheet }) }));
}
