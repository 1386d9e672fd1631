/* RED.CONVERSIONS — Conversions a spend buys, one result per cell. */
import { conversions } from "../../core";
import { curveFunction } from "../custom-function";
import { CELL_BASE_CPA } from "../parameters";

export const CONVERSIONS = curveFunction({
  description: {
    en: "Conversions a monthly {spend} buys, as the cost per conversion rises with {spend} (CPM rises faster than the conversion rate).",
    zh: "某月度预算能带来的转化次数；预算越高，单次转化成本越高（CPM 上涨快于转化率提升）。",
  },
  base: CELL_BASE_CPA,
  returns: {
    en: "Number of conversions.",
    zh: "转化次数。",
  },
  core: conversions,
});
