/*
 * Numbers turned into text as Excel turns them: =(0.1+0.2)&"" is "0.3", =LEN(1/3) 17, =EXACT(0.1+0.2,0.3)
 * TRUE. HyperFormula writes a number with JavaScript's shortest round trip (0.30000000000000004, 19
 * characters); Excel and LibreOffice with at most 15 significant digits. HyperFormula has no setting for
 * it, and its conversion (coerceScalarToString in ArithmeticHelper) is a module function the ES build
 * webpack bundles cannot replace: so each engine's three callers of it are given numbers already as text —
 * the & operator (the interpreter's concatOp), a function's text argument (each plugin's coerceToType)
 * and TEXTJOIN's lists (TextPlugin's flattenArgToStrings). test/spreadsheet/number-text.test.ts checks
 * those are still where this reaches them.
 */
import { CellError, FunctionArgumentType, HyperFormula, SimpleRangeValue } from "hyperformula";

/** The largest and smallest exponents Excel writes a number at without E: 123456789012345, 0.0000000001. */
const PLAIN = { above: 14, below: -10 };

/**
 * A number as Excel writes it as text: rounded to 15 significant digits, no trailing zeros, in E form
 * (at least two exponent digits, 1E+20, -1E-20) from 10¹⁵ up and below 10⁻¹⁰.
 */
export function excelText(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? "0" : String(value);
  const [mantissa, power] = value.toExponential(14).split("e");
  const exponent = Number(power);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace(/^-/, "").replace(".", "").replace(/0+$/, "");
  if (exponent > PLAIN.above || exponent < PLAIN.below) {
    const lead = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${lead}E${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** A number (or HyperFormula's number with a format kind: a date, a percent, which keeps its value in `val`) as Excel's text; anything else as it is. */
function numberAsText(value: unknown): unknown {
  if (typeof value === "number") return excelText(value);
  if (typeof value === "object" && value !== null && !(value instanceof CellError) && typeof (value as { val?: unknown }).val === "number") {
    return excelText((value as { val: number }).val);
  }
  return value;
}

type Coerce = (arg: unknown, type: { argumentType: FunctionArgumentType }, state: unknown) => unknown;
/** Where HyperFormula's callers of its number-to-text conversion are, on an engine (private fields; the test checks them). */
interface Reached {
  evaluator: {
    interpreter: {
      concatOp: (left: unknown, right: unknown) => unknown;
      functionRegistry: { functions: Map<string, [string, { coerceToType: Coerce; flattenArgToStrings?: (arg: unknown) => unknown }]> };
    };
  };
}

/** `hf` turning numbers into text as Excel does wherever a formula does (see the top of this file). */
export function textAsExcel(hf: HyperFormula): HyperFormula {
  const { interpreter } = (hf as unknown as Reached).evaluator;
  const concat = interpreter.concatOp;
  interpreter.concatOp = (left, right) => concat(numberAsText(left), numberAsText(right));
  const plugins = new Set([...interpreter.functionRegistry.functions.values()].map(([, plugin]) => plugin));
  for (const plugin of plugins) {
    const coerce = plugin.coerceToType.bind(plugin);
    plugin.coerceToType = (arg, type, state) => {
      if (type.argumentType !== FunctionArgumentType.STRING) return coerce(arg, type, state);
      // A range given for text is first read as the one value it stands for, as HyperFormula reads it.
      const scalar = arg instanceof SimpleRangeValue ? coerce(arg, { ...type, argumentType: FunctionArgumentType.SCALAR }, state) : arg;
      return scalar === undefined ? undefined : coerce(numberAsText(scalar), type, state);
    };
    const flatten = plugin.flattenArgToStrings?.bind(plugin);
    if (flatten) {
      plugin.flattenArgToStrings = (arg) => {
        const values = arg instanceof SimpleRangeValue ? arg.valuesFromTopLeftCorner() : [arg];
        const texts: unknown[] = [];
        for (const value of values) {
          const text = flatten(numberAsText(value));
          if (!Array.isArray(text)) return text; // an error, as HyperFormula gives it
          texts.push(...text);
        }
        return texts;
      };
    }
  }
  return hf;
}
