/*
 * The lines ALLOCATE buys, as a planner states them: their shape, the checks each passes (one rule
 * for every door), their bounds in cents, and the one place a value per conversion enters the
 * split (pricedBaseCpa). ALLOCATE's search (allocate.ts) starts from here.
 */
import type { Assumptions } from "../maths/assumptions";
import { checkAssumption, checkElasticities } from "../maths/assumptions";
import { DomainError } from "../maths/errors";
import { curveSaturates } from "../maths/curve";
import { toCents } from "../maths/numbers";
import { checkNumber, checkRule, MONEY, PRICE, VALUE } from "../maths/rules";
import { ARG } from "../words/arguments";

/** One line the planner buys (seeding notes, search ads, store live…), with its own curve and bounds. */
export interface AllocationLine {
  name: string;
  baseCpa: number;
  cpmElasticity: number;
  cvrElasticity: number;
  minSpend: number;
  /** Infinity when the line has no upper bound. */
  maxSpend: number;
  /**
   * What one conversion on this line is worth (DOMAIN §9's v_i: the LTV of the customers it wins,
   * say), above 0; absent (undefined, a blank cell) is 1, today's split exactly. ALLOCATE and
   * everything built on it then maximise Σ value × conversions: the split of the same lines with
   * base CPA ÷ value (pricedLine), to the cent.
   */
  value?: number;
}

/** What holds a line where ALLOCATE puts it; "" when nothing does (its marginal CPA is the common one). */
export type BoundLabel = "min" | "max" | "floor" | "";

export interface LineAllocation {
  spend: number;
  share: number;
  conversions: number;
  /** What the next conversion on this line costs at its spend. */
  marginalCpa: number;
  /** The line's value per conversion (1 where it has none). */
  value: number;
  /** What its conversions are worth: value × conversions (its conversions where it has no value). */
  valueWon: number;
  /**
   * Marginal ROI: the value the next yuan on this line buys, value ÷ marginal CPA (the marginal CPA
   * of this row, at its spend). The split makes it equal on every line no bound or the floor's jump
   * holds — the same statement as an equal marginal CPA when every value is 1. Infinity only where
   * the marginal CPA is 0 (a line held at a spend of 0 with floor_spend 0).
   */
  marginalRoi: number;
  /**
   * What holds the line where it is: its minimum or maximum (its equal-return spend lies beyond
   * it), or `floor`: it waits at floor_spend, where its marginal CPA jumps past the common price.
   */
  bound: BoundLabel;
}

/**
 * The base CPA the optimiser prices a line at: base CPA ÷ value, the cost of one unit of value at the
 * reference spend (the base CPA itself where the line has no value). The one place a value enters
 * the split: the conversions and marginal CPA a result shows stay the line's own.
 */
export function pricedBaseCpa(line: AllocationLine): number {
  return line.value === undefined ? line.baseCpa : line.baseCpa / line.value;
}

/**
 * The line as ALLOCATE's optimiser sees it: base CPA ÷ value and no value of its own, so that its
 * conversions are the value the original line buys (DOMAIN §9: value-weighted ALLOCATE is ALLOCATE
 * with base CPAs divided by the values). A line with no value is itself.
 *
 * @example pricedLine({ ...line, baseCpa: 40, value: 200 }).baseCpa // 0.2
 */
export function pricedLine(line: AllocationLine): AllocationLine {
  if (line.value === undefined) return line;
  const { value, ...rest } = line;
  return { ...rest, baseCpa: line.baseCpa / value };
}

/** A line's own curve: the assumptions with its elasticities. */
export function lineCurve(line: AllocationLine, a: Assumptions): Assumptions {
  return { ...a, cpmElasticity: line.cpmElasticity, cvrElasticity: line.cvrElasticity };
}

/**
 * A line's bounds in whole cents, rounded inward on the digits Excel shows (toCents): a minimum up,
 * a maximum down, so that any spend in whole cents between them keeps both. A minimum of 100.005 is
 * 100.01 and one of 0.001 is 0.01; a maximum of 99,999.995 is 99,999.99; 200,000.00000000003 (the
 * residue of a subtraction in a sheet) is 200,000. The one cents rule for bounds: ALLOCATE,
 * REQUIREDBUDGET, SWEEP and FLIGHTPLAN all read a line's bounds through it.
 *
 * @example boundsInCents({ minSpend: 100.005, maxSpend: 99999.995 }) // { minCents: 10001, maxCents: 9999999 }
 */
export function boundsInCents(line: Pick<AllocationLine, "minSpend" | "maxSpend">): { minCents: number; maxCents: number } {
  return { minCents: toCents(line.minSpend, "up"), maxCents: toCents(line.maxSpend, "down") };
}

/** An amount of money from 0 to 10 trillion. @throws DomainError NOT_A_NUMBER, NEGATIVE, TOO_LARGE */
export function spendBound(value: number, argument: string): number {
  return checkNumber(MONEY, value, argument);
}


/**
 * Checks one line with the rules the assumptions table uses (one rule for both doors) and the
 * line's own bounds, in whole cents; ALLOCATE and everything built on it (checkLines) alike.
 * @throws DomainError NOT_POSITIVE, ASSUMPTION_OUT_OF_RANGE, LINE_DOES_NOT_SATURATE, NEGATIVE, TOO_LARGE, MIN_ABOVE_MAX (naming the argument and the line)
 */
export function checkLine(line: AllocationLine): { minCents: number; maxCents: number } {
  const name = line.name;
  const { cpmElasticity: e, cvrElasticity: g } = line;
  checkRule(PRICE, line.baseCpa, ARG.baseCPA);
  checkAssumption("cpm_elasticity", e, ARG.cpmElasticity, name);
  checkAssumption("cvr_elasticity", g, ARG.cvrElasticity, name);
  checkElasticities(e, g, ARG.cvrElasticity, name);
  if (!curveSaturates(line)) throw new DomainError("LINE_DOES_NOT_SATURATE", { argument: ARG.cpmElasticity, key: name });
  if (line.value !== undefined) checkValue(line, line.value);
  spendBound(line.minSpend, ARG.minSpend);
  if (line.maxSpend !== Infinity) spendBound(line.maxSpend, ARG.maxSpend);
  const { minCents, maxCents } = boundsInCents(line);
  if (minCents > maxCents) {
    throw new DomainError("MIN_ABOVE_MAX", { argument: ARG.minSpend, key: name, value: line.minSpend, limit: line.maxSpend });
  }
  return { minCents, maxCents };
}

/**
 * A line's value per conversion by its rule (VALUE: above 0, up to 10 trillion), and its base CPA ÷
 * value still a number above 0: only a value or base CPA below 10⁻²⁹⁵ takes it out of the doubles.
 * @throws DomainError NOT_POSITIVE, TOO_LARGE (value); ASSUMPTION_OUT_OF_RANGE naming value and the line
 */
function checkValue(line: AllocationLine, value: number): void {
  checkRule(VALUE, value, ARG.value);
  const priced = pricedBaseCpa(line);
  if (!(priced > 0 && priced < Infinity)) {
    const limit = priced === 0 ? `x < ${ARG.baseCPA} ÷ ${Number.MIN_VALUE}` : `x > ${ARG.baseCPA} ÷ ${Number.MAX_VALUE}`;
    throw new DomainError("ASSUMPTION_OUT_OF_RANGE", { argument: ARG.value, key: ARG.value, value, limit, line: line.name });
  }
}
