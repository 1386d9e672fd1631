/*
 * Every custom function's parameters and result shape, declared once, as HyperFormula's function
 * plugins declare theirs. The wrappers in functions.ts read their arguments with these parameters,
 * the vector runner takes its fast-path ranges from their rules, the fuzz test generates values at
 * their edges, and the workbench's engine plugin reserves each result's spill range from `result`.
 * The JSDoc in functions.ts (the source of functions.json, as Excel's tooling needs) names the same
 * parameters in the same order; a test checks that they agree.
 */
import { assumptionRows, DEFAULT_ASSUMPTIONS, NumberRule, stagePlan, TARGET_RULES } from "../core";
import type { Shape } from "./broadcast";
import type { Param } from "./read-cell";
import { confidence, count, flag, money, positive, stage } from "./readers";

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
  | "elasticity";

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

export interface Parameter {
  name: string;
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
  size(name: string): Shape;
  /** Cells in the argument (a list's length); 1 when omitted. */
  cells(name: string): number;
  given(name: string): boolean;
  /** A literal TRUE (or a number other than 0) — the flags that widen a result. */
  isTrue(name: string): boolean;
  /** Excel's broadcast size of the given arguments among `names`. */
  broadcast(...names: string[]): Shape;
}

export interface FunctionDeclaration {
  id: string;
  parameters: Parameter[];
  /** The size of the result, from the call's argument sizes (what a spill range reserves). */
  result: (call: CallShape) => Shape;
}

/** The domain rule of a number kind (a target's by its default kind, conversions): what the fuzz test generates edges of. */
export function ruleOf(parameter: Parameter): NumberRule | undefined {
  return parameter.kind === "target" ? TARGET_RULES.conversions : parameter.read?.rule;
}

type Options = { optional?: boolean; fallback?: number | boolean; blank?: BlankRule };

function parameter(name: string, kind: ParameterKind, options: Options = {}): Parameter {
  const optional = options.optional ?? false;
  const fallback = options.fallback;
  const read = readerOf(name, kind, fallback);
  const blank = options.blank ?? (fallback !== undefined || kind === "flag" ? "fallback" : optional ? "fallback" : "blank");
  return { name, kind, optional, blank, ...(fallback !== undefined ? { fallback } : {}), ...(read ? { read } : {}) };
}

