/*
 * Spillsplit's custom functions (namespace RED). Each is a few lines: declare its parameters, hand
 * the read values to the core, and let the boundary shape the result for Excel. The JSDoc here is
 * the source of functions.json: keep the description before @customfunction.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed ranges as any[][] */
import {
  Assumptions,
  assumptionRows,
  averageCpm,
  budgetCap,
  DomainError,
  impressions,
  incrementalCpm,
  marginalCpa,
  marginalCpm,
  readAssumptions,
  spilloverShare,
  splitBudget,
} from "../core";
import { CellValue, currentLanguage, excelFunction, mapCells, Param, toGrid } from "./boundary";
import { money, positive, readLanguage, readPart, stage as stageParam } from "./readers";

/** Runs a one-number-per-cell function with the assumptions read once for the whole call. */
function perCell<T extends unknown[]>(
  params: { [K in keyof T]: Param<T[K]> },
  args: unknown[],
  assumptions: unknown,
  compute: (a: Assumptions, ...values: T) => number,
): any[][] {
  return excelFunction(() => {
    const a = readAssumptions(toGrid(assumptions));
    return mapCells(params, args, (...values: T) => compute(a, ...values)).cells;
  });
}

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
    const a = readAssumptions(toGrid(assumptions));
    const wanted = readPart(part);
    const { shape, cells } = mapCells(SPLIT_PARAMS, [stage, budget], (position, amount) =>
      splitBudget(amount, spilloverShare(position, a)),
    );
    return layoutSplit(shape, cells, wanted);
  });
}

const SPLIT_PARAMS: [Param<number>, Param<number>] = [stageParam("stage"), money("budget")];

type SplitCell = ReturnType<typeof splitBudget> | CellValue;

function pick(cell: SplitCell, part: "spillover" | "closedLoop"): CellValue {
  return typeof cell === "object" && "spillover" in cell ? cell[part] : cell;
}

/** One budget → 1×2; a column → n×2; a row → 2×m; a 2-D range needs `part`. */
function layoutSplit(
  shape: { rows: number; columns: number },
  cells: SplitCell[][],
  part: "spillover" | "closedLoop" | undefined,
): CellValue[][] {
  if (part) return cells.map((row) => row.map((cell) => pick(cell, part)));
  const both = (cell: SplitCell) => [pick(cell, "spillover"), pick(cell, "closedLoop")];
  if (shape.rows === 1 && shape.columns === 1) {
    const only = cells[0][0];
    return typeof only === "object" && !("spillover" in only) ? [[only]] : [both(only)];
  }
  if (shape.columns === 1) return cells.map((row) => both(row[0]));
  if (shape.rows === 1) return [cells[0].map((c) => pick(c, "spillover")), cells[0].map((c) => pick(c, "closedLoop"))];
  throw new DomainError("NEEDS_PART", { argument: "budget", rows: shape.rows, columns: shape.columns });
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
  return perCell([money("spend"), positive("baseCPM", 1)], [spend, baseCPM], assumptions, (a, s, base) =>
    averageCpm(s, base, a),
  );
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
  return perCell([money("spend"), positive("baseCPM", 1)], [spend, baseCPM], assumptions, (a, s, base) =>
    marginalCpm(s, base, a),
  );
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
  return perCell(
    [money("fromSpend"), money("toSpend"), positive("baseCPM", 1)],
    [fromSpend, toSpend, baseCPM],
    assumptions,
    (a, from, to, base) => incrementalCpm(from, to, base, a),
  );
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
  return perCell([money("spend"), positive("baseCPM")], [spend, baseCPM], assumptions, (a, s, base) =>
    impressions(s, base, a),
  );
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
  return perCell([money("spend"), positive("baseCPA")], [spend, baseCPA], assumptions, (a, s, base) =>
    marginalCpa(s, base, a),
  );
}

/**
 * Budget cap: the largest monthly spend whose next conversion still costs no more than your target CPA; 0 if none.
 * @customfunction BUDGETCAP
 * @param targetCPA The most you will pay for one more conversion.
 * @param baseCPA Your measured cost per conversion at the reference spend.
 * @param [assumptions] Assumptions range (key, value), such as the table REDDEFAULTS spills.
 * @returns Largest monthly spend within the target.
 */
export function budgetCapFn(targetCPA: any[][], baseCPA: any[][], assumptions?: any[][]): any[][] {
  return perCell([positive("targetCPA"), positive("baseCPA")], [targetCPA, baseCPA], assumptions, (a, target, base) =>
    budgetCap(target, base, a),
  );
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
