import type { Assumptions } from "../maths/assumptions";
import { DEFAULT_ASSUMPTIONS } from "../maths/assumptions";
import type { AllocationLine } from "./allocate";
import { DomainError, isDomainError } from "../maths/errors";
import { MAX_MONEY, toCents } from "../maths/numbers";
import { PortfolioPlan, requiredBudget, TARGET_RULES } from "./required-budget";
import type { TargetKind } from "../words/typed-words";
import { acceptedValue, ruleAccepts } from "../maths/rules";
import { SweepPoint, sweepPoint } from "./sweep";

/** A scenario as minefield 2 sees it: one line (its base CPA) and the budgets it marks. */
export interface WhatItTakesInput {
  baseCpa: number;
  target: number;
  kind: TargetKind;
  thisMonth?: number;
  proposed?: number;
  cap?: number;
}

export interface WhatItTakes {
  /** REQUIREDBUDGET for the scenario's curve, or why there is none. */
  required: PortfolioPlan | DomainError;
  /** SWEEP of the scenario's curve from a 40th of `upTo` to `upTo`: its response curve. */
  curve: SweepPoint[];
  upTo: number;
}

/**
 * "What would it take?" beside minefield 2: the budget the scenario needs for a conversions
 * target (or the most it may spend at a target marginal CPA), and its response curve, both from
 * the same functions a sheet calls (REQUIREDBUDGET and SWEEP over one line).
 *
 * @example whatItTakes({ baseCpa: 30, target: 60, kind: "marginal-cpa" }).required // budget ≈ 547,755.91
 */
export function whatItTakes(input: WhatItTakesInput, a: Assumptions = DEFAULT_ASSUMPTIONS, count = 40): WhatItTakes {
  const line: AllocationLine = { name: "scenario", baseCpa: input.baseCpa, cpmElasticity: a.cpmElasticity, cvrElasticity: a.cvrElasticity, minSpend: 0, maxSpend: Infinity };
  let required: PortfolioPlan | DomainError;
  try {
    required = requiredBudget(input.target, input.kind, [line], a);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    required = error;
  }
  const marks = [input.thisMonth, input.proposed, input.cap, isDomainError(required) ? undefined : required.budget];
  // A quarter past the largest mark, but never past the largest budget the functions accept.
  const upTo = Math.min(MAX_MONEY, Math.max(1, ...marks.filter((m): m is number => m !== undefined && Number.isFinite(m))) * 1.25);
  const curve = Array.from({ length: count }, (_, i) => sweepPoint(toCents((upTo * (i + 1)) / count) / 100, [line], a));
  return { required, curve, upTo };
}

/**
 * The target typed in the task pane's box (or, when it is empty, the starting one), accepted by
 * the rule REQUIREDBUDGET's `target` is read with: undefined for what the function would refuse.
 *
 * @example typedTarget("0", "marginal-cpa", undefined) // undefined, as REQUIREDBUDGET(0, …, "marginal-cpa") is #NUM!
 */
export function typedTarget(text: string, kind: TargetKind, starting: number | undefined): number | undefined {
  if (text.trim() !== "") return acceptedValue(TARGET_RULES[kind], text);
  return starting !== undefined && ruleAccepts(TARGET_RULES[kind], starting) ? starting : undefined;
}
