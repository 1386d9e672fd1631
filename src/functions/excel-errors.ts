/*
 * How a failure reaches Excel: each domain error code is always the same Excel error, worded
 * (in Office's language) only where Excel shows words; an error value from another cell passes on
 * unchanged; anything that is not a finite number, text or boolean becomes an Excel error.
 */
import { DomainError, ErrorCode, describe, Language, languageOf } from "../core";

/** An error value that arrived in an input cell; it travels on to the result cell unchanged. */
export class PassedError {
  constructor(readonly code: string) {}
}

export type ExcelKind = "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!";

/** The Excel error of every code of the catalogue (README's error table is checked against it). */
export const EXCEL_KIND: Readonly<Record<ErrorCode, ExcelKind>> = {
  NOT_A_NUMBER: "#VALUE!",
  NOT_A_FLAG: "#VALUE!",
  UNEXPECTED: "#VALUE!",
  NOT_LOADED: "#N/A",
  UNKNOWN_STAGE: "#VALUE!",
  UNKNOWN_PART: "#VALUE!",
  NEEDS_PART: "#VALUE!",
  UNKNOWN_ASSUMPTION: "#VALUE!",
  // #VALUE!, not #NUM!, so that Excel shows which key (or line) is out of its range and what it must be.
  ASSUMPTION_OUT_OF_RANGE: "#VALUE!",
  UNKNOWN_LANGUAGE: "#VALUE!",
  NEGATIVE: "#NUM!",
  NOT_POSITIVE: "#NUM!",
  TOO_LARGE: "#NUM!",
  RESULT_TOO_LARGE: "#NUM!",
  STAGE_OUT_OF_RANGE: "#NUM!",
  NO_BUDGET_CAP: "#NUM!",
  CAP_TOO_LARGE: "#NUM!",
  TOO_MANY_CELLS: "#NUM!",
  SIZE_MISMATCH: "#N/A",
  NOT_ENOUGH_POINTS: "#NUM!",
  CONFIDENCE_OUT_OF_RANGE: "#NUM!",
  // Refusals a planner must read to act on: #VALUE!, the codes that show a message.
  FIT_ILL_CONDITIONED: "#VALUE!",
  NOT_A_LIST: "#VALUE!",
  DUPLICATE_ASSUMPTION: "#VALUE!",
  ZERO_READS: "#DIV/0!",
  NOT_ONE_CELL: "#VALUE!",
  DATA_TYPE: "#VALUE!",
  INFEASIBLE_BOUNDS: "#NUM!",
  // #VALUE!, so that Excel shows the message naming the line.
  MIN_ABOVE_MAX: "#VALUE!",
  // As Excel's IRR when it finds no answer: #NUM!.
  ALLOCATION_FAILED: "#NUM!",
  LINE_DOES_NOT_SATURATE: "#NUM!",
  TARGET_UNREACHABLE: "#NUM!",
  UNKNOWN_TARGET_KIND: "#VALUE!",
  NO_CONVERSIONS: "#DIV/0!",
  // As ALLOCATION_FAILED: an answer that fails its own check is #NUM!, as Excel's IRR finding none.
  SELF_CHECK_FAILED: "#NUM!",
  // An error Excel lets in but not out (#REF!, #NAME?, #SPILL!, …): #VALUE!, whose message names it.
  ERROR_IN_INPUT: "#VALUE!",
  NUMBER_FORMAT: "#VALUE!",
  // #VALUE!, so that Excel shows which line (or row) lacks what.
  LINE_INPUT_MISSING: "#VALUE!",
  LINE_UNNAMED: "#VALUE!",
  // #VALUE!, so that Excel shows what the five counts are.
  LADDER_START: "#VALUE!",
  NEEDS_VALUE: "#VALUE!",
  MARGINAL_CPA_WITH_VALUE: "#VALUE!",
};

// Excel shows a custom message only with #VALUE! and #N/A.
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);
/**
 * The errors a custom function may return: CustomFunctions.ErrorCode less #REF! and #NAME?, which
 * Excel takes only as input. Any other error arriving in a cell (#SPILL!, #CALC!, #GETTING_DATA, …)
 * has no code a function can return.
 */
export const RETURNABLE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!", "#NULL!"]);

let language: Language | undefined;

/** Messages follow Office's display language (zh-* → Chinese); tests and hosts may set it. */
export function setLanguage(next: Language | undefined): void {
  language = next;
}

// Office's display language as last read, and its Language: a column of worded errors asks once per cell.
let display: string | undefined;
let displayed: Language = "en";

export function currentLanguage(): Language {
  if (language) return language;
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const shown = office?.context?.displayLanguage ?? "";
  if (shown !== display) [display, displayed] = [shown, languageOf(shown)];
  return displayed;
}

let wordEveryError = false;

/**
 * A host that shows a message on every error (the browser workbench) may ask for every error
 * worded — why a REQUIREDBUDGET target is #NUM!, with its figures. Excel shows words only on
 * #VALUE! and #N/A, so in Excel they stay unworded.
 */
export function setWordEveryError(on: boolean): void {
  wordEveryError = on;
}

