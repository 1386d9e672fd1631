/*
 * A CSV report opened as a sheet (issue 25 item 6): RED's ad platform and many Chinese tools export
 * CSV in GBK/GB18030 rather than UTF-8. The bytes are read as UTF-8 where they are valid UTF-8 (a BOM
 * or not), else as GB18030 (which includes GBK); the text is split as Excel splits CSV. Pure: no page.
 */
import { freeSheetName } from "../spreadsheet/sheet-names";
import { delimited } from "./clipboard";
import { excelNumber } from "./excel-number";

/** The text of a CSV file's bytes: UTF-8 where the bytes are valid UTF-8, else GB18030 (GBK's superset). */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * A field of a report written with decimal commas (its separator the semicolon): "1,5" is 1.5 and
 * "1.234,5" is 1234.5. A field that reads otherwise in that locale ("1.5", "1,234.5") is kept as
 * text rather than guessed: a number ten or a hundred times off is worse than text the planner sees.
 */
export function decimalCommaEntry(field: string): string | number | null {
  const trimmed = field.trim();
  if (!/^[+-]?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/.test(trimmed)) return trimmed === "" ? null : field;
  return Number(trimmed.replace(/\./g, "").replace(",", "."));
}

/** A CSV file as a sheet: rows for the engine, and the number formats of the fields Excel would read as amounts, percentages or dates ("row,column" → format). */
export interface CsvSheet {
  rows: (string | number | null)[][];
  formats: Record<string, string>;
}

/**
 * A CSV file as Excel opens it: numbers as numbers — "1,234.5", "(1,200)" as -1200, "¥1,234.50",
 * "50%", 2026-11-30 as a date, each with a format that shows it as written (excelNumber, the rule typed entries are read by too) — and
 * everything else as text: "50万" stays "50万", and a field starting with "=" stays text, as a
 * report's cell is data, never a formula to run.
 */
export function csvSheet(bytes: Uint8Array): CsvSheet {
  const text = csvText(bytes);
  // A CSV's separator is a comma, or a semicolon where the report's locale writes decimal commas.
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.split(";").length > firstLine.split(",").length ? ";" : ",";
  const formats: Record<string, string> = {};
  const read = (field: string, key: string): number | undefined => {
    if (delimiter === ";") {
      const value = decimalCommaEntry(field);
      return typeof value === "number" ? value : undefined;
    }
    const found = excelNumber(field);
    if (found?.format) formats[key] = found.format;
    return found?.value;
  };
  const rows = delimited(text, delimiter).map((row, r) =>
    row.map((field, c) => {
      if (field.trim() === "") return null;
      // The engine's text marker, so a text field that looks like a formula stays text.
      return read(field, `${r},${c}`) ?? `'${field}`;
    }),
  );
  return { rows, formats };
}

/** The rows of a CSV file's sheet (csvSheet). */
export function csvRows(bytes: Uint8Array): (string | number | null)[][] {
  return csvSheet(bytes).rows;
}

/**
 * The sheet a CSV file opens as: the file name without its extension, made a sheet name Excel allows
 * by the one rule the pane names its sheets with (freeSheetName), "Sheet1" when nothing is left.
 */
export function sheetNameOf(fileName: string): string {
  return freeSheetName(fileName.replace(/\.[^.]*$/, ""), [], "Sheet1");
}
