/*
 * The page's controls wired to the workbook: the formula bar, clicks and keys on the grid (moving
 * and extending the selection, typing over a cell), Open, Download and the pane's reload.
 */
import { parseA1 } from "../template/planner";
import { parseEntry } from "./entry";
import { download, openFile, startOver } from "./files";
import { followPrinting, followScrolling, render, showSelection } from "./grid";
import type { FunctionsJson } from "./hyperformula-plugin";
import { $, say, w } from "./page";
import { mountPane } from "./pane";
import { clearRange, copyRange, fill, pasteText } from "./clipboard";
import { bringLooks, enterTyped } from "./paste-looks";
import { ARROWS, selectionFor, sheetFor } from "./grid-keys";
import { parseReference } from "./references";
import { move, selectedRange } from "./selection";
import { notifyPane, sheetId, store } from "./store";
import { remember, takeBack } from "./undo-places";

/**
 * An entry Excel refuses: one that begins with = but is not a formula (such as "=== note"). Excel
 * says so and keeps the entry open; an apostrophe typed first enters it as text.
 */
function refusal(text: string): string | undefined {
  const entry = parseEntry(text);
  const hf = store.state?.hf;
  return typeof entry === "string" && entry.startsWith("=") && hf && !hf.validateFormula(entry) ? w.notAFormula(text.trim()) : undefined;
}

/**
 * Enters what was typed into the selected cell, as Excel reads a typed entry. `later` draws the sheet
 * on the next turn rather than now (an entry made as the formula bar loses the focus to a click on a
 * cell: redrawn at once, the cell pressed would be gone before its click).
 */
function commit(text: string, later = false): boolean {
  const { state } = store;
  if (!state) return false;
  const refused = refusal(text);
  if (refused) {
    say(refused);
    return false;
  }
  const { row, column } = state.selected;
  try {
    enterTyped(state, { row, column }, text);
    remember(state.hf, { sheet: sheetId(), selected: { row, column }, extent: undefined });
    say("");
    notifyPane();
  } catch (error) {
    say(w.cannotEnter((error as Error).message));
  }
  if (later) setTimeout(render, 0);
  else render();
  return true;
}

/**
 * Runs an edit of the engine, then shows its result and tells the pane, as a typed entry does; the
 * cells selected after it are where undo comes back to (`undoing`: an undo or redo, recorded already).
 */
