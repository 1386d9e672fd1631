/*
 * The accepted range of every domain quantity, stated once. Each door that takes one — a function
 * argument, a row of the assumptions table, a line's own column, a cell the task pane reads, a box
 * the planner types in — checks it with the rule here, so a value is accepted or refused alike
 * wherever it arrives. The doors differ only in how a refusal is worded (an argument's NEGATIVE, an
 * assumption's ASSUMPTION_OUT_OF_RANGE), never in what is refused.
 */
import { DomainError, ErrorCode } from "./errors";
import { isBlank, MAX_MONEY, readNumber } from "./numbers";

/** An interval of numbers, and the codes a value below or above it is refused with. */
export interface NumberRule {
  readonly min: number;
  readonly minIncluded: boolean;
  readonly max: number;
  readonly maxIncluded: boolean;
  /** The refusal of a value below the interval (or NaN). */
  readonly below: ErrorCode;
  /** The refusal of a value above it. */
  readonly above: ErrorCode;
}

function rule(min: number, minIncluded: boolean, max: number, maxIncluded: boolean, below: ErrorCode, above: ErrorCode): NumberRule {
  return Object.freeze({ min, minIncluded, max, maxIncluded, below, above });
}

/** Money or spend: from 0 to 10 trillion (budgets, spends, bounds, floor_spend). */
export const MONEY = rule(0, true, MAX_MONEY, true, "NEGATIVE", "TOO_LARGE");
/** A measured price or a target price: CPM or CPA, greater than 0 (also ref_spend, seasonality). */
export const PRICE = rule(0, false, MAX_MONEY, true, "NOT_POSITIVE", "TOO_LARGE");
/**
 * A line's value per conversion (ALLOCATE's `value`): above 0, up to 10 trillion; 0 or less is
 * refused naming `value`, never read as "worth nothing" (leave the line out instead).
 */
export const VALUE = rule(0, false, MAX_MONEY, true, "NOT_POSITIVE", "TOO_LARGE");
/** A count or a rate: reads, engagements, jumps, a conversions target; 0 or more. */
export const COUNT = rule(0, true, MAX_MONEY, true, "NEGATIVE", "TOO_LARGE");
/** A gross margin: the share of an order's value the brand keeps, from 0 to 1 (LTV's margin). */
export const MARGIN = rule(0, true, 1, true, "NEGATIVE", "TOO_LARGE");
/** The most months a horizon may run (LTV's months): 1,200, a century, far past any plan. */
export const MAX_HORIZON_MONTHS = 1200;
/** A horizon in whole months: 0 to MAX_HORIZON_MONTHS (a fraction of a month is dropped, as Excel drops it). */
export const HORIZON_MONTHS = rule(0, true, MAX_HORIZON_MONTHS, true, "NEGATIVE", "TOO_LARGE");
/** A share of the budget: from 0 to 1 (the stage presets' spillover shares). */
export const SHARE = rule(0, true, 1, true, "ASSUMPTION_OUT_OF_RANGE", "ASSUMPTION_OUT_OF_RANGE");
/** e, how fast average CPM rises with spend: 0 ≤ e < 1. */
export const CPM_ELASTICITY = rule(0, true, 1, false, "ASSUMPTION_OUT_OF_RANGE", "ASSUMPTION_OUT_OF_RANGE");
/** g, how fast the conversion rate rises with spend: −1 < g < 1. */
export const CVR_ELASTICITY = rule(-1, false, 1, false, "ASSUMPTION_OUT_OF_RANGE", "ASSUMPTION_OUT_OF_RANGE");
/** A confidence level, strictly between 0 and 1 (0.9 for a 90% interval). */
export const CONFIDENCE = rule(0, false, 1, false, "CONFIDENCE_OUT_OF_RANGE", "CONFIDENCE_OUT_OF_RANGE");
/**
 * An end of CPMFIT's elasticity interval as read back: any finite number. The interval is reported
 * as fitted, never clipped (it may reach below 0 or past 1); the checks that use an end refuse it there.
 */
export const FITTED_ELASTICITY = rule(-Number.MAX_VALUE, true, Number.MAX_VALUE, true, "NOT_A_NUMBER", "NOT_A_NUMBER");

