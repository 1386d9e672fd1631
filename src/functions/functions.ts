/*
 * Spillsplit's custom functions (namespace RED). Each is a few lines: declare its parameters, hand
 * the read values to the core, and let the boundary shape the result for Excel. The JSDoc here is
 * the source of functions.json: keep the description before @customfunction.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed ranges as any[][] */
import {
  allocateBudget,
  assumptionRows,
  CORE_WORDS,
  DomainError,
  elasticityInterval,
  fitCpmCurve,
  flightPlan,
  requiredBudget,
  sweepLines,
  sweepOver,
  gradeNote,
  NOTE_LABELS,
  NoteCounts,
  noteThresholds,
  stagePlan,
  TARGET_RULES,
  readAssumptions,
} from "../core";
import {
  alignedLists,
  asColumn,
  listRows,
  assumptionsGrid,
  BLANK,
  currentLanguage,
  excelFunction,
  mapNumberPairs,
  Shape,
  Param,
  readOne,
  toGrid,
  vectorised,
} from "./boundary";
import { allocationRows, flightRows, readCellGrid, readMonths, readPortfolio, readTargetKind } from "./portfolio";
import { declared, readersOf } from "./declarations";
import { averageCpmKernel, budgetCapKernel, conversionsKernel, impressionsKernel, incrementalCpmKernel, marginalCpaKernel, marginalCpmKernel, splitKernel } from "./kernels";
import { numberParam, readLanguage, readPart } from "./readers";

import { loadStudentT, studentTQuantile } from "./statistics";

/** The declared reader of a parameter (declarations.ts). */
function param<T>(id: string, name: string): Param<T> {
  return declared(id, name).read as Param<T>;
}

// The parameters of the vectorised functions, as declared; their kernels are in kernels.ts.
const AVGCPM_PARAMS = readersOf("AVGCPM", "spend", "baseCPM");
const MARGINALCPM_PARAMS = readersOf("MARGINALCPM", "spend", "baseCPM");
const STEP_PARAMS = readersOf("INCREMENTALCPM", "fromSpend", "toSpend", "baseCPM");
const IMPRESSION_PARAMS = readersOf("IMPRESSIONS", "spend", "baseCPM");
const CPA_PARAMS = readersOf("MARGINALCPA", "spend", "baseCPA");
const CONVERSIONS_PARAMS = readersOf("CONVERSIONS", "spend", "baseCPA");
const CAP_PARAMS = readersOf("BUDGETCAP", "targetCPA", "baseCPA");

/**
 * Splits a monthly budget between spillover (sales that land on Tmall/JD) and closed loop (sales inside RED) by the brand's lifecycle stage. One budget spills spillover | closed loop; a column of budgets spills two columns; a row spills two rows.
 * @customfunction SPILLSPLIT
 * @param stage Lifecycle stage: cold-start, growth or mature (冷启动期, 成长期, 成熟期), or 1 to 3; a number between two stages interpolates the split.
 * @param budget Monthly budget: one cell, a row or a column of months. Blank cells give blank results.
 * @param [part] "spillover" (外溢) or "closed-loop" (闭环) to return one value per budget cell, in the budget's shape.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills; edits the stage presets.
 * @returns The spillover and closed-loop amounts, which add up to the budget exactly.
 */
export function spillSplit(stage: any[][], budget: any[][], part?: string, assumptions?: any[][]): any[][] {
  return excelFunction(() => {
    const a = readAssumptions(assumptionsGrid(assumptions));
    const wanted = readPart(part);
    const pick = wanted === undefined ? undefined : wanted === "spillover" ? 0 : 1;
    // One budget → 1×2; a column → n×2; a row → 2×m; a 2-D range needs `part`.
    return mapNumberPairs(SPLIT_PARAMS, [stage, budget], splitKernel, a, pick, needsPart);
  });
}

const SPLIT_PARAMS = readersOf("SPILLSPLIT", "stage", "budget");

