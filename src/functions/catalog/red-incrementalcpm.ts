/* RED.INCREMENTALCPM — Incremental CPM of a budget step, one result per cell. */
import { Assumptions, incrementalCpm } from "../../core";
import { cellwiseFunction } from "../custom-function";
import { required } from "../declarations";
import { BASE_CPM } from "../parameters";

const fromSpend = required("fromSpend", "money", { en: "Current monthly spend.", zh: "当前月度预算。" });
const toSpend = required("toSpend", "money", { en: "Proposed monthly spend.", zh: "拟调整后的月度预算。" });
const CELLS = [fromSpend, toSpend, BASE_CPM];

/** Module-level, so it keeps one optimised loop with the core inlined across calls. */
function kernel([from, to, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = incrementalCpm(from[i], to[i], base[i], a);
}

export const INCREMENTALCPM = cellwiseFunction({
  description: {
    en: "Incremental CPM of a budget step: what the extra spend pays per 1,000 extra impressions (200k → 500k costs 1.91× the old CPM).",
    zh: "预算增量的 CPM：新增预算每买一千次新增曝光的成本（200k 增至 500k 时为原 CPM 的 1.91 倍）。",
  },
  cells: CELLS,
  returns: {
    en: "Cost per 1,000 of the extra impressions.",
    zh: "新增曝光每千次的成本。",
  },
  kernel,
});
