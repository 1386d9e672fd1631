/* RED.ALLOCATE — a budget split across lines at equal marginal CPA. */
import { allocateBudget } from "../../../core";
import { customFunction, forAmount } from "../../custom-function";
import { withHelp } from "../../declarations";
import { BUDGET, LINES, PORTFOLIO, VALUE } from "../../parameters";
import { allocationColumns, allocationRows, overLines } from "../../line-arguments";

const budget = withHelp(BUDGET, { en: "Total monthly {budget} to split.", zh: "要分配的月度总预算。" });

export const ALLOCATE = customFunction({
  description: {
    en: "Splits a {budget} across the {lines} you buy so the next yuan buys the same on every line: equal marginal CPA, with each line's CPM rising on its own curve. Spills line | spend | share | conversions | marginal CPA | bound; with {value}, the split maximises Σ {value} × conversions (equal marginal ROI) and adds value | marginal ROI: what each line's conversions are worth ({value} × conversions) and what its next yuan returns.",
    zh: "按边际回报相等，把预算分配到你购买的各条投放线：各线边际 CPA 相等，且每条线的 CPM 沿各自曲线上升。溢出 投放线 | 预算 | 占比 | 转化 | 边际 CPA | 约束；填写 {value} 时按 Σ 价值 × 转化 最大化分配（边际 ROI 相等），并增加 价值 | 边际 ROI 两列：各线转化的总价值（价值 × 转化）及下一元预算买到的价值。",
  },
  parameters: [budget, ...PORTFOLIO, VALUE],
  result: (call) => ({ rows: call.cells(LINES), columns: allocationColumns(call.given(VALUE)) }),
  returns: {
    en: "One row per line; the spends add up to the {budget} exactly.",
    zh: "每条投放线一行；各线预算之和恰好等于总预算。",
  },
  run: forAmount(budget, (total, argument, a) => overLines(argument, a, (portfolio) => allocationRows(portfolio, allocateBudget(total, portfolio.lines, a)))),
});
