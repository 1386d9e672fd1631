/* RED.MARGINALCPA — Marginal CPA, one result per cell. */
import { marginalCpa } from "../../core";
import { curveFunction } from "../custom-function";
import { CELL_BASE_CPA } from "../parameters";

export const MARGINALCPA = curveFunction({
  description: {
    en: "Marginal CPA: what the next conversion costs at a monthly {spend}, as CPM rises faster than the conversion rate.",
    zh: "边际 CPA：在某月度预算下，再获得一次转化的成本；CPM 上涨快于转化率提升。",
  },
  base: CELL_BASE_CPA,
  returns: {
    en: "Cost of the next conversion.",
    zh: "下一次转化的成本。",
  },
  core: marginalCpa,
});
