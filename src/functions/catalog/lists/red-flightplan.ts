/* RED.FLIGHTPLAN — a budget spread over lines and months by seasonality. */
import { flightPlan } from "../../../core";
import { type Param } from "../../boundary";
import { customFunction, forAmount, oneCell } from "../../custom-function";
import { required, withHelp } from "../../declarations";
import { ASSUMPTIONS, BASE_CPA, BUDGET, CPM_ELASTICITY, CVR_ELASTICITY, LABELS, LINES, MAX_SPEND, MIN_SPEND, VALUE } from "../../parameters";
import { flightRows, overLines, overMonths, readCellGrid, readMonths } from "../../line-arguments";

const budget = withHelp(BUDGET, { en: "Total {budget} of the whole flight (every line, every month).", zh: "整个排期的总预算（所有投放线、所有月份）。" });
const baseCPA = withHelp(BASE_CPA, {
  en: "Each line's measured cost per conversion at the reference spend in a normal month (one for all, or one per line).",
  zh: "各投放线在正常月份、参考预算下实测的单次转化成本（一个值通用，或每条一个）。",
});
const seasonality = required(
  "seasonality",
  "price",
  {
    en: "A row of CPA multipliers, one per month: 1 = a normal month, below 1 = cheaper conversions. A blank month gets a blank column.",
    zh: "一行 CPA 系数，每月一个：1 = 正常月份，小于 1 = 转化更便宜。空白月份返回空白列。",
  },
  { blank: "skip" },
);
const minSpend = withHelp(MIN_SPEND, {
  en: "Least monthly spend: one for all, a column (per line), a row (per month) or a line × month grid; blank means 0.",
  zh: "每月最低预算：一个值、一列（每条投放线）、一行（每个月）或 投放线 × 月份 的区域；空白表示 0。",
});
const maxSpend = withHelp(MAX_SPEND, {
  en: "Most monthly spend, shaped like {minSpend}; blank means no limit.",
  zh: "每月最高预算，形状同 {minSpend}；空白表示不设上限。",
});
const labels = withHelp(LABELS, { en: "TRUE to add the line names, a total column and a total row.", zh: "TRUE 时加上投放线名称、合计列和合计行。" });

export const FLIGHTPLAN = customFunction({
  description: {
    en: "Flighting: spreads a {budget} over {lines} and months so the next conversion costs the same in every line and month, each month's CPA scaled by its {seasonality} (0.85 around 618 or 双11 = conversions 15% cheaper). With {value}, the grid maximises Σ {value} × conversions (equal marginal ROI) and each line ends in value | marginal ROI: what its conversions over the months are worth (Σ {value} × conversions) and its best month's marginal ROI; the total row adds the values and gives the common marginal ROI. Spills a line × month grid of spends that add up to the {budget} to the cent.",
    zh: "排期：把预算分配到各投放线和各月份，使每条线每个月下一次转化的成本相同；每月的 CPA 按季节系数缩放（618 或双11 前后为 0.85 = 转化便宜 15%）。填写 {value} 时按 Σ 价值 × 转化 最大化（边际 ROI 相等），每条投放线末尾增加 价值 | 边际 ROI：该线各月转化的总价值（Σ 价值 × 转化）及其最佳月份的边际 ROI；合计行为各线价值之和 | 共同边际 ROI。溢出 投放线 × 月份 的预算表，合计精确到分等于总预算。",
  },
  parameters: [budget, LINES, baseCPA, seasonality, CPM_ELASTICITY, CVR_ELASTICITY, minSpend, maxSpend, ASSUMPTIONS, labels, VALUE],
  result: (call) => {
    const withLabels = call.isTrue(labels) ? 1 : 0;
    const values = call.given(VALUE) ? 2 : 0;
    return { rows: call.cells(LINES) + withLabels, columns: call.cells(seasonality) + 2 * withLabels + values };
  },
  returns: {
    en: "Spend per line (rows) and month (columns), adding up to the {budget} exactly.",
    zh: "每条投放线（行）每个月（列）的预算，合计恰好等于总预算。",
  },
  run: forAmount(budget, (total, argument, a) => {
    const withLabels = oneCell<boolean>(argument, labels);
    const read = readMonths(argument(seasonality), seasonality.read as Param<number>);
    return overLines(
      argument,
      a,
      (portfolio) => overMonths(read, ({ months, used }) => {
        const rows = portfolio.names.length;
        const perMonth = { count: months.length, argument: seasonality.name };
        const minOf = readCellGrid(argument(minSpend), minSpend.read as Param<number>, rows, perMonth);
        const maxOf = readCellGrid(argument(maxSpend), maxSpend.read as Param<number>, rows, perMonth);
        const multipliers = used.map((j) => months[j] as number);
        const cellBounds = (i: number, j: number) => {
          const row = portfolio.named[i].row;
          return { minSpend: minOf(row, used[j]), maxSpend: maxOf(row, used[j]) };
        };
        const plan = flightPlan(total, portfolio.lines, multipliers, cellBounds, a);
        return flightRows(portfolio, months, used, plan, withLabels ?? false);
      }),
      false,
    );
  }),
});
