/*
 * A HyperFormula engine with the add-in's own functions: the entry points of src/functions,
 * found by id the way the webpack plugin associates them, declared from the golden functions.json.
 */
import fs from "fs";
import path from "path";
import type { HyperFormula } from "hyperformula";
import * as functions from "../../src/functions/functions";
import { loadStudentT } from "../../src/functions/statistics";
import { createEngine, Implementation } from "../../src/workbench/engine";
import type { FunctionsJson } from "../../src/workbench/hyperformula-plugin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateAssociations } = require("../../scripts/metadata");

export const metadata: FunctionsJson = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "..", "golden", "functions.json"), "utf8"),
);

let implementations: Promise<Map<string, Implementation>> | undefined;

/** Each id's exported function, as the webpack plugin associates them. */
export function implementationsById(): Promise<Map<string, Implementation>> {
  if (implementations) return implementations;
  const pending: Promise<{ id: string; functionName: string }[]> = generateAssociations();
  const byName = functions as unknown as Record<string, Implementation>;
  implementations = pending.then((pairs) => new Map(pairs.map((p) => [p.id, byName[p.functionName]])));
  return implementations;
}

export async function engine(sheets: Record<string, unknown[][]>): Promise<HyperFormula> {
  await loadStudentT(); // the workbench does the same before its first calculation
  return createEngine(sheets, metadata, await implementationsById());
}
