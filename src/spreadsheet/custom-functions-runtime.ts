/*
 * A stand-in for the CustomFunctions global that Excel's runtime provides, with the same class
 * shape and enum values (@types/custom-functions-runtime), so the real entry points run outside
 * Excel: in jest, in the HyperFormula harness and in the browser workbench. It records
 * CustomFunctions.associate calls, as Excel does, so a host can find each function by its id.
 */
class CustomFunctionsError {
  code: string;
  message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/** Functions registered with CustomFunctions.associate, by id. */
export const associated = new Map<string, (...args: unknown[]) => unknown>();

function installCustomFunctionsRuntime(): void {
  const existing = (globalThis as Record<string, unknown>).CustomFunctions;
  if (existing) return;
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id.toUpperCase(), fn),
  };
}

installCustomFunctionsRuntime();
