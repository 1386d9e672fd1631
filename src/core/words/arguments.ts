/*
 * The names of the functions' arguments, listed once. The core names an argument in its errors
 * (DomainError's `argument`, so a message and the boundary point at the right cell) and the
 * functions declare their parameters by the same names (functions/parameters.ts, the catalog):
 * both take them from here, so a misspelt name is a compile error, not a message that names no
 * argument.
 */

/**
 * The argument names the core names in its errors, as the formula shows them: a function declares
 * such a parameter by `ARG.x` (functions/parameters.ts, the catalog). A parameter the core never names
 * is named once, in the one module that declares it.
 */
export const ARGUMENT_NAMES = [
  "aov", "assumptions", "baseCPA", "baseCPM", "budget", "budgets", "cpmElasticity", "cvrElasticity", "firstBuyers", "labels",
  "lang", "lines", "margin", "maxSpend", "minSpend", "monthlyDiscount", "months", "part", "reach", "reads", "refSpend",
  "spend", "spends", "stage", "start", "target", "targetCPA", "targetKind", "value",
] as const;

/** An argument's name. */
export type ArgumentName = (typeof ARGUMENT_NAMES)[number];

/**
 * Each argument name by itself, typed as its own literal: `ARG.minSpend` is "minSpend".
 * @example new DomainError("NEGATIVE", { argument: ARG.minSpend })
 */
export const ARG = Object.freeze(Object.fromEntries(ARGUMENT_NAMES.map((name) => [name, name]))) as { readonly [Name in ArgumentName]: Name };
