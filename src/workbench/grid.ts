/*
 * The sheet on screen drawn as a table of the rows and columns in view (and a margin round them):
 * spacer rows and columns stand for the rest, so the scroll bars span the whole sheet and a
 * 40,000-row sheet draws as fast as a small one. Each cell shows its value as Excel shows it
 * (numbers in their format, errors with their message on hover, text running on over empty cells)
 * in the file's fills, colours and column widths; the file's frozen rows and columns, the column
 * letters and the row numbers stay put as the sheet scrolls. Then its tabs and the selection.
 */
import { type DetailedCellError, ErrorType } from "hyperformula";
import { columnLetter } from "../template/planner";
import { engineFormula, shownValue } from "../spreadsheet/engine";
import { keepSoon } from "./kept-workbook";
import { formatNumber } from "../spreadsheet/number-format";
import { canvasMeasure, generalShown, numberShown, wrappedLines } from "./cell-fit";
import { lookAt } from "./paste-looks";
import { $, w } from "./page";
import { address, selectedRange, selectionAddress } from "./selection";
import { entryText } from "./entry";
import { sheetId, store } from "./store";
import { renderTabs } from "./tabs";
import { CELL_PADDING, Drawn, inView, Layout, layoutOf, LINE_HEIGHT, nearsEdge, ROW_HEIGHT, scrollToCell, setRowHeight, withMargin } from "./grid-layout";

let layout: Layout | undefined;
let shownFor: { hf: unknown; sheet: string } | undefined;
let drawn: Drawn | undefined;
/** The layout drawn now, for the mouse (grid-mouse.ts) to find the cell under the pointer. */
export const shownLayout = (): Layout | undefined => layout;

/** Draws the sheet again from the engine (after an edit, a new sheet or workbook), the active cell in view, as in Excel (an edit of a whole column stays put); "far": the selection's far corner, as keys extend it. */
export function render(follow: "active" | "far" | "none" = "active"): void {
  const { state } = store;
  if (!state) return;
  const grid = $("grid");
  // Another sheet, or another workbook: shown from its top left, then scrolled to its selection.
  if (shownFor?.hf !== state.hf || shownFor.sheet !== state.sheet) grid.scrollTop = grid.scrollLeft = 0;
  shownFor = { hf: state.hf, sheet: state.sheet };
  layout = layoutOf();
  const to = follow === "far" ? state.extent ?? state.selected : state.selected;
  if (follow !== "none") scrollToCell(grid, layout, to.row, to.column);
  draw(grid, layout, withMargin(layout, inView(grid, layout)));
  // Scrolled again once drawn to its new size: to a cell past the sheet drawn before (the Name Box's AA17) the scroll stopped at the old edge.
  if (follow !== "none" && scrollToCell(grid, layout, to.row, to.column)) draw(grid, layout, withMargin(layout, inView(grid, layout)));
  renderTabs(() => render());
  showSelection(false);
}

/** A sticky cell's place: pinned `top` pixels from the top and `left` from the left of the view. */
function pin(cell: HTMLElement, top: number | undefined, left: number | undefined): void {
  if (top !== undefined) cell.style.top = `${top}px`;
  if (left !== undefined) cell.style.left = `${left}px`;
}

