/*
 * The tests' engine: HyperFormula with the add-in's own functions (scripts/red-engine.ts, shared
 * with the template build), declared from the golden functions.json the tests pin.
 */
import fs from "fs";
import path from "path";
import type { HyperFormula } from "hyperformula";
import { redEngine } from "../../scripts/red-engine";
import type { EngineSheets } from "../../src/spreadsheet/engine";
import type { FunctionsJson } from "../../src/spreadsheet/hyperformula-plugin";
import type { DefinedName } from "../../src/spreadsheet/xlsx-defined-names";

export { implementationsById } from "../../scripts/red-engine";

export const metadata: FunctionsJson = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "..", "golden", "functions.json"), "utf8"),
);

export function engine(sheets: EngineSheets, names: readonly DefinedName[] = []): Promise<HyperFormula> {
  return redEngine(sheets, metadata, names);
}
