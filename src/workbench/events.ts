/*
 * The page's controls wired to the workbook: the formula bar, clicks and keys on the grid (moving
 * and extending the selection, typing over a cell), Open, Download and the pane's reload.
 */
import { parseA1 } from "../template/planner";
import { parseEntry } from "./entry";
import { download, openFile } from "./files";
import { render } from "./grid";
import type { FunctionsJson } from "./hyperformula-plugin";
import { $, say, w } from "./page";
import { mountPane } from "./pane";
import { move, showSelection } from "./selection";
import { notifyPane, sheetId, store } from "./store";

/** Enters what was typed into the selected cell, as Excel reads a typed entry. */
function commit(text: string): void {
  const { state } = store;
  if (!state) return;
  const { row, column } = state.selected;
  try {
    state.hf.setCellContents({ sheet: sheetId(), row, col: column }, [[parseEntry(text)]]);
    say("");
    notifyPane();
  } catch (error) {
    say(w.cannotEnter((error as Error).message));
  }
  render();
}

export function wireEvents(metadata: FunctionsJson): void {
  const formula = $("formula") as HTMLInputElement;
  formula.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      commit(formula.value);
      move(1, 0);
      $("grid").focus();
    } else if (event.key === "Escape") {
      showSelection();
      $("grid").focus();
    }
  });
  $("grid").addEventListener("click", (event) => {
    const target = (event.target as HTMLElement).closest("td");
    if (!target?.dataset.cell || !store.state) return;
    const { row, column } = parseA1(target.dataset.cell);
    if (event.shiftKey) store.state.extent = { row, column };
    else {
      store.state.selected = { row, column };
      store.state.extent = undefined;
    }
    showSelection();
  });
  $("grid").addEventListener("dblclick", () => formula.focus());
  $("grid").addEventListener("keydown", (event) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    if (moves[event.key]) {
      event.preventDefault();
      move(moves[event.key][0], moves[event.key][1], event.shiftKey && event.key.startsWith("Arrow"));
    } else if (event.key === "F2") {
      formula.focus();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      commit("");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      // Typing over a cell starts a new entry in the formula bar, as in Excel.
      event.preventDefault();
      formula.value = event.key;
      formula.focus();
    }
  });
  ($("open") as HTMLInputElement).addEventListener("change", async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      await openFile(file, metadata);
    } finally {
      // The same file chosen again after a fix still fires "change".
      (event.target as HTMLInputElement).value = "";
    }
  });
  $("download").addEventListener("click", () => void download());
  $("reload-pane").addEventListener("click", () => mountPane());
}