function draw(grid: HTMLElement, at: Layout, window: Drawn, again = false): void {
  const state = store.state!;
  const { hf } = state;
  const id = sheetId();
  const { rows, columns, lefts, tops, frozen, head } = at;
  const formats = state.formats[state.sheet] ?? {};
  // The grid's font (the workbook's, workbench.css), plain and bold (600), for a number too wide for its column (####).
  const { fontSize, fontFamily } = getComputedStyle(grid);
  const measurePlain = canvasMeasure(`${fontSize} ${fontFamily}`);
  const measureBold = canvasMeasure(`600 ${fontSize} ${fontFamily}`);
  // The columns drawn: the frozen ones, then those in view; a spacer column stands for each gap.
  const shownColumns: (number | { spacer: number })[] = [];
  for (let c = 0; c < frozen.columns; c++) shownColumns.push(c);
  if (window.left > frozen.columns) shownColumns.push({ spacer: lefts[window.left] - lefts[frozen.columns] });
  for (let c = window.left; c < window.right; c++) shownColumns.push(c);
  if (window.right < columns) shownColumns.push({ spacer: lefts[columns] - lefts[window.right] });
  const table = document.createElement("table");
  table.style.width = `${head + lefts[columns]}px`;
  table.setAttribute("aria-rowcount", String(rows + 1));
  table.setAttribute("aria-colcount", String(columns + 1));
  const colgroup = table.appendChild(document.createElement("colgroup"));
  colgroup.appendChild(document.createElement("col")).style.width = `${head}px`;
  for (const shown of shownColumns) colgroup.appendChild(document.createElement("col")).style.width = `${typeof shown === "number" ? lefts[shown + 1] - lefts[shown] : shown.spacer}px`;
  const frozenLeft = (c: number) => (c < frozen.columns ? head + lefts[c] : undefined);

  const headRow = table.createTHead().insertRow();
  headRow.setAttribute("aria-rowindex", "1");
  headRow.appendChild(document.createElement("th")).className = "row corner";
  for (const shown of shownColumns) {
    const letter = headRow.appendChild(document.createElement("th"));
    if (typeof shown !== "number") {
      letter.className = "spacer";
      continue;
    }
    letter.textContent = columnLetter(shown);
    letter.setAttribute("aria-colindex", String(shown + 2));
    if (shown < frozen.columns) letter.classList.add("frozen-column");
    pin(letter, undefined, frozenLeft(shown));
  }

  const body = table.createTBody();
  const spacerRow = (height: number) => {
    const line = body.insertRow();
    line.className = "spacer";
    const filler = line.insertCell();
    filler.colSpan = shownColumns.length + 1;
    filler.style.height = `${height}px`;
  };
  const drawRow = (r: number) => {
    const line = body.insertRow();
    line.setAttribute("aria-rowindex", String(r + 2));
    // A frozen row stays put as a whole (its cells in one layer, so a text runs on over its neighbours there too).
    if (r < frozen.rows) {
      line.className = "frozen-row";
      pin(line, ROW_HEIGHT + tops[r], undefined);
    }
    const number = line.appendChild(document.createElement("th"));
    number.className = "row";
    number.scope = "row";
    number.textContent = String(r + 1);
    // As tall as its most wrapped cell, as Excel autofits a row (a line of Calibri 11 each).
    let lines = 1;
    for (let i = 0; i < shownColumns.length; i++) {
      const c = shownColumns[i];
      const cell = line.insertCell();
      if (typeof c !== "number") {
        cell.className = "spacer";
        continue;
      }
      lines = Math.max(lines, drawCell(cell, r, c));
      if (c < frozen.columns) cell.classList.add("frozen-column");
      pin(cell, undefined, frozenLeft(c));
      if (cell.classList.contains("overflow")) {
        // Text runs on over the empty cells drawn to its right, as in Excel, and no further.
        let room = lefts[c + 1] - lefts[c] - 2 * CELL_PADDING;
        for (let j = i + 1; j < shownColumns.length; j++) {
          const next = shownColumns[j];
          // Not past a spacer, a filled cell, or out of a frozen pane (as Excel clips it there).
          if (typeof next !== "number" || (c < frozen.columns && next >= frozen.columns) || !hf.isCellEmpty({ sheet: id, row: r, col: next })) break;
          room += lefts[next + 1] - lefts[next];
        }
        (cell.firstElementChild as HTMLElement).style.maxWidth = `${room}px`;
      }
    }
    // A height the file sets stays (points → pixels), as in Excel; the others fit their lines.
    const set = state.fileLooks?.[state.sheet]?.heights?.[r];
    const height = set ? Math.round((set * 4) / 3) : lines > 1 ? lines * LINE_HEIGHT + 2 : ROW_HEIGHT;
    if (height !== ROW_HEIGHT) line.style.height = `${height}px`;
    // Lines past a height the file sets are cut off, not let grow the row.
    if (set) line.querySelectorAll<HTMLElement>("td.wrap > div").forEach((lines) => (lines.style.maxHeight = `${height - 1}px`));
    if (setRowHeight(state.sheet, r, height)) heightsChanged = true;
  };
  let heightsChanged = false;
  /** Draws a cell; returns how many lines it takes (more than one where its text wraps). */
  const drawCell = (cell: HTMLTableCellElement, r: number, c: number): number => {
    const where = { sheet: id, row: r, col: c };
    cell.dataset.cell = address(r, c);
    cell.setAttribute("aria-colindex", String(c + 2));
    const value = shownValue(hf, where);
    const classes: string[] = [];
    const look = lookAt(state.sheet, `${r},${c}`);
    // Wrapped where its look says so, or where its text breaks a line (Excel turns wrapping on with Alt+Enter).
    const wraps = typeof value === "string" && (look?.wrap || /[\r\n]/.test(value));
    let lines = 1;
    if (wraps) {
      cell.appendChild(document.createElement("div")).textContent = value;
      classes.push("wrap");
      const measure = look?.bold ? measureBold : measurePlain;
      if (measure) lines = wrappedLines(value, lefts[c + 1] - lefts[c] - 2 * CELL_PADDING - 1, measure);
    } else if (typeof value === "number") {
      const format = formats[`${r},${c}`];
      const text = formatNumber(value, format);
      const measure = look?.bold ? measureBold : measurePlain;
      // The cell's width less its padding and right border: General shortens its decimals, a set format shows ####.
      const room = lefts[c + 1] - lefts[c] - 2 * CELL_PADDING - 1;
      const shown = !measure ? text : !format || format === "General" ? generalShown(value, room, measure) : numberShown(text, room, measure);
      cell.textContent = shown;
      if (shown !== text) cell.title = text;
      classes.push("number");
    } else if (value !== null && typeof value === "object") {
      const error = value as DetailedCellError;
      cell.textContent = error.value;
      cell.title = error.type === ErrorType.ERROR ? w.uncomputed : error.message || error.value; // #ERROR! (not Excel's): a formula the engine cannot read, or a cell reading one; the parser's words would mislead
      classes.push("error");
    } else if (typeof value === "boolean") {
      cell.textContent = value ? "TRUE" : "FALSE";
    } else if (typeof value === "string" && value !== "" && c + 1 < columns && hf.isCellEmpty({ sheet: id, row: r, col: c + 1 })) {
      cell.appendChild(document.createElement("span")).textContent = value;
      classes.push("overflow");
    } else {
      cell.textContent = value ?? "";
    }
    if (typeof value === "string" && value.length > 24) cell.title = value;
    if (hf.isCellEmpty(where)) classes.push("empty");
    if (hf.doesCellHaveFormula(where)) classes.push("formula");
    if (look) {
      // The file's fills and font colours: the blue input cells, the headers' grey, the title's red.
      if (look.fill) cell.style.background = look.fill;
      if (look.color) cell.style.color = look.color;
      if (look.bold) cell.style.fontWeight = "600";
      if (look.italic) cell.style.fontStyle = "italic";
    }
    cell.className = classes.join(" ");
    return lines;
  };

  for (let r = 0; r < frozen.rows; r++) drawRow(r);
  if (window.top > frozen.rows) spacerRow(tops[window.top] - tops[frozen.rows]);
  for (let r = window.top; r < window.bottom; r++) drawRow(r);
  if (window.bottom < rows) spacerRow(tops[rows] - tops[window.bottom]);
  grid.replaceChildren(table);
  drawn = window;
  // Rows drawn taller (or back to one line) move the rows below: laid out and drawn again, once.
  if (heightsChanged && !again) {
    layout = layoutOf();
    draw(grid, layout, withMargin(layout, inView(grid, layout)), true);
  }
}

