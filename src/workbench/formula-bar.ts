/*
 * The formula bar: an entry typed over a cell or edited in the bar, entered into the selected cell
 * (or refused, as Excel refuses an entry that begins with = but is no formula), or dropped with Escape.
 * It is a textarea, so a cell's line breaks survive an edit: Alt+Enter breaks a line, as in Excel,
 * and the bar grows to show the entry's lines while it has the focus.
 */
import { notAFormula, parseEntry } from "./entry";
import { render, showSelection } from "./grid";
import { $, say } from "./page";
import type { WorkbenchWords } from "./workbench-words";
import { ARROWS } from "./grid-keys";
import { move, selectedRange, step } from "./selection";
import { notifyPane, sheetId, store } from "./store";
import { enterTyped } from "./paste-looks";
import { endPointing, pointAt } from "./point-mode";
import { remember } from "./undo-places";

/**
 * An entry Excel refuses: one that begins with = but is not a formula (such as "=== note"). Excel
 * says so and keeps the entry open; an apostrophe typed first enters it as text.
 */
function refusal(text: string): ((words: WorkbenchWords) => string) | undefined {
  const hf = store.state?.hf;
  return hf && notAFormula(parseEntry(text), (entry) => hf.validateFormula(entry)) ? (words) => words.notAFormula(text.trim()) : undefined;
}

/**
 * Enters what was typed into the selected cell, as Excel reads a typed entry; `everywhere` (Ctrl+Enter)
 * into every cell of the selected range, as Excel fills it. `later` draws the sheet on the next turn
 * rather than now (an entry made as the formula bar loses the focus to a click on a sheet tab: the
 * redraw draws the tabs again, and the tab pressed would be gone before its click; a press on a cell
 * enters the entry itself first, enterBeforePress).
 */
function commit(text: string, later = false, everywhere = false): boolean {
  const { state } = store;
  if (!state) return false;
  const refused = refusal(text);
  if (refused) {
    say(refused);
    return false;
  }
  const { row, column } = state.selected;
  const range = everywhere ? selectedRange() : { top: row, left: column, bottom: row, right: column };
  try {
    enterTyped(state, { row, column }, text, everywhere ? range : undefined);
    // Undo comes back to the cells entered: the cell, or the whole range Ctrl+Enter filled.
    const far = range.bottom > range.top || range.right > range.left ? { row: range.bottom, column: range.right } : undefined;
    remember(state.hf, { sheet: sheetId(), selected: far ? { row: range.top, column: range.left } : { row, column }, extent: far });
    say("");
    notifyPane();
  } catch (error) {
    say((words) => words.cannotEnter((error as Error).message));
  }
  if (later) setTimeout(render, 0);
  else render();
  return true;
}

/**
 * An entry not yet in its cell: "enter" when typing over a cell started it (arrows then enter it and
 * move, as in Excel's Enter mode), "edit" when the formula bar was changed after F2, a double click
 * or a click in it (arrows then move the caret). Tab, Enter, or leaving the formula bar (a click on
 * another cell, a tab, the pane) enters it, as Excel does; Escape drops it.
 */
let pending: "enter" | "edit" | undefined;

const bar = () => $("formula") as HTMLTextAreaElement;

/** The formula bar as tall as the entry's lines (up to its CSS maximum) while editing; one line otherwise. */
function fit(): void {
  const formula = bar();
  formula.style.height = "";
  if (document.activeElement !== formula) return;
  const border = formula.offsetHeight - formula.clientHeight;
  formula.style.height = `${formula.scrollHeight + border}px`;
  formula.classList.toggle("growing", formula.scrollHeight > formula.clientHeight);
}

/**
 * An entry in the formula bar entered now, drawn at once, as a press on a cell makes Excel enter it:
 * the press selects (grid-events.ts), so the cell pressed need not outlive the redraw, and a redraw put
 * off to the next turn could land after the next key and wipe the entry that key began.
 */
export function enterBeforePress(): void {
  if (pending !== undefined && commit(bar().value)) pending = undefined;
}

/**
 * Before the Name Box moves the selection: an entry not yet in its cell is entered now (as a press on
 * a cell enters it). True where it is refused and stays open: the refusal is said again, the focus
 * goes back to it, and the selection must stay on its cell, as Excel's Name Box goes nowhere while an
 * entry is open (moved away, the entry would go into the cell moved to).
 */
export function entryStillOpen(): boolean {
  if (pending === undefined || commit(bar().value)) {
    pending = undefined;
    return false;
  }
  bar().focus();
  return true;
}

/** Typing over a cell starts a new entry in the formula bar with what was typed, as in Excel (empty: an input method composes it there). */
export function beginEntry(typed: string): void {
  const formula = bar();
  endPointing();
  formula.value = typed;
  pending = "enter";
  formula.focus();
}

/** F2 or a double click: the cell's entry to edit in the formula bar, the caret at its end as in Excel. */
export function editEntry(): void {
  const formula = bar();
  endPointing();
  formula.focus();
  formula.setSelectionRange(formula.value.length, formula.value.length);
}

/** The formula bar's keys, and leaving it with an entry in it. */
export function wireFormulaBar(): void {
  const formula = bar();
  /** Enters the entry and moves the selection (`moveOn`), unless the entry is refused: then it stays open, as in Excel. */
  const enterAndMove = (moveOn: () => void, everywhere = false) => {
    if (!commit(formula.value, false, everywhere)) return;
    pending = undefined;
    moveOn();
    showSelection();
    $("grid").focus();
  };
  formula.addEventListener("input", () => {
    pending ??= "edit";
    fit();
  });
  formula.addEventListener("focus", () => {
    endPointing(); // a reference pointed at in an earlier entry is not this one's
    fit();
  });
  formula.addEventListener("keydown", (event) => {
    if (event.isComposing) return; // an IME's Enter picks its candidate, not the entry
    if (event.key === "Enter" && event.altKey && !event.ctrlKey && !event.metaKey) {
      // Alt+Enter: a line break in the cell's text, where the caret is.
      event.preventDefault();
      formula.setRangeText("\n", formula.selectionStart, formula.selectionEnd, "end");
      pending ??= "edit";
      fit();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      // Ctrl+Enter: the entry into every selected cell (references moved, as a fill moves them), the selection kept, as in Excel.
      event.preventDefault();
      enterAndMove(() => undefined, true);
    } else if (event.key === "Enter") {
      event.preventDefault();
      enterAndMove(() => step("Enter", event.shiftKey));
    } else if (event.key === "Tab") {
      event.preventDefault();
      enterAndMove(() => step("Tab", event.shiftKey));
    } else if (pending === "enter" && ARROWS[event.key] && !event.shiftKey) {
      event.preventDefault();
      enterAndMove(() => move(...ARROWS[event.key]));
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
    fit();
    if (pending === undefined || !document.hasFocus()) return;
    if (!commit(formula.value, true)) {
      setTimeout(() => formula.focus(), 0); // refused: back to the entry, which is kept
      return;
    }
    pending = undefined;
  });
  // A click on a cell while a formula is typed at a place a reference can go points at it (point-mode.ts);
  // a click elsewhere while the entry is one Excel refuses leaves the focus (and the selection) where they are.
  let holdClick = false;
  document.addEventListener(
    "mousedown",
    (event) => {
      holdClick = false; // a held click that never came (a drag ended elsewhere) holds no later one
      if (pointAt(event, formula)) {
        event.preventDefault(); // the focus stays in the formula bar
        event.stopPropagation();
        holdClick = true;
        return;
      }
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
}
