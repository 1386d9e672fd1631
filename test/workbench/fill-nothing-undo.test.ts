/*
 * Ctrl+D on row 1 (Ctrl+R in column A) with one cell selected has nothing to fill from: it changes
 * nothing and records no step, so undo and redo keep pairing each record with the engine's own entry
 * (and put back the looks of the edit they take back, not another's).
 */
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { fill } from "../../src/workbench/clipboard";
import { bringLooks, enterTyped } from "../../src/workbench/paste-looks";
import { store, type State } from "../../src/workbench/store";
import { recordEdit, remember, takeBack } from "../../src/workbench/undo-places";

function opened(): State {
  const hf = HyperFormula.buildFromSheets({ Growth: [["Stage"]] } as never, { ...ENGINE_CONFIG });
  const state = { hf, sheet: "Growth", selected: { row: 1, column: 1 }, extent: undefined, formats: { Growth: {} }, looks: {} } as unknown as State;
  store.state = state;
  return state;
}

/** Types `text` into B2 as the grid does: the entry, then its step. */
function typeB2(state: State, text: string): void {
  enterTyped(state, { row: 1, column: 1 }, text);
  remember(state.hf, { sheet: 0, selected: { row: 1, column: 1 }, extent: undefined });
}

/** Ctrl+D (or Ctrl+R) on A1 alone, as the grid runs it. */
function fillA1(state: State, direction: "down" | "right"): void {
  state.selected = { row: 0, column: 0 };
  recordEdit(state.hf, () => fill(state.hf, 0, { top: 0, left: 0, bottom: 0, right: 0 }, direction, bringLooks(state)), () => ({ sheet: 0, selected: state.selected, extent: undefined }));
}

const B2 = { sheet: 0, row: 1, col: 1 };

describe("a fill with nothing to fill from", () => {
  it.each(["down", "right"] as const)("(%s, on A1) records no step: the next undo takes back the 50%% typed before with its format, and 3 typed again shows as 3", (direction) => {
    const state = opened();
    typeB2(state, "50%");
    fillA1(state, direction);
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe("Stage");
    takeBack(state.hf, false);
    expect(state.hf.getCellValue(B2)).toBeNull();
    expect(state.formats.Growth["1,1"]).toBeUndefined();
    typeB2(state, "3");
    expect(state.hf.getCellValue(B2)).toBe(3);
    expect(state.formats.Growth["1,1"]).toBeUndefined();
    state.hf.destroy();
  });

  it("after an undo leaves the redo in place: Ctrl+Y brings the 50% back with its format", () => {
    const state = opened();
    typeB2(state, "50%");
    takeBack(state.hf, false);
    fillA1(state, "down");
    expect(state.hf.isThereSomethingToRedo()).toBe(true);
    takeBack(state.hf, true);
    expect(state.hf.getCellValue(B2)).toBe(0.5);
    expect(state.formats.Growth["1,1"]).toBe("0%");
    state.hf.destroy();
  });

  it("a fill that fills is a step: undo takes it back and leaves the entry before", () => {
    const state = opened();
    typeB2(state, "50%");
    state.selected = { row: 2, column: 1 };
    recordEdit(state.hf, () => fill(state.hf, 0, { top: 2, left: 1, bottom: 2, right: 1 }, "down", bringLooks(state)), () => ({ sheet: 0, selected: state.selected, extent: undefined }));
    expect(state.hf.getCellValue({ sheet: 0, row: 2, col: 1 })).toBe(0.5);
    expect(state.formats.Growth["2,1"]).toBe("0%");
    takeBack(state.hf, false);
    expect(state.hf.getCellValue({ sheet: 0, row: 2, col: 1 })).toBeNull();
    expect(state.formats.Growth["2,1"]).toBeUndefined();
    expect(state.hf.getCellValue(B2)).toBe(0.5);
    expect(state.formats.Growth["1,1"]).toBe("0%");
    state.hf.destroy();
  });
});
