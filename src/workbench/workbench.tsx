/*
 * The browser workbench (development only): the planner template in a spreadsheet view backed by
 * HyperFormula with the add-in's own functions, and beside it the real task pane on a workbench
 * implementation of its workbook interface. Nothing is fetched from outside this origin.
 *
 * This entry point sets the functions' language and starts the page: the grid (grid.ts, tabs.ts,
 * selection.ts), what a cell's entry means (entry.ts), the controls (events.ts), Open and Download
 * (files.ts) and the task pane (pane.tsx) share the open workbook through store.ts.
 */
import "../spreadsheet/custom-functions-runtime"; // before the functions module, which registers itself with it
import "../functions/functions";
import { setLanguage, setWordEveryError } from "../functions/boundary";
import { loadStudentT } from "../functions/statistics";
import { wireEvents } from "./events";
import { hasUnkept, keepNow, whenAnotherTabKeeps } from "./kept-workbook";
import { openKept, openTemplate } from "./files";
import type { FunctionsJson } from "../spreadsheet/hyperformula-plugin";
import { $, labelPage, pageLanguage, say } from "./page";
import { mountPane } from "./pane";
import { loadGridFont } from "./cell-fit";

// Excel's functions follow Office's display language (labels, error messages); here, the page's. The
// pane's language switch rewords the page, the pane and what the cells computed (language-cells.ts).
setLanguage(pageLanguage());
// The workbench shows every error's message on hover, #NUM! included (Excel shows none on #NUM!).
setWordEveryError(true);

async function start(): Promise<void> {
  labelPage();
  const metadata: FunctionsJson = await (await fetch("functions.json")).json();
  await loadStudentT(); // CPMFIT's interval: the engine is synchronous, so the chunk comes first
  await loadGridFont($("grid")); // the grid measures (####) in Carlito from its first drawing
  wireEvents(metadata);
  // The workbook a reload left, as it was; the template on a first visit (or after Start over).
  if (!(await openKept(metadata))) await openTemplate(metadata);
  mountPane();
  // Leaving the page keeps what is pending at once (the bytes of the last change are mostly built by then).
  window.addEventListener("pagehide", () => void keepNow());
  // A change not yet kept (the last second's edit or answer) would be lost by a reload: the browser asks first.
  window.addEventListener("beforeunload", (event) => {
    if (!hasUnkept()) return;
    event.preventDefault();
    event.returnValue = "";
  });
  whenAnotherTabKeeps(() => say((words) => words.anotherTab));
  document.body.dataset.ready = "true";
}

start().catch((error) => say((words) => words.cannotStart((error as Error).message)));
