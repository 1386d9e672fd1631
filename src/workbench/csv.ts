/*
 * A CSV report opened as a sheet (issue 25 item 6): RED's ad platform and many Chinese tools export
 * CSV in GBK/GB18030 rather than UTF-8. The bytes are read as UTF-8 where they are valid UTF-8 (a BOM
 * or not), else as GB18030 (which includes GBK); the text is split as Excel splits CSV. Pure: no page.
 */
import { freeSheetName } from "../taskpane/host";
import { delimited } from "./clipboard";
import { parseEntry } from "./entry";

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

/**
 * A CSV file as rows for the engine: numbers (1,234.5 too) as numbers, everything else as text — a
 * field starting with "=" stays text, as a report's cell is data, never a formula to run.
 */
export function csvRows(bytes: Uint8Array): (string | number | null)[][] {
  const text = csvText(bytes);
  // A CSV's separator is a comma, or a semicolon where the report's locale writes decimal commas.
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.split(";").length > firstLine.split(",").length ? ";" : ",";
  const read = delimiter === ";" ? decimalCommaEntry : parseEntry;
  return delimited(text, delimiter).map((row) =>
    row.map((field) => {
      if (field.trim() === "") return null;
      const value = field.trim().startsWith("=") ? field : read(field);
      // The engine's text marker, so a text field that looks like a formula or a number stays text.
      return typeof value === "number" ? value : `'${field}`;
    }),
  );
}

/**
 * The sheet a CSV file opens as: the file name without its extension, made a sheet name Excel allows
 * by the one rule the pane names its sheets with (freeSheetName), "Sheet1" when nothing is left.
 */
export function sheetNameOf(fileName: string): string {
  return freeSheetName(fileName.replace(/\.[^.]*$/, ""), [], "Sheet1");
}
