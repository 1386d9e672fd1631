/*
 * The Notes sheet grows (issue 21, item 5): a note typed in the next free row gets its rates and its
 * label on the sheet, the thresholds take it in, and the task pane grades exactly what the sheet
 * grades — it reads the sheet's own labels — through the workbench's workbook interface.
 */
import type { HyperFormula } from "hyperformula";
import { gradeNote, NOTE_LABELS, noteLabelOf, noteThresholds } from "../../src/core";
import { EXAMPLE_NOTES, NO_RATE } from "../../src/template/notes-sheet";
import { readScenario } from "../../src/taskpane/scenario";
import { emptySheetState } from "../../src/taskpane/state";
import { NOTES_LAST_ROW, NOTES_LAYOUT as N, NOTES_SHEET, plannerWorkbook, sheetAsRows } from "../../src/template/planner";
import { workbenchHost } from "../../src/workbench/workbench-host";
import { engine } from "../support/engine";

let hf: HyperFormula;
const notesId = () => hf.getSheetId(NOTES_SHEET)!;
const cell = (a1: string) => hf.simpleCellAddressFromString(a1, notesId())!;
const at = (a1: string) => hf.getCellValue(cell(a1));
/** Types a note into row `row` of the Notes sheet, as a planner would in the grid. */
const typeNote = (row: number, name: string, reads: number, engagements: number, jumps: number) =>
  hf.setCellContents(cell(`A${row}`), [[name, reads, engagements, jumps]]);

beforeEach(async () => {
  hf = await engine(Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)])));
});
afterEach(() => hf.destroy());

/** The sheet's own labels, by note name: what HOTNOTES shows in the label column. */
function sheetLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let r = N.firstRow; r <= NOTES_LAST_ROW; r++) {
    const label = noteLabelOf(at(`${N.labelColumn}${r}`));
    if (label) labels[String(at(`A${r}`))] = label;
  }
  return labels;
}

/** The labels the task pane grades, read through the workbench's workbook interface on a scenario sheet. */
async function paneLabels(): Promise<Record<string, string>> {
  const host = workbenchHost(() => ({ hf, formats: {}, sheet: "Growth", selection: "B10" }), { changed: () => undefined }, () => "en");
  const scenario = await readScenario(host, "Growth", emptySheetState());
  return Object.fromEntries(scenario.notes.map((n) => [n.name, n.label]));
}

describe("the Notes table grows, and the pane grades what the sheet grades", () => {
  it("a ninth note typed in the next free row gets rates and a label, and pane labels == sheet labels", async () => {
    const before = sheetLabels();
    expect(Object.keys(before)).toHaveLength(8);
    expect(await paneLabels()).toEqual(before);
    const ninth = N.firstRow + 8;
    // A converter with few reads: its jump rate moves the median, so another note's label may move with it.
    typeNote(ninth, "Ninth 第九篇", 4_000, 120, 600);
    expect(at(`E${ninth}`)).toBeCloseTo(0.03, 12);
    expect(at(`F${ninth}`)).toBeCloseTo(0.15, 12);
    expect(noteLabelOf(at(`G${ninth}`))).toBe("hidden converter");
    const after = sheetLabels();
    expect(Object.keys(after)).toHaveLength(9);
    expect(await paneLabels()).toEqual(after);
    // The thresholds take the ninth note in: the median jump rate of nine notes.
    const jumpRates = Array.from({ length: 9 }, (_, i) => at(`F${N.firstRow + i}`) as number).sort((a, b) => a - b);
    expect(at(N.jumpRate)).toBeCloseTo(jumpRates[4], 12);
  });

  it("a 200th note, after a gap of blank rows, is labelled on the sheet and graded alike by the pane", async () => {
    const row = N.firstRow + 199;
    expect(row).toBeLessThanOrEqual(NOTES_LAST_ROW);
    typeNote(row, "Two hundredth 第二百篇", 30_000, 9_000, 30);
    expect(noteLabelOf(at(`G${row}`))).toBe("hollow hot");
    const labels = sheetLabels();
    expect(labels["Two hundredth 第二百篇"]).toBe("hollow hot");
    expect(await paneLabels()).toEqual(labels);
    // Blank rows between stay blank, and take no part in the thresholds.
    expect([at(`E${row - 1}`), at(`F${row - 1}`), at(`G${row - 1}`)]).toEqual(["", "", ""]);
  });

  it("a note the sheet cannot grade (0 reads) is not graded by the pane either", async () => {
    typeNote(N.firstRow + 8, "No reads 无阅读", 0, 0, 0);
    const shown = at(`G${N.firstRow + 8}`);
    expect(noteLabelOf(shown)).toBeUndefined();
    const pane = await paneLabels();
    expect(pane).toEqual(sheetLabels());
    expect(pane["No reads 无阅读"]).toBeUndefined();
  });

  it("a note without a rate (0 reads, text, a negative count) errs on its own row only: the others keep the labels and thresholds of the core's rule", async () => {
    const before = sheetLabels();
    const thresholds = [at(N.hotRate), at(N.jumpRate)];
    const bad: [string, unknown, unknown, unknown, string][] = [
      ["No reads 无阅读", 0, 0, 0, NO_RATE.noReads],
      ["Typed as text 文本", "TBD", 10, 1, NO_RATE.notANumber],
      ["Negative 负数", 1_000, -5, 1, NO_RATE.negative],
    ];
    bad.forEach(([name, reads, engagements, jumps], i) => hf.setCellContents(cell(`A${N.firstRow + 8 + i}`), [[name, reads, engagements, jumps] as never]));
    bad.forEach(([, , , , says], i) => expect(at(`E${N.firstRow + 8 + i}`)).toBe(says));
    // The thresholds are the core's: percentiles over the notes with reads, the bad rows left out.
    const good = EXAMPLE_NOTES.map(([, reads, engagements, jumps]) => ({ reads, engagements, jumps }));
    const core = noteThresholds(good);
    expect(at(N.hotRate)).toBeCloseTo(core.hotRate, 12);
    expect(at(N.jumpRate)).toBeCloseTo(core.jumpRate, 12);
    expect([at(N.hotRate), at(N.jumpRate)]).toEqual(thresholds);
    // Every good note keeps its label, each the core's grade; the bad rows show errors, not labels.
    expect(sheetLabels()).toEqual(before);
    EXAMPLE_NOTES.forEach(([name], i) => expect(before[name]).toBe(gradeNote(good[i], core).label));
    bad.forEach((_, i) => expect(noteLabelOf(at(`G${N.firstRow + 8 + i}`))).toBeUndefined());
    expect(await paneLabels()).toEqual(before);
  });

  it("a note typed without a name is listed by its cell, never as an empty entry (found by an outside probe)", async () => {
    const row = N.firstRow + 11;
    hf.setCellContents(cell(`B${row}`), [[65_000, 11_000, 50]]);
    expect(noteLabelOf(at(`G${row}`))).toBe("hollow hot");
    expect((await paneLabels())[`Notes!A${row}`]).toBe("hollow hot");
  });

  it("reads the sheet's labels in either language", () => {
    for (const label of Object.keys(NOTE_LABELS) as (keyof typeof NOTE_LABELS)[]) {
      expect(noteLabelOf(NOTE_LABELS[label].en)).toBe(label);
      expect(noteLabelOf(NOTE_LABELS[label].zh)).toBe(label);
    }
    expect(noteLabelOf("#DIV/0!")).toBeUndefined();
    expect(noteLabelOf(null)).toBeUndefined();
  });
});
