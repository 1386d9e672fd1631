/* RED.BUDGETCAP — the largest spend whose next conversion costs no more than a target, one result per cell. */
import { ARG, Assumptions, budgetCap } from "../../core";
import type { CellFailure } from "../boundary";
import { cellwiseFunction } from "../custom-function";
import { required, withHelp } from "../declarations";
import { CELL_BASE_CPA } from "../parameters";

const targetCPA = required(ARG.targetCPA, "price", { en: "The most you will pay for one more conversion.", zh: "你愿意为多一次转化支付的最高成本。" });
// BUDGETCAP takes no spend, so its base CPA's help names the reference spend in words, not as {spend}.
const baseCPA = withHelp(CELL_BASE_CPA, { en: "Your measured cost per conversion at the reference spend.", zh: "你在参考预算下实测的单次转化成本。" });
const CELLS = [targetCPA, baseCPA];

/** The core refuses targets the curve never reaches: those cells show its error, caught here (see Kernel) because whole columns of them are common. */
function kernel([target, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions, fail: CellFailure): void {
  for (let i = 0; i < out.length; i++) {
    try {
      out[i] = budgetCap(target[i], base[i], a);
    } catch (error) {
      fail(i, error);
    }
  }
}

export const BUDGETCAP = cellwiseFunction({
  description: {
    en: "Budget cap: the largest monthly spend, in whole cents, whose next conversion still costs no more than your target CPA; 0 if none.",
    zh: "预算上限：下一次转化成本仍不超过目标 CPA 的最大月度预算（精确到分）；若没有则为 0。",
  },
  cells: CELLS,
  returns: {
    en: "Largest monthly spend within the target.",
    zh: "不超过目标的最大月度预算。",
  },
  kernel,
});
