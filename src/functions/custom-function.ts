/*
 * A custom function as one module (src/functions/catalog/<name>.ts): its declaration — id, help in
 * every language, parameters in order, result size, what it returns — and its computation, which
 * reads each argument by its parameter. The entry point Excel calls takes the arguments in the
 * order of the parameter list, so no parameter is named again in a signature.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed ranges as any[][] */
import { type Assumptions, readAssumptions } from "../core";
import { assumptionsGrid, BLANK, excelFunction, type Kernel, mapNumbers, type Param, readOne } from "./boundary";
import { type FunctionDeclaration, type Help, type Parameter, perCell, readersOf } from "./declarations";
import { fetchOnce, notLoaded } from "./code-loading";
import { ASSUMPTIONS, SPEND } from "./parameters";

/** The argument a call gave for `parameter` (as Excel handed it: a 2-D array, one value, or null/undefined when omitted). */
export type ArgumentOf = (parameter: Parameter) => any;

/** What Excel calls: the arguments in the order of the parameters. */
export type EntryPoint = (...args: any[]) => any;

export interface FunctionModule extends FunctionDeclaration {
  /** The computation: reads its arguments by parameter and hands them to a runner of the boundary. */
  run: (argument: ArgumentOf) => any;
}

export interface CustomFunction extends FunctionModule {
  /** The entry point registered under `id` (CustomFunctions.associate). */
  entry: EntryPoint;
}

/** A function module made callable: its entry point takes the arguments in the order of `parameters`. */
export function customFunction(module: FunctionModule): CustomFunction {
  // By name: a shared parameter given its own help (withHelp) is still the same argument.
  const position = new Map(module.parameters.map((parameter, i) => [parameter.name, i]));
  const entry: EntryPoint = (...args) =>
    module.run((parameter) => {
      const i = position.get(parameter.name);
      if (i === undefined) throw new Error(`${module.id} reads ${parameter.name}, which is not in its parameter list`);
      return args[i];
    });
  return { ...module, entry };
}

/** Registers each function's entry point with Excel's runtime under its id (functions.ts: the functions of functions.js). */
export function register(functions: readonly CustomFunction[]): void {
  for (const f of functions) CustomFunctions.associate(f.id, f.entry);
}

/**
 * Registers the functions whose code comes later (`deferred`, the lists chunk) under their ids now,
 * and starts fetching that code. A call once it is here runs at once; a call before it is here
 * returns a promise that answers when it arrives (Excel shows #BUSY! meanwhile). If it cannot be
 * fetched, the call is #N/A saying so (NOT_LOADED), and the next call tries again.
 */
export function registerDeferred(ids: readonly string[], load: () => Promise<readonly CustomFunction[]>): void {
  let loaded: Readonly<Record<string, CustomFunction>> | undefined;
  const arrived = fetchOnce(() => load().then((functions) => (loaded = Object.fromEntries(functions.map((f) => [f.id, f])))));
  for (const id of ids) {
    CustomFunctions.associate(id, (...args: unknown[]) => (loaded ? loaded[id].entry(...args) : arrived().then((functions) => functions[id].entry(...args), notLoaded)));
  }
  arrived().catch(() => undefined); // fetched now, so a first call usually finds it here
}

/** The call's assumptions table (the shared `assumptions` parameter), read; the defaults where it is omitted. */
export function assumptionsOf(argument: ArgumentOf): Assumptions {
  return readAssumptions(assumptionsGrid(argument(ASSUMPTIONS), ASSUMPTIONS.name));
}

/**
 * The computation of a function of numbers, one result per cell: `cells` read by their declared
 * readers, the assumptions read, and the kernel run on the vector runner (see mapNumbers).
 */
export function cellwise(cells: readonly Parameter[], kernel: Kernel<Assumptions>): (argument: ArgumentOf) => any[][] {
  const readers = readersOf(...cells);
  return (argument) =>
    excelFunction(() =>
      mapNumbers(
        readers,
        cells.map((p) => argument(p)),
        kernel,
        assumptionsOf(argument),
      ),
    );
}

/** The one cell of the argument for `parameter`, read by its reader (its fallback where omitted; NOT_ONE_CELL for a range). */
export function oneCell<T>(argument: ArgumentOf, parameter: Parameter): T | undefined {
  return readOne(argument(parameter), parameter.read as Param<T>);
}

/**
 * The computation of a function that spills a table (a list or a grid): the body gets the
 * arguments and the call's assumptions, read, and runs inside excelFunction (errors to Excel's).
 */
export function withAssumptions(body: (argument: ArgumentOf, a: Assumptions) => readonly (readonly unknown[])[]): (argument: ArgumentOf) => any[][] {
  return (argument) => excelFunction(() => body(argument, assumptionsOf(argument)));
}

/**
 * The computation of a function that spills a table for one amount (ALLOCATE's and FLIGHTPLAN's
 * budget): a blank amount gives one blank cell; otherwise the body gets the amount, the arguments
 * and the call's assumptions (read first, as withAssumptions reads them).
 */
export function forAmount(amount: Parameter, body: (value: number, argument: ArgumentOf, a: Assumptions) => readonly (readonly unknown[])[]): (argument: ArgumentOf) => any[][] {
  return withAssumptions((argument, a) => {
    const value = oneCell<number>(argument, amount);
    return value === undefined ? [[BLANK]] : body(value, argument, a);
  });
}

/** A function of numbers, one result per cell: what a module says of it (see cellwiseFunction). */
export interface CellwiseModule {
  id: string;
  description: Help;
  /** The arguments read cell by cell, in order; the assumptions follow them. */
  cells: readonly Parameter[];
  /** The assumptions parameter, where the function says more of it (withHelp); ASSUMPTIONS otherwise. */
  assumptions?: Parameter;
  returns: Help;
  /** The loop over the core, declared at module level in the function's module. */
  kernel: Kernel<Assumptions>;
}

/** A function of numbers, one result per cell: parameters `cells` then the assumptions, the size `perCell`, run by `cellwise`. */
export function cellwiseFunction({ id, description, cells, assumptions = ASSUMPTIONS, returns, kernel }: CellwiseModule): CustomFunction {
  return customFunction({ id, description, parameters: [...cells, assumptions], result: perCell(...cells), returns, run: cellwise(cells, kernel) });
}

/** A curve function: one result per cell of a monthly spend (SPEND) and a measured base price, `core` computing each cell. */
export interface CurveModule extends Omit<CellwiseModule, "cells" | "kernel"> {
  /** The base price, read cell by cell after the spend. */
  base: Parameter;
  core: (spend: number, base: number, a: Assumptions) => number;
}

/** A function of (spend, base price) per cell: its loop over `core` is made here, once, when its module loads. */
export function curveFunction({ base, core, ...module }: CurveModule): CustomFunction {
  const kernel: Kernel<Assumptions> = ([spend, price], [out], a) => {
    for (let i = 0; i < out.length; i++) out[i] = core(spend[i], price[i], a);
  };
  return cellwiseFunction({ ...module, cells: [SPEND, base], kernel });
}
