/*
 * The package as Excel writes it, from what ExcelJS wrote: the current calculation engine's id and
 * the dynamic-array metadata that ExcelJS leaves out. Development, workbench and the template build.
 */
import JSZip from "jszip";
import type { SavedSheet } from "./xlsx-saved-sheets";
import { decodeXml, XML_HEAD } from "./xml-text";
import { addRelationship } from "./xlsx-relationships";
import { withPrintNames } from "./xlsx-print-names";
import { withQuotePrefixes } from "./xlsx-quote-prefix";

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
  XML_HEAD +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

/** Each sheet's part in the package, by sheet name (from the workbook part and its relationships). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])?.[1], /Target="([^"]+)"/.exec(m[0])?.[1]]));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])?.[1]);
    if (!name || !target) continue;
    parts.set(decodeXml(name), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
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
 * Excel shows the cached values rather than recalculating on load), the defined names `names` writes
 * into the workbook part (xlsx-defined-names.ts withFileNames), print areas and titles naming their
 * sheets as a formula does (xlsx-print-names.ts), and every spilling formula of `sheets` marked as a
 * dynamic array.
 */
export async function asExcelWrites(
  buffer: ArrayBuffer | Uint8Array,
  sheets: SavedSheet[] = [],
  selected: Record<string, string> = {},
  quoted: Record<string, string[]> = {},
  names?: (workbookXml: string) => string,
): Promise<Uint8Array> {
  return withExcelForm(
    buffer,
    sheets.map((s) => ({
      name: s.name,
      masters: s.cells.flatMap((line) => line.flatMap((cell) => (cell?.kind === "formula" && cell.spill ? [cell.spill.split(":")[0]] : []))),
      selected: selected[s.name],
      quoted: quoted[s.name],
    })),
    names,
  );
}

/** Each sheet's formulas that spill, by the address of the cell that holds each formula. */
export interface SheetSpills {
  name: string;
  masters: string[];
  /** The range selected around the sheet's active cell ("B12:C14"): its selection's sqref, where ExcelJS writes the active cell alone. */
  selected?: string;
  /** The cells (A1) holding text typed with a leading apostrophe: their styles marked quotePrefix, as Excel marks them (xlsx-quote-prefix.ts). */
  quoted?: string[];
}

/** As asExcelWrites, for a package whose spilling formulas are known by address (the template build). */
export async function withExcelForm(buffer: ArrayBuffer | Uint8Array, spills: SheetSpills[], names: (workbookXml: string) => string = (xml) => xml): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", withPrintNames(names(workbookXml).replace(/(<calcPr\b[^>]*\bcalcId=")\d+"/, `$1${EXCEL_CALC_ID}"`)));
  if (spills.every((s) => s.masters.length === 0 && !s.selected && !s.quoted?.length)) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const parts = await sheetParts(zip);
  await withQuotePrefixes(zip, new Map(spills.flatMap((s) => (s.quoted?.length && parts.has(s.name) ? [[parts.get(s.name)!, s.quoted] as const] : []))));
  for (const { name, masters, selected } of spills) {
    const part = parts.get(name);
    if (!part || (masters.length === 0 && !selected)) continue;
    let xml = await zip.file(part)!.async("string");
    for (const master of masters) {
      xml = xml.replace(new RegExp(`<c r="${master}"(?![^>]*\\bcm=)`), `<c r="${master}" cm="1"`);
    }
    if (selected) xml = xml.replace(/(<selection\b[^>]*\bsqref=")[^"]*"/, `$1${selected}"`);
    zip.file(part, xml);
  }
  if (spills.every((s) => s.masters.length === 0)) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  zip.file(METADATA_PART, DYNAMIC_ARRAY_METADATA);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  if (!types.includes(`PartName="/${METADATA_PART}"`)) {
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_TYPE}"/></Types>`));
  }
  const relsPart = "xl/_rels/workbook.xml.rels";
  const rels = await zip.file(relsPart)!.async("string");
  if (!rels.includes(METADATA_RELATIONSHIP)) {
    zip.file(relsPart, addRelationship(rels, METADATA_RELATIONSHIP, "metadata.xml").xml);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
