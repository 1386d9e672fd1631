/*
 * The task pane reaches the workbook through this one small interface. Excel's implementation
 * (office-host.ts) uses Office.js; the browser workbench has its own, so the pane's code is the
 * same in both, and tests drive either.
 */
import type { Language } from "../core";
import type { ChartSpec } from "../template/charts";
import type { CellDefinition, SheetDefinition } from "../template/planner";
import { readAddress } from "../template/references-syntax";

export { joinAddress } from "../template/references-syntax";

/** The one document setting the pane keeps its answers and bindings in (a JSON string), in Excel and in a file. */
export const SETTINGS_KEY = "spillsplit";

export type CellValue = string | number | boolean | null;

/**
 * A sheet as the pane knows it: its id (Office.js gives every worksheet one that stays through
 * renames and moves) and its name now.
 */
export interface SheetRef {
  id: string;
  name: string;
}

export interface WorkbookHost {
  /** Where the pane runs: "excel" inside Excel, "workbench" in the browser workbench. */
  readonly kind: "excel" | "workbench";
  /**
   * Runs one action of the pane whose writes, made through the host `work` is given, are one step of
   * the user's undo (the workbench; in Excel each write is still a step of its own, as README says).
   * Only its own writes join it: the pane's other writes meanwhile wait for its end. Absent: the
   * writes are made as they come.
   */
  oneAction?<T>(work: (host: WorkbookHost) => Promise<T>): Promise<T>;
  /**
   * Runs what the pane writes by itself in reaction to the user's last change (the Summary kept in
   * step with the scenario sheets), writing cells through the host `work` is given: the writes join
   * that change's step of undo, so one undo takes both back and one redo does both again; after an
   * undo or a redo they are not made, as a new write would end what redo can do again and the next
   * undo would take back only it (the workbench; in Excel an add-in's write is a step of its own).
   * Absent: the writes are made as they come.
   */
  following?(work: (host: WorkbookHost) => Promise<unknown>): Promise<void>;
  /** Office's display language (e.g. "zh-CN"), or the browser's outside Office. */
  displayLanguage(): string;
  /** The language the pane shows now (its first, then each switch): the browser workbench's page follows it. */
  languageShown?(language: Language): void;
  /** The sheet the user is on. */
  activeSheet(): Promise<SheetRef>;
  /** Every sheet, in tab order. */
  sheets(): Promise<SheetRef[]>;
  /** The selected range, with its sheet: "Growth!B10:B12". */
  selectedAddress(): Promise<string>;
  /** The values of each range ("Sheet!A1:B2"); error cells come back as their "#CODE" text. */
  readRanges(addresses: readonly string[]): Promise<CellValue[][][]>;
  /**
   * The number of the sheet's last row holding a value or a formula (Excel's used range, values
   * only); 0 for an empty sheet. The pane reads as far down as a sheet goes, however far that is.
   */
  lastUsedRow(sheet: string): Promise<number>;
  /**
   * The formulas of each range ("Sheet!A1:B2"), as Excel shows them in the formula bar
   * ("=RED.BUDGETCAP($B$6,$B$5,Assumptions!$A$1:$B$8)"); null for a cell that holds no formula.
   * The pane reads a scenario's assumptions from the range its formulas point at.
   */
  readFormulas(addresses: readonly string[]): Promise<(string | null)[][][]>;
  /**
   * Writes a table from A1, header in bold: into the sheet whose id is `target.id` when it still
   * exists (replacing what it held: a sheet the pane made), otherwise into a new sheet named
   * `target.name`. Text is written as text — a note "=1+1" stays those four characters. A name
   * already taken, in any case, is refused (SHEET_EXISTS): another sheet is never replaced.
   */
  writeTable(target: { id?: string; name: string }, rows: readonly (readonly CellValue[])[]): Promise<SheetRef>;
  /**
   * Writes template cells into an existing sheet, as addSheet writes them (formulas in typed form,
   * values, formats, styles); text stays text. A null empties the cell.
   */
  writeCells(sheet: string, cells: Readonly<Record<string, CellDefinition | null>>): Promise<void>;
  /** Adds a sheet built from a template definition; a name already taken, in any case, is refused. */
  addSheet(definition: SheetDefinition): Promise<SheetRef>;
  /**
   * Adds the template's native charts (src/template/charts.ts) to their sheets; returns how many.
   * Excel only: the workbench draws no charts, and the pane offers Insert chart where this exists.
   */
  addCharts?(charts: readonly ChartSpec[]): Promise<number>;
  /** What the pane saved in this document (undefined when nothing was). */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
}

/** A workbook problem the pane explains to the user, e.g. a bound sheet that was renamed. */
export class HostError extends Error {
  constructor(
    readonly code: "SHEET_MISSING" | "SHEET_EXISTS" | "BAD_ADDRESS" | "SAVE_FAILED" | "CODE_MISSING",
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "HostError";
  }
}

/** Splits "'Cold start'!B3:B5" into its sheet and cells (the one reader, readAddress); an address names its sheet. */
export function splitAddress(address: string): { sheet: string; cells: string } {
  const read = readAddress(address);
  if (read?.sheet === undefined) throw new HostError("BAD_ADDRESS", address);
  return { sheet: read.sheet, cells: read.cells };
}
