/*
 * Minefield 2 on a scenario's own numbers (DOMAIN §4): what a step from this month's budget to the
 * proposed one costs at the margin, and whether it passes the budget cap that plans the year — the
 * check the task pane runs beside its chart of the CPM curves. Pure: the pane reads the workbook,
 * these functions decide.
 */
import type { Assumptions } from "../maths/assumptions";
import { checkAssumption, checkElasticities, DEFAULT_ASSUMPTIONS } from "../maths/assumptions";
import { averageCpm, budgetCap, incrementalCpm, marginalCpa, marginalCpm } from "../maths/curve";
import { formatAmount, formatPrice } from "../words/format";
import { toCents } from "../maths/numbers";
import { inEveryLanguage, Language } from "../words/language";
import { CORE_WORDS } from "../words/words";
import { ARG } from "../words/arguments";
import { CHECK_WORDS, type CheckWords, Verdict, VERDICTS } from "../words/check-words";
import type { Status } from "./minefields";

export interface BudgetStepInput {
  thisMonth: number;
  proposed: number;
  /** Measured CPM at the reference spend; without it prices are an index. */
  baseCpm?: number;
  baseCpa?: number;
  targetCpa?: number;
  /**
   * The interval of cpm_elasticity fitted to the planner's own months (CPMFIT with a confidence
   * level, the CPM history sheet); with it the verdict adds the band of caps, which can only make
   * it stricter than the planning cap's.
   */
  elasticityBand?: ElasticityBand;
  /**
   * What the workbook computed for this step, where a sheet holds it (a scenario sheet's cells):
   * quoted and judged as the sheet shows them, so the pane and the sheet never disagree. A figure
   * left out is priced here, by the same core functions the sheet's RED cells call.
   */
  computed?: ComputedStep;
}

/** A step's figures as a scenario sheet computed them; each optional (priced by the core when absent). */
export interface ComputedStep {
  averageCpmNow?: number;
  marginalCpmNow?: number;
  marginalCpmProposed?: number;
  marginalCpaProposed?: number;
  /** The budget cap that plans the year (the scenario sheet's B7). */
  budgetCap?: number;
  /** The sheet's `vs cap` for the proposed month: true for within. */
  withinCap?: boolean;
  /** The band's caps as the sheet computed them (its CPM-history caps). */
  capBand?: CapBand;
}

export interface ElasticityBand {
  low: number;
  high: number;
  /** The confidence level the band was fitted at (0.9 for 90%), quoted in the verdict. */
  confidence?: number;
}

/**
 * The budget cap at each end of the elasticity band. The high elasticity (CPM climbing fastest) is
 * the pessimistic end and gives the lower cap. An end the assumptions' rules refuse (an elasticity
 * outside [0, 1), or too close to cvr_elasticity) or a curve that never saturates bounds nothing:
 * undefined there.
 */
export interface CapBand {
  pessimistic?: number;
  optimistic?: number;
}

/** Why a verdict is what it is: each reason that applied, worded in every language. */
export interface VerdictReason {
  status: Verdict;
  kind: keyof CheckWords["budgetStep"]["reasons"];
}

export interface BudgetStepCheck {
  status: Status;
  incrementalCpm: number;
  averageCpmNow: number;
  marginalCpmNow: number;
  marginalCpmProposed: number;
  marginalCpaProposed?: number;
  /** The budget cap that plans the year. */
  budgetCap?: number;
  /** The cap at the band's two ends, where an elasticity band was given. */
  capBand?: CapBand;
  /** The reasons the status rests on (those of the strictest status that applied). */
  reasons: VerdictReason[];
  verdict: Record<Language, string>;
}

/** The cap at one cpm elasticity, other assumptions unchanged; undefined where that elasticity is refused or no cap exists. */
function capAtElasticity(targetCpa: number, baseCpa: number, a: Assumptions, elasticity: number): number | undefined {
  try {
    checkAssumption("cpm_elasticity", elasticity, ARG.assumptions);
    checkElasticities(elasticity, a.cvrElasticity, ARG.assumptions);
    return budgetCap(targetCpa, baseCpa, { ...a, cpmElasticity: elasticity });
  } catch {
    return undefined;
  }
}