/**
 * Scrolling draws the rows and columns coming into view, once the view nears the edge of those
 * drawn (in the next frame).
 */
let scrollFrame = 0;
export function followScrolling(): void {
  const grid = $("grid");
  grid.addEventListener("scroll", () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      if (!store.state || !layout || layout.sheet !== store.state.sheet) return;
      const view = inView(grid, layout);
      if (!nearsEdge(layout, view, drawn)) return;
      draw(grid, layout, withMargin(layout, view));
      paintSelection();
    });
  });
}

/** The width a printed page holds, in CSS pixels: US Letter landscape (the narrower of it and A4) less 10 mm margins, as workbench.css sets them. */
const PRINT_WIDTH = Math.floor(((279.4 - 20) / 25.4) * 96);

/**
 * Printing prints the sheet's used range whole (workbench.css leaves out the toolbar, the tabs and
 * the pane); the view comes back after.
 */
export function followPrinting(): void {
  window.addEventListener("beforeprint", () => {
    if (!store.state || !layout || layout.sheet !== store.state.sheet) return;
    const { height, width } = store.state.hf.getSheetDimensions(sheetId());
    const rows = Math.min(layout.rows, Math.max(1, height));
    const columns = Math.min(layout.columns, Math.max(1, width));
    const used: Layout = { ...layout, rows, columns, frozen: { rows: Math.min(layout.frozen.rows, rows), columns: Math.min(layout.frozen.columns, columns) } };
    draw($("grid"), used, { top: used.frozen.rows, bottom: rows, left: used.frozen.columns, right: columns });
    // Every used column on the page: the sheet shrunk to the page's width (landscape, workbench.css), never cut at its edge.
    // Its width as drawn (the style draw gives it), not as shown: a zoom left from an earlier print is no measure.
    const wide = parseFloat($("grid").querySelector("table")?.style.width ?? "") || 0;
    $("grid").style.setProperty("--print-zoom", String(wide > PRINT_WIDTH ? PRINT_WIDTH / wide : 1));
  });
  window.addEventListener("afterprint", () => {
    $("grid").style.removeProperty("--print-zoom");
    render();
  });
}

