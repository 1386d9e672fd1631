import type { Assumptions } from "./assumptions";
import { conversions, marginalCpa, spendAtMarginalCpa } from "./curve";
import { DomainError } from "./errors";

/** One line the planner buys (seeding notes, search ads, store live…), with its own curve and bounds. */
export interface AllocationLine {
  name: string;
  baseCpa: number;
  cpmElasticity: number;
  cvrElasticity: number;
  minSpend: number;
  /** Infinity when the line has no upper bound. */
  maxSpend: number;
}

export interface LineAllocation {
  spend: number;
  share: number;
  conversions: number;
  /** What the next conversion on this line costs at its spend. */
  marginalCpa: number;
  /** Which bound holds the line where it is: its equal-return spend lies beyond it. */
  bound: "min" | "max" | "";
}

function curveOf(line: AllocationLine, a: Assumptions): Assumptions {
  return { ...a, cpmElasticity: line.cpmElasticity, cvrElasticity: line.cvrElasticity };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Splits a budget across lines so that the next yuan buys the same on every line: each line's
 * marginal CPA equals one price λ, except where a line's bound holds it (DOMAIN §3 per line).
 * Found by bisection on λ — the spend each line takes at a price is monotone in it — then
 * handed out in whole cents so the spends add up to the budget exactly.
 *
 * @example allocateBudget(100000, [lineA, lineB], DEFAULT_ASSUMPTIONS)
 * @throws DomainError INFEASIBLE_BOUNDS when the minimums exceed the budget or the maximums fall
 *   short of it; LINE_DOES_NOT_SATURATE for a line whose marginal CPA never rises
 */
export function allocateBudget(budget: number, lines: readonly AllocationLine[], a: Assumptions): LineAllocation[] {
  const totalMin = lines.reduce((sum, l) => sum + l.minSpend, 0);
  const totalMax = lines.reduce((sum, l) => sum + l.maxSpend, 0);
  if (totalMin > budget + 0.005) {
    throw new DomainError("INFEASIBLE_BOUNDS", { argument: "minSpend", value: totalMin, limit: budget });
  }
  if (totalMax < budget - 0.005) {
    throw new DomainError("INFEASIBLE_BOUNDS", { argument: "maxSpend", value: totalMax, limit: budget });
  }
  for (const line of lines) {
    if (line.cpmElasticity - line.cvrElasticity <= 0) throw new DomainError("LINE_DOES_NOT_SATURATE", { argument: "cpmElasticity", key: line.name });
  }
  const curves = lines.map((l) => curveOf(l, a));
  const spendsAt = (price: number) => lines.map((l, i) => clamp(spendAtMarginalCpa(price, l.baseCpa, curves[i]), l.minSpend, l.maxSpend));
  const total = (spends: number[]) => spends.reduce((sum, s) => sum + s, 0);
  const totalAt = totalSpendAtPrice(lines, a);

  // Bracket the price: at `low` the lines take less than the budget, at `high` at least all of it.
  let low = Math.min(...lines.map((l, i) => marginalCpa(0, l.baseCpa, curves[i]))) / 2;
  let high = low * 2;
  for (let i = 0; i < 4000 && totalAt(high) < budget; i++) high *= 2;
  // Narrow the bracket until it is tight far below a cent of spend: regula falsi on log-price
  // against log-spend (exact on a single power curve), halving the bracket when a side stalls.
  let fLow = Math.log(Math.max(totalAt(low), 1e-300)) - Math.log(budget);
  let fHigh = Math.log(Math.max(totalAt(high), 1e-300)) - Math.log(budget);
  let lastSide = 0;
  let repeats = 0;
  for (let i = 0; i < 200 && high / low - 1 > 1e-13; i++) {
    const x0 = Math.log(low);
    const x1 = Math.log(high);
    const secant = fHigh > fLow ? x0 - (fLow * (x1 - x0)) / (fHigh - fLow) : NaN;
    // The same side moving twice running means the secant is creeping: bisect instead.
    const middle = Math.exp(repeats < 2 && secant > x0 && secant < x1 ? secant : (x0 + x1) / 2);
    if (!(middle > low && middle < high)) break;
    const f = Math.log(Math.max(totalAt(middle), 1e-300)) - Math.log(budget);
    const side = f < 0 ? -1 : 1;
    repeats = side === lastSide ? repeats + 1 : 0;
    lastSide = side;
    if (side < 0) {
      low = middle;
      fLow = f;
    } else {
      high = middle;
      fHigh = f;
    }
  }
  // Lines whose spend jumps between the two prices (a flat stretch below the floor, or the last
  // sliver of a power curve) give back the excess in proportion to their jump.
  const below = spendsAt(low);
  const above = spendsAt(high);
  const excess = total(above) - budget;
  const slack = total(above) - total(below);
  const continuous = above.map((s, i) => (slack > 0 ? s - ((s - below[i]) * excess) / slack : s));

  const spends = toCents(budget, continuous, lines);
  return lines.map((line, i) => {
    const spend = spends[i];
    const free = spendAtMarginalCpa(high, line.baseCpa, curves[i]);
    const bound = spend <= line.minSpend + 0.005 && free < line.minSpend ? "min" : spend >= line.maxSpend - 0.005 && free > line.maxSpend ? "max" : "";
    return {
      spend,
      share: budget > 0 ? spend / budget : 0,
      conversions: conversions(spend, line.baseCpa, curves[i]),
      marginalCpa: marginalCpa(spend, line.baseCpa, curves[i]),
      bound,
    };
  });
}

/**
 * The total spend the lines take at a marginal price, as a fast closure for the bisection: the
 * same as summing spendAtMarginalCpa clamped to the bounds, with each line's constants computed
 * once (in the power region spend = coefficient · price^(1/k)).
 */
function totalSpendAtPrice(lines: readonly AllocationLine[], a: Assumptions): (price: number) => number {
  const n = lines.length;
  const exponent = new Float64Array(n);
  const coefficient = new Float64Array(n);
  const flatPrice = new Float64Array(n);
  const kinkPrice = new Float64Array(n);
  lines.forEach((l, i) => {
    const k = l.cpmElasticity - l.cvrElasticity;
    exponent[i] = 1 / k;
    coefficient[i] = a.refSpend * Math.pow((1 - k) / l.baseCpa, 1 / k);
    flatPrice[i] = l.baseCpa * Math.pow(a.floorSpend / a.refSpend, k);
    kinkPrice[i] = flatPrice[i] / (1 - k);
  });
  return (price) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const free = price >= kinkPrice[i] ? coefficient[i] * Math.pow(price, exponent[i]) : price >= flatPrice[i] ? a.floorSpend : 0;
      sum += free < lines[i].minSpend ? lines[i].minSpend : free > lines[i].maxSpend ? lines[i].maxSpend : free;
    }
    return sum;
  };
}

