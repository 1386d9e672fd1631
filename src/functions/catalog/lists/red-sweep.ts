/* RED.SWEEP — ALLOCATE at each budget of a column: the what-if Data Table. */
import { ARG, PORTFOLIO_WORDS, sweepLines, sweepOver } from "../../../core";
import { asColumn, BLANK, currentLanguage, listRows, type Param } from "../../boundary";
import { customFunction, oneCell, withAssumptions } from "../../custom-function";
import { required, withHelp } from "../../declarations";
import { LABELS, LINES, PORTFOLIO, VALUE } from "../../parameters";
import { overLines, valueCells } from "../../line-arguments";

/** budget | conversions | average CPA | marginal CPA, and value | marginal ROI where `value` is given. */
const totalColumns = (valued: boolean) => (valued ? 6 : 4);

const budgets = required(ARG.budgets, "money", { en: "Total {budgets} to try, a column or a row; a blank cell gives a blank row.", zh: "要试算的总预算，一列或一行；空白单元格返回空白行。" });
const labels = withHelp(LABELS, { en: "TRUE to add a header row with the line names.", zh: "TRUE 时加一行标题，含各投放线名称。" });

export const SWEEP = customFunction({
  description: {
    en: "What-if sweep: ALLOCATE at each budget of a column, one row per budget: budget | conversions | average CPA | marginal CPA (blank with {value}, where the {lines} share a marginal ROI instead; then | value | marginal ROI) | spend of each line. With one line it is that line's response curve — the Data Table Excel cannot build over custom functions.",
    zh: "假设分析：对一列预算逐一运行 ALLOCATE，每个预算一行：预算 | 转化数 | 平均 CPA | 边际 CPA（填写 {value} 时为空白，各投放线改为边际 ROI 相等；其后另有 | 价值 | 边际 ROI）| 各投放线预算。只有一条投放线时即为其响应曲线——这是 Excel 无法对自定义函数构建的模拟运算表。",
  },
  parameters: [budgets, ...PORTFOLIO, labels, VALUE],
  result: (call) => ({ rows: call.cells(budgets) + (call.isTrue(labels) ? 1 : 0), columns: totalColumns(call.given(VALUE)) + call.cells(LINES) }),
  returns: {
    en: "One row per budget, each exactly ALLOCATE's split at that budget.",
    zh: "每个预算一行，每行都恰好是该预算下 ALLOCATE 的分配。",
  },
  run: withAssumptions((argument, a) => {
    const withLabels = oneCell<boolean>(argument, labels);
    asColumn(argument(budgets), budgets.name); // a 2-D range of budgets is refused, lines or none
    return overLines(argument, a, (portfolio) => {
      const pointAt = sweepOver(sweepLines(portfolio.lines), a);
      const width = totalColumns(portfolio.valued) + portfolio.names.length;
      const rows = listRows([budgets.read as Param<number>], [argument(budgets)], ([budget]) => pointAt(budget)).rows(width, (point) => {
        const spends: unknown[] = portfolio.names.map(() => BLANK);
        portfolio.named.forEach(({ row }, i) => (spends[row] = point.spends[i]));
        // With values the lines share a marginal ROI, not a marginal CPA (the core's is per unit of value): blank.
        const totals = [point.budget, point.conversions, point.averageCpa, portfolio.priced ? BLANK : point.marginalCpa];
        return [...totals, ...valueCells(portfolio, point.value, point.marginalRoi), ...spends];
      });
      if (!withLabels) return rows;
      const language = currentLanguage();
      const columns = [PORTFOLIO_WORDS.budget, PORTFOLIO_WORDS.conversions, PORTFOLIO_WORDS.averageCpa, PORTFOLIO_WORDS.marginalCpa];
      if (portfolio.valued) columns.push(PORTFOLIO_WORDS.value, PORTFOLIO_WORDS.marginalRoi);
      return [[...columns.map((words) => words[language]), ...portfolio.names.map((name) => name ?? BLANK)], ...rows];
    });
  }),
});
