/* RED.AVGCPM — Average CPM at a monthly spend, one result per cell. */
import { averageCpm } from "../../core";
import { curveFunction } from "../custom-function";
import { withHelp } from "../declarations";
import { BASE_CPM } from "../parameters";

export const AVGCPM = curveFunction({
  description: {
    en: "Average CPM at a monthly {spend}: rises with {spend} as the limited audience gets crowded. Without {baseCPM} it is an index (1 = the CPM at the reference {spend}).",
    zh: "某月度预算下的平均 CPM：受众有限时随预算上升。不填 {baseCPM} 时返回指数（1 = 参考预算下的 CPM）。",
  },
  base: withHelp(BASE_CPM, {
    en: "Your measured CPM at the reference {spend} (200,000 unless the {assumptions} say otherwise). Omit for an index.",
    zh: "你在参考预算（默认 200,000）下实测的 CPM。省略则返回指数。",
  }),
  returns: {
    en: "Average cost per 1,000 impressions.",
    zh: "每千次曝光的平均成本。",
  },
  core: averageCpm,
});
