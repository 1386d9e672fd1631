import { DomainError } from "./errors";
import type { AssumptionKey } from "../words/words";
import { TYPED_WORDS } from "../words/typed-words";
import { isBlank, readNumber } from "./numbers";
import { checkLadderRates, LADDER_RATE_KEYS, LadderRates } from "./asset-ladder";
import { ruleAccepts, CPM_ELASTICITY as CPM_RULE, CVR_ELASTICITY as CVR_RULE, elasticitiesAgree, ELASTICITIES_RULE_TEXT, MONEY, NumberRule, PRICE, ruleText, SHARE } from "./rules";
import { ARG } from "../words/arguments";

/**
 * The modelling choices a planner may edit. Defaults are in {@link DEFAULT_ASSUMPTIONS}. The
 * user-asset ladder's rates (DOMAIN §9, LadderRates) are among them: an Assumptions is what
 * assetLadder and ltv take, so a planner's table edits the ladder as it edits the curve.
 */
export interface Assumptions extends LadderRates {
  /** Monthly spend at which the user's base CPM/CPA was measured. */
  refSpend: number;
  /** e: average CPM grows as (spend / ref)^e. */
  cpmElasticity: number;
  /** g: conversion rate grows as (spend / ref)^g. */
  cvrElasticity: number;
  /** Below this spend CPM and CPA stay flat at their value here. */
  floorSpend: number;
  /** Spillover share of the budget at each stage preset (closed loop is the rest). */
  spillColdStart: number;
  spillGrowth: number;
  spillMature: number;
}

interface AssumptionEntry {
  key: AssumptionKey;
  field: keyof Assumptions;
  value: number;
  /** The allowed range: the rule of the quantity (rules.ts), the same at every door. */
  rule: NumberRule;
}

// DOMAIN §3: ×2.5 spend (200k → 500k) raised CPM by 40% and the conversion rate by 5%.
const CPM_ELASTICITY = Math.log(1.4) / Math.log(2.5);
const CVR_ELASTICITY = Math.log(1.05) / Math.log(2.5);

/** One row per key, in the order REDDEFAULTS shows them (their meanings: PLAN_WORDS, plan-words.ts). */
export const ASSUMPTION_TABLE: readonly AssumptionEntry[] = [
  {
    key: "ref_spend",
    field: "refSpend",
    value: 200_000,
    rule: PRICE,
  },
  {
    key: "cpm_elasticity",
    field: "cpmElasticity",
    value: CPM_ELASTICITY,
    rule: CPM_RULE,
  },
  {
    key: "cvr_elasticity",
    field: "cvrElasticity",
    value: CVR_ELASTICITY,
    rule: CVR_RULE,
  },
  {
    key: "floor_spend",
    field: "floorSpend",
    value: 20_000,
    rule: MONEY,
  },
  {
    key: "spill_cold_start",
    field: "spillColdStart",
    value: 0.7,
    rule: SHARE,
  },
  {
    key: "spill_growth",
    field: "spillGrowth",
    value: 0.5,
    rule: SHARE,
  },
  {
    key: "spill_mature",
    field: "spillMature",
    value: 0.4,
    rule: SHARE,
  },
  // The user-asset ladder's rates (DOMAIN §9), their rules and values stated once, in asset-ladder.ts.
  ...LADDER_RATE_KEYS.map(({ key, field, value, rule }) => ({ key, field, value, rule })),
];


export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = Object.freeze(
  Object.fromEntries(ASSUMPTION_TABLE.map((a) => [a.field, a.value])) as unknown as Assumptions,
);

const BY_KEY = new Map<string, AssumptionEntry>(ASSUMPTION_TABLE.map((a) => [a.key, a]));
const KEY_LIST = ASSUMPTION_TABLE.map((a) => a.key).join(", ");
// Words that label a column of an assumptions table in any language (typed-words.ts): REDDEFAULTS's
// "key | value | meaning", the template's "key 键 | value 值", a planner's own "Assumption | Value".
const HEADER_WORDS = new Set(Object.values(TYPED_WORDS).flatMap((w) => w.assumptionHeaders.map((word) => word.toLowerCase())));

/** True when a cell is a column label: text with one of the header words in it. */
function isLabel(cell: unknown): boolean {
  return typeof cell === "string" && cell.toLowerCase().split(/[\s/|:：,，()（）_-]+/).some((word) => HEADER_WORDS.has(word));
}