function needsPart(shape: Shape): DomainError {
  return new DomainError("NEEDS_PART", { argument: "budget", rows: shape.rows, columns: shape.columns });
}

/**
 * Average CPM at a monthly spend: rises with spend as the limited audience gets crowded. Without baseCPM it is an index (1 = the CPM at the reference spend).
 * @customfunction AVGCPM
 * @param spend Monthly spend: one cell or a range.
 * @param [baseCPM] Your measured CPM at the reference spend (200,000 unless the assumptions say otherwise). Omit for an index.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Average cost per 1,000 impressions.
 */
export function avgCpm(spend: any[][], baseCPM?: any[][], assumptions?: any[][]): any[][] {
  return vectorised(AVGCPM_PARAMS, [spend, baseCPM], assumptions, averageCpmKernel);
}

/**
 * Marginal CPM: what the next 1,000 impressions cost at a monthly spend. Always above the average CPM once spend pushes prices up.
 * @customfunction MARGINALCPM
 * @param spend Monthly spend: one cell or a range.
 * @param [baseCPM] Your measured CPM at the reference spend. Omit for an index (1 = average CPM at the reference spend).
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Price of the next 1,000 impressions.
 */
export function marginalCpmFn(spend: any[][], baseCPM?: any[][], assumptions?: any[][]): any[][] {
  return vectorised(MARGINALCPM_PARAMS, [spend, baseCPM], assumptions, marginalCpmKernel);
}

/**
 * Incremental CPM of a budget step: what the extra spend pays per 1,000 extra impressions (200k → 500k costs 1.91× the old CPM).
 * @customfunction INCREMENTALCPM
 * @param fromSpend Current monthly spend.
 * @param toSpend Proposed monthly spend.
 * @param [baseCPM] Your measured CPM at the reference spend. Omit for an index.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Cost per 1,000 of the extra impressions.
 */
export function incrementalCpmFn(fromSpend: any[][], toSpend: any[][], baseCPM?: any[][], assumptions?: any[][]): any[][] {
  return vectorised(STEP_PARAMS, [fromSpend, toSpend, baseCPM], assumptions, incrementalCpmKernel);
}

/**
 * Impressions a monthly spend buys at the rising average CPM.
 * @customfunction IMPRESSIONS
 * @param spend Monthly spend: one cell or a range.
 * @param baseCPM Your measured CPM at the reference spend.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Number of impressions.
 */
export function impressionsFn(spend: any[][], baseCPM: any[][], assumptions?: any[][]): any[][] {
  return vectorised(IMPRESSION_PARAMS, [spend, baseCPM], assumptions, impressionsKernel);
}

/**
 * Marginal CPA: what the next conversion costs at a monthly spend, as CPM rises faster than the conversion rate.
 * @customfunction MARGINALCPA
 * @param spend Monthly spend: one cell or a range.
 * @param baseCPA Your measured cost per conversion at the reference spend.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Cost of the next conversion.
 */
export function marginalCpaFn(spend: any[][], baseCPA: any[][], assumptions?: any[][]): any[][] {
  return vectorised(CPA_PARAMS, [spend, baseCPA], assumptions, marginalCpaKernel);
}

/**
 * Conversions a monthly spend buys, as the cost per conversion rises with spend (CPM rises faster than the conversion rate).
 * @customfunction CONVERSIONS
 * @param spend Monthly spend: one cell or a range.
 * @param baseCPA Your measured cost per conversion at the reference spend.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Number of conversions.
 */
export function conversionsFn(spend: any[][], baseCPA: any[][], assumptions?: any[][]): any[][] {
  return vectorised(CONVERSIONS_PARAMS, [spend, baseCPA], assumptions, conversionsKernel);
}

/**
 * Budget cap: the largest monthly spend, in whole cents, whose next conversion still costs no more than your target CPA; 0 if none.
 * @customfunction BUDGETCAP
 * @param targetCPA The most you will pay for one more conversion.
 * @param baseCPA Your measured cost per conversion at the reference spend.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Largest monthly spend within the target.
 */
