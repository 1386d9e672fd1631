/* RED.CONVERSIONS — Conversions a spend buys, one result per cell. */
import { Assumptions, conversions } from "../../core";
import { cellwise, customFunction } from "../custom-function";
import { perCell, required } from "../declarations";
import { ASSUMPTIONS, SPEND } from "../parameters";

const baseCPA = required("baseCPA", "price", { en: "Your measured cost per conversion at the reference spend.", zh: "你在参考预算下实测的单次转化成本。" });
const CELLS = [SPEND, baseCPA];

/** Module-level, so it keeps one optimised loop with the core inlined across calls. */
function kernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = conversions(spend[i], base[i], a);
}

export const CONVERSIONS = customFunction({
  id: "CONVERSIONS",
  description: {
    en: "Conversions a monthly spend buys, as the cost per conversion rises with spend (CPM rises faster than the conversion rate).",
    zh: "某月度预算能带来的转化次数；预算越高，单次转化成本越高（CPM 上涨快于转化率提升）。",
  },
  parameters: [...CELLS, ASSUMPTIONS],
  result: perCell(...CELLS),
  returns: {
    en: "Number of conversions.",
    zh: "转化次数。",
  },
  run: cellwise(CELLS, kernel),
});