/** True when a cell reads as a number (as the value column of a row with data does). */
function isNumeric(cell: unknown): boolean {
  try {
    readNumber(cell, "");
    return true;
  } catch {
    return false;
  }
}

/**
 * A first row such as "key | value | meaning" or "Assumption | Value": its key is not a known
 * key, its value is not a number, and it says it is a header (a label in either column). A
 * misspelt key with a value typed as text ("cmp_elasticity | 0,3") is none of these: an error.
 */
function isHeader(rawKey: unknown, rawValue: unknown): boolean {
  return !isNumeric(rawValue) && (isLabel(rawKey) || isLabel(rawValue));
}

function normaliseKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/**
 * Reads an assumptions range: first column a key, second a value; further columns (the meaning)
 * and a header row are ignored, blank rows and blank values keep the default. Each key may appear
 * once: a second row for it would silently replace the first. Besides each value's own rule, the
 * table as a whole keeps two: the elasticities' margin (checkElasticities) and the ladder's, that no
 * layer loses more than all its people in a month (checkLadderRates: aware_to_interest +
 * aware_forget ≤ 1, and so on), refused naming the key.
 *
 * @example readAssumptions([["cpm_elasticity", 0.3]]).cpmElasticity // 0.3
 * @throws DomainError UNKNOWN_ASSUMPTION, DUPLICATE_ASSUMPTION, NOT_A_NUMBER, ASSUMPTION_OUT_OF_RANGE (argument "assumptions")
 */
export function readAssumptions(rows: readonly (readonly unknown[])[] | null | undefined): Assumptions {
  const argument = ARG.assumptions;
  const result: Assumptions = { ...DEFAULT_ASSUMPTIONS };
  if (!rows) return result;
  let seenRow = false;
  const seenKeys = new Set<string>();
  for (const row of rows) {
    const [rawKey, rawValue] = row;
    if (isBlank(rawKey)) continue;
    const isFirstRow = !seenRow;
    seenRow = true;
    const key = normaliseKey(String(rawKey));
    const entry = BY_KEY.get(key);
    if (!entry) {
      if (isFirstRow && isHeader(rawKey, rawValue)) continue;
      throw new DomainError("UNKNOWN_ASSUMPTION", { argument, key: String(rawKey), limit: KEY_LIST });
    }
    if (seenKeys.has(entry.key)) throw new DomainError("DUPLICATE_ASSUMPTION", { argument, key: entry.key });
    seenKeys.add(entry.key);
    if (isBlank(rawValue)) continue;
    result[entry.field] = checkAssumption(entry.key, readNumber(rawValue, `${argument} ${entry.key}`), argument);
  }
  checkElasticities(result.cpmElasticity, result.cvrElasticity, argument);
  checkLadderRates(result, argument);
  return result;
}

/**
 * The one rule for an assumption's value, wherever it comes from: the assumptions table, or a
 * per-line column of ALLOCATE (`line` names the line in the message).
 *
 * @example checkAssumption("cpm_elasticity", 0.3, "cpmElasticity") // 0.3
 * @throws DomainError ASSUMPTION_OUT_OF_RANGE naming the key, the argument and the line
 */
export function checkAssumption(key: AssumptionKey, value: number, argument: string, line?: string): number {
  const entry = BY_KEY.get(key);
  if (!entry) throw new DomainError("UNKNOWN_ASSUMPTION", { argument, key, limit: KEY_LIST });
  if (!ruleAccepts(entry.rule, value)) throw new DomainError("ASSUMPTION_OUT_OF_RANGE", { argument, key: entry.key, value, limit: ruleText(entry.rule), line });
  return value;
}

/**
 * The rule for a pair of elasticities, table or line alike (elasticitiesAgree): the marginal CPA
 * divides by 1 − e + g, which must stay above ELASTICITY_MARGIN, judged as typed.
 *
 * @throws DomainError ASSUMPTION_OUT_OF_RANGE on cvr_elasticity
 */
export function checkElasticities(cpmElasticity: number, cvrElasticity: number, argument: string, line?: string): void {
  if (!elasticitiesAgree(cpmElasticity, cvrElasticity)) {
    throw new DomainError("ASSUMPTION_OUT_OF_RANGE", { argument, key: "cvr_elasticity", value: cvrElasticity, limit: ELASTICITIES_RULE_TEXT, line });
  }
}
