/* RED.LTV — one new customer's value over a horizon, from the user-asset ladder (DOMAIN §9). */
import { ARG, Assumptions, DomainError, ltv, MAX_MONEY, toCents } from "../../core";
import { cellwiseFunction } from "../custom-function";
import { optional, withHelp } from "../declarations";
import { AOV as aov, ASSUMPTIONS } from "../parameters";

const months = optional(
  ARG.months,
  "count",
  { en: "{Months} the customer is followed after the first order, 0 to 1,200; blank means 12 (a year).", zh: "首单之后跟踪的月数，0 到 1,200；空白表示 12（一年）。" },
  { fallback: 12 },
);
const margin = optional(
  ARG.margin,
  "margin",
  { en: "Share of GMV kept as profit, 0 to 1; blank means 1 (LTV in GMV).", zh: "GMV 中留作利润的比例，0 到 1；空白表示 1（按 GMV 计 LTV）。" },
  { fallback: 1 },
);
const monthlyDiscount = optional(
  ARG.monthlyDiscount,
  "count",
  { en: "Monthly discount rate (0.01 = 1% a month); blank means 0.", zh: "月度折现率（0.01 = 每月 1%）；空白表示 0。" },
  { fallback: 0 },
);
const assumptions = withHelp(ASSUMPTIONS, {
  en: "{Assumptions} range (keys and their values), such as the table REDDEFAULTS spills: the ladder's rates (new_repeat, returning_order_rate, loyal_order_multiple …).",
  zh: "假设区域（键、值），例如 REDDEFAULTS 溢出的表格：用户资产阶梯的各比率（new_repeat、returning_order_rate、loyal_order_multiple……）。",
});
const CELLS = [aov, months, margin, monthlyDiscount];

/** Module-level, so it keeps one optimised loop with the core inlined across calls. */
function kernel([value, horizon, share, discount]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) {
    const worth = ltv(value[i], horizon[i], share[i], discount[i], a);
    // Beyond 10 trillion, cents no longer add up exactly: that cell is an error (the runner gives it alone).
    if (!(worth <= MAX_MONEY)) throw new DomainError("RESULT_TOO_LARGE", { argument: aov.name, value: worth, limit: MAX_MONEY });
    out[i] = toCents(worth) / 100;
  }
}

export const LTV = cellwiseFunction({
  description: {
    en: "Lifetime value of one new customer: the first order and the repeat orders the user-asset ladder expects over the {months} (new → returning → loyal, loyal customers ordering loyal_order_multiple times as often), × {aov} × {margin}, discounted monthly. GMV = LTV × users.",
    zh: "一位新客的生命周期价值：首单加上用户资产阶梯在这些月份里预期的复购订单（新客 → 老客 → 亲密用户，亲密用户下单频率为老客的 loyal_order_multiple 倍），× 客单价 × 利润率，按月折现。GMV = LTV × 用户数。",
  },
  cells: CELLS,
  assumptions,
  returns: {
    en: "Value of one new customer, in cents.",
    zh: "一位新客的价值，精确到分。",
  },
  kernel,
});