/**
 * Whole cents that add up to the budget in cents: each spend rounded down, then the cents left
 * over go one at a time to the largest remainders (as dinero.js allocates), within the bounds.
 */
function toCents(budget: number, spends: number[], lines: readonly AllocationLine[]): number[] {
  const target = Math.round(budget * 100);
  const low = lines.map((l) => Math.ceil(l.minSpend * 100 - 1e-6));
  const high = lines.map((l) => (Number.isFinite(l.maxSpend) ? Math.floor(l.maxSpend * 100 + 1e-6) : Infinity));
  const cents = spends.map((s, i) => clamp(Math.floor(s * 100), low[i], high[i]));
  const order = spends.map((s, i) => i).sort((x, y) => spends[y] * 100 - Math.floor(spends[y] * 100) - (spends[x] * 100 - Math.floor(spends[x] * 100)));
  let left = target - cents.reduce((sum, c) => sum + c, 0);
  for (let pass = 0; left !== 0 && pass < 1000; pass++) {
    let moved = false;
    for (const i of order) {
      if (left > 0 && cents[i] < high[i]) {
        cents[i]++;
        left--;
        moved = true;
      } else if (left < 0 && cents[i] > low[i]) {
        cents[i]--;
        left++;
        moved = true;
      }
      if (left === 0) break;
    }
    if (!moved) break;
  }
  return cents.map((c) => c / 100);
}
