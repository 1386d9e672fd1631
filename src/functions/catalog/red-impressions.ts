/* RED.IMPRESSIONS — Impressions a spend buys, one result per cell. */
import { Assumptions, impressions } from "../../core";
import { cellwise, customFunction } from "../custom-function";
import { perCell, required } from "../declarations";
import { ASSUMPTIONS, SPEND } from "../parameters";

const baseCPM = required("baseCPM", "price", { en: "Your measured CPM at the reference spend.", zh: "你在参考预算下实测的 CPM。" });
const CELLS = [SPEND, baseCPM];

/** Module-level, so it keeps one optimised loop with the core inlined across calls. */
function kernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = impressions(spend[i], base[i], a);
}

export const IMPRESSIONS = customFunction({
  id: "IMPRESSIONS",
  description: {
    en: "Impressions a monthly spend buys at the rising average CPM.",
    zh: "某月度预算按上升后的平均 CPM 能买到的曝光次数。",
  },
  parameters: [...CELLS, ASSUMPTIONS],
  result: perCell(...CELLS),
  returns: {
    en: "Number of impressions.",
    zh: "曝光次数。",
  },
  run: cellwise(CELLS, kernel),
});
