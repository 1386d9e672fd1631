/* RED.MARGINALCPM — Marginal CPM, one result per cell. */
import { Assumptions, marginalCpm } from "../../core";
import { cellwise, customFunction } from "../custom-function";
import { optional, perCell } from "../declarations";
import { ASSUMPTIONS, SPEND } from "../parameters";

const baseCPM = optional(
  "baseCPM",
  "price",
  {
    en: "Your measured CPM at the reference spend. Omit for an index (1 = average CPM at the reference spend).",
    zh: "你在参考预算下实测的 CPM。省略则返回指数（1 = 参考预算下的平均 CPM）。",
  },
  { fallback: 1 },
);
const CELLS = [SPEND, baseCPM];

/** Module-level, so it keeps one optimised loop with the core inlined across calls. */
function kernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = marginalCpm(spend[i], base[i], a);
}

export const MARGINALCPM = customFunction({
  id: "MARGINALCPM",
  description: {
    en: "Marginal CPM: what the next 1,000 impressions cost at a monthly spend. Always above the average CPM once spend pushes prices up.",
    zh: "边际 CPM：在某月度预算下，再买一千次曝光的成本。预算推高价格后始终高于平均 CPM。",
  },
  parameters: [...CELLS, ASSUMPTIONS],
  result: perCell(...CELLS),
  returns: {
    en: "Price of the next 1,000 impressions.",
    zh: "再买一千次曝光的价格。",
  },
  run: cellwise(CELLS, kernel),
});
