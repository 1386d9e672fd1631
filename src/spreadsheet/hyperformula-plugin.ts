/*
 * The add-in's own custom functions, registered in HyperFormula (a real spreadsheet engine) as a
 * function plugin: the same entry points and error boundary Excel calls, declared from the
 * functions.json generated from the same registry (src/functions/catalog/). Development only — HyperFormula is GPL-3.0 and never ships to Excel.
 *
 * Excel hands a matrix parameter a 2-D array (blank cells as null), an omitted optional as null,
 * and a scalar parameter one value; this plugin does the same, and turns what comes back — a matrix,
 * per-cell CustomFunctions.Error objects or a thrown one — into HyperFormula values and CellErrors.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import { describe, DomainError } from "../core";
import { currentLanguage, Shape } from "../functions/boundary";
import { DECLARATIONS } from "../functions/catalog";
import type { CallShape, Parameter } from "../functions/declarations";
import { ENGINE_WORDS } from "./engine-words";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";

export interface FunctionsJson {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; dimensionality?: string; optional?: boolean; type?: string }[];
  }[];
}

type Implementation = (...args: unknown[]) => unknown;
type FunctionSpec = FunctionsJson["functions"][number];

export const NAMESPACE = "RED";

const TO_ERROR_TYPE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

/**
 * The formulas that called one of the functions: what they show (labels, messages) is in the
 * language they were computed in, so a language switch computes them again (language-cells.ts).
 */
export const wordedFormulas = new WeakSet<object>();

/**
 * Each engine error as the code it shows, as Excel hands an error cell to a function: the boundary
 * passes on what a function may return and names the rest (#SPILL!, #REF!, …) in a #VALUE!, as in Excel.
 */
const FROM_ERROR_TYPE: Record<ErrorType, string> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.ERROR]: "#ERROR!",
  [ErrorType.LIC]: "#LIC!",
};

function isExcelErrorObject(value: unknown): value is { code: string; message?: string } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

function toCellError(error: { code: string; message?: string }): CellError {
  return new CellError(TO_ERROR_TYPE[error.code] ?? ErrorType.VALUE, error.message);
}

/** A HyperFormula cell value as Excel would hand it to a custom function. */
function toExcelValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) {
    const code = FROM_ERROR_TYPE[value.type] ?? "#VALUE!";
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
  }
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val;
  return value;
}

