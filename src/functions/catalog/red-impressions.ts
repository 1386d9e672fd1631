/* RED.IMPRESSIONS — Impressions a spend buys, one result per cell. */
import { impressions } from "../../core";
import { curveFunction } from "../custom-function";
import { sharedAs } from "../declarations";
import { BASE_CPM } from "../parameters";

export const IMPRESSIONS = curveFunction({
  description: {
    en: "Impressions a monthly {spend} buys at the rising average CPM.",
    zh: "某月度预算按上升后的平均 CPM 能买到的曝光次数。",
  },
  base: sharedAs(BASE_CPM, { en: "Your measured CPM at the reference {spend}.", zh: "你在参考预算下实测的 CPM。" }, { optional: false }),
  returns: {
    en: "Number of impressions.",
    zh: "曝光次数。",
  },
  core: impressions,
});
