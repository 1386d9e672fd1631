/*
 * The conversions one cent buys on a line, by a formula of the tests' own (DOMAIN §7, the binomial
 * series of (1 + u)^(1 − k), not the code's expm1/log1p), for brute-force checks that no cent moved
 * from one line to another buys more (issue 22.8; by value, issue 24.4), and the random instances
 * they run on.
 */
import fc from "fast-check";
import { AllocationLine, allocateBudget, Assumptions, DEFAULT_ASSUMPTIONS, DomainError, MAX_MONEY } from "../../src/core";

/** Conversions a spend buys, DOMAIN §7: s / CPA(s), CPA flat at its floor value below the floor. */
export function conversionsOf(line: AllocationLine, spend: number, c: Assumptions): number {
  const k = line.cpmElasticity - line.cvrElasticity;
  return spend === 0 ? 0 : spend / (line.baseCpa * Math.pow(Math.max(spend, c.floorSpend) / c.refSpend, k));
}

/**
 * The conversions of the cent from `cents` to `cents` + 1: the flat price below the floor; above it
 * C(s) · ((1 + u)^(1 − k) − 1) summed as the binomial series in u = step / s (u ≤ 1e-3 there; a
 * plain difference for the rare cent on a tiny spend, where the gains are far apart anyway).
 */
export function centConversions(line: AllocationLine, cents: number, c: Assumptions): number {
  const k = line.cpmElasticity - line.cvrElasticity;
  const floorCents = c.floorSpend * 100;
  const flat = line.baseCpa * Math.pow(c.floorSpend / c.refSpend, k);
  if (cents + 1 <= floorCents) return 0.01 / flat;
  const flatPart = cents < floorCents ? (floorCents - cents) / 100 / flat : 0;
  const start = Math.max(cents / 100, c.floorSpend);
  const step = cents < floorCents ? (cents + 1 - floorCents) / 100 : 0.01;
  const u = step / start;
  if (!(start > 0) || u > 1e-3) return flatPart + conversionsOf(line, (cents + 1) / 100, c) - conversionsOf(line, start, c);
  let term = 1;
  let series = 0;
  for (let n = 1; n < 8; n++) {
    term *= ((1 - k - (n - 1)) / n) * u;
    series += term;
  }
  return flatPart + conversionsOf(line, start, c) * series;
}

/** A bound in whole cents, inward (a minimum up, a maximum down), as README promises. */
export const inward = (amount: number, up: boolean) => (amount === Infinity ? Infinity : up ? Math.ceil(amount * 100 - 1e-6) : Math.floor(amount * 100 + 1e-6));


/**
 * Random lines and a budget their bounds can hold, for the brute-force checks: budgets up to 10
 * trillion, base CPAs from 0.5 to 500, curves that saturate, bounds and floors of every kind; each
 * line's `value` drawn from `value` (none where it gives undefined).
 */
export function feasibleInstances(value: fc.Arbitrary<number | undefined> = fc.constant(undefined)): fc.Arbitrary<{ budget: number; lines: AllocationLine[]; c: Assumptions }> {
  const budget = fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: MAX_MONEY * 100 })).map((c) => c / 100);
  const lineArb = fc.record({
    baseCpa: fc.double({ min: 0.5, max: 500, noNaN: true }),
    e: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    g: fc.double({ min: -0.3, max: 0.04, noNaN: true }),
    min: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 }).map((x) => x / 100)),
    max: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 1e12 }).map((x) => x / 100)),
    value,
  });
  const floor = fc.constantFrom(DEFAULT_ASSUMPTIONS.floorSpend, 0, 1_000, 20_100.01, 1e6);
  return fc
    .record({ budget, specs: fc.array(lineArb, { minLength: 2, maxLength: 7 }), floorSpend: floor })
    .map(({ budget: b, specs, floorSpend }) => ({
      budget: b,
      c: { ...DEFAULT_ASSUMPTIONS, floorSpend },
      lines: specs.map(
        (s, i): AllocationLine => ({
          name: `L${i}`,
          baseCpa: s.baseCpa,
          cpmElasticity: s.e,
          cvrElasticity: Math.max(s.g, s.e - 0.9),
          minSpend: Math.min(s.min, s.max),
          maxSpend: s.max,
          ...(s.value === undefined ? {} : { value: s.value }),
        }),
      ),
    }))
    .filter(({ budget: b, lines }) => {
      const minCents = lines.reduce((sum, l) => sum + inward(l.minSpend, true), 0);
      const maxCents = lines.reduce((sum, l) => sum + inward(l.maxSpend, false), 0);
      return minCents <= Math.round(b * 100) && maxCents >= Math.round(b * 100);
    });
}

/** The DomainError a call throws (anything else is rethrown; no error fails the test). */
export function thrownBy(call: () => unknown): DomainError {
  try {
    call();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

/**
 * The most one cent moved between two lines of ALLOCATE's split would raise what the split buys —
 * Σ value × conversions, each line's value 1 where it has none (so plain conversions) — relative to
 * what the cent bought where it was: ≤ 0 when no move buys more.
 */
export function bestMove(budget: number, lines: AllocationLine[], c: Assumptions): number {
  const cents = allocateBudget(budget, lines, c).map((r) => Math.round(r.spend * 100));
  let best = -Infinity;
  lines.forEach((to, i) =>
    lines.forEach((from, j) => {
      if (i === j || cents[i] >= inward(to.maxSpend, false) || cents[j] <= inward(from.minSpend, true)) return;
      const lost = (from.value ?? 1) * centConversions(from, cents[j] - 1, c);
      best = Math.max(best, ((to.value ?? 1) * centConversions(to, cents[i], c) - lost) / lost);
    }),
  );
  return best;
}
