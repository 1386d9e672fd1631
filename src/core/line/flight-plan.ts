import type { Assumptions } from "../maths/assumptions";
import { AllocationLine } from "./allocate";
import { checkLines, splitValue } from "./portfolio";
import { planAt } from "./required-budget";

/** A flight plan: spend per line (rows) and month (columns), and the common marginal CPA. */
export interface FlightPlan {
  spends: number[][];
  /** The common marginal CPA (÷ value where lines have values: see PortfolioPlan). */
  marginalCpa: number;
  conversions: number;
  /** Σ value × conversions over every cell: the conversions where no line has a value. */
  value: number;
  /** What each line's conversions are worth over the months: Σ value × conversions of its cells (they add up to `value`). */
  lineValue: number[];
  /** The common marginal ROI, 1 ÷ marginalCpa. */
  marginalRoi: number;
  /**
   * Each line's marginal ROI (value ÷ marginal CPA, as ALLOCATE's rows): the value its next yuan
   * buys in its best month that can still take one (not held at its maximum or waiting at
   * floor_spend; every month where all are) — the common marginal ROI on a line with a month no
   * bound holds. Infinity where no
   * month has a finite one (held at a spend of 0 with floor_spend 0).
   */
  lineRoi: number[];
}

/** One cell's monthly bounds: a number for each line × month. */
export type CellBounds = (line: number, month: number) => { minSpend: number; maxSpend: number };

/**
 * Spreads a budget over lines and months (DOMAIN §7): every (line, month) cell is its own monthly
 * curve, with the line's base CPA × the month's multiplier (0.85 = conversions 15% cheaper that
 * month), and ALLOCATE splits the budget across all cells at one marginal CPA. The grid adds up to
 * the budget to the cent; with every multiplier 1 it is ALLOCATE's monthly split in each month.
 * A line's value per conversion (its `value`) holds in every month: the grid then maximises
 * Σ value × conversions, as ALLOCATE does over the cells.
 *
 * @example flightPlan(1_200_000, lines, [1, 1, 0.85], bounds, a).spends // lines × 3 months
 * @throws DomainError as ALLOCATE; SELF_CHECK_FAILED when the grid breaks a promise
 */
export function flightPlan(budget: number, lines: readonly AllocationLine[], multipliers: readonly number[], bounds: CellBounds, a: Assumptions): FlightPlan {
  const months = multipliers.length;
  const cells: AllocationLine[] = [];
  lines.forEach((line, i) => {
    multipliers.forEach((m, j) => cells.push({ ...line, name: `${line.name} · ${j + 1}`, baseCpa: line.baseCpa * m, ...bounds(i, j) }));
  });
  checkLines(cells);
  const plan = planAt(budget, cells, a);
  const rows = lines.map((_, i) => plan.split.slice(i * months, (i + 1) * months));
  const spends = rows.map((row) => row.map((r) => r.spend));
  const lineRoi = rows.map((row) => {
    // A month a bound holds cannot take the next yuan at its own ROI: at its maximum it takes none, and
    // at floor_spend its next yuan buys dearer than the common price (the floor's jump).
    const open = row.filter((r) => r.bound !== "max" && r.bound !== "floor");
    const best = (open.length > 0 ? open : row).map((r) => r.marginalRoi).filter(Number.isFinite);
    return best.length > 0 ? Math.max(...best) : Infinity;
  });
  // The total is the sum of the lines' values, in their order, as a SUM under them adds them.
  const lineValue = rows.map(splitValue);
  const value = lineValue.reduce((sum, v) => sum + v, 0);
  return { spends, marginalCpa: plan.marginalCpa, conversions: plan.conversions, value, lineValue, marginalRoi: plan.marginalRoi, lineRoi };
}
