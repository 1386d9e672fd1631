/*
 * The grid's own events: the mouse selects (grid-mouse.ts), keys move and widen the selection (grid-keys.ts), start an
 * entry or edit it, undo and redo, fill, clear; copy, cut and paste as in Excel.
 */
import { clearRange, copyRange, fill, pasteText } from "./clipboard";
import { beginEntry, editEntry } from "./formula-bar";
import { render, showSelection } from "./grid";
import { ARROWS, selectionFor, sheetFor } from "./grid-keys";
import { wireMouse } from "./grid-mouse";
import { $, say } from "./page";
import { bringLooks } from "./paste-looks";
import { move, selectedRange, step } from "./selection";
import { notifyPane, sheetId, store } from "./store";
import { goToSheet } from "./sheet-places";
import { recordEdit, takeBack } from "./undo-places";

/**
 * Runs an edit of the engine, then shows its result and tells the pane, as a typed entry does; the
 * cells selected after it are where undo comes back to (`undoing`: an undo or redo, recorded already).
 */
function edited(change: () => boolean | void, undoing = false): void {
  const { state } = store;
  if (!state) return;
  try {
    // An edit that changed nothing (returns false) records no step.
    if (undoing) change();
    else recordEdit(state.hf, change, () => ({ sheet: sheetId(), selected: state.selected, extent: state.extent }));
    say("");
    notifyPane();
  } catch (error) {
    say((words) => words.cannotEnter((error as Error).message));
  }
  render();
}

/** Undo or redo, where there is something to take back or do again. */
function history(redo: boolean): void {
  const { state } = store;
  if (!state || !(redo ? state.hf.isThereSomethingToRedo() : state.hf.isThereSomethingToUndo())) return;
  // Excel goes to the sheet of the edit taken back or done again, and selects its cells.
  edited(() => {
    const place = takeBack(state.hf, redo);
    // A pane's write undone takes its new sheet away: back to where the user was when the pane wrote.
    const there = place && state.hf.getSheetName(place.sheet) === undefined ? place.from : place;
    const name = there && state.hf.getSheetName(there.sheet);
    if (there && name !== undefined) {
      // The sheet left keeps its selection; the one undo goes to has the cells taken back selected.
      goToSheet(state, name);
      state.selected = there.selected;
      state.extent = there.extent;
    }
    // The sheet on screen taken away with nothing recorded to go to: the first sheet, as a sheet deleted in Excel leaves another active.
    if (state.hf.getSheetId(state.sheet) === undefined) goToSheet(state, state.hf.getSheetNames()[0]);
  }, true);
}

/** Copy and cut on the grid: what it shows, as tab-separated text and as an HTML table. */
function copy(event: ClipboardEvent, cut: boolean): void {
  const { state } = store;
  if (!state || !event.clipboardData) return;
  event.preventDefault();
  const { text, html } = copyRange(state.hf, sheetId(), selectedRange(), state.formats[state.sheet] ?? {}, cut);
  event.clipboardData.setData("text/plain", text);
  event.clipboardData.setData("text/html", html);
}

/** The mouse, keys and the clipboard on the grid. */
export function wireGrid(): void {
  wireMouse();
  // A double click on a cell edits it; on the column letters or row numbers it selects, as Excel's, and edits nothing.
  $("grid").addEventListener("dblclick", (event) => (event.target as HTMLElement).closest("td[data-cell]") && editEntry());
  const grid = $("grid");
  grid.addEventListener("copy", (event) => copy(event, false));
  grid.addEventListener("cut", (event) => copy(event, true));
  grid.addEventListener("paste", (event) => {
    const text = event.clipboardData?.getData("text/plain");
    if (!store.state || !text) return;
    event.preventDefault();
    const on = selectedRange();
    edited(() => {
      // On the whole selection (tiled where the block's size divides it); the page's own copy brings its formats and colours.
      const written = pasteText(store.state!.hf, sheetId(), on, text, bringLooks(store.state!));
      // The pasted block is selected afterwards, as in Excel.
      if (written) {
        store.state!.selected = { row: written.top, column: written.left };
        store.state!.extent = written.bottom > written.top || written.right > written.left ? { row: written.bottom, column: written.right } : undefined;
      }
    });
  });
  grid.addEventListener("keydown", (event) => {
    const key = event.key.toLowerCase();
    const command = event.ctrlKey || event.metaKey;
    const chosen = selectionFor(event);
    const sheet = sheetFor(event);
    if (event.key === "Process" || event.isComposing || event.keyCode === 229) {
      // An input method (Chinese, say) composes an entry: it starts in the formula bar, empty, and the
      // composition goes on there (the key is not prevented), as typing with an IME on a cell does in Excel.
      beginEntry("");
    } else if (sheet) {
      event.preventDefault();
      goToSheet(store.state!, sheet);
      render();
      notifyPane();
    } else if (chosen) {
      event.preventDefault();
      store.state!.selected = chosen.selected;
      store.state!.extent = chosen.extent;
      render();
    } else if (command && (key === "z" || key === "y")) {
      event.preventDefault();
      history(key === "y" || event.shiftKey);
    } else if (command && (key === "d" || key === "r")) {
      event.preventDefault();
      // Contents and looks, as Excel's fill copies formats too; undo takes both back.
      edited(() => fill(store.state!.hf, sheetId(), selectedRange(), key === "d" ? "down" : "right", bringLooks(store.state!)));
    } else if (event.key === "Enter" && command) {
      // Ctrl+Enter with no entry typed enters nothing and leaves the selection where it is, as in Excel.
      event.preventDefault();
    } else if (event.key === "Tab" || event.key === "Enter") {
      event.preventDefault();
      // Shift+Tab and Shift+Enter go back, as in Excel; Enter after a run of Tabs goes under its first
      // cell; in a selected range both move the active cell inside it, the range kept.
      step(event.key, event.shiftKey);
      showSelection();
    } else if (ARROWS[event.key]) {
      event.preventDefault();
      // Shift with an arrow extends the selection.
      move(...ARROWS[event.key], event.shiftKey);
      showSelection();
    } else if (event.key === "F2") {
      editEntry();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      edited(() => clearRange(store.state!.hf, sheetId(), selectedRange()));
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      // Typing over a cell starts a new entry in the formula bar, as in Excel.
      event.preventDefault();
      beginEntry(event.key);
    }
  });
}
