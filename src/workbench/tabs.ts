/*
 * The sheet tabs under the grid: a click shows a sheet and gives the grid the keys, a double click renames it. `render` redraws
 * the page (grid.ts, which draws the tabs in turn).
 */
import { sheetNameProblem } from "../spreadsheet/sheet-names";
import { $, say, w } from "./page";
import { goToSheet } from "./sheet-places";
import { renameRecorded } from "./sheet-rename";
import { notifyPane, store } from "./store";

export function renderTabs(render: () => void): void {
  const { state } = store;
  if (!state) return;
  const tabs = state.hf.getSheetNames().map((name) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(name === state.sheet));
    tab.textContent = name;
    tab.title = w.renameTab;
    tab.addEventListener("click", () => {
      // At the sheet's own selection, as Excel keeps each sheet's.
      goToSheet(store.state!, name);
      render();
      notifyPane();
      // The keys then act on the sheet, as in Excel (whose tabs never keep the keyboard): typing,
      // Delete, arrows, Ctrl+Z. The tab itself is drawn anew, so focus would fall to the page.
      $("grid").focus();
    });
    tab.addEventListener("dblclick", () => renameSheet(name, render));
    return tab;
  });
  $("tabs").replaceChildren(...tabs);
}

/** Renames a sheet as Excel does: its id (and so the pane's answers and bindings) stays; one step of undo. */
function renameSheet(name: string, render: () => void): void {
  const { state } = store;
  if (!state) return;
  const others = state.hf.getSheetNames().filter((other) => other !== name);
  // A name Excel would refuse is refused with why, and the rename stays open on what was typed, as in Excel.
  let next = window.prompt(w.renamePrompt(name), name);
  for (;;) {
    if (next === null || next === name) return;
    const problem = sheetNameProblem(next, others);
    if (!problem) break;
    const refused = next;
    say((words) => words.cannotRename(refused, problem));
    next = window.prompt(`${w.cannotRename(next, problem)}\n\n${w.renamePrompt(name)}`, next);
  }
  // One step of undo, as in Excel: Ctrl+Z names it back, Ctrl+Y renames it again.
  renameRecorded(state, state.hf.getSheetId(name)!, next);
  say("");
  render();
  notifyPane();
}