/**
 * The one rule for over or within the budget cap: a budget at the cap is within it, the budget read
 * in cents as the functions read it (BUDGETCAP is a whole cent), so a budget shown as the cap is
 * within it. The scenario sheet's `vs cap` column states the same rule in Excel
 * (`ROUND(budget,2) <= ROUND(cap,2)`), and the task pane reads that cell where there is one; a test holds
 * the two together. A cap typed by hand is read in cents too.
 *
 * @example withinCap(547755.914, 547755.91) // true
 */
export function withinCap(budget: number, cap: number): boolean {
  return toCents(budget) <= toCents(cap);
}

/** A step this close below the cap is already worth watching (our assumption: within 10%). */
export const CAP_WATCH_MARGIN = 0.1;
/**
 * A step whose extra impressions cost this many times today's marginal CPM is worth watching (our
 * assumption): the article's 200k → 500k step is 1.21× its starting marginal CPM.
 */
export const STEP_WATCH_RATIO = 1.2;


/**
 * Two amounts written with as few decimals as tell them apart (none, then 2, up to 6), so a budget
 * a fraction of a yuan over the cap never reads "547,756 is over the budget cap of 547,756".
 *
 * @example apart(547755.92, 547755.916) // ["547,755.920", "547,755.916"]
 */
function apart(a: number, b: number): [string, string] {
  for (const decimals of [0, 2, 3, 4, 5, 6]) {
    const shown: [string, string] = [formatAmount(a, decimals), formatAmount(b, decimals)];
    if (shown[0] !== shown[1] || decimals === 6) return shown;
  }
  return [formatAmount(a), formatAmount(b)];
}

/**
 * Minefield 2 on a scenario's numbers: what the step from this month's budget to the proposed one
 * costs at the margin, and whether it passes the budget cap that plans the year. The cap decides
 * by the sheet's rule ({@link withinCap}: over the cap is risk); the pane's own thresholds (near
 * the cap, a pricey step) and the band of caps fitted to the planner's months can only make the
 * verdict stricter, and the verdict names each reason that applied.
 *
 * @example checkBudgetStep({ thisMonth: 300000, proposed: 600000, baseCpm: 80, baseCpa: 30, targetCpa: 60 }).status // "risk"
 */