export function budgetCapFn(targetCPA: any[][], baseCPA: any[][], assumptions?: any[][]): any[][] {
  return vectorised(CAP_PARAMS, [targetCPA, baseCPA], assumptions, budgetCapKernel);
}

/**
 * Spills the assumptions table (key, value, meaning) that every RED function can take as its assumptions argument. Paste it as values, edit the values, and pass the range.
 * @customfunction REDDEFAULTS
 * @param [lang] "en" or "zh" for the language of the meanings; omit to follow Office.
 * @returns The assumptions with a header row.
 */
export function redDefaults(lang?: string): any[][] {
  return excelFunction(() => assumptionRows(readLanguage(lang, currentLanguage())));
}


/**
 * Fits the CPM curve to your own RED history: log-log least squares of monthly CPM on monthly spend. Returns elasticity | base CPM at refSpend | R²; with a confidence level also the standard error, the interval of the elasticity and the months used.
 * @customfunction CPMFIT
 * @param spends Monthly spends, one per month (a column or row); blank months are skipped.
 * @param cpms Average CPM of the same months, in the same order.
 * @param [refSpend] Spend at which to state the base CPM; 200,000 if omitted.
 * @param [labels] TRUE to add a header row above the results.
 * @param [confidence] Confidence level of the elasticity's interval, e.g. 0.9; omit for the fit alone.
 * @returns cpm_elasticity, base CPM at refSpend and R² of the fit; with confidence also std_error, elasticity_low, elasticity_high and n.
 */
export function cpmFit(spends: any[][], cpms: any[][], refSpend?: number, labels?: boolean, confidence?: number): any[][] {
  // The t quantile arrives in a chunk of its own the first time an interval is asked for: until
  // then Excel gets a promise (the cell shows #BUSY! for a moment), afterwards an answer at once.
  if (toGrid(confidence) !== null && !studentTQuantile()) {
    return loadStudentT().then(() => cpmFit(spends, cpms, refSpend, labels, confidence)) as unknown as any[][];
  }
  return excelFunction(() => {
    const level = readOne(confidence, CPMFIT_CONFIDENCE);
    const months = alignedLists<[number, number]>(CPMFIT_LISTS, [spends, cpms]);
    const ref = readOne(refSpend, CPMFIT_REF) as number;
    const pairs = months.filter((month): month is [number, number] => month[0] !== undefined && month[1] !== undefined);
    const fit = fitCpmCurve(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
      ref,
    );
    const header = ["cpm_elasticity", "base_cpm", "r_squared"];
    const row = [fit.elasticity, fit.baseCpm, fit.rSquared];
    if (level !== undefined) {
      const band = elasticityInterval(fit, level, studentTQuantile()!);
      header.push("std_error", "elasticity_low", "elasticity_high", "n");
      row.push(fit.stdError, band.low, band.high, fit.n);
    }
    return readOne(labels, CPMFIT_LABELS) ? [header, row] : [row];
  });
}

const CPMFIT_LISTS = readersOf("CPMFIT", "spends", "cpms") as [Param<number>, Param<number>];
const CPMFIT_REF = declared("CPMFIT", "refSpend").read as Param<number>;
const CPMFIT_LABELS = declared("CPMFIT", "labels").read as Param<boolean>;
const CPMFIT_CONFIDENCE = declared("CPMFIT", "confidence").read as Param<number>;

const NOTE_PARAMS = readersOf("HOTNOTES", "reads", "engagements", "jumps") as [Param<number>, Param<number>, Param<number>];
const NOTE_RATES = readersOf("HOTNOTES", "hotRate", "jumpRate");
const NOTE_DETAIL = declared("HOTNOTES", "detail").read as Param<boolean>;

