import type { Assumptions } from "../maths/assumptions";
import { AllocationLine, allocateInLogs, linesInLogs } from "./allocate";
import { DomainError } from "../maths/errors";
import { toCents } from "../maths/numbers";
import { checkLines, checkSplit, splitConversions, splitMarginalCpa, splitValue } from "./portfolio";
import { planAt } from "./required-budget";
import { checkNumber, MONEY } from "../maths/rules";
import { ARG } from "../words/arguments";

/** One budget of a sweep: what ALLOCATE's split of it buys, and each line's spend. */
export interface SweepPoint {
  /** The budget split, in whole cents. */
  budget: number;
  conversions: number;
  /** budget / conversions; a DomainError (NO_CONVERSIONS) where a budget of 0 buys none. */
  averageCpa: number | DomainError;
  /** The common marginal CPA of the split (÷ value where lines have values: see PortfolioPlan). */
  marginalCpa: number;
  /** Σ value × conversions: the conversions where no line has a value. */
  value: number;
  /** The common marginal ROI, 1 ÷ marginalCpa. */
  marginalRoi: number;
  spends: number[];
}

/** The point of a sweep at a budget, from ALLOCATE's checked split of it. */
function pointOf(budget: number, totals: { conversions: number; value: number; marginalCpa: number }, spends: number[]): SweepPoint {
  const cents = toCents(budget) / 100;
  const { conversions, value, marginalCpa } = totals;
  return {
    budget: cents,
    conversions,
    averageCpa: conversions > 0 ? cents / conversions : new DomainError("NO_CONVERSIONS", { argument: ARG.budgets }),
    marginalCpa,
    value,
    marginalRoi: 1 / marginalCpa,
    spends,
  };
}

/**
 * ALLOCATE at each budget of a what-if sweep: the row a Data Table would give, if Excel let one
 * recalculate custom functions. Each point is ALLOCATE's split to the cent, checked; with one line
 * the sweep is that line's response curve. Lines with a value per conversion are split by value,
 * as ALLOCATE splits them. One budget on its own; a sweep goes through sweepOver.
 *
 * @example sweepPoint(1_000_000, lines, a).spends // ALLOCATE's spends at 1,000,000
 * @throws DomainError INFEASIBLE_BOUNDS for a budget the bounds cannot hold; SELF_CHECK_FAILED
 */
export function sweepPoint(budget: number, lines: readonly AllocationLine[], a: Assumptions): SweepPoint {
  const plan = planAt(budget, lines, a);
  return pointOf(budget, plan, plan.split.map((r) => r.spend));
}

/** The lines a sweep runs over, checked once for the whole sweep. @throws as checkLines */
export function sweepLines(lines: readonly AllocationLine[]): readonly AllocationLine[] {
  checkLines(lines);
  return lines;
}

/** A budget of the sweep already split: its cents, and the bracket of ln prices ALLOCATE ended on (NaN where pinned). */
interface Solved {
  cents: number;
  low: number;
  high: number;
  point: SweepPoint;
}

/**
 * Where a budget's price may lie, from the two budgets solved nearest it in size (`from` is where
 * it goes among them): ln price taken as a straight line in ln budget through theirs, and a step a
 * small part of the way between them on either side; with one budget solved, its bracket.
 */
function guessesAt(cents: number, solved: readonly Solved[], from: number): { guesses: number[]; reach?: number } {
  const known = [solved[from - 2], solved[from - 1], solved[from], solved[from + 1]].filter((s) => s !== undefined && s.cents > 0 && s.low < s.high);
  const near = known.length > 2 && known[0] === solved[from - 2] ? known.slice(1, 3) : known.slice(0, 2);
  if (near.length < 2) return { guesses: near.flatMap((s) => [s.low, s.high]) };
  const [p, q] = near;
  const gap = Math.abs(q.low - p.low) / 256;
  const guess = p.low + ((q.low - p.low) * Math.log(cents / p.cents)) / Math.log(q.cents / p.cents);
  if (!(gap > 0) || !Number.isFinite(guess)) return { guesses: [p.low, q.high] };
  return { guesses: [guess - gap, guess + gap], reach: 4 * gap };
}

/**
 * sweepPoint at budget after budget over the same lines (checked by sweepLines), sharing the work:
 * the lines' curves in logs and bounds in cents are worked out once, a budget in cents met before
 * is answered again, and each new budget's search for the common price starts from the brackets of
 * the budgets next to it in size (in any order they come). Each point is still sweepPoint's to the
 * cent: the start is only a guess, and the search ends on ALLOCATE's own bracket (allocateInLogs),
 * after which ALLOCATE's rule hands out the cents and the split is checked as sweepPoint checks it.
 *
 * @example const at = sweepOver(lines, a); [250_000, 1_000_000].map(at) // sweepPoint at each
 * @throws as linesInLogs; the function it returns as sweepPoint
 */
export function sweepOver(lines: readonly AllocationLine[], a: Assumptions): (budget: number) => SweepPoint {
  const inLogs = linesInLogs(lines, a);
  const solved: Solved[] = [];
  return (budget) => {
    checkNumber(MONEY, budget, ARG.budget);
    const cents = toCents(budget);
    let from = 0;
    let to = solved.length;
    while (from < to) {
      const middle = (from + to) >> 1;
      if (solved[middle].cents < cents) from = middle + 1;
      else to = middle;
    }
    const above = solved[from];
    if (above?.cents === cents) return { ...above.point, spends: [...above.point.spends] };
    const { guesses, reach } = guessesAt(cents, solved, from);
    const { split, low, high } = allocateInLogs(budget, lines, a, inLogs, guesses, false, reach);
    checkSplit(budget, lines, split, a, ARG.budget, inLogs);
    const spends = split.map((r) => r.spend);
    const point = pointOf(budget, { conversions: splitConversions(split), value: splitValue(split), marginalCpa: splitMarginalCpa(lines, spends, a, inLogs, split) }, spends);
    const pinned = low === high;
    solved.splice(from, 0, { cents, low: pinned ? NaN : low, high: pinned ? NaN : high, point });
    return { ...point, spends: [...spends] };
  };
}
