/*
 * A workbook's defined names (Amounts = Data!$B$1:$B$4), as the engine takes them: each with what it
 * stands for and, for a name of one sheet only, that sheet. Excel's own names (_xlnm.Print_Area,
 * which xlsx-print-names.ts writes; _xlfn.* and the like) are not the user's and stay out. And the
 * same names as Download writes them back, all of them (withFileNames).
 */
import JSZip from "jszip";
import { renamingSheets } from "../template/formula-sheets";
import { sameSheetName } from "./sheet-names";
import { decodeXml, escapeXml } from "./xml-text";

/** A defined name: its text as the file has it (no "="), and the sheet it belongs to, by name, when not the whole workbook's. */
export interface DefinedName {
  name: string;
  text: string;
  sheet?: string;
}

// Attributes may hold a ">" (comment="a > b"): a quoted value is read whole.
const DEFINED_NAME = /<definedName\b((?:[^>"]|"[^"]*")*)>([^<]*)<\/definedName>/g;
const attribute = (attributes: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/** The user's defined names in workbook.xml, each sheet's named by the sheet (localSheetId is its place among the sheets). */
export function definedNamesOf(workbookXml: string): DefinedName[] {
  const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]));
  return [...workbookXml.matchAll(DEFINED_NAME)].flatMap(([, attributes, text]) => {
    const name = decodeXml(attribute(attributes, "name") ?? "");
    const local = attribute(attributes, "localSheetId");
    const sheet = local === undefined ? undefined : sheets[Number(local)];
    if (!name || /^_xl/i.test(name) || (local !== undefined && sheet === undefined)) return [];
    return [{ name, text: decodeXml(text), ...(sheet === undefined ? {} : { sheet }) }];
  });
}

/** The defined names of an .xlsx's bytes; none when it has no workbook part to read. */
export async function definedNamesOfFile(bytes: ArrayBuffer | Uint8Array): Promise<DefinedName[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
  return xml === undefined ? [] : definedNamesOf(xml);
}

const DEFINED_NAMES = /<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/;
const sheetsOf = (workbookXml: string): string[] => [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]));

/**
 * `written` (the workbook part ExcelJS wrote) with the defined names of `file` (the opened file's
 * workbook part), every one of them with its attributes as the file has them (hidden, comment,
 * Excel's own _xlnm.* and _xlfn.* names): ExcelJS alone drops constants (`0.434…`, `"text"`), cuts
 * formulas (`Data!$B$1+Data2!$B$1` → `Data!$B$1`) and makes a sheet's name the workbook's. Each
 * formula names its sheets as `renames` says (the file's name → its name now), and a sheet's name
 * follows its sheet to its place in `written` (localSheetId). A sheet of the file that `written`
 * lacks is deleted, as Excel deletes one: its own names go with it, and the other names' references
 * to it become #REF! (renamingSheets; a range of sheets ending at it too, which Excel would narrow).
 * The names ExcelJS wrote for a sheet the file lacks (added on the page) are kept too.
 */
export function withFileNames(written: string, file: string, renames: ReadonlyMap<string, string>): string {
  const now = sheetsOf(written);
  const fileSheets = sheetsOf(file);
  const places = fileSheets.map((was) => now.findIndex((sheet) => sameSheetName(sheet, renames.get(was) ?? was)));
  const renaming = renamingSheets(new Map(fileSheets.map((was, i) => [was, places[i] < 0 ? null : (renames.get(was) ?? was)])));
  const elements = [...file.matchAll(DEFINED_NAME)];
  // Names written otherwise (<x:definedName>, <definedName/>), which this does not read: ExcelJS's copy rather than none.
  if (elements.length !== (file.match(/<(?:\w+:)?definedName\b/g) ?? []).length) return written;
  const fromFile = elements.flatMap(([, attributes, text]) => {
    const local = attribute(attributes, "localSheetId");
    // A sheet's name goes with its sheet (and a name of a sheet the file never had, with nothing).
    const place = local === undefined ? undefined : (places[Number(local)] ?? -1);
    if (place === -1) return [];
    const kept = place === undefined ? attributes : attributes.replace(/\blocalSheetId="[^"]*"/, `localSheetId="${place}"`);
    return [`<definedName${kept}>${escapeXml(renaming(`=${decodeXml(text)}`).slice(1))}</definedName>`];
  });
  const added = [...(DEFINED_NAMES.exec(written)?.[0] ?? "").matchAll(DEFINED_NAME)].flatMap(([whole, attributes]) => {
    const local = attribute(attributes, "localSheetId");
    return local !== undefined && !places.includes(Number(local)) ? [whole] : [];
  });
  const names = [...fromFile, ...added];
  const part = names.length === 0 ? "" : `<definedNames>${names.join("")}</definedNames>`;
  return DEFINED_NAMES.test(written) ? written.replace(DEFINED_NAMES, () => part) : written.replace("</sheets>", () => `</sheets>${part}`);
}
