/*
 * Student's t quantile for CPMFIT's interval, from stdlib (@stdlib/stats-base-dists-t-quantile).
 * It is most of a statistics library's special functions (≈ 50 KB gzipped), four times the rest of the
 * functions bundle, and only CPMFIT with `confidence` needs it, so webpack puts it in a chunk of its
 * own, loaded the first time it is asked for; the workbench and the tests load it before they compute.
 */
import type { StudentTQuantile } from "../core";
import { fetchOnce } from "./code-loading";

let loaded: StudentTQuantile | undefined;

/** The quantile function if it has arrived, otherwise undefined (then call {@link loadStudentT}). */
export function studentTQuantile(): StudentTQuantile | undefined {
  return loaded;
}

/** Fetches the quantile's chunk once; a fetch that failed is tried again by the next call. */
export const loadStudentT: () => Promise<StudentTQuantile> = fetchOnce(() =>
  import(/* webpackChunkName: "student-t" */ "@stdlib/stats-base-dists-t-quantile").then((module) => {
    const quantile = ((module as { default?: StudentTQuantile }).default ?? module) as StudentTQuantile;
    loaded = quantile;
    return quantile;
  }),
);
