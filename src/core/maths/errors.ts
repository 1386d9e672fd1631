/**
 * The one way the core fails: a {@link DomainError} carrying a code from this catalogue and the
 * facts needed to explain it. The core never produces Excel error strings; the function boundary
 * decides which Excel error each code becomes, and `messages.ts` words it in English or Chinese.
 */
export type ErrorCode =
  | "NOT_A_NUMBER"
  | "NOT_A_FLAG"
  | "UNEXPECTED"
  | "NOT_LOADED"
  | "NEGATIVE"
  | "NOT_POSITIVE"
  | "TOO_LARGE"
  | "RESULT_TOO_LARGE"
  | "UNKNOWN_STAGE"
  | "STAGE_OUT_OF_RANGE"
  | "UNKNOWN_PART"
  | "NEEDS_PART"
  | "SIZE_MISMATCH"
  | "UNKNOWN_ASSUMPTION"
  | "ASSUMPTION_OUT_OF_RANGE"
  | "NO_BUDGET_CAP"
  | "CAP_TOO_LARGE"
  | "UNKNOWN_LANGUAGE"
  | "TOO_MANY_CELLS"
  | "NOT_ENOUGH_POINTS"
  | "FIT_ILL_CONDITIONED"
  | "CONFIDENCE_OUT_OF_RANGE"
  | "NOT_A_LIST"
  | "DUPLICATE_ASSUMPTION"
  | "ZERO_READS"
  | "NOT_ONE_CELL"
  | "DATA_TYPE"
  | "INFEASIBLE_BOUNDS"
  | "MIN_ABOVE_MAX"
  | "ALLOCATION_FAILED"
  | "LINE_DOES_NOT_SATURATE"
  | "TARGET_UNREACHABLE"
  | "UNKNOWN_TARGET_KIND"
  | "NO_CONVERSIONS"
  | "SELF_CHECK_FAILED"
  | "ERROR_IN_INPUT"
  | "NUMBER_FORMAT"
  | "LINE_INPUT_MISSING"
  | "LINE_UNNAMED"
  | "LADDER_START"
  | "NEEDS_VALUE"
  | "MARGINAL_CPA_WITH_VALUE";

/** Facts that a message may quote. `argument` names the function argument at fault. */
export interface ErrorDetails {
  argument?: string;
  value?: unknown;
  limit?: number | string;
  key?: string;
  rows?: number;
  columns?: number;
  /** How many usable items there were, where a count matters. */
  count?: number;
  /** The ALLOCATE line (its name) a per-line value belongs to. */
  line?: string;
  /** A total budget a message quotes (the most the bounds allow, say). */
  budget?: number;
  /**
   * SIZE_MISMATCH: the argument whose range reaches where `argument`'s does not, with its size
   * (`rows` × `columns`, or `count` items where lists are compared by `count`).
   */
  reaching?: { argument: string; rows?: number; columns?: number; count?: number };
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    // A domain error is an expected answer, not a bug: it needs no stack, and capturing one costs
    // more than the rest of the cell when a filled-down column is full of them.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(code);
    Error.stackTraceLimit = limit;
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }

  /** The same error, now knowing which argument it came from (if it did not already). */
  forArgument(argument: string): DomainError {
    if (this.details.argument) return this;
    return new DomainError(this.code, { ...this.details, argument });
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
