/*
 * The vocabulary a custom function is declared in (each function's declaration is its own module
 * in src/functions/catalog/): what a parameter is (its kind, reader, rule, blank rule, how Excel
 * hands it and its help in every language) and what the result's size is. The entry point reads
 * its arguments with these parameters, the vector runner takes its fast-path ranges from their
 * rules, the fuzz test generates values at their edges, functions.json is generated from them and
 * the workbench's engine plugin reserves each result's spill range from `result`.
 */
import { Language, MARGIN, NumberRule, TARGET_RULES } from "../core";
import type { Shape } from "./broadcast";
import type { Param } from "./read-cell";
import { confidence, count, flag, money, numberParam, positive, stage } from "./readers";

/**
 * What a parameter is. Number kinds carry their domain rule; the others are read by their own
 * readers (a stage, a flag, the assumptions table, a list of line names, a word from a short list).
 */
export type ParameterKind =
  | "money"
  | "price"
  | "count"
  | "target"
  | "stage"
  | "flag"
  | "confidence"
  | "language"
  | "part"
  | "targetKind"
  | "assumptions"
  | "names"
  | "elasticity"
  /** Five counts of people, one per layer of the user-asset ladder (ASSETLADDER's start), read as counts. */
  | "stocks"
  /** A share of GMV kept as profit, 0 to 1 (LTV's margin). */
  | "margin";

/** What a blank cell (or an omitted optional) of the parameter gives. */
export type BlankRule =
  /** A blank result cell (a required per-cell argument), or a blank result (a required single cell). */
  | "blank"
  /**
   * The parameter's fallback, where the argument is omitted or is one blank cell; a blank inside a
   * range of it is a blank result cell (read-cell.ts), so a column never mixes a default with values.
   */
  | "fallback"
  /** The item is left out (a month with no spend, a row with no line). */
  | "skip"
  /** Refused where its item needs a value (a named line's baseCPA): #VALUE! naming the argument. */
  | "refused";

/** Text a user reads, in every language (the type check names a text missing one). */
export type Help = Readonly<Record<Language, string>>;

/**
 * How Excel hands the argument (functions.json's type and dimensionality): "range" a 2-D array
 * (any values), "cell" one value of any type, "number"/"boolean"/"string" one value Excel has
 * already converted.
 */
export type Takes = "range" | "cell" | "number" | "boolean" | "string";

export interface Parameter {
  name: string;
  /** What a planner reads about it in Excel's formula help. */
  help: Help;
  takes: Takes;
  kind: ParameterKind;
  optional: boolean;
  blank: BlankRule;
  /** Used for a blank or omitted optional (blank rule "fallback"); undefined where the core decides (the assumptions' value). */
  fallback?: number | boolean;
  /** How one cell is read, for the kinds read cell by cell. */
  read?: Param<unknown>;
}

/** What the engine knows of a call before it runs it: each argument's size and whether it is given. */
export interface CallShape {
  size(parameter: Parameter): Shape;
  /** Cells in the argument (a list's length); 1 when omitted. */
  cells(parameter: Parameter): number;
  given(parameter: Parameter): boolean;
  /** A literal TRUE (or a number other than 0) — the flags that widen a result. */
  isTrue(parameter: Parameter): boolean;
  /** Excel's broadcast size of the given arguments among `parameters`. */
  broadcast(...parameters: Parameter[]): Shape;
}

export interface FunctionDeclaration {
  id: string;
  /** What the function does, as Excel's formula help shows it. */
  description: Help;
  parameters: readonly Parameter[];
  /** The size of the result, from the call's argument sizes (what a spill range reserves). */
  result: (call: CallShape) => Shape;
  /** What it returns (for the reader of the module and the README; functions.json has no place for it). */
  returns: Help;
}

/** The domain rule of a number kind (a target's by its default kind, conversions): what the fuzz test generates edges of. */
export function ruleOf(parameter: Parameter): NumberRule | undefined {
  return parameter.kind === "target" ? TARGET_RULES.conversions : parameter.read?.rule;
}

type Options = { optional?: boolean; fallback?: number | boolean; blank?: BlankRule; takes?: Takes };

/** How Excel hands each kind unless the parameter says otherwise: words and flags as one converted value, the rest as ranges. */
const TAKES: Partial<Record<ParameterKind, Takes>> = { flag: "boolean", confidence: "number", language: "string", part: "string", targetKind: "string" };

function parameter(name: string, kind: ParameterKind, help: Help, options: Options = {}): Parameter {
  const optional = options.optional ?? false;
  const fallback = options.fallback;
  const read = readerOf(name, kind, fallback);
  const blank = options.blank ?? (fallback !== undefined || kind === "flag" ? "fallback" : optional ? "fallback" : "blank");
  const takes = options.takes ?? TAKES[kind] ?? "range";
  return { name, help, takes, kind, optional, blank, ...(fallback !== undefined ? { fallback } : {}), ...(read ? { read } : {}) };
}

function readerOf(name: string, kind: ParameterKind, fallback: number | boolean | undefined): Param<unknown> | undefined {
  const number = typeof fallback === "number" ? fallback : undefined;
  switch (kind) {
    case "money":
      return number === undefined ? money(name) : { ...money(name), fallback: number };
    case "price":
      return positive(name, number);
    case "count":
    case "stocks":
      return count(name, number);
    case "margin":
      return numberParam(name, MARGIN, number);
    case "stage":
      return stage(name);
    case "flag":
      return flag(name);
    case "confidence":
      return confidence(name);
    default:
      return undefined;
  }
}

/** A required parameter of the kind `kind` (its reader and rule), with its help. */
export const required = (name: string, kind: ParameterKind, help: Help, options: Options = {}) => parameter(name, kind, help, options);
/** An optional parameter: `fallback` where it is omitted or one blank cell. */
export const optional = (name: string, kind: ParameterKind, help: Help, options: Options = {}) => parameter(name, kind, help, { ...options, optional: true });

/** A shared parameter (the assumptions, the lines) with help of its own in one function: the same name, kind and reader. */
export const withHelp = (shared: Parameter, help: Help): Parameter => ({ ...shared, help });
/**
 * A shared parameter taken another way in one function (as one cell where it is a range elsewhere,
 * required where it is optional), with help of its own: declared from the shared one's name and kind,
 * so the name is still written once (test/structure/function-modules.test.ts).
 */
export const sharedAs = (shared: Parameter, help: Help, options: Options = {}): Parameter => parameter(shared.name, shared.kind, help, options);

/** The results declared by perCell. */
const CELLWISE = new WeakSet<object>();

/** A function of one result per cell: as big as its arguments broadcast. */
export function perCell(...parameters: Parameter[]): (call: CallShape) => Shape {
  const result = (call: CallShape) => call.broadcast(...parameters);
  CELLWISE.add(result);
  return result;
}

/** True for a function of one result per cell (`perCell`): each result cell depends on its input cells alone. */
export function isPerCell(declaration: FunctionDeclaration): boolean {
  return CELLWISE.has(declaration.result);
}

/** The readers of `parameters`, in order: what a function of numbers hands the vector runner. */
export function readersOf(...parameters: Parameter[]): Param<number>[] {
  return parameters.map((p) => p.read as Param<number>);
}