function readerOf(name: string, kind: ParameterKind, fallback: number | boolean | undefined): Param<unknown> | undefined {
  const number = typeof fallback === "number" ? fallback : undefined;
  switch (kind) {
    case "money":
      return number === undefined ? money(name) : { ...money(name), fallback: number };
    case "price":
      return positive(name, number);
    case "count":
      return count(name, number);
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

/** A required parameter of the kind `kind` (its reader and rule). */
export const required = (name: string, kind: ParameterKind, options: Options = {}) => parameter(name, kind, options);
/** An optional parameter: `fallback` where it is omitted or one blank cell. */
export const optional = (name: string, kind: ParameterKind, options: Options = {}) => parameter(name, kind, { ...options, optional: true });

const ASSUMPTIONS = optional("assumptions", "assumptions");
/** The per-line arguments ALLOCATE, REQUIREDBUDGET, SWEEP and FLIGHTPLAN share (after budget or target). */
const LINES = [required("lines", "names", { blank: "skip" }), required("baseCPA", "price", { blank: "refused" })];
const ELASTICITIES = [optional("cpmElasticity", "elasticity"), optional("cvrElasticity", "elasticity")];
const BOUNDS = [optional("minSpend", "count", { fallback: 0 }), optional("maxSpend", "money", { fallback: Infinity })];

/** The results declared by perCell. */
const CELLWISE = new WeakSet<object>();

/** A function of one result per cell: as big as its arguments broadcast. */
export function perCell(...names: string[]): (call: CallShape) => Shape {
  const result = (call: CallShape) => call.broadcast(...names);
  CELLWISE.add(result);
  return result;
}

/** True for a function of one result per cell (`perCell`): each result cell depends on its input cells alone. */
export function isPerCell(declaration: FunctionDeclaration): boolean {
  return CELLWISE.has(declaration.result);
}

/** Rows of ALLOCATE: one per row of `lines`. */
const allocationRows = (call: CallShape) => call.cells("lines");

export const DECLARATIONS: Readonly<Record<string, FunctionDeclaration>> = Object.fromEntries(
  (
    [
      {
        id: "SPILLSPLIT",
        parameters: [required("stage", "stage"), required("budget", "money"), optional("part", "part"), ASSUMPTIONS],
        result: (call) => {
          const { rows, columns } = call.broadcast("stage", "budget");
          if (call.given("part")) return { rows, columns };
          if (rows === 1 && columns === 1) return { rows: 1, columns: 2 };
          if (columns === 1) return { rows, columns: 2 };
          if (rows === 1) return { rows: 2, columns };
          return { rows: 1, columns: 1 }; // #VALUE!: a 2-D budget needs part
        },
      },
      { id: "AVGCPM", parameters: [required("spend", "money"), optional("baseCPM", "price", { fallback: 1 }), ASSUMPTIONS], result: perCell("spend", "baseCPM") },
      { id: "MARGINALCPM", parameters: [required("spend", "money"), optional("baseCPM", "price", { fallback: 1 }), ASSUMPTIONS], result: perCell("spend", "baseCPM") },
      {
        id: "INCREMENTALCPM",
        parameters: [required("fromSpend", "money"), required("toSpend", "money"), optional("baseCPM", "price", { fallback: 1 }), ASSUMPTIONS],
        result: perCell("fromSpend", "toSpend", "baseCPM"),
      },
      { id: "IMPRESSIONS", parameters: [required("spend", "money"), required("baseCPM", "price"), ASSUMPTIONS], result: perCell("spend", "baseCPM") },
      { id: "MARGINALCPA", parameters: [required("spend", "money"), required("baseCPA", "price"), ASSUMPTIONS], result: perCell("spend", "baseCPA") },
      { id: "CONVERSIONS", parameters: [required("spend", "money"), required("baseCPA", "price"), ASSUMPTIONS], result: perCell("spend", "baseCPA") },
      { id: "BUDGETCAP", parameters: [required("targetCPA", "price"), required("baseCPA", "price"), ASSUMPTIONS], result: perCell("targetCPA", "baseCPA") },
      { id: "REDDEFAULTS", parameters: [optional("lang", "language")], result: () => ({ rows: assumptionRows("en").length, columns: 3 }) },
      {
        id: "CPMFIT",
        parameters: [
          required("spends", "money", { blank: "skip" }),
          required("cpms", "count", { blank: "skip" }),
          optional("refSpend", "price", { fallback: DEFAULT_ASSUMPTIONS.refSpend }),
          optional("labels", "flag"),
          optional("confidence", "confidence"),
        ],
        result: (call) => ({ rows: call.isTrue("labels") ? 2 : 1, columns: call.given("confidence") ? 7 : 3 }),
      },
      {
        id: "HOTNOTES",
        parameters: [
          required("reads", "count"),
          required("engagements", "count"),
          required("jumps", "count"),
          optional("hotRate", "count"),
          optional("jumpRate", "count"),
          optional("detail", "flag"),
          optional("lang", "language"),
        ],
        // Each of reads, engagements, jumps is a list (a row or a column): one result row per note.
        result: (call) => ({
          rows: Math.max(1, ...["reads", "engagements", "jumps"].filter((name) => call.given(name)).map((name) => call.cells(name))),
          columns: call.isTrue("detail") ? 3 : 1,
        }),
      },
      {
        id: "STAGEPLAN",
        parameters: [required("stage", "stage"), optional("lang", "language"), ASSUMPTIONS],
        result: () => ({ rows: stagePlan(1, "en").length, columns: 1 }),
      },
      {
        id: "ALLOCATE",
        parameters: [required("budget", "money"), ...LINES, ...ELASTICITIES, ...BOUNDS, ASSUMPTIONS],
        result: (call) => ({ rows: allocationRows(call), columns: 6 }),
      },
      {
        id: "REQUIREDBUDGET",
        parameters: [required("target", "target"), ...LINES, ...ELASTICITIES, ...BOUNDS, ASSUMPTIONS, optional("targetKind", "targetKind")],
        result: (call) => ({ rows: allocationRows(call) + 1, columns: 6 }),
      },
      {
        id: "SWEEP",
        parameters: [required("budgets", "money"), ...LINES, ...ELASTICITIES, ...BOUNDS, ASSUMPTIONS, optional("labels", "flag")],
        result: (call) => ({ rows: call.cells("budgets") + (call.isTrue("labels") ? 1 : 0), columns: 4 + call.cells("lines") }),
      },
      {
        id: "FLIGHTPLAN",
        parameters: [required("budget", "money"), ...LINES, required("seasonality", "price", { blank: "skip" }), ...ELASTICITIES, ...BOUNDS, ASSUMPTIONS, optional("labels", "flag")],
        result: (call) => {
          const labels = call.isTrue("labels") ? 1 : 0;
          return { rows: allocationRows(call) + labels, columns: call.cells("seasonality") + 2 * labels };
        },
      },
    ] satisfies FunctionDeclaration[]
  ).map((declaration) => [declaration.id, declaration]),
);

/** The declared parameter `name` of function `id` (its id in DECLARATIONS, or its declaration). */
export function declared(id: string | FunctionDeclaration, name: string): Parameter {
  const declaration = typeof id === "string" ? DECLARATIONS[id] : id;
  const found = declaration?.parameters.find((p) => p.name === name);
  if (!found) throw new Error(`${typeof id === "string" ? id : id.id} declares no parameter ${name}`);
  return found;
}

/** The readers of `names`, in order: what a function of numbers hands the vector runner. */
export function readersOf(id: string | FunctionDeclaration, ...names: string[]): Param<number>[] {
  return names.map((name) => declared(id, name).read as Param<number>);
}
