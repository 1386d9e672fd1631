/*
 * The page's controls wired to the workbook: the formula bar (formula-bar.ts) and the grid
 * (grid-events.ts), the Name Box (a cell, a range, whole columns or rows), F6 between the grid, the
 * formula bar and the pane, Open, Download and the pane's reload.
 */
import { download, openFile, startOver } from "./files";
import { followPrinting, followScrolling, render, showSelection } from "./grid";
import { entryStillOpen, wireFormulaBar } from "./formula-bar";
import { wireGrid } from "./grid-events";
import type { FunctionsJson } from "../spreadsheet/hyperformula-plugin";
import { $, say } from "./page";
import { mountPane } from "./pane";
import { parseReference, parseWhole } from "./references";
import { wholeColumns, wholeRows } from "./grid-keys";
import { MAX_COLUMNS, MAX_ROWS } from "../spreadsheet/limits";
import { goToSheet } from "./sheet-places";
import { selectionAddress } from "./selection";
import { notifyPane, store } from "./store";

export function wireEvents(metadata: FunctionsJson): void {
  followScrolling();
  followPrinting();
  wireFormulaBar();
  wireGrid();
  // The Name Box: a reference typed (B7, A1:C3, C:C, 3:5) and Enter selects it, on another sheet too; Escape puts back the selection.
  const nameBox = $("address") as HTMLInputElement;
  nameBox.addEventListener("keydown", (event) => {
    const { state } = store;
    if (!state) return;
    if (event.key === "Escape") {
      showSelection();
      $("grid").focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      // An entry refused is still open for its cell: the selection stays on it, and so does the Name Box.
      if (entryStillOpen()) {
        nameBox.value = selectionAddress();
        return;
      }
      const reference = parseReference(nameBox.value, state.hf.getSheetNames());
      const whole = reference ? undefined : parseWhole(nameBox.value, state.hf.getSheetNames());
      if (!reference && !whole) {
        say((words) => words.notAReference(nameBox.value));
        return;
      }
      say("");
      const sheet = reference?.sheet ?? whole?.sheet;
      const switched = sheet !== undefined && sheet !== state.sheet;
      // The sheet left keeps its own selection.
      if (sheet) goToSheet(state, sheet);
      if (reference) {
        state.selected = reference.from;
        state.extent = reference.to.row !== reference.from.row || reference.to.column !== reference.from.column ? reference.to : undefined;
      } else if (whole) {
        // As the column letters or row numbers select them: down the used rows, or across the used columns — never past what a sheet holds here.
        const [first, last] = [whole.first, whole.last].map((at) => Math.min(at, (whole.kind === "rows" ? MAX_ROWS : MAX_COLUMNS) - 1));
        Object.assign(state, whole.kind === "rows" ? wholeRows(first, last) : wholeColumns(first, last));
      }
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
  ($("open") as HTMLInputElement).addEventListener("change", async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      await openFile(file, metadata);
    } finally {
      // The same file chosen again after a fix still fires "change".
      (event.target as HTMLInputElement).value = "";
      backToGrid();
    }
  });
  // No file chosen: back to the sheet as well.
  $("open").addEventListener("cancel", backToGrid);
  $("download").addEventListener("click", () => void download().finally(backToGrid));
  $("reload-pane").addEventListener("click", () => (mountPane(), backToGrid()));
  $("start-over").addEventListener("click", () => void startOver(metadata).finally(backToGrid));
}

/**
 * After a toolbar button has done its work, the keys act on the sheet again, as Excel returns to the
 * sheet after Save or Open: typing enters into the active cell, Ctrl+Z undoes — never the button
 * pressed again. Not where the user went meanwhile (the formula bar, the Name Box, the pane).
 */
function backToGrid(): void {
  const here = document.activeElement;
  if (!here || here === document.body || here.closest(".toolbar")) $("grid").focus();
}
