/*
 * The entry point of every custom function: runs its body and hands Excel a matrix of finite
 * numbers, text, blanks and per-cell errors, or throws one CustomFunctions.Error. Only the
 * boundary catches.
 */
import { DomainError, isDomainError } from "../core";
import { forgetExtents } from "./broadcast";
import { isErrorValue, PassedError, toExcelCell, toExcelError, withinOneCall } from "./excel-errors";

export type ExcelRow = (number | string | boolean | CustomFunctions.Error)[];

/** Results already in Excel's form (built by mapNumbers), which excelFunction passes on as they are. */
const READY = new WeakSet<object>();

export function ready(cells: ExcelRow[]): ExcelRow[] {
  READY.add(cells);
  return cells;
}

/**
 * Runs a custom function's body and hands Excel its result: a matrix of finite numbers, text,
 * blanks and per-cell errors. A failure of the whole call (or of its only cell) is thrown as one
 * CustomFunctions.Error; an unexpected exception becomes #VALUE! rather than escaping.
 */
export function excelFunction(body: () => readonly (readonly unknown[])[]): (number | string | boolean | CustomFunctions.Error)[][] {
  return withinOneCall(() => run(body));
}

function run(body: () => readonly (readonly unknown[])[]): (number | string | boolean | CustomFunctions.Error)[][] {
  let result: readonly (readonly unknown[])[];
  forgetExtents();
  try {
    result = body();
  } catch (error) {
    if (isDomainError(error) || error instanceof PassedError) throw toExcelError(error);
    throw toExcelError(new DomainError("UNEXPECTED"));
  }
  const single = result.length === 1 && result[0].length === 1 ? result[0][0] : undefined;
  if (isErrorValue(single)) throw toExcelError(single);
  if (READY.has(result)) {
    if (single instanceof CustomFunctions.Error) throw single;
    return result as ExcelRow[];
  }
  // Rows that are already all numbers and text go to Excel as they are.
  const rows = result.length;
  const excel: (number | string | boolean | CustomFunctions.Error)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) excel[r] = toExcelRow(result[r]);
  return excel;
}

function isReady(value: unknown): boolean {
  return typeof value === "number" ? Number.isFinite(value) : typeof value === "string" || typeof value === "boolean";
}

/** A result row as Excel takes it; a row that is already all finite numbers and text is used as it is. */
function toExcelRow(row: readonly unknown[]): (number | string | boolean | CustomFunctions.Error)[] {
  for (let i = 0; i < row.length; i++) {
    if (!isReady(row[i])) return row.map(toExcelCell);
  }
  return row as (number | string | boolean)[];
}
