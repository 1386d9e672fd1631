/*
 * The entry points of the registry under the names the unit tests call them: each is the entry
 * Excel calls for its id (src/functions/catalog/), taking the arguments in the order of its
 * parameters. Campaigns that must cover every function iterate the registry instead (registry.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed ranges as any[][] */
import { DECLARATIONS } from "../../src/functions/catalog";

type Entry = (...args: any[]) => any[][];

const entry = (id: string): Entry => {
  const f = DECLARATIONS[id];
  if (!f) throw new Error(`${id} is not registered`);
  return f.entry as Entry;
};

export const spillSplit = entry("SPILLSPLIT");
export const avgCpm = entry("AVGCPM");
export const marginalCpmFn = entry("MARGINALCPM");
export const incrementalCpmFn = entry("INCREMENTALCPM");
export const impressionsFn = entry("IMPRESSIONS");
export const marginalCpaFn = entry("MARGINALCPA");
export const conversionsFn = entry("CONVERSIONS");
export const budgetCapFn = entry("BUDGETCAP");
export const redDefaults = entry("REDDEFAULTS");
export const cpmFit = entry("CPMFIT");
export const hotNotes = entry("HOTNOTES");
export const stagePlanFn = entry("STAGEPLAN");
export const allocate = entry("ALLOCATE");
export const requiredBudgetFn = entry("REQUIREDBUDGET");
export const sweep = entry("SWEEP");
export const flightPlanFn = entry("FLIGHTPLAN");
export const assetLadderFn = entry("ASSETLADDER");
export const ltvFn = entry("LTV");
