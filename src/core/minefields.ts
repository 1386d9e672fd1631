/*
 * The budget minefields of DOMAIN §4 and the checks the task pane runs on a scenario's own
 * numbers. Pure: the pane reads the workbook, these functions decide.
 */
import type { Assumptions } from "./assumptions";
import { checkAssumption, checkElasticities, DEFAULT_ASSUMPTIONS } from "./assumptions";
import { averageCpm, budgetCap, incrementalCpm, marginalCpa, marginalCpm } from "./curve";
import { formatAmount, formatPrice } from "./format";
import { inEveryLanguage, Language } from "./language";
import { gradeNote, NoteCounts, noteThresholds } from "./notes";
import { CORE_WORDS, MinefieldId, StatusWord, Verdict } from "./words";

export type Status = StatusWord;

export const STATUS_LABELS: Record<Status, Record<Language, string>> = {
  clear: inEveryLanguage((l) => CORE_WORDS[l].statuses.clear),
  watch: inEveryLanguage((l) => CORE_WORDS[l].statuses.watch),
  risk: inEveryLanguage((l) => CORE_WORDS[l].statuses.risk),
  unanswered: inEveryLanguage((l) => CORE_WORDS[l].statuses.unanswered),
};

export type MinefieldKind = "budgetStep" | "notes" | "closedLoop" | "confirm";

export interface Minefield {
  id: MinefieldId;
  kind: MinefieldKind;
  title: Record<Language, string>;
  /** The trap, with its facts and figures (DOMAIN §4), in our words. */
  trap: Record<Language, string>;
  /** What the planner is asked to confirm or plan. */
  question: Record<Language, string>;
}

const KINDS: Record<MinefieldId, MinefieldKind> = { 1: "closedLoop", 2: "budgetStep", 3: "notes", 4: "closedLoop", 5: "confirm", 6: "confirm", 7: "confirm" };

export const MINEFIELDS: readonly Minefield[] = ([1, 2, 3, 4, 5, 6, 7] as const).map((id) => ({
  id,
  kind: KINDS[id],
  title: inEveryLanguage((l) => CORE_WORDS[l].minefields[id].title),
  trap: inEveryLanguage((l) => CORE_WORDS[l].minefields[id].trap),
  question: inEveryLanguage((l) => CORE_WORDS[l].minefields[id].question),
}));

// ---------------------------------------------------------------------------------------------

