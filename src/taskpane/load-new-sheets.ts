/*
 * The one door to new-sheets.ts, the chunk of code the pane fetches only when the user adds a sheet or
 * charts from the template (README: Performance), so taskpane.js does not carry it.
 */
import { HostError } from "./host";

/**
 * The code that makes the template's sheets and charts and draws charts in Excel (new-sheets.ts),
 * fetched from beside taskpane.js the first time the user inserts one. A fetch that fails is the
 * pane's bilingual CODE_MISSING, said before anything is written; the next press fetches it again
 * (webpack forgets a chunk that did not arrive). The technical error goes to the console.
 */
export async function newSheets(): Promise<typeof import("./new-sheets")> {
  try {
    return await import(/* webpackChunkName: "new-sheets" */ "./new-sheets");
  } catch (error) {
    console.error(error);
    throw new HostError("CODE_MISSING", "new-sheets");
  }
}