function edited(change: () => void, undoing = false): void {
  const { state } = store;
  if (!state) return;
  try {
    change();
    if (!undoing) remember(state.hf, { sheet: sheetId(), selected: state.selected, extent: state.extent });
    say("");
    notifyPane();
  } catch (error) {
    say(w.cannotEnter((error as Error).message));
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
    const name = place && state.hf.getSheetName(place.sheet);
    if (!place || name === undefined) return;
    state.sheet = name;
    state.selected = place.selected;
    state.extent = place.extent;
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

/**
 * An entry not yet in its cell: "enter" when typing over a cell started it (arrows then enter it and
 * move, as in Excel's Enter mode), "edit" when the formula bar was changed after F2, a double click
 * or a click in it (arrows then move the caret). Tab, Enter, or leaving the formula bar (a click on
 * another cell, a tab, the pane) enters it, as Excel does; Escape drops it.
 */
let pending: "enter" | "edit" | undefined;

export function wireEvents(metadata: FunctionsJson): void {
  followScrolling();
  followPrinting();
  const formula = $("formula") as HTMLInputElement;
  const enterAndMove = (rows: number, columns: number) => {
    if (!commit(formula.value)) return; // refused: the entry stays open, as in Excel
    pending = undefined;
    move(rows, columns);
    showSelection();
    $("grid").focus();
  };
  formula.addEventListener("input", () => (pending ??= "edit"));
  formula.addEventListener("keydown", (event) => {
    if (event.isComposing) return; // an IME's Enter picks its candidate, not the entry
    if (event.key === "Enter") {
      event.preventDefault();
      enterAndMove(event.shiftKey ? -1 : 1, 0);
    } else if (event.key === "Tab") {
      event.preventDefault();
      enterAndMove(0, event.shiftKey ? -1 : 1);
    } else if (pending === "enter" && ARROWS[event.key] && !event.shiftKey) {
      event.preventDefault();
      enterAndMove(...ARROWS[event.key]);
    } else if (event.key === "Escape") {
      pending = undefined;
      say("");
      showSelection();
      $("grid").focus();
    }
  });
  // Leaving the formula bar with an entry in it (a click on another cell, a sheet tab, the pane) enters
  // it into the cell it was typed for, before the click moves the selection — but not when the
  // browser window itself lost the focus (the entry waits, as Excel's does).
  formula.addEventListener("blur", () => {
    if (pending === undefined || !document.hasFocus()) return;
    if (!commit(formula.value, true)) {
      setTimeout(() => formula.focus(), 0); // refused: back to the entry, which is kept
      return;
    }
    pending = undefined;
  });
  // A click elsewhere while the entry is one Excel refuses leaves the focus (and the selection) where they are.
  let holdClick = false;
  document.addEventListener(
    "mousedown",
    (event) => {
      if (pending === undefined || event.target === formula) return;
      const refused = refusal(formula.value);
      if (!refused) return;
      event.preventDefault();
      event.stopPropagation();
      holdClick = true;
      say(refused);
    },
    true,
  );
  document.addEventListener(
    "click",
    (event) => {
      if (!holdClick) return;
      holdClick = false;
      event.preventDefault();
      event.stopPropagation();
    },
    true,
  );
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
  // The Name Box: a reference typed and Enter selects it, on another sheet too; Escape puts back the selection.
  const nameBox = $("address") as HTMLInputElement;
  nameBox.addEventListener("keydown", (event) => {
    const { state } = store;
    if (!state) return;
    if (event.key === "Escape") {
      showSelection();
      $("grid").focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      const reference = parseReference(nameBox.value, state.hf.getSheetNames());
      if (!reference) {
        say(w.notAReference(nameBox.value));
        return;
      }
      say("");
      const switched = reference.sheet !== undefined && reference.sheet !== state.sheet;
      if (reference.sheet) state.sheet = reference.sheet;
      state.selected = reference.from;
      state.extent = reference.to.row !== reference.from.row || reference.to.column !== reference.from.column ? reference.to : undefined;
      render();
      if (switched) notifyPane();
      $("grid").focus();
    }
  });
  // F6 and Shift+F6 cycle the grid, the formula bar and the task pane, as Excel cycles its panes.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "F6") return;
    event.preventDefault();
    const stops = [$("grid"), $("formula"), $("root")];
    const here = stops.findIndex((stop) => stop.contains(document.activeElement));
    const next = stops[(here + (event.shiftKey ? stops.length - 1 : 1) + stops.length) % stops.length];
    const target = next.id === "root" ? (next.querySelector<HTMLElement>("button, [href], input, select, textarea, [tabindex]:not([tabindex='-1'])") ?? next) : next;
    if (target === next && !next.hasAttribute("tabindex")) next.tabIndex = -1;
    target.focus();
  });
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
    const moves: Record<string, [number, number]> = { ...ARROWS, Enter: [1, 0], Tab: [0, 1] };
    const key = event.key.toLowerCase();
    const command = event.ctrlKey || event.metaKey;
    const chosen = selectionFor(event);
    const sheet = sheetFor(event);
    if (event.key === "Process" || event.isComposing || event.keyCode === 229) {
      // An input method (Chinese, say) composes an entry: it starts in the formula bar, empty, and the
      // composition goes on there (the key is not prevented), as typing with an IME on a cell does in Excel.
      formula.value = "";
      pending = "enter";
      formula.focus();
    } else if (sheet) {
      event.preventDefault();
      store.state!.sheet = sheet;
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
      edited(() => fill(store.state!.hf, sheetId(), selectedRange(), key === "d" ? "down" : "right"));
    } else if (moves[event.key]) {
      event.preventDefault();
      // Shift+Tab and Shift+Enter go back, as in Excel; Shift with an arrow extends the selection.
      const back = event.shiftKey && (event.key === "Tab" || event.key === "Enter") ? -1 : 1;
      move(moves[event.key][0] * back, moves[event.key][1] * back, event.shiftKey && event.key.startsWith("Arrow"));
      showSelection();
    } else if (event.key === "F2") {
      formula.focus();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      edited(() => clearRange(store.state!.hf, sheetId(), selectedRange()));
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      // Typing over a cell starts a new entry in the formula bar, as in Excel.
      event.preventDefault();
      formula.value = event.key;
      pending = "enter";
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
  $("start-over").addEventListener("click", () => void startOver(metadata));
}
