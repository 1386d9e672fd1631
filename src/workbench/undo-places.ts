/*
 * Where each edit made on the grid was — its sheet and cells — so that undo and redo go back there,
 * as Excel switches to the sheet and selects the cells it takes back or does again.
 */
import type { ExportedCellChange, ExportedChange, HyperFormula } from "hyperformula";
import { applyLooks, LooksChange, takePendingLooks } from "./paste-looks";

type Cell = { row: number; column: number };

export interface Place {
  /** The engine's id of the sheet (it follows a rename). */
  sheet: number;
  selected: Cell;
  extent: Cell | undefined;
  /** A paste's change of the cells' looks (formats, fills, colours): undo puts them back with the contents. */
  looks?: LooksChange;
}

/** The places of the edits undo would take back (the last on top), and of those redo would do again. */
const undoable: Place[] = [];
const redoable: Place[] = [];
/** The engine these places belong to: another workbook opened starts afresh. */
let engine: HyperFormula | undefined;

function follow(hf: HyperFormula): void {
  if (hf === engine) return;
  engine = hf;
  undoable.length = redoable.length = 0;
}

/** Records where an edit made on the grid was; a new edit ends what redo could do again. */
export function remember(hf: HyperFormula, place: Place): void {
  follow(hf);
  undoable.push({ ...place, looks: takePendingLooks() });
  redoable.length = 0;
}

/**
 * Undoes or redoes the engine's last edit and says where it was: the grid's record of it, where the
 * engine's first changed cell (the edited one) agrees on the sheet; otherwise (an edit the pane made)
 * that first changed cell. Undefined when nothing changed and nothing was recorded.
 */
export function takeBack(hf: HyperFormula, redo: boolean): Place | undefined {
  follow(hf);
  const changes: ExportedChange[] = redo ? hf.redo() : hf.undo();
  const [from, to] = redo ? [redoable, undoable] : [undoable, redoable];
  const first = changes.find((change): change is ExportedCellChange => "address" in change);
  const recorded = from[from.length - 1];
  if (recorded && (!first || first.address.sheet === recorded.sheet)) {
    from.pop();
    to.push(recorded);
    if (recorded.looks) applyLooks(recorded.looks, redo);
    return recorded;
  }
  return first && { sheet: first.address.sheet, selected: { row: first.address.row, column: first.address.col }, extent: undefined };
}
