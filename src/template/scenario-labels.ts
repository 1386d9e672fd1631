/*
 * A scenario sheet's layout and words: where it keeps its inputs and month table, the labels in column
 * A and the column headers the pane and the Summary find them by, and what its cells say in place of
 * a verdict or a total.
 */
import { inAllLanguages, PORTFOLIO_WORDS } from "../core/words/column-words";
import { columnLetter, MONTH_HEADER, SHARED_LABELS } from "./sheet";

export interface ScenarioInputs {
  /** Sheet name. */
  name: string;
  /** Stage as typed in the stage cell. */
  stage: string;
  baseCpm: number;
  baseCpa: number;
  targetCpa: number;
  /** Twelve example monthly budgets. */
  budgets: number[];
}

/** The month table's columns, A onwards, in order (the pane reads them by their headers). */
const COLUMNS = ["month", "budget", "spillover", "closedLoop", "avgCpm", "marginalCpm", "impressions", "marginalCpa", "capCheck", "conversions"] as const;
const FIRST_MONTH_ROW = 10;
const MONTHS = 12;

/** Where a scenario sheet keeps its inputs and its month table. */
export const SCENARIO_LAYOUT = {
  stage: "B3",
  baseCpm: "B4",
  baseCpa: "B5",
  targetCpa: "B6",
  budgetCap: "B7",
  headerRow: 9,
  firstMonthRow: FIRST_MONTH_ROW,
  months: MONTHS,
  /** The year's total, right under the last month. */
  totalRow: FIRST_MONTH_ROW + MONTHS,
  /** The stage's playbook below the year (STAGEPLAN, spilled in English, then in Chinese): its first lines name the stage in the title. */
  playbook: { titleRow: 24, en: "A25", zh: "A32" },
  columns: COLUMNS,
  /**
   * The budget cap repeated on each month's row, after the month table the pane reads (A to J): a
   * chart draws the cap as a line only over a range with one value per month, and B7 is one cell.
   */
  capColumn: columnLetter(COLUMNS.length),
  /** The two charts, one under the other below the playbook: their first row (1-based) and each one's height in rows. */
  charts: { firstRow: 39, rows: 18 },
};

/** The labels in column A by which the task pane finds a scenario's inputs and months, wherever rows moved them. */
export const SCENARIO_LABELS = {
  stage: "Stage 阶段",
  baseCpm: SHARED_LABELS.baseCpmAtRef,
  baseCpa: "Base CPA at reference spend 参考预算下的 CPA",
  targetCpa: SHARED_LABELS.targetMarginalCpa,
  budgetCap: "Budget cap 预算上限",
  month: MONTH_HEADER,
};

/** A scenario sheet's band: the label cell and the value cell of each row. */
export const BAND_LAYOUT = {
  title: "D3",
  pessimistic: ["D4", "G4"],
  fitted: ["D5", "G5"],
  optimistic: ["D6", "G6"],
} as const;

export const BAND_LABELS = {
  title: "Budget cap on your CPM history — context; B7 plans the year 按历史 CPM 数据的预算上限——仅供参考，全年按 B7 规划",
  pessimistic: "Pessimistic: high elasticity 悲观：高弹性",
  fitted: "Fitted elasticity 拟合弹性",
  optimistic: "Optimistic: low elasticity 乐观：低弹性",
};

/** The month table's headers, in the order of SCENARIO_LAYOUT.columns. */
export const SCENARIO_HEADERS = [
  SCENARIO_LABELS.month,
  inAllLanguages(PORTFOLIO_WORDS.budget),
  "Spillover 外溢",
  "Closed loop 闭环",
  SHARED_LABELS.avgCpm,
  "Marginal CPM 边际 CPM",
  "Impressions 曝光",
  inAllLanguages(PORTFOLIO_WORDS.marginalCpa),
  "vs cap 对比上限",
  inAllLanguages(PORTFOLIO_WORDS.conversions),
];
/** The header of the cap repeated by month (SCENARIO_LAYOUT.capColumn): the chart's legend names the line by it. */
export const CAP_BY_MONTH_HEADER = SCENARIO_LABELS.budgetCap;

export const OVER_CAP = "Over cap 超出上限";
export const WITHIN_CAP = "Within cap 在上限内";
/**
 * What a derived cell says instead of a verdict or a total over a budget typed as text ("35万",
 * "TBD"): Excel's SUM would silently leave it out and its comparisons would call it over the cap.
 */
export const BUDGET_NOT_A_NUMBER = "Budget is not a number: type digits 预算不是数字：请输入数字";
/** What the year's total says over a negative budget, rather than netting it off the other months. */
export const BUDGET_NEGATIVE = "Budget is negative: type 0 or more 预算为负：请输入 0 或以上";
/** What a derived cell says where an input it needs is blank, naming the input in both languages ("Input missing: stage 缺少输入：阶段"). */
export const inputMissing = (english: string, chinese: string): string => `Input missing: ${english} 缺少输入：${chinese}`;
/**
 * What a total of a derived column says where a month has a budget but not the figure — its input
 * left blank, so the month's cell is blank too: a total that counted only the other months (or none,
 * as 0) would be a wrong number.
 */
export const INPUT_MISSING = {
  spillover: inputMissing("stage", "阶段"),
  closedLoop: inputMissing("stage", "阶段"),
  impressions: inputMissing("base CPM", "基准 CPM"),
  conversions: inputMissing("base CPA", "基准 CPA"),
};
/** What `vs cap` says where there is no cap to compare with: a target or base CPA left blank (the Summary's cap column says it too). */
export const CAP_INPUT_MISSING = inputMissing("budget cap, or the target and base CPA it needs", "预算上限，或其所需的目标与基准 CPA");

/** A month-table column's letter, by its name in SCENARIO_LAYOUT.columns ("budget" → "B"). */
export function scenarioColumn(name: (typeof SCENARIO_LAYOUT.columns)[number]): string {
  return columnLetter(SCENARIO_LAYOUT.columns.indexOf(name));
}

/** The header of each month-table column, by its name. */
export function scenarioHeader(name: (typeof SCENARIO_LAYOUT.columns)[number]): string {
  return SCENARIO_HEADERS[SCENARIO_LAYOUT.columns.indexOf(name)];
}
