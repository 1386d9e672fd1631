/* RED.AVGCPM — Average CPM at a monthly spend, one result per cell. */
import { Assumptions, averageCpm } from "../../core";
import { cellwise, customFunction } from "../custom-function";
import { optional, perCell } from "../declarations";
import { ASSUMPTIONS, SPEND } from "../parameters";

const baseCPM = optional(
  "baseCPM",
  "price",
  {
    en: "Your measured CPM at the reference spend (200,000 unless the assumptions say otherwise). Omit for an index.",
    zh: "你在参考预算（默认 200,000）下实测的 CPM。省略则返回指数。",
  },
  { fallback: 1 },
);
const CELLS = [SPEND, baseCPM];

/** Module-level, so it keeps one optimised loop with the core inlined across calls. */
function kernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = averageCpm(spend[i], base[i], a);
}

export const AVGCPM = customFunction({
  id: "AVGCPM",
  description: {
    en: "Average CPM at a monthly spend: rises with spend as the limited audience gets crowded. Without baseCPM it is an index (1 = the CPM at the reference spend).",
    zh: "某月度预算下的平均 CPM：受众有限时随预算上升。不填 baseCPM 时返回指数（1 = 参考预算下的 CPM）。",
  },
  parameters: [...CELLS, ASSUMPTIONS],
  result: perCell(...CELLS),
  returns: {
    en: "Average cost per 1,000 impressions.",
    zh: "每千次曝光的平均成本。",
  },
  run: cellwise(CELLS, kernel),
});
