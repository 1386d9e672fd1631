/*
 * A HyperFormula engine with the add-in's own functions, for Node: the entry points of
 * src/functions, found by id the way the webpack plugin associates them, declared from a
 * functions.json. The template build and the tests share it (the browser workbench gets the same
 * associations from the bundle). Development only: HyperFormula is GPL-3.0.
 */
import type { HyperFormula } from "hyperformula";
import * as functions from "../src/functions/functions";
import { loadStudentT } from "../src/functions/statistics";
import { createEngine, Implementation } from "../src/workbench/engine";
import type { FunctionsJson } from "../src/workbench/hyperformula-plugin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateAssociations, generateMetadata } = require("./metadata");

let implementations: Promise<Map<string, Implementation>> | undefined;

/** Each id's exported function, as the webpack plugin associates them. */
export function implementationsById(): Promise<Map<string, Implementation>> {
  if (implementations) return implementations;
  const pending: Promise<{ id: string; functionName: string }[]> = generateAssociations();
  const byName = functions as unknown as Record<string, Implementation>;
  implementations = pending.then((pairs) => new Map(pairs.map((p) => [p.id, byName[p.functionName]])));
  return implementations;
}

/** functions.json as the webpack plugin generates it from the JSDoc. */
export async function generatedMetadata(): Promise<FunctionsJson> {
  return JSON.parse(await generateMetadata());
}

/** An engine over `sheets` with the functions declared by `metadata`. */
export async function redEngine(sheets: Record<string, unknown[][]>, metadata: FunctionsJson): Promise<HyperFormula> {
  await loadStudentT(); // the workbench does the same before its first calculation
  return createEngine(sheets, metadata, await implementationsById());
}
