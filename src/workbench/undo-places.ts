/*
 * Where each edit was — made on the grid or written by the task pane: its sheet and cells — so that
 * undo and redo go back there, as Excel switches to the sheet and selects the cells it takes back or
 * does again, and put back the looks it changed (the steps' shape: undo-step.ts).
 */
import type { ExportedCellChange, ExportedChange, HyperFormula } from "hyperformula";
import { applyLooks, takePendingLooks } from "./paste-looks";
import type { Place } from "./undo-step";

/** The places of the edits undo would take back (the last on top), and of those redo would do again. */
const undoable: Place[] = [];
const redoable: Place[] = [];
/** The engine these places belong to: another workbook opened starts afresh. */
let engine: HyperFormula | undefined;
/** Whether the last change was an undo or a redo (none recorded since). */
let undone = false;

function follow(hf: HyperFormula): void {
  if (hf === engine) return;
  engine = hf;
  undoable.length = redoable.length = 0;
  undone = false;
}

/**
 * The user's last change, for a write the pane makes by itself in reaction to it (the Summary kept in
 * step, WorkbookHost.following): the step it recorded, "undone" when it was an undo or a redo, none
 * when nothing is recorded (a workbook just opened).
 */
export function lastStep(hf: HyperFormula): Place | "undone" | undefined {
  follow(hf);
  return undone ? "undone" : undoable[undoable.length - 1];
}

/**
 * Records where an edit was — made on the grid (its looks: the paste's or entry's just made) or
 * written by the task pane (its looks given) — as one step; a new edit ends what redo could do again.
 * `into`: the step a later write of one pane action (or the pane's write following a change) joins —
 * only while that step is the last one: the engine takes its entries back from the top, so a write
 * after another step is a step of its own. Returns the step the place is part of.
 */
export function remember(hf: HyperFormula, place: Place, into?: Place): Place {
  follow(hf);
  const last = undoable[undoable.length - 1];
  redoable.length = 0;
  if (into && into === last) {
    last.entries = (last.entries ?? 1) + 1;
    last.alsoOn = [...(last.alsoOn ?? []), place.sheet];
    last.looks = { entries: [...(last.looks?.entries ?? []), ...(place.looks?.entries ?? [])] };
    return last;
  }
  undone = false;
  const recorded = { ...place, looks: place.looks ?? takePendingLooks() };
  undoable.push(recorded);
  return recorded;
}

/**
 * Runs a grid edit of the engine and records it as one step at `place` (read after the edit) — unless
 * the edit says it changed nothing (returns false: a fill with nothing to fill from). A step with no
 * engine entry under it would pair every later undo with the wrong record, and its looks with it.
 */
export function recordEdit(hf: HyperFormula, edit: () => boolean | void, place: () => Place): void {
  if (edit() !== false) remember(hf, place());
}

/**
 * Undoes or redoes the engine's last edit and says where it was: its record, where a changed cell
 * is on its sheet, none changed, or its sheet went with it; otherwise (an edit nobody recorded) the first changed cell.
 * Undefined when nothing changed and nothing was recorded.
 */
export function takeBack(hf: HyperFormula, redo: boolean): Place | undefined {
  follow(hf);
  const changes: ExportedChange[] = redo ? hf.redo() : hf.undo();
  undone = true;
  const [from, to] = redo ? [redoable, undoable] : [undoable, redoable];
  const cells = changes.filter((change): change is ExportedCellChange => "address" in change);
  const [first] = cells;
  const recorded = from[from.length - 1];
  // A sheet taken away with its contents (a pane's write undone) is the recorded step's own sheet.
  const sheets = recorded ? [recorded.sheet, ...(recorded.alsoOn ?? [])] : [];
  const ours = !first || recorded?.renamed || cells.some((cell) => sheets.includes(cell.address.sheet)) || (recorded && hf.getSheetName(recorded.sheet) === undefined);
  if (recorded && ours) {
    // The rest of a step of several engine entries (a pane action's writes) goes with its first, as far
    // as the engine still holds them (it forgets the oldest past its undo limit).
    for (let n = 1; n < (recorded.entries ?? 1); n++) {
      if (redo ? !hf.isThereSomethingToRedo() : !hf.isThereSomethingToUndo()) break;
      if (redo) hf.redo();
      else hf.undo();
    }
    from.pop();
    to.push(recorded);
    if (recorded.looks) applyLooks(recorded.looks, redo);
    return recorded;
  }
  return first && { sheet: first.address.sheet, selected: { row: first.address.row, column: first.address.col }, extent: undefined };
}
