import { DomainError } from "./errors";
import { ARG } from "../words/arguments";

export interface CpmFit {
  /** e of A(s) = base · (s / ref)^e: plugs into the assumptions as cpm_elasticity. */
  elasticity: number;
  /** The fitted average CPM at the reference spend. */
  baseCpm: number;
  /** Share of the variance of ln CPM the line explains (1 when every point is on it). */
  rSquared: number;
  /** Ordinary-least-squares standard error of the elasticity (the log-log slope); 0 when every point is on the line (to TYPED_DIGITS_NOISE). */
  stdError: number;
  /** How many months the fit used (spend and CPM both above 0). */
  n: number;
}

/** The p-quantile of Student's t with `df` degrees of freedom (supplied by a statistics library). */
export type StudentTQuantile = (p: number, df: number) => number;

export interface ElasticityInterval {
  low: number;
  high: number;
}

/**
 * The least spread of spends a fit accepts: the highest at least 1% above the lowest. CPMs are
 * reported to a few significant figures, so over a narrower spread the slope is set by rounding
 * noise (spends of 1,000,000 to 1,000,001 "fit" an elasticity of 223,144 with R² 0.999).
 */
export const MIN_SPEND_SPREAD = 1.01;

/**
 * How far from the line a month may sit and still be on it, relative to its CPM: half a unit in the
 * 15th significant digit, all Excel keeps of a typed number. CPMs typed or pasted from a power law
 * are off it by this much, and a standard error made of it would report as a spread what is only
 * the numbers' last digit.
 */
export const TYPED_DIGITS_NOISE = 5e-15;

/**
 * Fits the CPM curve to history by least squares on logarithms: ln CPM = ln base + e · ln(spend / ref).
 * Months with a spend or CPM of 0 say nothing about the price curve and are left out.
 *
 * @example fitCpmCurve([200000, 500000, 800000], [80, 112, 133.2], 200000) // elasticity ≈ 0.367, base ≈ 80
 * @throws DomainError NOT_ENOUGH_POINTS with fewer than 3 usable months or a single distinct spend;
 *   FIT_ILL_CONDITIONED when the spends are less than 1% apart (argument "spends"), or the fitted
 *   curve has no usable CPM at the reference spend (argument "refSpend")
 */
export function fitCpmCurve(spends: readonly number[], cpms: readonly number[], refSpend: number): CpmFit {
  const xs: number[] = [];
  const ys: number[] = [];
  let lowest = Infinity;
  let highest = 0;
  spends.forEach((spend, i) => {
    if (spend > 0 && cpms[i] > 0) {
      xs.push(Math.log(spend / refSpend));
      ys.push(Math.log(cpms[i]));
      lowest = Math.min(lowest, spend);
      highest = Math.max(highest, spend);
    }
  });
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - meanX;
    const dy = ys[i] - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  // Two spends whose logs differ by rounding noise only are one spend for the fit.
  if (n < 3 || !(sxx > 1e-20 * n)) throw new DomainError("NOT_ENOUGH_POINTS", { argument: ARG.spends, count: n });
  // Spends barely apart: an answer would be rounding noise, however good its R² looks.
  if (highest < lowest * MIN_SPEND_SPREAD) throw new DomainError("FIT_ILL_CONDITIONED", { argument: ARG.spends, value: lowest, limit: highest });
  const elasticity = sxy / sxx;
  const intercept = meanY - elasticity * meanX;
  // Residuals summed one by one, not as syy − e·sxy: on exact data that difference is rounding noise.
  // Each is measured against what rounding alone leaves in it: the data's last digit (TYPED_DIGITS_NOISE
  // in the CPM and, through the slope, in the spend) and a few units in the last place of the terms
  // it is worked from. A sum within that noise is points on the curve: SSE 0, std_error 0, R² 1.
  let residual = 0;
  let noise = 0;
  for (let i = 0; i < n; i++) {
    const fitted = elasticity * xs[i];
    residual += (ys[i] - intercept - fitted) ** 2;
    noise += (TYPED_DIGITS_NOISE * (1 + Math.abs(elasticity)) + 8 * Number.EPSILON * (Math.abs(ys[i]) + Math.abs(intercept) + Math.abs(fitted))) ** 2;
  }
  if (residual <= noise) residual = 0;
  const baseCpm = Math.exp(intercept);
  // Extrapolated far from the months, the curve can price the reference spend at 0 or beyond any number.
  if (!(baseCpm > 0 && Number.isFinite(baseCpm) && Number.isFinite(elasticity))) {
    throw new DomainError("FIT_ILL_CONDITIONED", { argument: ARG.refSpend, limit: refSpend });
  }
  return {
    elasticity,
    baseCpm,
    // CPMs equal up to rounding leave nothing to explain: a flat line explains it all.
    rSquared: residual > 0 && syy > noise ? Math.max(0, 1 - residual / syy) : 1,
    stdError: Math.sqrt(residual / (n - 2) / sxx),
    n,
  };
}

/**
 * The two-sided `confidence` interval of the fitted elasticity, e ± t · SE, with t the
 * (1 + confidence) / 2 quantile of Student's t on n − 2 degrees of freedom. Never clipped: an
 * interval that leaves [0, 1) is reported as it is, and the functions that use an elasticity refuse it.
 *
 * @example elasticityInterval({ elasticity: 0.37, stdError: 0.05, n: 12, … }, 0.9, tQuantile) // { low: 0.279, high: 0.461 }
 */
export function elasticityInterval(fit: CpmFit, confidence: number, quantile: StudentTQuantile): ElasticityInterval {
  const half = quantile((1 + confidence) / 2, fit.n - 2) * fit.stdError;
  return { low: fit.elasticity - half, high: fit.elasticity + half };
}
