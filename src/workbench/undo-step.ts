/*
 * One step of the workbench's undo, as undo-places.ts records it: where the edit was and the looks
 * it changed. Apart from the modules that make steps (the grid's, the pane's host), which it serves.
 */

export type Cell = { row: number; column: number };

/** A change of the cells' looks, for undo and redo: each look map written, by key, before and after. */
export interface LooksChange {
  entries: { map: Record<string, unknown>; key: string; before: unknown; after: unknown }[];
}

export interface Place {
  /** The engine's id of the sheet (it follows a rename). */
  sheet: number;
  selected: Cell;
  extent: Cell | undefined;
  /** The change of the cells' looks (formats, fills, colours) a paste, an entry or the pane made: undo puts them back with the contents. */
  looks?: LooksChange;
  /** How many of the engine's undo entries the step spans: a pane action of several writes (inserting a sheet and its Summary row) is one step. */
  entries?: number;
  /** The sheets the later writes of such a step wrote (the Summary's row of an inserted sheet). */
  alsoOn?: number[];
  /** A sheet renamed (sheet-rename.ts): its undo changes no cell of it, and is its own all the same. */
  renamed?: boolean;
  /** Of a write of the task pane: where the user was, where an undo that takes away the sheet written goes back to. */
  from?: { sheet: number; selected: Cell; extent: Cell | undefined };
}
