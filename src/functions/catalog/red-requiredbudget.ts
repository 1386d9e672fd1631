/* RED.REQUIREDBUDGET — the budget that reaches a target at ALLOCATE's split. */
import { CORE_WORDS, requiredBudget, TARGET_RULES } from "../../core";
import { BLANK, currentLanguage, excelFunction, readOne } from "../boundary";
import { assumptionsOf, customFunction } from "../custom-function";
import { optional, required } from "../declarations";
import { ASSUMPTIONS, BASE_CPA, CPM_ELASTICITY, CVR_ELASTICITY, LINES, MAX_SPEND, MIN_SPEND } from "../parameters";
import { allocationRows, readPortfolio } from "../line-arguments";
import { numberParam, readTargetKind } from "../readers";

const target = required(
  "target",
  "target",
  {
    en: "Conversions to reach; with targetKind \"marginal-cpa\", the most one more conversion may cost.",
    zh: "要达到的转化数；targetKind 为 \"marginal-cpa\" 时，为多一次转化愿意支付的最高成本。",
  },
  { takes: "cell" },
);
const targetKind = optional("targetKind", "targetKind", { en: "\"conversions\" (转化, the default) or \"marginal-cpa\" (边际CPA).", zh: "\"转化\"（conversions，默认）或 \"边际CPA\"（marginal-cpa）。" });

export const REQUIREDBUDGET = customFunction({
  id: "REQUIREDBUDGET",
  description: {
    en: "The least budget that buys a target number of conversions at ALLOCATE's split (or, with targetKind \"marginal-cpa\", the most budget whose next conversion still costs no more than the target). Spills ALLOCATE's rows at that budget and a Total row: budget, share 1, conversions, marginal CPA.",
    zh: "按 ALLOCATE 的最优分配达到目标转化数所需的最少预算（targetKind 为 \"marginal-cpa\" 时：下一次转化成本仍不超过目标的最多预算）。溢出该预算下 ALLOCATE 的各行，以及一行合计：预算、占比 1、转化数、边际 CPA。",
  },
  parameters: [target, LINES, BASE_CPA, CPM_ELASTICITY, CVR_ELASTICITY, MIN_SPEND, MAX_SPEND, ASSUMPTIONS, targetKind],
  result: (call) => ({ rows: call.cells(LINES) + 1, columns: 6 }),
  returns: {
    en: "One row per line and a Total row; the budget is in whole cents, one cent less misses the target.",
    zh: "每条投放线一行，另加合计行；预算精确到分，少一分即达不到目标。",
  },
  run: (argument) =>
    excelFunction(() => {
      const a = assumptionsOf(argument);
      const kind = readTargetKind(argument(targetKind), targetKind.name);
      const wanted = readOne(argument(target), numberParam(target.name, TARGET_RULES[kind]));
      if (wanted === undefined) return [[BLANK]];
      const portfolio = readPortfolio(argument, a);
      if (portfolio.lines.length === 0) return [[BLANK]];
      const plan = requiredBudget(wanted, kind, portfolio.lines, a);
      const total = CORE_WORDS[currentLanguage()].portfolio.total;
      return [...allocationRows(portfolio, plan.split), [total, plan.budget, 1, plan.conversions, plan.marginalCpa, BLANK]];
    }),
});
