/*
 * A HyperFormula engine with the add-in's own functions, for Node: the entry points of the
 * registry (src/functions/catalog/) by id, as functions.ts registers them with Excel, declared from
 * a functions.json. The template build and the tests share it (the browser workbench gets the same
 * associations from the bundle). Development only: HyperFormula is GPL-3.0.
 */
import type { HyperFormula } from "hyperformula";
import { CATALOG } from "../src/functions/catalog";
import { functionsJson } from "../src/functions/metadata";
import { loadStudentT } from "../src/functions/statistics";
import { createEngine, EngineSheets, Implementation } from "../src/spreadsheet/engine";
import type { FunctionsJson } from "../src/spreadsheet/hyperformula-plugin";
import type { DefinedName } from "../src/spreadsheet/xlsx-defined-names";

/** Each id's entry point, as functions.ts associates them. */
export async function implementationsById(): Promise<Map<string, Implementation>> {
  return new Map(CATALOG.map((f) => [f.id, f.entry as Implementation]));
}

/** functions.json as the build generates it from the registry. */
export async function generatedMetadata(): Promise<FunctionsJson> {
  return JSON.parse(functionsJson("en"));
}

/** An engine over `sheets` with the functions declared by `metadata`. */
export async function redEngine(sheets: EngineSheets, metadata: FunctionsJson, names: readonly DefinedName[] = []): Promise<HyperFormula> {
  await loadStudentT(); // the workbench does the same before its first calculation
  return createEngine(sheets, metadata, await implementationsById(), names);
}
