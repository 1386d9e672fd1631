/*
 * A workbook's defined names (Amounts = Data!$B$1:$B$4), as the engine takes them: each with what it
 * stands for and, for a name of one sheet only, that sheet. Excel's own names (_xlnm.Print_Area,
 * which xlsx-print-names.ts writes; _xlfn.* and the like) are not the user's and stay out.
 */
import JSZip from "jszip";
import { decodeXml } from "./xml-text";

/** A defined name: its text as the file has it (no "="), and the sheet it belongs to, by name, when not the whole workbook's. */
export interface DefinedName {
  name: string;
  text: string;
  sheet?: string;
}

const DEFINED_NAME = /<definedName\b([^>]*)>([^<]*)<\/definedName>/g;
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
