/*
 * Each sheet's own selection, as Excel keeps each sheet's active cell and selected range: leaving a
 * sheet keeps its selection (by the engine's sheet id, so a rename keeps it too), coming back puts it
 * back, and a sheet not visited yet opens at the file's selection for it — else the first cell past
 * its frozen panes. Download writes them all (xlsx-write.ts). No DOM.
 */
import { placeWithin, rangeOf, selectionIn } from "./selection";
import type { SheetPlace, State } from "./store";

export type { SheetPlace };


type Places = Pick<State, "hf" | "sheet" | "selected" | "extent" | "fileLooks" | "looks" | "places">;

/**
 * Where a sheet opens before it is visited, as Excel opens it: the file's active cell with the range
 * it had selected around it, else the first cell past its frozen panes (A1 with none).
 */
export function openingPlace(state: Pick<State, "fileLooks" | "looks">, name: string): SheetPlace {
  const look = state.fileLooks?.[name];
  if (look?.active && look.selection) return selectionIn(look.selection, look.active);
  const frozen = look?.frozen ?? state.looks?.[name]?.frozen;
  return { selected: look?.active ?? { row: frozen?.rows ?? 0, column: frozen?.columns ?? 0 }, extent: undefined };
}

/** A sheet's selection: the one on screen now, a sheet visited as it was left, another at its opening cell. */
export function placeOf(state: Places, name: string): SheetPlace {
  if (name === state.sheet) return { selected: state.selected, extent: state.extent };
  const id = state.hf.getSheetId(name);
  const kept = id === undefined ? undefined : state.places?.[id];
  return kept ? { ...kept } : openingPlace(state, name);
}

/** Shows the sheet `name` at its own selection, keeping the one left for a return. */
export function goToSheet(state: Places, name: string): void {
  if (name === state.sheet) return;
  const id = state.hf.getSheetId(state.sheet);
  // The sheet left (none when it went away, as an undone insert takes it).
  if (id !== undefined) (state.places ??= {})[id] = { selected: state.selected, extent: state.extent };
  const place = placeOf(state, name);
  state.sheet = name;
  state.selected = place.selected;
  state.extent = place.extent;
}

/** A sheet's selection as the kept copy holds it (kept-workbook.ts): with the range selected, which Enter or Tab may have moved the active cell inside. */
export interface KeptPlace extends SheetPlace {
  range: { top: number; left: number; bottom: number; right: number };
}

/** The selection of every sheet that has one of its own (the one on screen, those visited), by name: what a reload puts back. */
export function keptPlaces(state: Places): Record<string, KeptPlace> {
  const visited = Object.keys(state.places ?? {}).flatMap((id) => state.hf.getSheetName(Number(id)) ?? []);
  return Object.fromEntries(
    [state.sheet, ...visited].map((name) => {
      const { selected, extent } = placeOf(state, name);
      return [name, { selected, extent, range: rangeOf(selected, extent) }];
    }),
  );
}

/** Puts back the selections kept (keptPlaces): the sheet on screen's, and each other sheet's for a return; a sheet gone since is passed over. */
export function putBackPlaces(state: Places, kept: Record<string, KeptPlace>): void {
  for (const [name, place] of Object.entries(kept)) {
    const id = state.hf.getSheetId(name);
    if (id === undefined) continue;
    const back = placeWithin(place.selected, place.extent, place.range);
    if (name === state.sheet) [state.selected, state.extent] = [back.selected, back.extent];
    else (state.places ??= {})[id] = back;
  }
}
