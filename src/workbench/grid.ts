/*
 * The sheet on screen drawn as a table: each cell's value as Excel shows it (numbers in their format,
 * errors with their message on hover, text running on over empty cells), then its tabs and the
 * selection.
 */
import type { DetailedCellError } from "hyperformula";
import { columnLetter } from "../template/planner";
import { STYLES } from "../template/styles";
import { formatNumber } from "./number-format";
import type { CellLook } from "./xlsx-read";
import { $ } from "./page";
import { address, showSelection } from "./selection";
import { sheetId, store } from "./store";
import { renderTabs } from "./tabs";

/** How a cell looks on screen: as the file showed it, or — for a sheet inserted here — as the template's style. */
function lookOf(sheet: string, key: string): CellLook | undefined {
  const { state } = store;
  const fromFile = state?.fileLooks?.[sheet]?.cells[key];
  if (fromFile) return fromFile;
  const style = state?.looks?.[sheet]?.styles[key];
  if (!style) return undefined;
  const { fill, color, bold, italic } = STYLES[style];
  return { fill, color, bold, italic };
}

/** A column's width in pixels from the file's width in characters (Excel's: 7 pixels a character, 5 of padding); undefined where none is set. */
function columnPixels(sheet: string, column: number): number | undefined {
  const { state } = store;
  const characters = state?.fileLooks?.[sheet]?.widths[column] || state?.looks?.[sheet]?.widths[column];
  return characters ? Math.round(characters * 7 + 5) : undefined;
}

export function render(): void {
  const { state } = store;
  if (!state) return;
  const { hf } = state;
  const id = sheetId();
  const { height, width } = hf.getSheetDimensions(id);
  // Room past the data, and down and across to the selection wherever the keys took it.
  const far = state.extent ?? state.selected;
  const rows = Math.max(height + 3, 30, Math.max(state.selected.row, far.row) + 2);
  const columns = Math.max(width + 1, 10, Math.max(state.selected.column, far.column) + 2);
  const formats = state.formats[state.sheet] ?? {};
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  head.appendChild(document.createElement("th")).className = "row";
  for (let c = 0; c < columns; c++) {
    const letter = head.appendChild(document.createElement("th"));
    letter.textContent = columnLetter(c);
    const width = columnPixels(state.sheet, c);
    if (width) letter.style.width = letter.style.minWidth = letter.style.maxWidth = `${width}px`;
  }
  const body = table.createTBody();
  for (let r = 0; r < rows; r++) {
    const line = body.insertRow();
    const number = line.appendChild(document.createElement("th"));
    number.className = "row";
    number.textContent = String(r + 1);
    for (let c = 0; c < columns; c++) {
      const cell = line.insertCell();
      const a1 = address(r, c);
      cell.dataset.cell = a1;
      const value = hf.getCellValue({ sheet: id, row: r, col: c });
      const classes: string[] = [];
      if (typeof value === "number") {
        cell.textContent = formatNumber(value, formats[`${r},${c}`]);
        classes.push("number");
      } else if (value !== null && typeof value === "object") {
        const error = value as DetailedCellError;
        cell.textContent = error.value;
        cell.title = error.message || error.value;
        classes.push("error");
      } else if (typeof value === "boolean") {
        cell.textContent = value ? "TRUE" : "FALSE";
      } else if (typeof value === "string" && value !== "" && c + 1 < columns && hf.isCellEmpty({ sheet: id, row: r, col: c + 1 })) {
        // Text runs on over the empty cells to its right, as in Excel (fitted after layout).
        cell.appendChild(document.createElement("span")).textContent = value;
        classes.push("overflow");
      } else {
        cell.textContent = value ?? "";
      }
      if (typeof value === "string" && value.length > 24) cell.title = value;
      if (hf.isCellEmpty({ sheet: id, row: r, col: c })) classes.push("empty");
      if (hf.doesCellHaveFormula({ sheet: id, row: r, col: c })) classes.push("formula");
      if (r === state.selected.row && c === state.selected.column) classes.push("selected");
      const look = lookOf(state.sheet, `${r},${c}`);
      if (look) {
        // The file's fills and font colours: the blue input cells, the headers' grey, the title's red.
        if (look.fill) cell.style.background = look.fill;
        if (look.color) cell.style.color = look.color;
        if (look.bold) cell.style.fontWeight = "600";
        if (look.italic) cell.style.fontStyle = "italic";
      }
      const width = columnPixels(state.sheet, c);
      if (width) cell.style.maxWidth = cell.style.minWidth = `${width}px`;
      cell.className = classes.join(" ");
    }
  }
  $("grid").replaceChildren(table);
  fitOverflowingText(table);
  renderTabs(render);
  showSelection();
}

/** Lets each overflowing text run as far as the empty cells after it reach, and no further. */
function fitOverflowingText(table: HTMLTableElement): void {
  for (const cell of Array.from(table.querySelectorAll<HTMLTableCellElement>("td.overflow"))) {
    const style = getComputedStyle(cell);
    let room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (let next = cell.nextElementSibling; next instanceof HTMLElement && next.classList.contains("empty"); next = next.nextElementSibling) {
      room += next.offsetWidth;
    }
    (cell.firstElementChild as HTMLElement).style.maxWidth = `${room}px`;
  }
}
