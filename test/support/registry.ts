/*
 * Every registered custom function, as the campaigns that must cover all of them see it: its
 * module in the registry (src/functions/catalog/), its entry point (as functions.ts registers it)
 * and whether each parameter takes a range. A valid call is made from the declared kinds alone, so
 * a function added later is covered without a list.
 */
import { CATALOG } from "../../src/functions/catalog";
import type { CustomFunction } from "../../src/functions/custom-function";
import type { FunctionDeclaration, Parameter, ParameterKind } from "../../src/functions/declarations";
import { loadStudentT } from "../../src/functions/statistics";

export interface Registered {
  id: string;
  declaration: FunctionDeclaration;
  /** Whether each parameter (in order) takes a range. */
  range: boolean[];
}

/** A function as the campaigns see it. */
export function registered(f: CustomFunction): Registered {
  return { id: f.id, declaration: f, range: f.parameters.map((p) => p.takes === "range") };
}

/** Every function of the registry: what the campaigns iterate. */
export const REGISTERED: Registered[] = CATALOG.map(registered);

/** The length of every list in a valid call. */
export const ROWS = 4;

/** One valid value of each kind, and a valid list of it (a column of ROWS cells). */
const VALID: Record<ParameterKind, { one: unknown; list: unknown[] }> = {
  money: { one: 500_000, list: [100_000, 200_000, 400_000, 800_000] },
  price: { one: 80, list: [60, 70, 85, 95] },
  count: { one: 100, list: [600, 700, 850, 900] },
  target: { one: 100, list: [100, 200, 300, 400] },
  stage: { one: "growth", list: ["growth", 2, "mature", 1] },
  flag: { one: false, list: [false, false, false, false] },
  confidence: { one: 0.9, list: [0.9, 0.9, 0.9, 0.9] },
  language: { one: "en", list: ["en", "en", "en", "en"] },
  part: { one: "spillover", list: ["spillover", "spillover", "spillover", "spillover"] },
  targetKind: { one: "conversions", list: ["conversions", "conversions", "conversions", "conversions"] },
  assumptions: { one: null, list: [null, null, null, null] },
  names: { one: "seeding", list: ["seeding", "search", "live", "feeds"] },
  elasticity: { one: 0.2, list: [0.2, 0.25, 0.3, 0.2] },
  margin: { one: 0.4, list: [0.3, 0.4, 0.5, 0.35] },
  // Five layers (aware, interested, new, returning, loyal), whatever ROWS is.
  stocks: { one: 0, list: [20_000, 3_000, 400, 150, 60] },
};

/**
 * A parameter whose valid value is narrower than its kind's: minSpend, an amount, is each line's
 * floor, and the lines' floors together must fit under any valid budget (the kind's 500,000 each would not).
 */
const VALID_BY_NAME: Record<string, { one: unknown; list: unknown[] }> = {
  minSpend: { one: 100, list: [600, 700, 850, 900] },
};

/** A valid argument for parameter `p`: a column of ROWS cells where it takes a range, else one value. */
export function validArgument(p: Parameter, range: boolean): unknown {
  if (p.kind === "assumptions") return undefined;
  const valid = VALID_BY_NAME[p.name] ?? VALID[p.kind];
  return range ? valid.list.map((v) => [v]) : valid.one;
}

/** The arguments of a valid call: the required parameters given, the optional ones omitted. */
export function validCall(f: Registered): unknown[] {
  return f.declaration.parameters.map((p, i) => (p.optional ? undefined : validArgument(p, f.range[i])));
}

/** A valid call with parameter `i` given too (an optional one included). */
export function callGiving(f: Registered, i: number): unknown[] {
  return withArgument(validCall(f), i, validArgument(f.declaration.parameters[i], f.range[i]));
}

/** `args` with argument `i` replaced: in every cell of a range, or as the one value. */
export function withArgument(args: readonly unknown[], i: number, value: unknown): unknown[] {
  return args.map((a, j) => (j === i ? value : a));
}

/** `args` with cell `row` of range argument `i` replaced. */
export function withCell(args: readonly unknown[], i: number, row: number, value: unknown): unknown[] {
  return args.map((a, j) => (j === i ? (a as unknown[][]).map((line, r) => (r === row ? [value] : line)) : a));
}

/** The row of a range argument the campaigns put a blank or a bad value in. */
export const ROW = 1;

/** A valid call with `value` in parameter `i`: in cell ROW where it takes a range, else as the argument. */
export function callWith(f: Registered, i: number, value: unknown): unknown[] {
  const args = callGiving(f, i);
  return f.range[i] ? withCell(args, i, ROW, value) : withArgument(args, i, value);
}

const entries = new Map<string, (...args: unknown[]) => unknown>(CATALOG.map((f) => [f.id, f.entry]));

/** Loads the t quantile, as the hosts do before they compute: call in beforeAll. */
export async function loadEntryPoints(): Promise<void> {
  await loadStudentT();
}

/** Adds a function the registry does not hold (a throwaway one a test builds) to the campaigns' entry points. */
export function enter(f: CustomFunction): Registered {
  entries.set(f.id, f.entry);
  return registered(f);
}

/** Calls function `id` as Excel would. */
export function callFunction(id: string, args: readonly unknown[]): unknown[][] {
  const fn = entries.get(id);
  if (!fn) throw new Error(`no entry point for ${id}`);
  return fn(...args) as unknown[][];
}

/** What reaches Excel: the result, or the one error the call threw as [[error]] (Excel shows it in one cell). */
export function reached(id: string, args: readonly unknown[]): unknown[][] {
  try {
    return callFunction(id, args);
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return [[error]];
    throw error;
  }
}