export interface BudgetStepInput {
  thisMonth: number;
  proposed: number;
  /** Measured CPM at the reference spend; without it prices are an index. */
  baseCpm?: number;
  baseCpa?: number;
  targetCpa?: number;
  /**
   * The interval of cpm_elasticity fitted to the planner's own months (CPMFIT with a confidence
   * level, the History sheet); with it the verdict reads the cap as a band instead of a point.
   */
  elasticityBand?: ElasticityBand;
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

export interface BudgetStepCheck {
  status: Status;
  incrementalCpm: number;
  averageCpmNow: number;
  marginalCpmProposed: number;
  marginalCpaProposed?: number;
  budgetCap?: number;
  /** The cap at the band's two ends, where an elasticity band was given. */
  capBand?: CapBand;
  verdict: Record<Language, string>;
}

/** The cap at one cpm elasticity, other assumptions unchanged; undefined where that elasticity is refused or no cap exists. */
function capAtElasticity(targetCpa: number, baseCpa: number, a: Assumptions, elasticity: number): number | undefined {
  try {
    checkAssumption("cpm_elasticity", elasticity, "cpm_elasticity");
    checkElasticities(elasticity, a.cvrElasticity, "cpm_elasticity");
    return budgetCap(targetCpa, baseCpa, { ...a, cpmElasticity: elasticity });
  } catch {
    return undefined;
  }
}

/**
 * The one rule for over or within the budget cap: a budget at the cap is within it. The scenario
 * sheet's `vs cap` column states the same rule in Excel (`budget <= cap`), and the task pane reads
 * that cell where there is one; a test holds the two together.
 *
 * @example withinCap(547755, 547755.92) // true
 */
export function withinCap(budget: number, cap: number): boolean {
  return budget <= cap;
}

/** A step this close below the cap is already worth watching (our assumption: within 10%). */
export const CAP_WATCH_MARGIN = 0.1;
/**
 * A step whose extra impressions cost this many times today's marginal CPM is worth watching (our
 * assumption): the article's 200k → 500k step is 1.21× its starting marginal CPM.
 */
export const STEP_WATCH_RATIO = 1.2;

/**
 * Minefield 2 on a scenario's numbers: what the step from this month's budget to the proposed one
 * costs at the margin, and whether it passes the budget cap for the target CPA.
 *
 * @example checkBudgetStep({ thisMonth: 300000, proposed: 600000, baseCpm: 80, baseCpa: 30, targetCpa: 60 }).status // "risk"
 */
export function checkBudgetStep(input: BudgetStepInput, a: Assumptions = DEFAULT_ASSUMPTIONS): BudgetStepCheck {
  // A base CPM of 0 (or less) measures nothing: prices are then an index, as without one.
  const measured = input.baseCpm !== undefined && input.baseCpm > 0;
  const base = measured ? input.baseCpm! : 1;
  const step = incrementalCpm(input.thisMonth, input.proposed, base, a);
  const averageNow = averageCpm(input.thisMonth, base, a);
  const marginalProposed = marginalCpm(input.proposed, base, a);
  const ratio = step / averageNow;
  const marginalNow = marginalCpm(input.thisMonth, base, a);
  // The functions refuse a base or target CPA of 0: so does the check (no cap, rather than a wrong one).
  const withCpa = input.baseCpa !== undefined && input.baseCpa > 0 && input.targetCpa !== undefined && input.targetCpa > 0;
  let cap: number | undefined;
  let marginalCpaProposed: number | undefined;
  if (withCpa) {
    marginalCpaProposed = marginalCpa(input.proposed, input.baseCpa!, a);
    try {
      cap = budgetCap(input.targetCpa!, input.baseCpa!, a);
    } catch {
      cap = undefined; // a curve that never saturates has no cap
    }
  }
  const band = withCpa && input.elasticityBand ? input.elasticityBand : undefined;
  const capBand: CapBand | undefined = band && {
    pessimistic: capAtElasticity(input.targetCpa!, input.baseCpa!, a, Math.max(band.low, band.high)),
    optimistic: capAtElasticity(input.targetCpa!, input.baseCpa!, a, Math.min(band.low, band.high)),
  };
  let status: Verdict = "clear";
  if (capBand) {
    // Past the optimistic cap it is over at every elasticity the months allow; under the
    // pessimistic one, under at every one; between, it depends on where in the band the truth is.
    // An end that bounds nothing can prove neither.
    if (capBand.optimistic !== undefined && input.proposed > capBand.optimistic) status = "risk";
    else if (capBand.pessimistic === undefined || input.proposed > capBand.pessimistic) status = "watch";
  } else if (cap !== undefined && input.proposed > cap) status = "risk";
  else if (cap !== undefined && input.proposed > cap * (1 - CAP_WATCH_MARGIN)) status = "watch";
  if (status === "clear" && input.proposed > input.thisMonth && step / marginalNow >= STEP_WATCH_RATIO) status = "watch";

  const level = band?.confidence === undefined ? undefined : `${Math.round(band.confidence * 1000) / 10}%`;
  const [low, high] = band ? [Math.min(band.low, band.high), Math.max(band.low, band.high)].map((e) => e.toFixed(3)) : [];
  const verdict = inEveryLanguage((l) => {
    const words = CORE_WORDS[l].budgetStep;
    const parts = [
      words.step({
        from: formatAmount(input.thisMonth),
        to: formatAmount(input.proposed),
        step: formatPrice(step),
        index: !measured,
        ratio: ratio.toFixed(2),
        averageNow: formatPrice(averageNow),
      }),
    ];
    if (cap !== undefined && marginalCpaProposed !== undefined) {
      parts.push(words.atProposed({ proposed: formatAmount(input.proposed), marginalCpa: formatPrice(marginalCpaProposed), target: formatPrice(input.targetCpa!), cap: formatAmount(cap) }));
    }
    const end = (value: number | undefined) => (value === undefined ? undefined : formatAmount(value));
    if (band && capBand) parts.push(words.band({ low, high, level, pessimistic: end(capBand.pessimistic), optimistic: end(capBand.optimistic) }));
    const verdicts = band ? words.bandVerdicts({ stepRatio: STEP_WATCH_RATIO }) : words.pointVerdicts({ margin: CAP_WATCH_MARGIN, stepRatio: STEP_WATCH_RATIO });
    // Never "within the cap" when there is none: say why there is none.
    const said = !band && status === "clear" && cap === undefined ? (withCpa ? words.clearNoCap : words.clearNeedsCpa) : verdicts[status as Verdict];
    return CORE_WORDS[l].sentences([...parts, said]);
  });
  return {
    status,
    incrementalCpm: step,
    averageCpmNow: averageNow,
    marginalCpmProposed: marginalProposed,
    marginalCpaProposed,
    budgetCap: cap,
    capBand,
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

export interface NamedNote extends NoteCounts {
  name: string;
}

export interface NotesCheck {
  status: Status;
  hollowHot: string[];
  hiddenConverters: string[];
  graded: number;
  summary: Record<Language, string>;
}

/**
 * Minefield 3 on the notes table: the hollow hot notes (hot, weak spillover) are a risk; hidden
 * converters (not hot, strong spillover) are worth watching as sales-note material.
 */
export function checkNotes(notes: readonly NamedNote[]): NotesCheck {
  const rated = notes.filter((n) => n.reads > 0);
  const thresholds = noteThresholds(rated);
  const grades = rated.map((n) => ({ name: n.name, grade: gradeNote(n, thresholds) }));
  const hollowHot = grades.filter((g) => g.grade.label === "hollow hot").map((g) => g.name);
  const hiddenConverters = grades.filter((g) => g.grade.label === "hidden converter").map((g) => g.name);
  const status: Status = rated.length === 0 ? "unanswered" : hollowHot.length ? "risk" : hiddenConverters.length ? "watch" : "clear";
  return {
    status,
    hollowHot,
    hiddenConverters,
    graded: rated.length,
    summary: inEveryLanguage((l) => CORE_WORDS[l].notesSummary({ graded: rated.length, hollowHot: hollowHot.length, hiddenConverters: hiddenConverters.length })),
  };
}

export interface Answer {
  status: Status;
  note: string;
  /** ISO date the planner last changed this answer. */
  checkedOn?: string;
}

export const REPORT_SHEET: Record<Language, string> = inEveryLanguage((l) => CORE_WORDS[l].reportSheet);

/**
 * The report finance files: a header row, then one row per minefield with its status, the
 * evidence (the live check's numbers where there is one) and the planner's note.
 */
export function reportTable(
  answers: Readonly<Record<number, Answer | undefined>>,
  evidence: Readonly<Record<number, string | undefined>>,
  language: Language,
): string[][] {
  return [
    [...CORE_WORDS[language].reportHeader],
    ...MINEFIELDS.map((m) => {
      const answer = answers[m.id];
      return [
        `${m.id}. ${m.title[language]}`,
        STATUS_LABELS[answer?.status ?? "unanswered"][language],
        evidence[m.id] ?? "",
        answer?.note ?? "",
        answer?.checkedOn ?? "",
      ];
    }),
  ];
}