/** One cell of a result as HyperFormula stores it: an error object becomes a CellError. */
function toEngineValue(value: unknown): number | string | boolean | CellError {
  if (isExcelErrorObject(value)) return toCellError(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return new CellError(ErrorType.VALUE, "not a cell value");
}

// ---------------------------------------------------------------------------------------------
// Result sizes. HyperFormula reserves a spill range before it evaluates, from the formula alone:
// each function's declared result shape (its module in functions/catalog/) says how big it is.

interface ArgumentInfo {
  size: Shape;
  /** Present and not syntactically empty. */
  given: boolean;
  /** A literal TRUE (for flags that widen a result). */
  literalTrue: boolean;
}

/** The call as a declaration's `result` reads it: its arguments by name. */
function callShape(spec: FunctionSpec, args: ArgumentInfo[]): CallShape {
  const at = (parameter: Parameter): ArgumentInfo | undefined => args[spec.parameters.findIndex((p) => p.name === parameter.name)];
  const given = (parameter: Parameter) => !!at(parameter)?.given;
  const size = (parameter: Parameter) => (given(parameter) ? at(parameter)!.size : { rows: 1, columns: 1 });
  return {
    size,
    given,
    cells: (parameter) => size(parameter).rows * size(parameter).columns,
    isTrue: (parameter) => !!at(parameter)?.literalTrue,
    broadcast: (...parameters) => {
      const sizes = parameters.filter(given).map(size);
      return { rows: Math.max(1, ...sizes.map((s) => s.rows)), columns: Math.max(1, ...sizes.map((s) => s.columns)) };
    },
  };
}

/**
 * Builds a HyperFormula function plugin for every function in `metadata`, each calling the
 * implementation registered under its id, and registers it (once per process: createEngine
 * guards that). Returns the formula names.
 */
export function registerRedFunctions(metadata: FunctionsJson, implementations: ReadonlyMap<string, Implementation>): string[] {
  const implementedFunctions: Record<string, object> = {};
  const translations: Record<string, string> = {};

  class RedFunctionsPlugin extends FunctionPlugin {
    /** Evaluates a call: arguments as Excel would pass them, the result as HyperFormula stores it. */
    callRed(spec: FunctionSpec, ast: ProcedureAst, state: InterpreterState) {
      if (state.formulaVertex) wordedFormulas.add(state.formulaVertex);
      const implementation = implementations.get(spec.id);
      const say = ENGINE_WORDS[currentLanguage()];
      if (!implementation) return new CellError(ErrorType.NAME, say.notRegistered(spec.id));
      if (ast.args.length > spec.parameters.length) return new CellError(ErrorType.NA, say.argumentCount);
      const args: unknown[] = [];
      for (let i = 0; i < spec.parameters.length; i++) {
        const arg = ast.args[i];
        if (!arg || arg.type === "EMPTY") {
          if (!spec.parameters[i].optional) return new CellError(ErrorType.NA, say.argumentCount);
          args.push(null);
          continue;
        }
        const value = this.evaluateAst(arg, state);
        if (spec.parameters[i].dimensionality === "matrix") {
          args.push(value instanceof SimpleRangeValue ? value.data.map((row) => row.map(toExcelValue)) : [[toExcelValue(value)]]);
        } else if (value instanceof SimpleRangeValue) {
          // Excel passes a scalar parameter one cell; a larger range is #VALUE!.
          if (value.width() !== 1 || value.height() !== 1) return new CellError(ErrorType.VALUE, say.oneCell(spec.parameters[i].name));
          args.push(toExcelValue(value.data[0][0]));
        } else {
          if (value instanceof CellError) return value; // Excel does not call a function whose scalar argument is an error
          args.push(toExcelValue(value));
        }
      }
      let result: unknown;
      try {
        result = implementation(...args);
      } catch (error) {
        // Never the program's own words ("Cannot read properties of undefined…"): a sentence a planner can act on.
        return isExcelErrorObject(error) ? toCellError(error) : new CellError(ErrorType.VALUE, describe(new DomainError("UNEXPECTED"), currentLanguage()));
      }
      // An answer that is still on its way (CPMFIT's statistics chunk): the engine is synchronous,
      // so hosts load it before they compute (loadStudentT); this only keeps a slip visible.
      if (typeof (result as { then?: unknown } | null)?.then === "function") return new CellError(ErrorType.NA, say.pending);
      const matrix = Array.isArray(result) ? (result as unknown[][]) : [[result]];
      const predicted = this.sizeOf(spec, ast, state);
      const values = Array.from({ length: predicted.height }, (_, r) =>
        Array.from({ length: predicted.width }, (_, c) => {
          const cell = matrix[r]?.[c];
          // A cell the function did not fill (a single error thrown for a spilled call) stays blank, as in Excel.
          return cell === undefined ? "" : toEngineValue(cell);
        }),
      );
      if (matrix.length === 1 && matrix[0].length === 1 && isExcelErrorObject(matrix[0][0])) return toCellError(matrix[0][0]);
      if (predicted.width === 1 && predicted.height === 1) return values[0][0];
      return SimpleRangeValue.onlyValues(values as never);
    }

    sizeOf(spec: FunctionSpec, ast: ProcedureAst, state: InterpreterState): ArraySize {
      const info: ArgumentInfo[] = spec.parameters.map((_, i) => {
        const arg = ast.args[i];
        const given = !!arg && arg.type !== "EMPTY";
        const size = given ? this.arraySizeForAst(arg, state) : new ArraySize(1, 1);
        // TRUE, or a number other than 0 (Excel reads 2 as TRUE where it wants a boolean).
        // TRUE typed as Excel types it is the workbook name TRUE (see BOOLEAN_NAMES in engine.ts).
        const literal = arg as { type?: string; procedureName?: string; expressionName?: string; value?: unknown };
        const literalTrue =
          given &&
          ((literal.type === "FUNCTION_CALL" && literal.procedureName === "TRUE") ||
            (literal.type === "NAMED_EXPRESSION" && literal.expressionName?.toUpperCase() === "TRUE") ||
            (literal.type === "NUMBER" && literal.value !== 0));
        return { size: { rows: size.height, columns: size.width }, given, literalTrue };
      });
      const declaration = DECLARATIONS[spec.id];
      // Every function is declared (a test checks); one that is not gets one cell, as a scalar would.
      const { rows, columns } = declaration ? declaration.result(callShape(spec, info)) : { rows: 1, columns: 1 };
      return new ArraySize(columns, rows);
    }
  }

  for (const spec of metadata.functions) {
    const formulaName = `${NAMESPACE}.${spec.name}`;
    const method = `call_${spec.id}`;
    const sizeMethod = `size_${spec.id}`;
    const prototype = RedFunctionsPlugin.prototype as unknown as Record<string, unknown>;
    prototype[method] = function (this: RedFunctionsPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.callRed(spec, ast, state);
    };
    prototype[sizeMethod] = function (this: RedFunctionsPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.sizeOf(spec, ast, state);
    };
    implementedFunctions[formulaName] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: spec.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: !!p.optional })),
    };
    translations[formulaName] = formulaName;
  }
  (RedFunctionsPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implementedFunctions;

  HyperFormula.registerFunctionPlugin(RedFunctionsPlugin as never, { enGB: translations, enUS: translations });
  return Object.keys(translations);
}
