/*
 * A sheet renamed from its tab, as one step of the user's undo, as Excel undoes a rename: the engine
 * keeps the rename as an undo entry of its own (HyperFormula's renameSheet), and the record here
 * (undo-places.ts) moves the sheet's looks, kept by its name, back and forth with it. No DOM.
 */
import type { State } from "./store";
import { applyLooks } from "./paste-looks";
import { remember } from "./undo-places";
import { nameWorksheets } from "./worksheet-names";
import type { LooksChange } from "./undo-step";

/**
 * Renames the sheet `id` to `next` (a name Excel takes: tabs.ts checks it first); its id stays, and so
 * the pane's answers and bindings. All or nothing: a part that fails (the engine or ExcelJS refusing
 * the name) puts back what was done and throws, with no step recorded.
 */
export function renameRecorded(state: State, id: number, next: string): void {
  const name = state.hf.getSheetName(id);
  if (name === undefined || name === next) return;
  const entries: LooksChange["entries"] = [];
  const set = (map: Record<string, unknown>, key: string, after: unknown) => {
    entries.push({ map, key, before: map[key], after });
    if (after === undefined) delete map[key];
    else map[key] = after;
  };
  try {
    // Download writes into the opened file's own sheet, under the name it has now (ExcelJS's rules on
    // names: worksheet-names.ts; undo and redo name it through them too).
    const worksheet = state.book?.getWorksheet(name);
    if (worksheet) {
      const book = state.book;
      const named = {
        get name() {
          return worksheet.name;
        },
        set name(to: string) {
          nameWorksheets(book, [[worksheet, to]]);
        },
      };
      set(named as unknown as Record<string, unknown>, "name", next);
    }
    // Last of what can fail: the engine refusing leaves nothing renamed.
    state.hf.renameSheet(id, next);
  } catch (error) {
    applyLooks({ entries }, false);
    throw error;
  }
  // Looks kept by the sheet's name follow it: formats, the template's styles, the file's looks.
  for (const looks of [state.formats, state.looks, state.fileLooks] as (Record<string, unknown> | undefined)[]) {
    if (!looks || (looks[name] === undefined && looks !== state.formats)) continue;
    const kept = looks[name] ?? {};
    set(looks, next, kept);
    set(looks, name, undefined);
  }
  // Download leaves the cells nobody changed as the file had them (what the sheet held when opened, found by that name).
  const asOpened = state.opened?.find((sheet) => sheet.name === name);
  if (asOpened) set(asOpened as unknown as Record<string, unknown>, "name", next);
  const here = state.sheet === name;
  if (here) state.sheet = next;
  // Undo and redo go to the sheet renamed, as Excel's do.
  remember(state.hf, { sheet: id, selected: here ? state.selected : { row: 0, column: 0 }, extent: here ? state.extent : undefined, looks: { entries }, renamed: true });
}
