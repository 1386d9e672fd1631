/*
 * The words that head the columns RED's list functions spill — SWEEP's header, ALLOCATE's bound
 * column, the Total rows, ASSETLADDER's header — and that the template writes above the same
 * spills. Each column's words stand side by side in every language, because a function writes the
 * call's language while the template's sheets show every language at once ("Orders 订单"): one
 * name for a column wherever it is shown.
 */
import type { Language } from "./language";

/** One column's words, in every language. */
export type ColumnWords = Record<Language, string>;

/** The portfolio functions' labels: REQUIREDBUDGET's and FLIGHTPLAN's total, SWEEP's header, the value columns (issue 24). */
export const PORTFOLIO_WORDS = {
  total: { en: "Total", zh: "合计" },
  line: { en: "line", zh: "投放线" },
  spend: { en: "spend", zh: "预算" },
  share: { en: "share", zh: "占比" },
  budget: { en: "budget", zh: "预算" },
  conversions: { en: "conversions", zh: "转化" },
  averageCpa: { en: "average CPA", zh: "平均 CPA" },
  marginalCpa: { en: "marginal CPA", zh: "边际 CPA" },
  value: { en: "value", zh: "价值" },
  marginalRoi: { en: "marginal ROI", zh: "边际 ROI" },
} satisfies Record<string, ColumnWords>;

/**
 * ALLOCATE's columns (and REQUIREDBUDGET's), in their order: line | spend | share | conversions |
 * marginal CPA | bound; where `value` is given, then ALLOCATION_VALUE_HEADER's.
 */
export const ALLOCATION_HEADER: readonly ColumnWords[] = [
  PORTFOLIO_WORDS.line, PORTFOLIO_WORDS.spend, PORTFOLIO_WORDS.share, PORTFOLIO_WORDS.conversions, PORTFOLIO_WORDS.marginalCpa, { en: "bound", zh: "约束" },
];

/** The columns ALLOCATE adds where `value` is given: value | marginal ROI. */
export const ALLOCATION_VALUE_HEADER: readonly ColumnWords[] = [PORTFOLIO_WORDS.value, PORTFOLIO_WORDS.marginalRoi];

/** ALLOCATE's bound column: what holds a line (its minimum, its maximum, floor_spend). */
export const BOUND_WORDS = {
  min: { en: "min", zh: "下限" },
  max: { en: "max", zh: "上限" },
  floor: { en: "floor", zh: "门槛" },
} satisfies Record<string, ColumnWords>;

/** ASSETLADDER's header row (DOMAIN §9), in the order of its columns. */
export const LADDER_HEADER: readonly ColumnWords[] = [
  // The month, then the people on each layer of the ladder.
  { en: "month", zh: "月份" }, { en: "aware", zh: "了解" }, { en: "interested", zh: "兴趣" },
  { en: "new customers", zh: "新客" }, { en: "returning", zh: "老客" }, { en: "loyal", zh: "亲密" },
  // Their orders and GMV, where it lands, the loyal customers' part of it, and the new customers won.
  { en: "orders", zh: "订单" }, { en: "GMV", zh: "GMV" }, { en: "spillover GMV", zh: "外溢 GMV" },
  { en: "closed-loop GMV", zh: "闭环 GMV" }, { en: "loyal GMV", zh: "亲密用户 GMV" }, { en: "new customers won", zh: "新增新客" },
];

/**
 * A column's words as the template's sheets show them: English, then Chinese (the template is one file
 * in both, CONTRIBUTING — a language added elsewhere does not change it, nor the labels the pane finds
 * rows by, such as TOTAL_LABEL), a word said alike in both written once, the first letter a capital.
 *
 * @example inAllLanguages(LADDER_HEADER[6]) // "Orders 订单"
 */
export function inAllLanguages(words: ColumnWords): string {
  const text = [...new Set([words.en, words.zh])].join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