export function checkBudgetStep(input: BudgetStepInput, a: Assumptions = DEFAULT_ASSUMPTIONS): BudgetStepCheck {
  const computed = input.computed ?? {};
  // A base CPM of 0 (or less) measures nothing: prices are then an index, as without one.
  const measured = input.baseCpm !== undefined && input.baseCpm > 0;
  const base = measured ? input.baseCpm! : 1;
  const step = incrementalCpm(input.thisMonth, input.proposed, base, a);
  const averageNow = computed.averageCpmNow ?? averageCpm(input.thisMonth, base, a);
  const marginalProposed = computed.marginalCpmProposed ?? marginalCpm(input.proposed, base, a);
  const ratio = step / averageNow;
  const marginalNow = computed.marginalCpmNow ?? marginalCpm(input.thisMonth, base, a);
  // The functions refuse a base or target CPA of 0: so does the check (no cap, rather than a wrong one).
  const withCpa = input.baseCpa !== undefined && input.baseCpa > 0 && input.targetCpa !== undefined && input.targetCpa > 0;
  let cap = withCpa ? computed.budgetCap : undefined;
  let marginalCpaProposed: number | undefined;
  if (withCpa) {
    marginalCpaProposed = computed.marginalCpaProposed ?? marginalCpa(input.proposed, input.baseCpa!, a);
    try {
      cap ??= budgetCap(input.targetCpa!, input.baseCpa!, a);
    } catch {
      cap = undefined; // a curve that never saturates has no cap
    }
  }
  const band = withCpa && input.elasticityBand ? input.elasticityBand : undefined;
  const capBand: CapBand | undefined = band && (computed.capBand ?? {
    pessimistic: capAtElasticity(input.targetCpa!, input.baseCpa!, a, Math.max(band.low, band.high)),
    optimistic: capAtElasticity(input.targetCpa!, input.baseCpa!, a, Math.min(band.low, band.high)),
  });
  const within = cap === undefined ? undefined : (computed.withinCap ?? withinCap(input.proposed, cap));

  const applied: VerdictReason[] = [];
  const reason = (status: Verdict, kind: VerdictReason["kind"]) => applied.push({ status, kind });
  if (within === false) reason("risk", "overCap");
  if (capBand) {
    // Past the optimistic cap it is over at every elasticity the months allow; past the
    // pessimistic one it depends on where in the band the truth is. An end that bounds nothing
    // can prove neither.
    if (capBand.optimistic !== undefined && !withinCap(input.proposed, capBand.optimistic)) reason("risk", "pastOptimistic");
    else if (capBand.pessimistic === undefined) reason("watch", "pessimisticUnbounded");
    else if (!withinCap(input.proposed, capBand.pessimistic)) reason("watch", "pastPessimistic");
  } else if (within && input.proposed > cap! * (1 - CAP_WATCH_MARGIN)) reason("watch", "nearCap");
  if (input.proposed > input.thisMonth && step / marginalNow >= STEP_WATCH_RATIO) reason("watch", "stepPrice");
  const status: Verdict = applied.reduce<Verdict>((worst, r) => (VERDICTS.indexOf(r.status) > VERDICTS.indexOf(worst) ? r.status : worst), "clear");
  const reasons = applied.filter((r) => r.status === status);

  const level = band?.confidence === undefined ? undefined : `${Math.round(band.confidence * 1000) / 10}%`;
  const [low, high] = band ? [Math.min(band.low, band.high), Math.max(band.low, band.high)].map((e) => e.toFixed(3)) : [];
  const verdict = inEveryLanguage((l) => {
    const words = CHECK_WORDS[l].budgetStep;
    const figures = { from: formatAmount(input.thisMonth), to: formatAmount(input.proposed), step: formatPrice(step), index: !measured, ratio: ratio.toFixed(2), averageNow: formatPrice(averageNow) };
    const parts = [
      input.proposed === input.thisMonth
        ? words.hold({ budget: figures.from, marginal: formatPrice(marginalNow), index: !measured })
        : input.proposed < input.thisMonth
          ? words.cut(figures)
          : words.step({ ...figures, marginalRatio: (step / marginalNow).toFixed(2), marginalNow: formatPrice(marginalNow) }),
    ];
    if (cap !== undefined && marginalCpaProposed !== undefined) {
      parts.push(words.atProposed({ proposed: formatAmount(input.proposed), marginalCpa: formatPrice(marginalCpaProposed), target: formatPrice(input.targetCpa!), cap: formatAmount(cap) }));
    }
    const end = (value: number | undefined) => (value === undefined ? undefined : formatAmount(value));
    if (band && capBand) parts.push(words.band({ low, high, level, pessimistic: end(capBand.pessimistic), optimistic: end(capBand.optimistic) }));
    const say: Record<VerdictReason["kind"], () => string> = {
      overCap: () => {
        const [proposed, shownCap] = apart(input.proposed, cap!);
        return words.reasons.overCap({ proposed, cap: shownCap });
      },
      pastOptimistic: () => words.reasons.pastOptimistic({ optimistic: formatAmount(capBand!.optimistic!) }),
      pastPessimistic: () => words.reasons.pastPessimistic({ pessimistic: formatAmount(capBand!.pessimistic!) }),
      pessimisticUnbounded: () => words.reasons.pessimisticUnbounded,
      nearCap: () => words.reasons.nearCap({ margin: CAP_WATCH_MARGIN, cap: formatAmount(cap!) }),
      stepPrice: () => words.reasons.stepPrice({ ratio: (step / marginalNow).toFixed(2), stepRatio: STEP_WATCH_RATIO }),
      clear: () => words.reasons.clear({ band: capBand !== undefined }),
    };
    // Never "within the cap" when there is none: say why there is none.
    const said =
      status !== "clear" ? reasons.map((r) => say[r.kind]()) : [cap === undefined ? (withCpa ? words.clearNoCap : words.clearNeedsCpa) : say.clear()];
    return CORE_WORDS[l].sentences([...parts, ...said]);
  });
  return {
    status,
    incrementalCpm: step,
    averageCpmNow: averageNow,
    marginalCpmNow: marginalNow,
    marginalCpmProposed: marginalProposed,
    marginalCpaProposed,
    budgetCap: cap,
    capBand,
    reasons,
    verdict,
  };
}

/** Points of the average and marginal CPM curves, for the chart beside minefield 2. */
export function cpmCurvePoints(upTo: number, baseCpm = 1, a: Assumptions = DEFAULT_ASSUMPTIONS, count = 40): { spend: number; average: number; marginal: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const spend = (upTo * (i + 1)) / count;
    return { spend, average: averageCpm(spend, baseCpm, a), marginal: marginalCpm(spend, baseCpm, a) };
  });
}
