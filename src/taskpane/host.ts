/*
 * The task pane reaches the workbook through this one small interface. Excel's implementation
 * (office-host.ts) uses Office.js; the browser workbench has its own, so the pane's code is the
 * same in both, and tests drive either.
 */
import type { SheetDefinition } from "../template/planner";

export type CellValue = string | number | boolean | null;

export interface WorkbookHost {
  /** Where the pane runs: "excel" inside Excel, "workbench" in the browser workbench. */
  readonly kind: "excel" | "workbench";
  /** Office's display language (e.g. "zh-CN"), or the browser's outside Office. */
  displayLanguage(): string;
  /** The name of the sheet the user is on. */
  activeSheetName(): Promise<string>;
  sheetNames(): Promise<string[]>;
  /** The selected range, with its sheet: "Growth!B10:B12". */
  selectedAddress(): Promise<string>;
  /** The values of each range ("Sheet!A1:B2"); error cells come back as their "#CODE" text. */
  readRanges(addresses: readonly string[]): Promise<CellValue[][][]>;
  /** Writes a table from A1 into the sheet, creating it or replacing what it held, header in bold. */
  writeTable(sheet: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Adds a sheet built from a template definition. */
  addSheet(definition: SheetDefinition): Promise<void>;
  /** What the pane saved in this document (undefined when nothing was). */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
}

/** A workbook problem the pane explains to the user, e.g. a bound sheet that was renamed. */
export class HostError extends Error {
  constructor(
    readonly code: "SHEET_MISSING" | "BAD_ADDRESS" | "SAVE_FAILED",
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "HostError";
  }
}

/** Splits "'Cold start'!B3:B5" into its sheet and cells. */
export function splitAddress(address: string): { sheet: string; cells: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(address.trim());
  if (!match) throw new HostError("BAD_ADDRESS", address);
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, cells: match[3].replace(/\$/g, "").toUpperCase() };
}

/** "Cold start", "B3" → "'Cold start'!B3". */
export function joinAddress(sheet: string, cells: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${cells}` : `'${sheet.replace(/'/g, "''")}'!${cells}`;
}
