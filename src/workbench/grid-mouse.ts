/*
 * The mouse on the grid, as Excel's: a press selects a cell (with Shift, widens the selection to
 * it) and a drag selects the range to the cell under the pointer, the view scrolling on while the
 * pointer is past the grid's edge; a right-click outside the selection selects the cell, inside it
 * keeps the selection; the column letters and row numbers select whole columns and rows (Shift
 * widens, a drag takes several), the corner the whole sheet. While a formula is typed, Point mode
 * (point-mode.ts) takes a press first, and a drag puts a range reference.
 */
import { enterBeforePress } from "./formula-bar";
import { shownLayout, showSelection } from "./grid";
import { wholeColumns, wholeRows, wholeSheet } from "./grid-keys";
import { cellAt, Layout, ROW_HEIGHT } from "./grid-layout";
import { $ } from "./page";
import { endTabRun, selectedRange } from "./selection";
import { store } from "./store";

type Cell = { row: number; column: number };
type Selection = { selected: Cell; extent: Cell | undefined };
/** What a press was on: a cell, a column's letter, a row's number, or the corner above the row numbers. */
type Pressed = { kind: "cell" | "column" | "row"; at: Cell } | { kind: "corner" };

/** How often the view scrolls on while a drag holds the pointer past the grid's edge, in milliseconds. */
const SCROLL_EVERY = 50;

/** What a press was on, read from the grid's own marks (data-cell, aria-colindex, aria-rowindex). */
function pressedOn(target: EventTarget | null): Pressed | undefined {
  const element = target as HTMLElement | null;
  const cell = element?.closest?.("#grid td[data-cell], #grid th") as HTMLElement | null;
  if (!cell || cell.classList.contains("spacer")) return undefined;
  if (cell.classList.contains("corner")) return { kind: "corner" };
  const row = Number(cell.parentElement?.getAttribute("aria-rowindex")) - 2;
  const column = Number(cell.getAttribute("aria-colindex")) - 2;
  if (cell.tagName === "TD") return { kind: "cell", at: { row, column } };
  return cell.closest("thead") ? { kind: "column", at: { row: 0, column } } : { kind: "row", at: { row, column: 0 } };
}

/** The selection from `from` to `to`: cells, or the whole columns or rows between them. */
function selectionOf(kind: "cell" | "column" | "row", from: Cell, to: Cell): Selection {
  if (kind === "column") return wholeColumns(from.column, to.column);
  if (kind === "row") return wholeRows(from.row, to.row);
  return { selected: from, extent: to.row !== from.row || to.column !== from.column ? to : undefined };
}

/** Whether a selection lies inside the one made now (a right-click there keeps it, as in Excel). */
function inside(chosen: Selection): boolean {
  const now = selectedRange();
  const far = chosen.extent ?? chosen.selected;
  return [chosen.selected, far].every(({ row, column }) => row >= now.top && row <= now.bottom && column >= now.left && column <= now.right);
}

/** Selects, and shows it: the view scrolled to the cell under the pointer (`scroll`), kept still for a header; a drag's unchanged selection is not shown again. */
function choose(chosen: Selection, scroll: boolean, always = true): void {
  const state = store.state!;
  const same = (a: Cell | undefined, b: Cell | undefined) => a?.row === b?.row && a?.column === b?.column;
  if (!always && same(state.selected, chosen.selected) && same(state.extent, chosen.extent)) return;
  state.selected = chosen.selected;
  state.extent = chosen.extent;
  showSelection(scroll);
}

/** Ends the drag under way, if any (a press while one is still followed starts another). */
let stopFollowing: (() => void) | undefined;

/**
 * A drag from a press: the selection follows the pointer until the button is released (anywhere,
 * past the grid or the window too); while the pointer is past an edge of the grid the view scrolls
 * that way, faster the further it is, and the selection goes on with it, as Excel's does.
 */
