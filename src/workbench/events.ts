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
import { pasteLooks } from "./paste-looks";
import { dataEdge, parseReference } from "./references";
import { move, selectedRange } from "./selection";
import { notifyPane, sheetId, store } from "./store";

/**
 * Enters what was typed into the selected cell, as Excel reads a typed entry. `later` draws the sheet
 * on the next turn rather than now (an entry made as the formula bar loses the focus to a click on a
 * cell: redrawn at once, the cell pressed would be gone before its click).
 */
function commit(text: string, later = false): void {
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
  if (later) setTimeout(render, 0);
  else render();
}

/** Runs an edit of the engine, then shows its result and tells the pane, as a typed entry does. */
function edited(change: () => void): void {
  const { state } = store;
  if (!state) return;
  try {
    change();
    say("");
    notifyPane();
  } catch (error) {
    say(w.cannotEnter((error as Error).message));
  }
  render();
}

/** Where each arrow key moves the selection: [rows, columns]. */
const ARROWS: Readonly<Record<string, [number, number]>> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Rows a PageUp or PageDown moves: about a screen of the grid. */
const PAGE_ROWS = 20;

/** Where Ctrl+Home, Ctrl+End, Ctrl+arrow, PageUp and PageDown take the selection, as in Excel; undefined for other keys. */
function jumpFor(event: KeyboardEvent): { row: number; column: number } | undefined {
  const { state } = store;
  if (!state) return undefined;
  const { row, column } = state.selected;
  const id = sheetId();
  const { height, width } = state.hf.getSheetDimensions(id);
  const command = event.ctrlKey || event.metaKey;
  if (event.key === "PageDown") return { row: row + PAGE_ROWS, column };
  if (event.key === "PageUp") return { row: Math.max(0, row - PAGE_ROWS), column };
  if (command && event.key === "Home") return { row: 0, column: 0 };
  if (command && event.key === "End") return { row: Math.max(0, height - 1), column: Math.max(0, width - 1) };
  const step = ARROWS[event.key];
  if (!command || event.shiftKey || !step) return undefined;
  const filled = (r: number, c: number) => state.hf.getCellValue({ sheet: id, row: r, col: c }) !== null;
  return dataEdge(filled, { row, column }, { row: step[0], column: step[1] }, { row: Math.max(row, height - 1), column: Math.max(column, width - 1) });
}

/** Undo or redo, where there is something to take back or do again. */
function history(redo: boolean): void {
  const hf = store.state?.hf;
  if (!hf) return;
  if (redo ? hf.isThereSomethingToRedo() : hf.isThereSomethingToUndo()) edited(() => (redo ? hf.redo() : hf.undo()));
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
    pending = undefined;
    commit(formula.value);
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
      showSelection();
      $("grid").focus();
    }
  });
  // Leaving the formula bar with an entry in it (a click on another cell, a sheet tab, the pane) enters
  // it into the cell it was typed for, before the click moves the selection — but not when the
  // browser window itself lost the focus (the entry waits, as Excel's does).
  formula.addEventListener("blur", () => {
    if (pending === undefined || !document.hasFocus()) return;
    pending = undefined;
    commit(formula.value, true);
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
      // On the whole selection: a block whose size divides it is tiled over it, as in Excel.
      const state = store.state!;
      // The page's own copy brings its cells' formats and colours along; a cut moves them (paste-looks.ts).
      const written = pasteText(state.hf, sheetId(), on, text, (from, range, cut) =>
        pasteLooks(state, { sheet: state.hf.getSheetName(from.sheet)!, range: from.range }, { sheet: state.sheet, range }, cut),
      );
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
    const jumps = jumpFor(event);
    if (jumps) {
      event.preventDefault();
      const { state } = store;
      state!.selected = jumps;
      state!.extent = undefined;
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
