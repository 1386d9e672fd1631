/*
 * Each sheet's own selection, as Excel keeps each sheet's active cell and selected range: leaving a
 * sheet keeps its selection (by the engine's sheet id, so a rename keeps it too), coming back puts it
 * back, and a sheet not visited yet opens at the file's active cell for it — else the first cell past
 * its frozen panes. Download writes them all (xlsx-write.ts). No DOM.
 */
import type { SheetPlace, State } from "./store";

export type { SheetPlace };

type Cell = { row: number; column: number };

type Places = Pick<State, "hf" | "sheet" | "selected" | "extent" | "fileLooks" | "looks" | "places">;

/** Where a sheet opens before it is visited, as Excel opens it: the file's active cell, else the first past its frozen panes (A1 with none). */
export function openingCell(state: Pick<State, "fileLooks" | "looks">, name: string): Cell {
  const look = state.fileLooks?.[name];
  const frozen = look?.frozen ?? state.looks?.[name]?.frozen;
  return look?.active ?? { row: frozen?.rows ?? 0, column: frozen?.columns ?? 0 };
}

/** A sheet's selection: the one on screen now, a sheet visited as it was left, another at its opening cell. */
export function placeOf(state: Places, name: string): SheetPlace {
  if (name === state.sheet) return { selected: state.selected, extent: state.extent };
  const id = state.hf.getSheetId(name);
  const kept = id === undefined ? undefined : state.places?.[id];
  return kept ? { ...kept } : { selected: openingCell(state, name), extent: undefined };
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
