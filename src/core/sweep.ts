import type { Assumptions } from "./assumptions";
import type { AllocationLine } from "./allocate";
import { DomainError } from "./errors";
import { toCents } from "./numbers";
import { checkLines } from "./portfolio";
import { planAt } from "./required-budget";

/** One budget of a sweep: what ALLOCATE's split of it buys, and each line's spend. */
export interface SweepPoint {
  /** The budget split, in whole cents. */
  budget: number;
  conversions: number;
  /** budget / conversions; a DomainError (NO_CONVERSIONS) where a budget of 0 buys none. */
  averageCpa: number | DomainError;
  /** The common marginal CPA of the split. */
  marginalCpa: number;
  spends: number[];
}

/**
 * ALLOCATE at each budget of a what-if sweep: the row a Data Table would give, if Excel let one
 * recalculate custom functions. Each point is ALLOCATE's split to the cent, checked; with one line
 * the sweep is that line's response curve.
 *
 * @example sweepPoint(1_000_000, lines, a).spends // ALLOCATE's spends at 1,000,000
 * @throws DomainError INFEASIBLE_BOUNDS for a budget the bounds cannot hold; SELF_CHECK_FAILED
 */
export function sweepPoint(budget: number, lines: readonly AllocationLine[], a: Assumptions): SweepPoint {
  const cents = toCents(budget) / 100;
  const plan = planAt(budget, lines, a);
  return {
    budget: cents,
    conversions: plan.conversions,
    averageCpa: plan.conversions > 0 ? cents / plan.conversions : new DomainError("NO_CONVERSIONS", { argument: "average CPA" }),
    marginalCpa: plan.marginalCpa,
    spends: plan.split.map((r) => r.spend),
  };
}

/** The lines a sweep runs over, checked once for the whole sweep. @throws as checkLines */
export function sweepLines(lines: readonly AllocationLine[]): readonly AllocationLine[] {
  checkLines(lines);
  return lines;
}
