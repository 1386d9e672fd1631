/*
 * The registry: every custom function, one module each (red-<name>.ts), in the order of
 * functions.json. The Excel runtime registers these (functions.ts), functions.json and its
 * translations are generated from them (metadata.ts), and the workbench's engine and every test
 * campaign iterate them. A module in this folder that is not listed here fails
 * test/structure/function-modules.test.ts.
 */
import type { CustomFunction } from "../custom-function";
import type { Parameter } from "../declarations";
import { ALLOCATE } from "./red-allocate";
import { ASSETLADDER } from "./red-assetladder";
import { AVGCPM } from "./red-avgcpm";
import { BUDGETCAP } from "./red-budgetcap";
import { CONVERSIONS } from "./red-conversions";
import { CPMFIT } from "./red-cpmfit";
import { FLIGHTPLAN } from "./red-flightplan";
import { HOTNOTES } from "./red-hotnotes";
import { IMPRESSIONS } from "./red-impressions";
import { LTV } from "./red-ltv";
import { INCREMENTALCPM } from "./red-incrementalcpm";
import { MARGINALCPA } from "./red-marginalcpa";
import { MARGINALCPM } from "./red-marginalcpm";
import { REDDEFAULTS } from "./red-reddefaults";
import { REQUIREDBUDGET } from "./red-requiredbudget";
import { SPILLSPLIT } from "./red-spillsplit";
import { STAGEPLAN } from "./red-stageplan";
import { SWEEP } from "./red-sweep";

export const CATALOG: readonly CustomFunction[] = [
  SPILLSPLIT,
  AVGCPM,
  MARGINALCPM,
  INCREMENTALCPM,
  IMPRESSIONS,
  MARGINALCPA,
  CONVERSIONS,
  BUDGETCAP,
  REDDEFAULTS,
  CPMFIT,
  HOTNOTES,
  STAGEPLAN,
  ALLOCATE,
  REQUIREDBUDGET,
  SWEEP,
  FLIGHTPLAN,
  ASSETLADDER,
  LTV,
];

/** Every function by its id. */
export const DECLARATIONS: Readonly<Record<string, CustomFunction>> = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ CATALOG.map((f) => [f.id, f]));

/** The parameter `name` of function `id`. */
export function declared(id: string, name: string): Parameter {
  const found = DECLARATIONS[id]?.parameters.find((p) => p.name === name);
  if (!found) throw new Error(`${id} declares no parameter ${name}`);
  return found;
}
