/*
 * Where HyperFormula's own functions answer otherwise than Excel, function plugins that answer as
 * Excel does, registered over them. Development only (GPL-3.0), as the engine is: the page, the
 * tests and the template build compute with them; nothing here reaches Excel.
 *
 * - A formula the engine cannot read (a range of sheets such as Data:Other!B1, an intersection) is
 *   #ERROR!, an error Excel has not: Excel computes a value there. IFERROR and the IS functions pass
 *   that error on instead of a fallback, TRUE or FALSE Excel would not give (IFERROR(A1,-1) was −1
 *   where Excel shows 110).
 * - TEXT(value, format) shows the number as the grid shows a cell in that format (number-format.ts),
 *   and is #VALUE! for a format it does not know; HyperFormula's own showed 0.5 in "0%" as 1%.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import { currentLanguage } from "../functions/boundary";
import { ENGINE_WORDS } from "./engine-words";
import { formatted } from "./number-format";

/** The functions that turn an error into a value, given HyperFormula's #ERROR! passed on instead. */
const PASSING_ON = ["IFERROR", "ISERROR", "ISERR", "ISNA", "ISNUMBER", "ISTEXT", "ISLOGICAL", "ISNONTEXT", "ISBLANK"];

/** Whether a value is the engine's #ERROR!: a formula it could not read, or a cell reading one. */
export function isUncomputed(value: unknown): value is CellError {
  return value instanceof CellError && value.type === ErrorType.ERROR;
}

type Run = (args: unknown, state: unknown, metadata: unknown, implementation: (...values: unknown[]) => unknown) => unknown;
type PluginClass = (new (...args: never[]) => FunctionPlugin) & { implementedFunctions: Record<string, object> };

/** Each of HyperFormula's plugins behind `ids`, extended to pass #ERROR! on before its own function sees it. */
function passingOn(ids: readonly string[]): void {
  const byPlugin = new Map<PluginClass, string[]>();
  for (const id of ids) {
    const plugin = HyperFormula.getFunctionPlugin(id) as unknown as PluginClass | undefined;
    if (plugin) byPlugin.set(plugin, [...(byPlugin.get(plugin) ?? []), id]);
  }
  for (const [Original, own] of byPlugin) {
    class Passing extends Original {
      constructor(...args: never[]) {
        super(...args);
        // HyperFormula's runFunction is set per instance: the one each function calls with its arguments' values.
        const self = this as unknown as { runFunction: Run };
        const run = self.runFunction;
        self.runFunction = (args, state, metadata, implementation) => run(args, state, metadata, (...values) => values.find(isUncomputed) ?? implementation(...values));
      }
    }
    Passing.implementedFunctions = Object.fromEntries(own.map((id) => [id, Original.implementedFunctions[id]]));
    // HyperFormula takes a plugin's methods from its own prototype only: the inherited ones are named there again.
    for (const { method } of Object.values(Passing.implementedFunctions) as { method: string }[]) {
      Object.defineProperty(Passing.prototype, method, { value: (Original.prototype as unknown as Record<string, unknown>)[method], writable: true, configurable: true });
    }
    HyperFormula.registerFunctionPlugin(Passing as never);
  }
}

/** How many sections (positive;negative;zero;text) a format has, outside its quoted text. */
function sections(format: string): number {
  return format.replace(/"[^"]*"/g, "").split(";").length;
}

/** Excel's TEXT(value, format): the value shown in the format, "" for an empty one, #VALUE! for one the engine cannot show. */
export function excelText(value: number, format: string): string | CellError {
  if (format === "") return "";
  // General in any case, as Excel reads it. number-format.ts shows the first section only: a negative number
  // has a section of its own in a format of two or more, zero in one of three or more.
  const own = (value < 0 && sections(format) >= 2) || (value === 0 && sections(format) >= 3);
  const known = /^general$/i.test(format) ? "General" : own ? undefined : format;
  const shown = known === undefined ? undefined : formatted(value, known);
  return shown ?? new CellError(ErrorType.VALUE, ENGINE_WORDS[currentLanguage()].textFormat(format));
}

class ExcelTextPlugin extends FunctionPlugin {
  static implementedFunctions = {
    TEXT: { method: "text", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.STRING }] },
  };

  text(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("TEXT"), (value: number, format: string) => excelText(value, format));
  }
}

/** Registers the functions above over HyperFormula's (once per process: createEngine guards that). */
export function registerExcelFunctions(): void {
  passingOn(PASSING_ON);
  HyperFormula.registerFunctionPlugin(ExcelTextPlugin as never);
}
