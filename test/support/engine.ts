/*
 * A HyperFormula engine with the add-in's own functions: the entry points of src/functions,
 * found by id the way the webpack plugin associates them, declared from the golden functions.json.
 */
import fs from "fs";
import path from "path";
import { HyperFormula } from "hyperformula";
import * as functions from "../../src/functions/functions";
import { ENGINE_CONFIG } from "../../src/workbench/engine";
import { FunctionsJson, registerRedFunctions } from "../../src/workbench/hyperformula-plugin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateAssociations } = require("../../scripts/metadata");

export const metadata: FunctionsJson = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "..", "golden", "functions.json"), "utf8"),
);

let registered: Promise<string[]> | undefined;

export function registerOnce(): Promise<string[]> {
  if (registered) return registered;
  const pending: Promise<{ id: string; functionName: string }[]> = generateAssociations();
  const done = pending.then((pairs) => {
    const byName = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
    return registerRedFunctions(metadata, new Map(pairs.map((p) => [p.id, byName[p.functionName]])));
  });
  registered = done;
  return done;
}

export async function engine(sheets: Record<string, unknown[][]>): Promise<HyperFormula> {
  await registerOnce();
  return HyperFormula.buildFromSheets(sheets as never, ENGINE_CONFIG);
}
