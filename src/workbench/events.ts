/*
 * The page's controls wired to the workbook: the formula bar (formula-bar.ts) and the grid
 * (grid-events.ts), the Name Box, F6 between the grid, the formula bar and the pane, Open, Download
 * and the pane's reload.
 */
import { download, openFile, startOver } from "./files";
import { followPrinting, followScrolling, render, showSelection } from "./grid";
import { wireFormulaBar } from "./formula-bar";
import { wireGrid } from "./grid-events";
import type { FunctionsJson } from "../spreadsheet/hyperformula-plugin";
import { $, say } from "./page";
import { mountPane } from "./pane";
import { parseReference } from "./references";
import { notifyPane, store } from "./store";

export function wireEvents(metadata: FunctionsJson): void {
  followScrolling();
  followPrinting();
  wireFormulaBar();
  wireGrid();
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
        say((words) => words.notAReference(nameBox.value));
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
