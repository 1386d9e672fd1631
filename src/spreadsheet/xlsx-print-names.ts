/*
 * A package's print areas and print titles (the defined names _xlnm.Print_Area, _xlnm.Print_Titles)
 * with their sheets named by the one rule a formula names them by (sheetPrefix). ExcelJS writes them
 * as `'${name}'!$A1:$N89`: an apostrophe in the name left single (`'It's'!`), which ExcelJS, the
 * workbench and LibreOffice then cannot read back, and the rows relative, which LibreOffice ignores.
 */
import { sheetPrefix } from "../template/references-syntax";
import { decodeXml, escapeXml } from "./xml-text";

const PRINT_NAME = /(<definedName\b[^>]*\bname="_xlnm\.Print_(?:Area|Titles)"[^>]*\blocalSheetId="(\d+)"[^>]*>)([^<]*)(<\/definedName>)/g;

/** A1-style cells absolute ($A1 → $A$1); whole rows ($1:$3) and columns ($A:$B) as they are. */
function absolute(range: string): string {
  return range.replace(/\$?([A-Za-z]{1,3})\$?(\d+)/g, "$$$1$$$2");
}

/**
 * The ranges of a print name's text, each after its sheet's prefix as ExcelJS writes it (`'It's'!`)
 * or as sheetPrefix writes it (`'It''s'!`, `Growth!`); undefined for text naming another sheet or
 * none, which stays as it is.
 */
function rangesOf(text: string, sheet: string): string[] | undefined {
  for (const prefix of [`'${sheet}'!`, sheetPrefix(sheet)]) {
    if (!text.startsWith(prefix)) continue;
    const ranges = text.split(`,${prefix}`);
    ranges[0] = ranges[0].slice(prefix.length);
    if (ranges.every((range) => /^\$?[A-Za-z]{0,3}\$?\d*:\$?[A-Za-z]{0,3}\$?\d*$|^\$?[A-Za-z]{1,3}\$?\d+$/.test(range))) return ranges;
  }
  return undefined;
}

/** workbook.xml with each print area's and print titles' sheet named as sheetPrefix names it, their cells absolute. */
export function withPrintNames(workbookXml: string): string {
  const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]));
  return workbookXml.replace(PRINT_NAME, (whole, open: string, index: string, text: string, close: string) => {
    const sheet = sheets[Number(index)];
    const ranges = sheet === undefined ? undefined : rangesOf(decodeXml(text), sheet);
    // Apostrophes as &apos;, as ExcelJS and the template build write the rest of the names.
    return ranges ? open + escapeXml(ranges.map((range) => sheetPrefix(sheet) + absolute(range)).join(",")).replace(/'/g, "&apos;") + close : whole;
  });
}