/** True when `value` lies in the rule's interval (NaN never does). */
export function ruleAccepts(r: NumberRule, value: number): boolean {
  return (r.minIncluded ? value >= r.min : value > r.min) && (r.maxIncluded ? value <= r.max : value < r.max);
}

/** The interval as messages write it, language-neutral maths: "0 ≤ x < 1". */
export function ruleText(r: NumberRule): string {
  return `${r.min} ${r.minIncluded ? "≤" : "<"} x ${r.maxIncluded ? "≤" : "<"} ${r.max}`;
}

/**
 * `value` if the rule accepts it, else the rule's refusal naming the argument.
 *
 * @example checkRule(MONEY, 500000, ARG.budget) // 500000
 * @throws DomainError the rule's `below` or `above` code
 */
export function checkRule(r: NumberRule, value: number, argument: string): number {
  if (ruleAccepts(r, value)) return value;
  const above = r.maxIncluded ? value > r.max : value >= r.max;
  const code = above ? r.above : r.below;
  throw new DomainError(code, code === "TOO_LARGE" ? { argument, value, limit: r.max } : { argument, value });
}

/**
 * A core function's own number checked by the rule, NaN refused as NOT_A_NUMBER (a door reading a
 * cell refuses it there, readChecked; a number handed to the core directly may still be NaN).
 *
 * @example checkNumber(COUNT, NaN, "reach") // throws NOT_A_NUMBER naming reach
 * @throws DomainError NOT_A_NUMBER or the rule's codes
 */
export function checkNumber(r: NumberRule, value: number, argument: string): number {
  if (Number.isNaN(value)) throw new DomainError("NOT_A_NUMBER", { argument, value });
  return checkRule(r, value, argument);
}

/** A cell read as a number (numeric text included) and checked by the rule. @throws DomainError NOT_A_NUMBER or the rule's codes */
export function readChecked(r: NumberRule, value: unknown, argument: string): number {
  return checkRule(r, readNumber(value, argument), argument);
}

/**
 * What a door that cannot show an error (a task pane field) takes from a cell or a box: the number,
 * or undefined when the cell is blank or the rule refuses it — the same values a function refuses.
 *
 * @example acceptedValue(PRICE, "0") // undefined, as BASE CPA 0 is #NUM! in a sheet
 */
export function acceptedValue(r: NumberRule, value: unknown): number | undefined {
  if (isBlank(value)) return undefined;
  try {
    return readChecked(r, value, "");
  } catch {
    return undefined;
  }
}

/**
 * How far above 0 the margin 1 − e + g must be: 10⁻⁹. The margin is worked in binary, where the
 * typed pair 0.7 and −0.3 (a margin of exactly 0) comes out 5.6 × 10⁻¹⁷, and a marginal CPA divided
 * by that residue is 10¹⁸ times too high instead of refused. The residue of 1 − e + g is a few
 * 10⁻¹⁶ at most, far below 10⁻⁹, so every pair is judged as typed; a margin of 10⁻⁹ still leaves the
 * marginal CPA its first six digits.
 */
export const ELASTICITY_MARGIN = 1e-9;

/**
 * The rule for a pair of elasticities, table or line alike: the marginal CPA divides by 1 − e + g,
 * which must stay positive — more than ELASTICITY_MARGIN — so e − g < 1 (a line's k below 1).
 *
 * @example elasticitiesAgree(0.7, -0.3) // false: 1 − 0.7 − 0.3 is 0 as typed
 */
export function elasticitiesAgree(cpmElasticity: number, cvrElasticity: number): boolean {
  return elasticityMargin(cpmElasticity, cvrElasticity) > ELASTICITY_MARGIN;
}

/**
 * The margin 1 − e + g (1 − k), worked as typed: what elasticitiesAgree judges and what the marginal
 * CPA divides by (curve.ts), one expression, so the divisor is the number the rule let through.
 */
export function elasticityMargin(cpmElasticity: number, cvrElasticity: number): number {
  return 1 - cpmElasticity + cvrElasticity;
}

/** The rule as messages write it: cvr_elasticity's lower limit given cpm_elasticity. */
export const ELASTICITIES_RULE_TEXT = `x > cpm_elasticity − 1 + ${ELASTICITY_MARGIN}`;

/** A line's bounds: each is money (the most may be no limit, Infinity); the least may not pass the most. */
export function boundsAgree(minSpend: number, maxSpend: number): boolean {
  return minSpend <= maxSpend;
}
