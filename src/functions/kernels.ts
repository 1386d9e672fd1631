/*
 * The kernels of the vectorised functions (see mapNumbers): module-level, so each keeps one
 * optimised loop with the core inlined across calls (a closure made per call would be optimised
 * afresh every time).
 */
import { Assumptions, averageCpm, budgetCap, conversions, impressions, incrementalCpm, marginalCpa, marginalCpm, spilloverShare, splitBudget } from "../core";
import type { CellFailure } from "./vector-runner";

export function averageCpmKernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = averageCpm(spend[i], base[i], a);
}

export function marginalCpmKernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = marginalCpm(spend[i], base[i], a);
}

export function incrementalCpmKernel([from, to, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = incrementalCpm(from[i], to[i], base[i], a);
}

export function impressionsKernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = impressions(spend[i], base[i], a);
}

export function conversionsKernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = conversions(spend[i], base[i], a);
}

/** BUDGETCAP's core refuses targets the curve never reaches: those cells show its error, caught here (see Kernel) because whole columns of them are common. */
export function budgetCapKernel([target, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions, fail: CellFailure): void {
  for (let i = 0; i < out.length; i++) {
    try {
      out[i] = budgetCap(target[i], base[i], a);
    } catch (error) {
      fail(i, error);
    }
  }
}

export function marginalCpaKernel([spend, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = marginalCpa(spend[i], base[i], a);
}

/** Spillover into outs[0], closed loop into outs[1], each cell split in whole cents. */
export function splitKernel([position, budget]: readonly Float64Array[], [spillover, closedLoop]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < spillover.length; i++) {
    const split = splitBudget(budget[i], spilloverShare(position[i], a));
    spillover[i] = split.spillover;
    closedLoop[i] = split.closedLoop;
  }
}