/**
 * The Excel errors made so far in the running call, one per code and message. Excel's
 * CustomFunctions.Error extends Error and so captures a stack when made: a filled-down column of
 * 100,000 errors made one by one costs several times the column itself. Within one call a cell
 * reuses the error of an earlier cell with the same code and message; a new call starts afresh, so
 * no two calls' results share an error. Messages may differ in every cell (they quote the value),
 * so the map is emptied when it reaches ERRORS_PER_CALL rather than growing with the range.
 */
interface CallErrors {
  /** Errors without a message, by code. */
  bare: Map<string, CustomFunctions.Error>;
  /** Worded errors, by message (the code is checked on the error itself). */
  worded: Map<string, CustomFunctions.Error>;
  /**
   * The error made or found last: a filled-down column repeats its neighbour's error, and comparing
   * two strings costs less than hashing a message made afresh for the map.
   */
  last: CustomFunctions.Error | undefined;
  /** The code and message `last` was asked for (its own message may read "" where none was given). */
  lastCode: string;
  lastWorded: string | undefined;
  /** The domain error `last` was made for, and the language it was worded in (see toExcelError). */
  lastDomain: DomainError | undefined;
  lastLanguage: Language;
}

let madeInCall: CallErrors | undefined;
const ERRORS_PER_CALL = 256;

/** Runs one call of a custom function with its own errors (see madeInCall); outside one, each error is new. */
export function withinOneCall<T>(call: () => T): T {
  const outer = madeInCall;
  madeInCall = { bare: new Map(), worded: new Map(), last: undefined, lastCode: "", lastWorded: undefined, lastDomain: undefined, lastLanguage: "en" };
  try {
    return call();
  } finally {
    madeInCall = outer;
  }
}

export function excelError(code: string, message?: string): CustomFunctions.Error {
  const returnable = (RETURNABLE.has(code) ? code : "#VALUE!") as CustomFunctions.ErrorCode;
  const worded = (WITH_MESSAGE.has(returnable) || wordEveryError) && message ? message : undefined;
  const made = madeInCall;
  if (made === undefined) return newExcelError(returnable, worded);
  const last = made.last;
  if (last !== undefined && made.lastCode === returnable && made.lastWorded === worded) return last;
  const errors = worded === undefined ? made.bare : made.worded;
  let error = errors.get(worded ?? returnable);
  if (error === undefined || error.code !== returnable) {
    if (errors.size >= ERRORS_PER_CALL) errors.clear();
    errors.set(worded ?? returnable, (error = newExcelError(returnable, worded)));
  }
  made.last = error;
  made.lastDomain = undefined; // set by toExcelError when it is the caller
  made.lastCode = returnable;
  made.lastWorded = worded;
  return error;
}

function newExcelError(code: CustomFunctions.ErrorCode, message: string | undefined): CustomFunctions.Error {
  const ErrorClass = CustomFunctions.Error;
  return message === undefined ? new ErrorClass(code) : new ErrorClass(code, message);
}

export function toExcelError(error: DomainError | PassedError): CustomFunctions.Error {
  if (error instanceof PassedError) return excelError(error.code);
  const kind = EXCEL_KIND[error.code];
  // Worded only where Excel shows the words: a column of #NUM! cells costs no messages.
  if (!(WITH_MESSAGE.has(kind) || wordEveryError)) return excelError(kind);
  const made = madeInCall;
  if (made === undefined) return excelError(kind, describe(error, currentLanguage()));
  // A filled-down column of one bad value (TRUE in every spend cell) fails each cell with the same
  // facts: the words are those of the cell above, so its error is reused without wording them again.
  const language = currentLanguage();
  const above = made.lastDomain;
  if (above !== undefined && made.last !== undefined && made.lastLanguage === language && sameFacts(above, error)) return made.last;
  const excel = excelError(kind, describe(error, language));
  made.lastDomain = error;
  made.lastLanguage = language;
  return excel;
}

/** The same code and the same details, each fact the same value (a message is made from nothing else). */
function sameFacts(a: DomainError, b: DomainError): boolean {
  if (a === b) return true;
  if (a.code !== b.code) return false;
  const x = a.details as Record<string, unknown>;
  const y = b.details as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] !== y[key]) return false;
    count++;
  }
  for (const key in y) if (Object.prototype.hasOwnProperty.call(y, key)) count--;
  return count === 0;
}

/**
 * An Excel error object arriving in a cell of `argument` (e.g. #N/A from a lookup): passed on
 * unchanged where a function may return it; any other (#REF!, #NAME?, #SPILL!, #CALC!, …) is
 * ERROR_IN_INPUT, #VALUE! with a message naming the error and the argument, since Excel would
 * otherwise show a bare #VALUE! with no word of where it came from.
 */
export function passedError(value: unknown, argument: string): PassedError | DomainError | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const code = (value as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("#")) return undefined;
  return RETURNABLE.has(code) ? new PassedError(code) : new DomainError("ERROR_IN_INPUT", { argument, value: code });
}

export function isErrorValue(value: unknown): value is DomainError | PassedError {
  return value instanceof DomainError || value instanceof PassedError;
}

/** One result cell as Excel takes it: numbers must be finite, errors become CustomFunctions.Error. */
export function toExcelCell(value: unknown): number | string | boolean | CustomFunctions.Error {
  if (isErrorValue(value)) return toExcelError(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : excelError("#NUM!");
  if (typeof value === "string" || typeof value === "boolean") return value;
  return excelError("#VALUE!");
}
