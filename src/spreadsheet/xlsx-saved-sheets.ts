/*
 * The engine's sheets, cell by cell, as Download saves them: each formula with the value Excel caches
 * beside it, each spill with its range, each constant with what the engine holds. Development only:
 * the workbench's Download and the template build's cached values.
 */
import type { HyperFormula } from "hyperformula";
import { shownValue } from "./engine";
import { namesSheetRange, sheetPrefixing } from "../template/formula-sheets";
import { a1Of, EXCEL_ERROR_VALUES } from "../template/references-syntax";
import type { SheetLook } from "../template/styles";
import type { LoadedContent, LoadedSheet } from "./xlsx-read";

/** A formula's last value as the file stores it beside the formula (`<v>`, typed by `t`). */
export type CachedResult = number | string | boolean | { error: string } | undefined;

const EXCEL_ERRORS: ReadonlySet<string> = new Set(EXCEL_ERROR_VALUES);

/**
 * An engine's value as the cached value Excel stores beside a formula: numbers, text, booleans,
 * errors. The engine's own errors that Excel has no such value for (#ERROR! for a formula it cannot
 * parse, #CYCLE!, #LIC!) are cached as #VALUE!, so the file stays one Excel reads.
 */
export function cachedResult(value: unknown): CachedResult {
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value !== null && typeof value === "object" && typeof (value as { value?: unknown }).value === "string") {
    const code = (value as { value: string }).value;
    return { error: EXCEL_ERRORS.has(code) ? code : "#VALUE!" };
  }
  return undefined;
}

/** Whether the engine could not compute a formula Excel can (a function or syntax it lacks, a range of sheets it reads as one sheet's name). */
function engineCannot(value: unknown, formula: string): boolean {
  const code = value !== null && typeof value === "object" ? (value as { value?: unknown }).value : undefined;
  return code === "#NAME?" || code === "#ERROR!" || code === "#LIC!" || (code === "#REF!" && namesSheetRange(formula));
}

/** One cell of a sheet to save. */
export type SavedCell =
  /** A formula (typed form, without "="), its value, and the range it spills over when that is more than one cell. */
  | { kind: "formula"; formula: string; result: CachedResult; spill?: string; engineCannot?: boolean }
  /** A value the formula above it spilled here. */
  | { kind: "spilled"; result: CachedResult }
  /** A constant: what the engine holds (to tell whether it changed) and its value. */
  | { kind: "constant"; content: LoadedContent; value: CachedResult };

export interface SavedSheet {
  name: string;
  cells: (SavedCell | null)[][];
  formats: Record<string, string>;
  /** How a sheet inserted in the workbench looks: written when the file lacks the sheet. */
  look?: SheetLook;
}

/**
 * The range a formula's result spills over ("B19:G24"), or undefined when it fills its own cell
 * only (or the cell holds no formula). The engine marks the cells of a spill, not its size: the spill runs right and down from
 * the formula while the cells are spilled ones.
 */
export function spillRange(hf: HyperFormula, at: { sheet: number; row: number; col: number }): string | undefined {
  const corner = spillCorner(hf, at);
  if (!corner) return undefined;
  const { row, col } = at;
  return corner.row > row || corner.col > col ? `${a1Of(row, col)}:${a1Of(corner.row, corner.col)}` : undefined;
}

/** The far (bottom right) cell of the range a formula's result spills over, its own when it fills only that; undefined for a cell without a formula that spills. */
export function spillCorner(hf: HyperFormula, at: { sheet: number; row: number; col: number }): { row: number; col: number } | undefined {
  if (hf.getCellType(at) !== "ARRAYFORMULA") return undefined;
  const { sheet, row, col } = at;
  const { height, width } = hf.getSheetDimensions(sheet);
  let right = col;
  while (right + 1 < width && hf.getCellType({ sheet, row, col: right + 1 }) === "ARRAY") right++;
  let down = row;
  while (down + 1 < height && hf.getCellType({ sheet, row: down + 1, col }) === "ARRAY") down++;
  return { row: down, col: right };
}

/**
 * The engine's sheets, cell by cell, as Download saves them. A formula the engine holds as it was
 * opened keeps the file's own wording (the engine rewrites `'Growth'!B3` as `Growth!B3`); any other
 * names its sheets as Excel reads them (the engine writes `2026!$B$22`, Excel and LibreOffice read `'2026'!$B$22`).
 */
export function engineSheets(
  hf: HyperFormula,
  formats: Record<string, Record<string, string>>,
  opened: LoadedSheet[] = [],
  looks: Record<string, SheetLook> = {},
): SavedSheet[] {
  const openedRows = new Map(opened.map((s) => [s.name, s.rows]));
  const names = hf.getSheetNames();
  const excels = sheetPrefixing(names);
  return names.map((name) => {
    const sheet = hf.getSheetId(name)!;
    const before = openedRows.get(name);
    const asOpened = (row: number, col: number, formula: string): string => {
      const was = before?.[row]?.[col];
      if (typeof was !== "string" || !was.startsWith("=")) return excels(formula);
      try {
        return hf.normalizeFormula(was) === formula ? was : excels(formula);
      } catch {
        return excels(formula);
      }
    };
    const { height, width } = hf.getSheetDimensions(sheet);
    const serialized = hf.getSheetSerialized(sheet) as LoadedContent[][];
    const cells: (SavedCell | null)[][] = [];
    for (let row = 0; row < height; row++) {
      const line: (SavedCell | null)[] = [];
      for (let col = 0; col < width; col++) {
        const at = { sheet, row, col };
        const type = hf.getCellType(at);
        const value = shownValue(hf, at); // =Z99 caches 0, as Excel and LibreOffice cache it
        if (type === "EMPTY") line.push(null);
        else if (type === "ARRAY") line.push({ kind: "spilled", result: cachedResult(value) });
        else if (type === "FORMULA" || type === "ARRAYFORMULA") {
          const formula = asOpened(row, col, hf.getCellFormula(at) ?? "=").slice(1);
          const spill = spillRange(hf, at);
          line.push({ kind: "formula", formula, result: cachedResult(value), spill, engineCannot: engineCannot(value, formula) });
        } else line.push({ kind: "constant", content: serialized[row]?.[col] ?? null, value: cachedResult(value) });
      }
      cells.push(line);
    }
    return { name, cells, formats: formats[name] ?? {}, ...(looks[name] ? { look: looks[name] } : {}) };
  });
}
