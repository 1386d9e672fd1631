/* RED.MARGINALCPA — Marginal CPA, one result per cell. */
import { Assumptions, marginalCpa } from "../../core";
import { cellwise, customFunction } from "../custom-function";
import { perCell, required } from "../declarations";
import { ASSUMPTIONS, SPEND } from "../parameters";

const baseCPA = required("baseCPA", "price", { en: "Your measured cost per conversion at the reference spend.", zh: "你在参考预算下实测的单次转化成本。" });
const CELLS = [SPEND, baseCPA];

/** Module-level, so it keeps one optimised loop with the core inlined across calls. */
function kernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = marginalCpa(spend[i], base[i], a);
}

export const MARGINALCPA = customFunction({
  id: "MARGINALCPA",
  description: {
    en: "Marginal CPA: what the next conversion costs at a monthly spend, as CPM rises faster than the conversion rate.",
    zh: "边际 CPA：在某月度预算下，再获得一次转化的成本；CPM 上涨快于转化率提升。",
  },
  parameters: [...CELLS, ASSUMPTIONS],
  result: perCell(...CELLS),
  returns: {
    en: "Cost of the next conversion.",
    zh: "下一次转化的成本。",
  },
  run: cellwise(CELLS, kernel),
});
