/*
 * Reading one cell of an argument: a data type by the value it shows, an error value passed on,
 * a blank as the optional's fallback (or a blank result), anything else through the parameter's
 * reader, whose DomainError is made to name the argument.
 */
import { DomainError, isBlank, isDomainError, NumberRule, quote } from "../core";
import { Grid, toGrid, usedExtent } from "./broadcast";
import { passedError, PassedError } from "./excel-errors";

/** A blank result cell: Excel shows nothing. */
export const BLANK = "";

/** What one result cell holds before it is handed to Excel. */
export type CellValue = number | string | DomainError | PassedError;

/** Reads one cell of an argument into what the core takes; throws DomainError when it cannot. */
export type Reader<T> = (value: unknown, argument: string) => T;

export interface Param<T> {
  name: string;
  read: Reader<T>;
  /** Optional parameters: used when the argument is omitted or its cell is blank. */
  fallback?: T;
  /**
   * For number parameters: the rule `read` checks with, so a plain number in its range can be
   * taken without calling `read` (the fast path of mapNumbers). Anything else still goes to `read`.
   */
  rule?: NumberRule;
}

/**
 * A cell holding a data type, as the value a planner sees in it. functions.json sets
 * allowCustomDataForDataTypeAny, so current Excel hands such a cell as an Excel.CellValue object
 * (@types/office-js): a number, formatted number, text or boolean gives its `basicValue`, an empty
 * one a blank, an error its error code (passed on like any error from another cell). An entity, a
 * linked entity, an image, an array, a function or a reference is not one value: DATA_TYPE, which
 * is #VALUE! naming the argument. Anything else (plain values, Excel's own error objects) passes.
 */
export function basicValueOf(raw: unknown, argument: string): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== "string") return raw;
  const basic = (raw as { basicValue?: unknown }).basicValue;
  switch (type) {
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return basic;
    case "Empty":
      return null;
    case "Error":
      return { code: typeof basic === "string" && basic.startsWith("#") ? basic : "#VALUE!" };
    default:
      return new DomainError("DATA_TYPE", { argument, value: type });
  }
}

/**
 * The assumptions range with its data-type cells read by their basicValue. What is still an object
 * after that (an error value, an entity) becomes its quoted form ("#N/A", "[Entity]"), so the
 * assumptions reader refuses it by what the planner sees rather than as "[object Object]".
 */
export function assumptionsGrid(argument: unknown, name: string): Grid | null {
  const given = toGrid(argument);
  // Blank rows are skipped by the table's reader, so a whole column (A:B) is read to its last row only.
  const grid = given === null ? null : given.slice(0, usedExtent(given).used);
  if (grid === null || !grid.some((line) => line.some((value) => typeof value === "object" && value !== null))) return grid;
  return grid.map((line) =>
    line.map((value) => {
      const plain = basicValueOf(value, name);
      return typeof plain === "object" && plain !== null ? quote(isDomainError(plain) ? value : plain) : plain;
    }),
  );
}

/** A blank cell of a required argument, as read: its result cell is blank. */
export const BLANK_INPUT = Symbol("blank");

export type ReadCell = unknown;

/**
 * Reads one cell of an argument: its value, BLANK_INPUT, or the error the cell carries (passed in,
 * or the reader's). A blank is the optional's fallback only where the argument is left out or is
 * that one blank cell (`whole`); a blank inside a range is a blank result cell, as for a required
 * argument — =RED.MARGINALCPM(A1:A3, B1:B3) with B2 empty must not put an index (base 1) among
 * prices in yuan.
 */
export function readCell<T>(param: Param<T>, cell: unknown, whole = true): ReadCell {
  const raw = basicValueOf(cell, param.name);
  if (isDomainError(raw)) return raw;
  const passed = passedError(raw, param.name);
  if (passed) return passed;
  if (isBlank(raw)) return param.fallback === undefined || !whole ? BLANK_INPUT : param.fallback;
  try {
    return param.read(raw, param.name);
  } catch (error) {
    if (isDomainError(error)) return error.forArgument(param.name);
    throw error;
  }
}

/** Reads one cell of a whole argument; a bad value fails the whole call. */
export function readWhole<T>(cell: unknown, param: Param<T>): T | undefined {
  const raw = basicValueOf(cell, param.name);
  if (isDomainError(raw)) throw raw;
  const passed = passedError(raw, param.name);
  if (passed) throw passed;
  if (isBlank(raw)) return param.fallback;
  try {
    return param.read(raw, param.name);
  } catch (error) {
    throw isDomainError(error) ? error.forArgument(param.name) : error;
  }
}

