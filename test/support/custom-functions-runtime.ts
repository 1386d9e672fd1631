/*
 * A stand-in for the CustomFunctions global that Excel's runtime provides, with the same class
 * shape and enum values (@types/custom-functions-runtime), so the real entry points run in Node.
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

export function installCustomFunctionsRuntime(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  };
}

installCustomFunctionsRuntime();
