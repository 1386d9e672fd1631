/*
 * A custom function as one module (src/functions/catalog/red-<name>.ts): its declaration — help in
 * every language, parameters in order, result size, what it returns — and its computation, which
 * reads each argument by its parameter; its id is its file name's, given by the generated registry
 * (withId). The entry point Excel calls takes the arguments in the
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

/** What a function module declares: everything but its id, which its file name gives (withId). */
export interface FunctionModule extends Omit<FunctionDeclaration, "id"> {
  /** The computation: reads its arguments by parameter and hands them to a runner of the boundary. */
  run: (argument: ArgumentOf) => any;
}

/** What a function module exports: its declaration made callable. */
export interface CatalogFunction extends FunctionModule {
  /** The entry point registered under the function's id (CustomFunctions.associate). */
  entry: EntryPoint;
}

/** A registered function: a module's function under its id. */
export interface CustomFunction extends CatalogFunction, FunctionDeclaration {}

/** The function of module red-<name>.ts under its id, <NAME> (the generated registry's one use). */
export function withId(id: string, f: CatalogFunction): CustomFunction {
  return { id, ...f };
}

/** A function module made callable: its entry point takes the arguments in the order of `parameters`. */
export function customFunction(module: FunctionModule): CatalogFunction {
  // By name: a shared parameter given its own help (withHelp) is still the same argument.
  const position = new Map(module.parameters.map((parameter, i) => [parameter.name, i]));
  const entry: EntryPoint = (...args) =>
    module.run((parameter) => {
      const i = position.get(parameter.name);
      if (i === undefined) throw new Error(`a function reads ${parameter.name}, which is not in its parameter list (${[...position.keys()].join(", ")})`);
      return args[i];
    });
  return { ...module, entry };
}

/** The functions whose code comes later (the lists chunk): their ids now, their code from `load`. */
export interface Deferred {
  ids: readonly string[];
  load: () => Promise<readonly CustomFunction[]>;
}

const NOTHING_LATER: Deferred = { ids: [], load: () => Promise.resolve([]) };

/**
 * Registers every function with Excel's runtime under its id, in one loop (functions.ts: the whole
 * registry). A function of `atOnce` is its own entry point. A function of `later` is registered now
 * too, and its code is fetched at once: a call once the code is here runs at once; a call before
 * returns a promise that answers when it arrives (Excel shows #BUSY! meanwhile). If the code cannot
 * be fetched, the call is #N/A saying so (NOT_LOADED), and the next call tries again.
 */
export function register(atOnce: readonly CustomFunction[], later: Deferred = NOTHING_LATER): void {
  const entries = new Map(atOnce.map((f) => [f.id, f.entry]));
  const arriving = whenArrived(later.load);
  for (const id of [...entries.keys(), ...later.ids]) CustomFunctions.associate(id, entries.get(id) ?? arriving.entry(id));
  if (later.ids.length > 0) arriving.fetch();
}

/** Entry points for functions whose code `load` brings, each waiting for it the first time. */
function whenArrived(load: Deferred["load"]) {
  let loaded: Readonly<Record<string, CustomFunction>> | undefined;
  const arrived = fetchOnce(() => load().then((functions) => (loaded = Object.fromEntries(functions.map((f) => [f.id, f])))));
  return {
    entry: (id: string): EntryPoint => (...args) => (loaded ? loaded[id].entry(...args) : arrived().then((functions) => functions[id].entry(...args), notLoaded)),
    /** Fetched now, so a first call usually finds the code here; a failure is the first call's to tell. */
    fetch: () => void arrived().catch(() => undefined),
  };
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
 * The computation of a function that spills a table for one number (ALLOCATE's and FLIGHTPLAN's
 * budget, REQUIREDBUDGET's target, ASSETLADDER's aov, STAGEPLAN's stage): a blank one gives one
 * blank cell, decided here and nowhere else; otherwise the body gets the number, the arguments and
 * the call's assumptions (read first, as withAssumptions reads them). The number is read by its
 * parameter's reader, or by `readAs` where its rule depends on another argument.
 */
export function forAmount(
  amount: Parameter,
  body: (value: number, argument: ArgumentOf, a: Assumptions) => readonly (readonly unknown[])[],
  readAs: (argument: ArgumentOf) => Param<number> = () => amount.read as Param<number>,
): (argument: ArgumentOf) => any[][] {
  return withAssumptions((argument, a) => {
    const value = readOne(argument(amount), readAs(argument));
    return value === undefined ? [[BLANK]] : body(value, argument, a);
  });
}

/** A function of numbers, one result per cell: what a module says of it (see cellwiseFunction). */
export interface CellwiseModule {
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
export function cellwiseFunction({ description, cells, assumptions = ASSUMPTIONS, returns, kernel }: CellwiseModule): CatalogFunction {
  return customFunction({ description, parameters: [...cells, assumptions], result: perCell(...cells), returns, run: cellwise(cells, kernel) });
}

/** A curve function: one result per cell of a monthly spend (SPEND) and a measured base price, `core` computing each cell. */
export interface CurveModule extends Omit<CellwiseModule, "cells" | "kernel"> {
  /** The base price, read cell by cell after the spend. */
  base: Parameter;
  core: (spend: number, base: number, a: Assumptions) => number;
}

/** A function of (spend, base price) per cell: its loop over `core` is made here, once, when its module loads. */
export function curveFunction({ base, core, ...module }: CurveModule): CatalogFunction {
  const kernel: Kernel<Assumptions> = ([spend, price], [out], a) => {
    for (let i = 0; i < out.length; i++) out[i] = core(spend[i], price[i], a);
  };
  return cellwiseFunction({ ...module, cells: [SPEND, base], kernel });
}