/** Marks the selected cell and range among the cells drawn. */
function paintSelection(): void {
  const state = store.state!;
  document.querySelectorAll(".grid td.selected, .grid td.in-range").forEach((td) => td.classList.remove("selected", "in-range"));
  const { row, column } = state.selected;
  document.querySelector(`.grid td[data-cell="${address(row, column)}"]`)?.classList.add("selected");
  if (!state.extent) return;
  const { top, bottom, left, right } = selectedRange();
  // Only the cells drawn: a range of 40,000 rows is not 40,000 lookups.
  for (const td of Array.from(document.querySelectorAll<HTMLTableCellElement>(".grid td[data-cell]"))) {
    const r = Number(td.parentElement!.getAttribute("aria-rowindex")) - 2;
    const c = Number(td.getAttribute("aria-colindex")) - 2;
    if (r >= top && r <= bottom && c >= left && c <= right) td.classList.add("in-range");
  }
}

/**
 * Shows the selection: in the Name Box and the formula bar, and on the grid — scrolled into view
 * as the keys move it, as in Excel (`scroll` false: the view stays, as a click on the column letters
 * leaves it), and drawn there when it was past the rows and columns drawn.
 */
export function showSelection(scroll = true): void {
  const { state } = store;
  if (!state) return;
  const { row, column } = state.selected;
  const where = { sheet: sheetId(), row, col: column };
  state.selection = selectionAddress();
  keepSoon(); // the sheet and cells selected come back after a reload
  ($("address") as HTMLInputElement).value = state.selection;
  const formula = engineFormula(state.hf, where);
  const raw = state.hf.getCellSerialized(where);
  ($("formula") as HTMLTextAreaElement).value = formula ?? entryText(raw, state.formats[state.sheet]?.[`${row},${column}`]);
  const far = state.extent ?? state.selected;
  const grid = $("grid");
  if (!layout || layout.sheet !== state.sheet || far.row >= layout.rows || far.column >= layout.columns) {
    render(scroll ? "far" : "none"); // past the rows and columns laid out: lay out more, as Excel's grid never ends
    return;
  }
  if (scroll) scrollToCell(grid, layout, far.row, far.column);
  const view = inView(grid, layout);
  if (nearsEdge(layout, view, drawn)) draw(grid, layout, withMargin(layout, view));
  paintSelection();
}