/**
 * Grades each note's spillover (minefield 3: a hot note is not always strong spillover): effective hot, hollow hot, hidden converter or ordinary, from its engagement and jump-out rates.
 * @customfunction HOTNOTES
 * @param reads Reads of each note, one note per row.
 * @param engagements Likes, saves and comments of each note.
 * @param jumps Jumps out to Tmall/Taobao/JD of each note (from 小红星/小红盟).
 * @param [hotRate] Engagement rate that makes a note hot; omit for the notes' own 75th percentile.
 * @param [jumpRate] Jump rate that makes spillover strong; omit for the notes' own median.
 * @param [detail] TRUE to add each note's engagement rate and jump rate beside its label.
 * @param [lang] "en" or "zh" for the labels; omit to follow Office.
 * @returns One label per note.
 */
export function hotNotes(
  reads: any[][],
  engagements: any[][],
  jumps: any[][],
  hotRate?: number,
  jumpRate?: number,
  detail?: boolean,
  lang?: string,
): any[][] {
  return excelFunction(() => {
    const language = readLanguage(lang, currentLanguage());
    const withDetail = readOne(detail, NOTE_DETAIL);
    const given = { hotRate: readOne(hotRate, NOTE_RATES[0]), jumpRate: readOne(jumpRate, NOTE_RATES[1]) };
    const notes = listRows(NOTE_PARAMS, [reads, engagements, jumps], ([r, e, j]): NoteCounts => ({ reads: r, engagements: e, jumps: j }));
    const thresholds = noteThresholds(notes.values(), given);
    return notes
      .then((note) => gradeNote(note, thresholds))
      .rows(withDetail ? 3 : 1, (grade) => {
        const label = NOTE_LABELS[grade.label][language];
        return withDetail ? [label, grade.engagementRate, grade.jumpRate] : [label];
      });
  });
}

/**
 * Spills a lifecycle stage's plan as a column of text: the stage, its spillover/closed-loop split and its key actions.
 * @customfunction STAGEPLAN
 * @param stage Lifecycle stage: cold-start, growth or mature (冷启动期, 成长期, 成熟期), or 1 to 3.
 * @param [lang] "en" or "zh"; omit to follow Office.
 * @param [assumptions] Assumptions range (key, value), for edited stage presets.
 * @returns The plan, one line per cell.
 */
export function stagePlanFn(stage: any, lang?: string, assumptions?: any[][]): any[][] {
  return excelFunction(() => {
    const a = readAssumptions(assumptionsGrid(assumptions));
    const language = readLanguage(lang, currentLanguage());
    const position = readOne(stage, param<number>("STAGEPLAN", "stage"));
    if (position === undefined) return [[BLANK]];
    return stagePlan(position, language, a).map((line) => [line]);
  });
}

/**
 * Splits a budget across the lines you buy so the next yuan buys the same on every line: equal marginal CPA, with each line's CPM rising on its own curve. Spills line | spend | share | conversions | marginal CPA | bound.
 * @customfunction ALLOCATE
 * @param budget Total monthly budget to split.
 * @param lines Names of the lines, one per row (seeding notes, search ads, store live…).
 * @param baseCPA Each line's measured cost per conversion at the reference spend (one value for all, or one per line).
 * @param [cpmElasticity] Each line's cpm_elasticity; blank uses the assumptions.
 * @param [cvrElasticity] Each line's cvr_elasticity; blank uses the assumptions.
 * @param [minSpend] Each line's least spend; blank means 0.
 * @param [maxSpend] Each line's most spend; blank means no limit.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns One row per line; the spends add up to the budget exactly.
 */
export function allocate(
  budget: any,
  lines: any[][],
  baseCPA: any[][],
  cpmElasticity?: any[][],
  cvrElasticity?: any[][],
  minSpend?: any[][],
  maxSpend?: any[][],
  assumptions?: any[][],
): any[][] {
  return excelFunction(() => {
    const a = readAssumptions(assumptionsGrid(assumptions));
    const total = readOne(budget, param<number>("ALLOCATE", "budget"));
    if (total === undefined) return [[BLANK]];
    const portfolio = readPortfolio({ lines, baseCPA, cpmElasticity, cvrElasticity, minSpend, maxSpend }, a);
    if (portfolio.lines.length === 0) return [[BLANK]];
    return allocationRows(portfolio, allocateBudget(total, portfolio.lines, a));
  });
}


