/** Helpers to read what a custom function handed Excel. */
export interface ExcelErrorLike {
  code: string;
  message?: string;
}

export function isExcelError(value: unknown): value is ExcelErrorLike {
  return value instanceof (globalThis as unknown as { CustomFunctions: { Error: new () => object } }).CustomFunctions.Error;
}

/** Calls a function expected to throw a CustomFunctions.Error, and returns that error. */
export function thrown(call: () => unknown): ExcelErrorLike {
  try {
    call();
  } catch (error) {
    if (isExcelError(error)) return error;
    throw new Error(`threw something other than CustomFunctions.Error: ${String(error)}`, { cause: error });
  }
  throw new Error("did not throw");
}

/** The single result cell of a call, or the error it threw (a lone cell's error is thrown, as Excel shows it). */
export function oneCell(call: () => unknown[][]): unknown {
  try {
    return call()[0][0];
  } catch (error) {
    if (isExcelError(error)) return error;
    throw error;
  }
}

/** The codes of a result matrix: numbers and text stay, errors become their code. */
export function codes(result: unknown[][]): unknown[][] {
  return result.map((row) => row.map((cell) => (isExcelError(cell) ? cell.code : cell)));
}

/** Relative closeness, as the reference values are checked: |a − b| ≤ tol · max(1, |b|). */
export function expectClose(actual: unknown, expected: number, tolerance = 1e-9): void {
  if (typeof actual !== "number") throw new Error(`expected a number near ${expected}, got ${String(actual)}`);
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance * scale)) {
    throw new Error(`expected ${expected} ± ${tolerance * scale}, got ${actual}`);
  }
}
