/*
 * The sheet the planner is on and the scenario read from it: read when the saved state has
 * loaded, again when the step's month, the bindings or the report sheets change, and whenever
 * the workbook says it changed.
 */
import * as React from "react";
import type { SheetRef, WorkbookHost } from "./host";
import { OwnedUsers, readOwnedUsers } from "./owned-users";
import { keepSummary, reportSheets } from "./pane-actions";
import { readScenario, Scenario } from "./scenario";
import { emptySheetState, findSheetState, followedBindings, sheetStateOf, SheetState, withReportsMoved, withSheetState } from "./state";
import type { SavedStore } from "./useSavedState";

export interface BoundScenario {
  sheet: SheetRef | null;
  /** The scenario on the sheet, or null on a report sheet, before the first read and after a failed one. */
  scenario: Scenario | null;
  /** The sheet is a report the pane wrote (reportSheets): not a scenario, nothing to read or bind there. */
  onReport: boolean;
  /** The saved answers and bindings of this sheet. */
  sheetState: SheetState;
  /** Every sheet, as the last read found them (null before the first). */
  sheets: SheetRef[] | null;
  /** Minefield 6 on the workbook's NPL sheet, where it has one (read with the scenario). */
  ownedUsers?: OwnedUsers;
  refresh: () => Promise<void>;
}

/**
 * @param onRead called after every read: with null when it worked, with the error when it did not.
 */
export function useScenario(
  host: WorkbookHost,
  store: SavedStore,
  onRead: (error: unknown) => void,
  subscribe?: (listener: () => void) => () => void,
): BoundScenario {
  const [sheet, setSheet] = React.useState<SheetRef | null>(null);
  const [allSheets, setAllSheets] = React.useState<SheetRef[] | null>(null);
  const [scenario, setScenario] = React.useState<Scenario | null>(null);
  const [onReport, setOnReport] = React.useState(false);
  const [ownedUsers, setOwnedUsers] = React.useState<OwnedUsers | undefined>(undefined);
  const { saved, current, edit } = store;

  const refresh = React.useCallback(async () => {
    const state0 = current();
    if (!state0) return;
    try {
      const [active, sheets] = await Promise.all([host.activeSheet(), host.sheets()]);
      const reports = state0.sheets.flatMap((s) => (s.report ? [s.report] : []));
      const found = await reportSheets(host, reports, sheets);
      const report = found.some((s) => s?.id === active.id);
      setSheet(active);
      setAllSheets(sheets);
      setOnReport(report);
      // A renamed report is kept under its name now, so it is found by name where its id changes (the
      // workbench's on reload). An id alone renumbered is not written back: that is no change of the user's.
      const moves = reports.flatMap((was, i) => (found[i] && found[i].name !== was.name ? [{ was, now: found[i] }] : []));
      if (moves.length) edit((previous) => withReportsMoved(previous, moves));
      const latest = current() ?? state0;
      // A renamed sheet is found by its id (or an older file's entry by its name): keep its entry
      // under the sheet's id and name now, so its answers and bindings follow it.
      const entry = latest.sheets[findSheetState(latest, active)];
      if (entry && (entry.id !== active.id || entry.name !== active.name)) {
        // From the latest state: an answer typed while the workbook was read stays.
        edit((previous) => withSheetState(previous, active, sheetStateOf(previous, active)));
      }
      const state = sheetStateOf(latest, active);
      const read = report ? null : await readScenario(host, active.name, state, sheets);
      setOwnedUsers(read ? await readOwnedUsers(host, sheets) : undefined);
      setScenario(read);
      // The Summary lists the scenario sheets there are now: inserted, copied, renamed or deleted — a
      // write that is part of the change that called for it (WorkbookHost.following), none after an undo.
      if (host.following) await host.following((following) => keepSummary(following, sheets));
      else await keepSummary(host, sheets);
      // Bindings that followed a renamed sheet keep its new name from now on.
      if (read && followedBindings(state.bindings, read.bound, sheets)) {
        edit((previous) => {
          const latestState = sheetStateOf(previous, active);
          const bindings = followedBindings(latestState.bindings, read.bound, sheets);
          return bindings ? withSheetState(previous, active, { ...latestState, bindings }) : previous;
        });
      }
      onRead(null);
    } catch (error) {
      setScenario(null);
      setOnReport(false);
      setOwnedUsers(undefined);
      onRead(error);
    }
  }, [host, current, edit, onRead]);

  const sheetState = saved && sheet ? sheetStateOf(saved, sheet) : emptySheetState();
  // Read on load and when the month, the bindings or the reports change; answers need no re-read.
  const loaded = saved !== null;
  const month = sheetState.month;
  const bindings = JSON.stringify(sheetState.bindings);
  const reports = JSON.stringify(saved?.sheets.map((s) => s.report));
  React.useEffect(() => {
    // Reading the workbook is the outside system this effect keeps the pane in step with.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (loaded) void refresh();
  }, [loaded, month, bindings, reports, refresh]);

  React.useEffect(() => (subscribe ? subscribe(() => void refresh()) : undefined), [subscribe, refresh]);

  return { sheet, scenario, onReport, sheetState, sheets: allSheets, ownedUsers, refresh };
}