/**
 * The least budget that buys a target number of conversions at ALLOCATE's split (or, with targetKind "marginal-cpa", the most budget whose next conversion still costs no more than the target). Spills ALLOCATE's rows at that budget and a Total row: budget, share 1, conversions, marginal CPA.
 * @customfunction REQUIREDBUDGET
 * @param target Conversions to reach; with targetKind "marginal-cpa", the most one more conversion may cost.
 * @param lines Names of the lines, one per row (seeding notes, search ads, store live…).
 * @param baseCPA Each line's measured cost per conversion at the reference spend (one value for all, or one per line).
 * @param [cpmElasticity] Each line's cpm_elasticity; blank uses the assumptions.
 * @param [cvrElasticity] Each line's cvr_elasticity; blank uses the assumptions.
 * @param [minSpend] Each line's least spend; blank means 0.
 * @param [maxSpend] Each line's most spend; blank means no limit.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @param [targetKind] "conversions" (转化, the default) or "marginal-cpa" (边际CPA).
 * @returns One row per line and a Total row; the budget is in whole cents, one cent less misses the target.
 */
export function requiredBudgetFn(
  target: any,
  lines: any[][],
  baseCPA: any[][],
  cpmElasticity?: any[][],
  cvrElasticity?: any[][],
  minSpend?: any[][],
  maxSpend?: any[][],
  assumptions?: any[][],
  targetKind?: string,
): any[][] {
  return excelFunction(() => {
    const a = readAssumptions(assumptionsGrid(assumptions));
    const kind = readTargetKind(targetKind);
    const wanted = readOne(target, numberParam("target", TARGET_RULES[kind]));
    if (wanted === undefined) return [[BLANK]];
    const portfolio = readPortfolio({ lines, baseCPA, cpmElasticity, cvrElasticity, minSpend, maxSpend }, a);
    if (portfolio.lines.length === 0) return [[BLANK]];
    const plan = requiredBudget(wanted, kind, portfolio.lines, a);
    const total = CORE_WORDS[currentLanguage()].portfolio.total;
    return [...allocationRows(portfolio, plan.split), [total, plan.budget, 1, plan.conversions, plan.marginalCpa, BLANK]];
  });
}

const SWEEP_BUDGETS = readersOf("SWEEP", "budgets") as [Param<number>];

/**
 * What-if sweep: ALLOCATE at each budget of a column, one row per budget: budget | conversions | average CPA | marginal CPA | spend of each line. With one line it is that line's response curve — the Data Table Excel cannot build over custom functions.
 * @customfunction SWEEP
 * @param budgets Total budgets to try, a column or a row; a blank cell gives a blank row.
 * @param lines Names of the lines, one per row (seeding notes, search ads, store live…).
 * @param baseCPA Each line's measured cost per conversion at the reference spend (one value for all, or one per line).
 * @param [cpmElasticity] Each line's cpm_elasticity; blank uses the assumptions.
 * @param [cvrElasticity] Each line's cvr_elasticity; blank uses the assumptions.
 * @param [minSpend] Each line's least spend; blank means 0.
 * @param [maxSpend] Each line's most spend; blank means no limit.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @param [labels] TRUE to add a header row with the line names.
 * @returns One row per budget, each exactly ALLOCATE's split at that budget.
 */