function follow(kind: "cell" | "column" | "row", from: Cell): void {
  stopFollowing?.();
  const grid = $("grid");
  let pointer: { x: number; y: number } | undefined;
  const towards = (at: Layout) => {
    const box = grid.getBoundingClientRect();
    const x = pointer!.x - box.left - grid.clientLeft;
    const y = pointer!.y - box.top - grid.clientTop;
    // How far past each edge (the top and left ones are the letters' and numbers' far sides), in pixels.
    const past = (value: number, low: number, high: number) => (value < low ? value - low : value > high ? value - high : 0);
    return { x, y, right: past(x, at.head, grid.clientWidth), down: past(y, ROW_HEIGHT, grid.clientHeight) };
  };
  const update = () => {
    const at = shownLayout();
    if (!pointer || !at || at.sheet !== store.state?.sheet) return;
    const { x, y } = towards(at);
    const under = cellAt(grid, at, Math.min(x, grid.clientWidth - 1), Math.min(y, grid.clientHeight - 1));
    const to = { row: kind === "column" ? from.row : under.row, column: kind === "row" ? from.column : under.column };
    choose(selectionOf(kind, from, to), kind === "cell", false);
  };
  const timer = setInterval(() => {
    const at = shownLayout();
    if (!pointer || !at || at.sheet !== store.state?.sheet) return;
    const { right, down } = towards(at);
    // A row or column a step, more the further past the edge; the sheet laid out grows as Excel's never ends.
    const rows = kind === "column" ? 0 : Math.sign(down) * (1 + Math.floor(Math.abs(down) / ROW_HEIGHT));
    const columns = kind === "row" ? 0 : Math.sign(right) * (1 + Math.floor(Math.abs(right) / 64));
    if (!rows && !columns) return;
    grid.scrollTop += rows * ROW_HEIGHT;
    grid.scrollLeft += columns * 64;
    update();
    // At the last row or column laid out, one past it: the sheet is laid out further (grid.ts).
    const far = store.state.extent ?? store.state.selected;
    const to = { row: rows > 0 && far.row >= at.rows - 1 ? at.rows : far.row, column: columns > 0 && far.column >= at.columns - 1 ? at.columns : far.column };
    choose(selectionOf(kind, from, to), kind === "cell", false);
  }, SCROLL_EVERY);
  const moved = (event: MouseEvent) => {
    if (!(event.buttons & 1)) return done(); // released where no mouseup reached the page
    pointer = { x: event.clientX, y: event.clientY };
    update();
  };
  const done = () => {
    stopFollowing = undefined;
    clearInterval(timer);
    document.removeEventListener("mousemove", moved, true);
    document.removeEventListener("mouseup", done, true);
  };
  document.addEventListener("mousemove", moved, true);
  document.addEventListener("mouseup", done, true);
  stopFollowing = done;
}

/** Presses on the grid: the left button selects and drags, the right one selects where it is outside the selection. */
export function wireMouse(): void {
  // A press selects, as Excel's does: on a click, the sheet redrawn by an entry the press made (below)
  // could replace the cell pressed before its release, and the click would select nothing.
  $("grid").addEventListener("mousedown", (event) => {
    const pressed = pressedOn(event.target);
    if ((event.button !== 0 && event.button !== 2) || !pressed || !store.state) return;
    // An entry in the formula bar goes into the cell it was typed for first, then the press selects.
    enterBeforePress();
    endTabRun();
    // The keys go to the grid: the cell pressed may be redrawn (gone) before the browser would focus it.
    event.preventDefault();
    $("grid").focus();
    if (pressed.kind === "corner") return choose(wholeSheet(), false);
    const { kind, at } = pressed;
    const here = selectionOf(kind, at, at);
    if (event.button === 2) {
      if (!inside(here)) choose(here, kind === "cell");
      return;
    }
    // Shift widens from the active cell (for a column or row, from the active cell's column or row).
    const from = event.shiftKey ? store.state.selected : at;
    choose(selectionOf(kind, from, at), kind === "cell");
    follow(kind, from);
  });
}
