/* RED.MARGINALCPM — Marginal CPM, one result per cell. */
import { marginalCpm } from "../../core";
import { curveFunction } from "../custom-function";
import { withHelp } from "../declarations";
import { BASE_CPM } from "../parameters";

export const MARGINALCPM = curveFunction({
  description: {
    en: "Marginal CPM: what the next 1,000 impressions cost at a monthly {spend}. Always above the average CPM once {spend} pushes prices up.",
    zh: "边际 CPM：在某月度预算下，再买一千次曝光的成本。预算推高价格后始终高于平均 CPM。",
  },
  base: withHelp(BASE_CPM, {
    en: "Your measured CPM at the reference {spend}. Omit for an index (1 = average CPM at the reference {spend}).",
    zh: "你在参考预算下实测的 CPM。省略则返回指数（1 = 参考预算下的平均 CPM）。",
  }),
  returns: {
    en: "Price of the next 1,000 impressions.",
    zh: "再买一千次曝光的价格。",
  },
  core: marginalCpm,
});