export function sweep(
  budgets: any[][],
  lines: any[][],
  baseCPA: any[][],
  cpmElasticity?: any[][],
  cvrElasticity?: any[][],
  minSpend?: any[][],
  maxSpend?: any[][],
  assumptions?: any[][],
  labels?: boolean,
): any[][] {
  return excelFunction(() => {
    const a = readAssumptions(assumptionsGrid(assumptions));
    const withLabels = readOne(labels, param<boolean>("SWEEP", "labels"));
    const portfolio = readPortfolio({ lines, baseCPA, cpmElasticity, cvrElasticity, minSpend, maxSpend }, a);
    asColumn(budgets, "budgets"); // a 2-D range of budgets is refused before the lines are
    if (portfolio.lines.length === 0) return [[BLANK]];
    const pointAt = sweepOver(sweepLines(portfolio.lines), a);
    const width = 4 + portfolio.names.length;
    const rows = listRows(SWEEP_BUDGETS, [budgets], ([budget]) => pointAt(budget)).rows(width, (point) => {
      const spends: unknown[] = portfolio.names.map(() => BLANK);
      portfolio.named.forEach(({ row }, i) => (spends[row] = point.spends[i]));
      return [point.budget, point.conversions, point.averageCpa, point.marginalCpa, ...spends];
    });
    if (!withLabels) return rows;
    const words = CORE_WORDS[currentLanguage()].portfolio;
    return [[words.budget, words.conversions, words.averageCpa, words.marginalCpa, ...portfolio.names.map((name) => name ?? BLANK)], ...rows];
  });
}

/**
 * Flighting: spreads a budget over lines and months so the next conversion costs the same in every line and month, each month's CPA scaled by its seasonality (0.85 around 618 or 双11 = conversions 15% cheaper). Spills lines × months of spends that add up to the budget to the cent.
 * @customfunction FLIGHTPLAN
 * @param budget Total budget of the whole flight (all lines, all months).
 * @param lines Names of the lines, one per row (seeding notes, search ads, store live…).
 * @param baseCPA Each line's measured cost per conversion at the reference spend in a normal month (one value for all, or one per line).
 * @param seasonality A row of CPA multipliers, one per month: 1 = a normal month, below 1 = cheaper conversions. A blank month gets a blank column.
 * @param [cpmElasticity] Each line's cpm_elasticity; blank uses the assumptions.
 * @param [cvrElasticity] Each line's cvr_elasticity; blank uses the assumptions.
 * @param [minSpend] Least monthly spend: one value, a column (per line), a row (per month) or a lines × months grid; blank means 0.
 * @param [maxSpend] Most monthly spend, shaped like minSpend; blank means no limit.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @param [labels] TRUE to add the line names, a total column and a total row.
 * @returns Spend per line (rows) and month (columns), adding up to the budget exactly.
 */
export function flightPlanFn(
  budget: any,
  lines: any[][],
  baseCPA: any[][],
  seasonality: any[][],
  cpmElasticity?: any[][],
  cvrElasticity?: any[][],
  minSpend?: any[][],
  maxSpend?: any[][],
  assumptions?: any[][],
  labels?: boolean,
): any[][] {
  return excelFunction(() => {
    const a = readAssumptions(assumptionsGrid(assumptions));
    const total = readOne(budget, param<number>("FLIGHTPLAN", "budget"));
    if (total === undefined) return [[BLANK]];
    const withLabels = readOne(labels, param<boolean>("FLIGHTPLAN", "labels"));
    const { months, used } = readMonths(seasonality, param<number>("FLIGHTPLAN", "seasonality"));
    const portfolio = readPortfolio({ lines, baseCPA, cpmElasticity, cvrElasticity }, a);
    if (portfolio.lines.length === 0 || used.length === 0) return [[BLANK]];
    const rows = portfolio.names.length;
    const minOf = readCellGrid(minSpend, param<number>("FLIGHTPLAN", "minSpend"), rows, months.length);
    const maxOf = readCellGrid(maxSpend, param<number>("FLIGHTPLAN", "maxSpend"), rows, months.length);
    const multipliers = used.map((j) => months[j] as number);
    const cellBounds = (i: number, j: number) => {
      const row = portfolio.named[i].row;
      return { minSpend: minOf(row, used[j]), maxSpend: maxOf(row, used[j]) };
    };
    const plan = flightPlan(total, portfolio.lines, multipliers, cellBounds, a);
    return flightRows(portfolio, months, used, plan.spends, withLabels ?? false);
  });
}

