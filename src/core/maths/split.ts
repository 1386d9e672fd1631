import type { Assumptions } from "./assumptions";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";
import { decimalBetween, shareOfAmount, toCents } from "./numbers";

export interface Split {
  spillover: number;
  closedLoop: number;
}

/**
 * Spillover share of the budget at a stage position: the stage presets, linearly interpolated for
 * a brand between two stages (1.5 → halfway from cold start's share to growth's).
 *
 * @example spilloverShare(1.5) // 0.6 with the default presets 0.7 / 0.5 / 0.4
 */
export function spilloverShare(position: number, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): number {
  const presets = [assumptions.spillColdStart, assumptions.spillGrowth, assumptions.spillMature];
  const lower = Math.min(Math.floor(position), 2); // 1 or 2: the preset at or below the position
  // In exact decimals on the presets and the position as typed (decimalBetween), so a share of a
  // stage between two presets has no binary residue in the digits splitBudget rounds on.
  return decimalBetween(presets[lower - 1], presets[lower], position, lower);
}

/**
 * Splits a budget in whole fen/cents: spillover is ROUND(budget × share, 2), closed loop is the
 * budget rounded to the cent less spillover, so the two parts add up to the budget exactly. Both
 * roundings are Excel's ROUND worked in exact decimals on the digits Excel shows (toCents,
 * shareOfAmount): half a cent goes up at every size, 225,000,000.05 at 70% is 157,500,000.04 |
 * 67,500,000.01; a budget with more decimals is not rounded before its share is taken (1.005 at 70%
 * is 0.70 | 0.31, as ROUND(1.005*0.7, 2) is 0.70).
 *
 * @example splitBudget(500000, 0.5) // { spillover: 250000, closedLoop: 250000 }
 * @example splitBudget(0.01, 0.5) // { spillover: 0.01, closedLoop: 0 }
 */
export function splitBudget(budget: number, share: number): Split {
  const budgetCents = toCents(budget);
  const spilloverCents = Math.min(budgetCents, Math.max(0, shareOfAmount(budget, share)));
  return { spillover: spilloverCents / 100, closedLoop: (budgetCents - spilloverCents) / 100 };
}
