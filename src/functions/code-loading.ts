/*
 * Code that arrives after functions.js (the lists chunk, CPMFIT's t quantile): fetched once, fetched
 * again by the next call when a fetch failed, and a call whose code did not arrive is #N/A saying so.
 */
import { DomainError } from "../core";
import { toExcelError } from "./excel-errors";

/** A loader that fetches once; a fetch that failed is tried again the next time it is asked for. */
export function fetchOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= Promise.resolve()
      .then(load)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
}

/** What a call answers when its code could not be fetched: #N/A, NOT_LOADED. */
export function notLoaded(): never {
  throw toExcelError(new DomainError("NOT_LOADED"));
}
