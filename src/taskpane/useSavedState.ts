/*
 * The answers and bindings the document keeps (state.ts): loaded once from the host's settings,
 * saved soon after every change and at once when the pane hides or closes.
 */
import * as React from "react";
import type { WorkbookHost } from "./host";
import { parseSavedState, SavedState } from "./state";

export interface SavedStore {
  /** What the document holds, or null while it loads. */
  saved: SavedState | null;
  /** The latest state, for async work that started before the last render. */
  current: () => SavedState | null;
  /** Changes the state (from the latest, so two changes in one event both stay) and saves it soon. */
  edit: (change: (previous: SavedState) => SavedState) => void;
}

/** @param onSaveFailed called when the host refuses a save; the state is kept and saved again with the next change. */
export function useSavedState(host: WorkbookHost, onSaveFailed: (error: unknown) => void): SavedStore {
  const [saved, setSaved] = React.useState<SavedState | null>(null);
  const dirty = React.useRef(false);
  const latest = React.useRef<SavedState | null>(null);
  React.useEffect(() => {
    latest.current = saved;
  }, [saved]);

  React.useEffect(() => {
    let alive = true;
    host.loadSettings().then(
      (raw) => alive && setSaved(parseSavedState(raw)),
      () => alive && setSaved(parseSavedState(undefined)),
    );
    return () => {
      alive = false;
    };
  }, [host]);

  const flush = React.useCallback(() => {
    if (!dirty.current || !latest.current) return;
    dirty.current = false;
    host.saveSettings(latest.current).catch((error: unknown) => {
      dirty.current = true;
      onSaveFailed(error);
    });
  }, [host, onSaveFailed]);

  // Save soon after every change.
  React.useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(flush, 300);
    return () => clearTimeout(timer);
  }, [saved, flush]);

  // At once if the pane is hidden or closing; unmounting (the pane closed or reloaded) clears the
  // timer above, so what is pending is saved then too.
  React.useEffect(() => {
    const onHide = () => flush();
    // Before the page's own beforeunload handlers (capture runs first), so a page that asks before
    // losing unsaved changes sees this one as pending.
    window.addEventListener("beforeunload", onHide, { capture: true });
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("beforeunload", onHide, { capture: true });
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
      flush();
    };
  }, [flush]);

  const current = React.useCallback(() => latest.current, []);
  const edit = React.useCallback((change: (previous: SavedState) => SavedState) => {
    dirty.current = true;
    setSaved((previous) => (previous ? change(previous) : previous));
  }, []);
  return { saved, current, edit };
}
