/*
 * A sheet renamed from its tab, as one step of the user's undo, as Excel undoes a rename: the engine
 * keeps the rename as an undo entry of its own (HyperFormula's renameSheet), and the record here
 * (undo-places.ts) moves the sheet's looks, kept by its name, back and forth with it. No DOM.
 */
import type { State } from "./store";
import { sheetNameProblem } from "../spreadsheet/sheet-names";
import { remember } from "./undo-places";
import type { LooksChange } from "./undo-step";

/**
 * Renames the sheet `id` to `next`, a name Excel takes (tabs.ts says why one is refused first); its
 * id stays, and so the pane's answers and bindings. All or nothing: a name Excel or the engine refuses
 * throws with nothing renamed and no step recorded.
 */
export function renameRecorded(state: State, id: number, next: string): void {
  const name = state.hf.getSheetName(id);
  if (name === undefined || name === next) return;
  // Download names the file's sheet so too (xlsx-write.ts freshCopy): a name Excel refuses could not be written.
  const problem = sheetNameProblem(next, state.hf.getSheetNames().filter((other) => other !== name));
  if (problem) throw new Error(`Excel refuses the sheet name "${next}" (${problem})`);
  state.hf.renameSheet(id, next);
  const entries: LooksChange["entries"] = [];
  const set = (map: Record<string, unknown>, key: string, after: unknown) => {
    entries.push({ map, key, before: map[key], after });
    if (after === undefined) delete map[key];
    else map[key] = after;
  };
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
