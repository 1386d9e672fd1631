/* RED.CPMFIT — the CPM curve fitted to a planner's own history. */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed ranges as any[][] */
import { ARG, DEFAULT_ASSUMPTIONS, elasticityInterval, fitCpmCurve } from "../../../core";
import { alignedLists, excelFunction, type Param, toGrid } from "../../boundary";
import { type ArgumentOf, customFunction, oneCell } from "../../custom-function";
import { optional, required, withHelp } from "../../declarations";
import { LABELS } from "../../parameters";
import { notLoaded } from "../../code-loading";
import { loadStudentT, studentTQuantile } from "../../statistics";

const spends = required(ARG.spends, "money", { en: "Monthly {spends}, one per month (a column or row); blank months are skipped.", zh: "各月预算（一列或一行）；空白月份会被跳过。" }, { blank: "skip" });
const cpms = required("cpms", "count", { en: "Average CPM of the same months, in the same order.", zh: "相同月份、相同顺序的平均 CPM。" }, { blank: "skip" });
const refSpend = optional(
  ARG.refSpend,
  "price",
  {
    en: "Spend at which to state the base CPM; 200,000 if omitted.",
    zh: "基准 CPM 所对应的预算；省略则为 200,000。",
  },
  { fallback: DEFAULT_ASSUMPTIONS.refSpend, takes: "number" },
);
const labels = withHelp(LABELS, { en: "TRUE to add a header row above the results.", zh: "TRUE 时在结果上方加一行标题。" });
const confidence = optional("confidence", "confidence", { en: "{Confidence} level of the elasticity's interval, e.g. 0.9; omit for the fit alone.", zh: "弹性区间的置信水平，例如 0.9；省略则只返回拟合结果。" });
const MONTHS = [spends.read, cpms.read] as [Param<number>, Param<number>];

function run(argument: ArgumentOf): any[][] {
  // The t quantile arrives in a chunk of its own the first time an interval is asked for: until
  // then Excel gets a promise (the cell shows #BUSY! for a moment), afterwards an answer at once.
  if (toGrid(argument(confidence)) !== null && !studentTQuantile()) {
    // A chunk that could not be fetched is #N/A saying so (NOT_LOADED); the next call fetches again.
    return loadStudentT().then(() => run(argument), notLoaded) as unknown as any[][];
  }
  return excelFunction(() => {
    const level = oneCell<number>(argument, confidence);
    const months = alignedLists<[number, number]>(MONTHS, [argument(spends), argument(cpms)]);
    const ref = oneCell<number>(argument, refSpend) as number;
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
    return oneCell<boolean>(argument, labels) ? [header, row] : [row];
  });
}

export const CPMFIT = customFunction({
  description: {
    en: "Fits the CPM curve to your own RED history: log-log least squares of monthly CPM on monthly spend. Returns elasticity | base CPM at {refSpend} | R²; with a {confidence} level also the standard error, the interval of the elasticity and the months used.",
    zh: "用你自己的小红书历史数据拟合 CPM 曲线：月度 CPM 对月度预算做双对数最小二乘。返回 弹性 | 参考预算下的基准 CPM | R²；给出置信水平时还返回标准误、弹性区间与所用月数。把弹性填入假设表的 cpm_elasticity。",
  },
  parameters: [spends, cpms, refSpend, labels, confidence],
  result: (call) => ({ rows: call.isTrue(labels) ? 2 : 1, columns: call.given(confidence) ? 7 : 3 }),
  returns: {
    en: "cpm_elasticity, base CPM at {refSpend} and R² of the fit; with {confidence} also std_error, elasticity_low, elasticity_high and n.",
    zh: "拟合的 cpm_elasticity、{refSpend} 下的基准 CPM 与 R²；给出 {confidence} 时另有 std_error、elasticity_low、elasticity_high 与 n。",
  },
  run,
});
