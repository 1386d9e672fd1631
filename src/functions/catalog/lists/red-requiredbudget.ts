/* RED.REQUIREDBUDGET — the budget that reaches a target at ALLOCATE's split. */
import { ARG, PORTFOLIO_WORDS, requiredBudget, TARGET_RULES } from "../../../core";
import { BLANK, currentLanguage } from "../../boundary";
import { type ArgumentOf, customFunction, forAmount } from "../../custom-function";
import { optional, required } from "../../declarations";
import { LINES, PORTFOLIO, VALUE } from "../../parameters";
import { allocationColumns, allocationRows, overLines, valueCells } from "../../line-arguments";
import { numberParam, readTargetKind } from "../../readers";

const target = required(
  ARG.target,
  "target",
  {
    en: "Conversions to reach; with {targetKind} \"marginal-cpa\", the most one more conversion may cost; \"value\", the Σ {value} × conversions to reach; \"marginal-roi\", the least return the next yuan must still buy.",
    zh: "要达到的转化数；{targetKind} 为 \"marginal-cpa\" 时，为多一次转化愿意支付的最高成本；为 \"value\" 时，为要达到的 Σ 价值 × 转化；为 \"marginal-roi\" 时，为下一元至少仍须带来的价值。",
  },
  { takes: "cell" },
);
const targetKind = optional(ARG.targetKind, "targetKind", {
  en: "\"conversions\" (转化, the default), \"marginal-cpa\" (边际CPA), \"value\" (价值) or \"marginal-roi\" (边际ROI).",
  zh: "\"转化\"（\"conversions\"，默认）、\"边际CPA\"（\"marginal-cpa\"）、\"价值\"（\"value\"）或 \"边际ROI\"（\"marginal-roi\"）。",
});
/** The call's target kind: it chooses the target's rule, so it is read first. */
const kindOf = (argument: ArgumentOf) => readTargetKind(argument(targetKind), targetKind.name);

export const REQUIREDBUDGET = customFunction({
  description: {
    en: "The least budget that buys a {target} number of conversions at ALLOCATE's split (or, with {targetKind} \"marginal-cpa\", the most budget whose next conversion still costs no more than the {target}). With {value}, {targetKind} \"value\" reaches a Σ {value} × conversions and \"marginal-roi\" keeps the next yuan's return at least the {target}. Spills ALLOCATE's rows at that budget and a Total row: budget, share 1, conversions, marginal CPA; with {value}, the marginal CPA is blank (a marginal ROI is shared instead) and the value | marginal ROI columns follow.",
    zh: "按 ALLOCATE 的最优分配达到目标转化数所需的最少预算（{targetKind} 为 \"marginal-cpa\" 时：下一次转化成本仍不超过目标的最多预算）。填写 {value} 时，{targetKind} 为 \"value\" 达到目标 Σ 价值 × 转化，为 \"marginal-roi\" 使下一元的价值不低于目标。溢出该预算下 ALLOCATE 的各行，以及一行合计：预算、占比 1、转化数、边际 CPA；填写 {value} 时边际 CPA 为空白（各投放线改为边际 ROI 相等），其后为价值与边际 ROI。",
  },
  parameters: [target, ...PORTFOLIO, targetKind, VALUE],
  result: (call) => ({ rows: call.cells(LINES) + 1, columns: allocationColumns(call.given(VALUE)) }),
  returns: {
    en: "One row per line and a Total row; the budget is in whole cents, one cent less misses the {target}.",
    zh: "每条投放线一行，另加合计行；预算精确到分，少一分即达不到目标。",
  },
  run: forAmount(target, (wanted, argument, a) => {
    const kind = kindOf(argument);
    return overLines(argument, a, (portfolio) => {
      const plan = requiredBudget(wanted, kind, portfolio.lines, a);
      const total = PORTFOLIO_WORDS.total[currentLanguage()];
      // With values the lines share a marginal ROI, not a marginal CPA (the core's is per unit of value): blank.
      const totals = [total, plan.budget, 1, plan.conversions, portfolio.priced ? BLANK : plan.marginalCpa, BLANK];
      return [...allocationRows(portfolio, plan.split), [...totals, ...valueCells(portfolio, plan.value, plan.marginalRoi)]];
    });
  }, (argument) => numberParam(target.name, TARGET_RULES[kindOf(argument)])),
});
