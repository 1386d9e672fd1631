/*
 * The Notes sheet: example notes with their reads, engagements and jumps in, their rates and the
 * portfolio's thresholds as native formulas, and one HOTNOTES label per note.
 */
import { abs, FORMATS } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

/** Example notes for HOTNOTES: reads, engagements, jumps (made-up figures). */
export const EXAMPLE_NOTES: [string, number, number, number][] = [
  ["Morning routine 早间护肤", 52_000, 7_400, 1_450],
  ["Office snack drawer 打工人零食抽屉", 38_000, 5_200, 120],
  ["Ingredient deep-dive 成分解析", 9_500, 410, 380],
  ["Unboxing 开箱", 12_000, 380, 40],
  ["Price comparison 比价攻略", 7_800, 300, 350],
  ["Funny skit 搞笑短剧", 61_000, 9_800, 160],
  ["Before/after 使用前后", 15_500, 900, 410],
  ["Gift guide 送礼指南", 11_000, 520, 95],
];

export const NOTES_SHEET = "Notes";

/**
 * Where the Notes sheet keeps its table: the header row, the first note's row and how many rows hold
 * the rate and label formulas (room for that many notes: a note typed in the next free row is graded
 * at once), and the portfolio thresholds beside the table, out of its way as it grows.
 */
export const NOTES_LAYOUT = {
  headerRow: 1,
  firstRow: 2,
  rows: 500,
  nameColumn: "A",
  labelColumn: "G",
  thresholdsTitle: "I1",
  hotRate: "J2",
  jumpRate: "J3",
  note: "I5",
  /** Notes printed (two landscape pages); the table holds more, and the sheet says how to print them. */
  printedNotes: 100,
};

/** The row of the last note the table has room for. */
export const NOTES_LAST_ROW = NOTES_LAYOUT.firstRow + NOTES_LAYOUT.rows - 1;

/** What a rate cell says instead of a rate where its row cannot have one (text, so PERCENTILE and MEDIAN skip it). */
export const NO_RATE = {
  notANumber: "Not a number 非数字",
  noReads: "Reads must be > 0 阅读须 > 0",
  negative: "Negative count 计数为负",
} as const;

/**
 * A note's rate of one count (engagements in C, jumps in D) over its reads, as a native formula:
 * blank for a blank row; where the row cannot be rated — a count that is not a number, reads of 0
 * or less, a negative count, in any of its three counts — words saying why, in both rate cells.
 * PERCENTILE and MEDIAN skip text, so the thresholds are those of the rated notes (as the core's
 * noteThresholds leaves out notes without reads), and one such row never turns every label into
 * an error; the row's own label (HOTNOTES) still shows that row's error.
 */
function rateFormula(r: number, count: "C" | "D"): string {
  const [reads, engagements, jumps] = ["B", "C", "D"].map((c) => `${c}${r}`);
  return (
    `IF(${reads}="","",IF(NOT(AND(ISNUMBER(${reads}),ISNUMBER(${engagements}),ISNUMBER(${jumps}))),"${NO_RATE.notANumber}",` +
    `IF(${reads}<=0,"${NO_RATE.noReads}",IF(OR(${engagements}<0,${jumps}<0),"${NO_RATE.negative}",${count}${r}/${reads}))))`
  );
}

/**
 * The notes table: counts in, rates and portfolio thresholds as native formulas, one HOTNOTES per
 * row, on every row the table has room for — a blank row gives blank rates and no label, so the
 * thresholds are the percentiles of exactly the notes typed.
 */
export function notesSheet(): SheetDefinition {
  const N = NOTES_LAYOUT;
  const cells: Record<string, CellDefinition> = {
    [`${N.nameColumn}${N.headerRow}`]: { value: "Note 笔记", style: "header" },
    B1: { value: "Reads 阅读", style: "header" },
    C1: { value: "Engagements 互动", style: "header" },
    D1: { value: "Jumps 跳转", style: "header" },
    E1: { value: "Engagement rate 互动率", style: "header" },
    F1: { value: "Jump rate 跳转率", style: "header" },
    [`${N.labelColumn}${N.headerRow}`]: { value: "Label 标签", style: "header" },
  };
  const first = N.firstRow;
  const last = NOTES_LAST_ROW;
  const [hotLabel, jumpLabel] = [N.hotRate, N.jumpRate].map((a1) => a1.replace(/^J/, "I"));
  for (let r = first; r <= last; r++) {
    const example = EXAMPLE_NOTES[r - first];
    if (example) {
      const [name, reads, engagements, jumps] = example;
      cells[`${N.nameColumn}${r}`] = { value: name, style: "label" };
      cells[`B${r}`] = { value: reads, style: "input", format: FORMATS.count };
      cells[`C${r}`] = { value: engagements, style: "input", format: FORMATS.count };
      cells[`D${r}`] = { value: jumps, style: "input", format: FORMATS.count };
    }
    cells[`E${r}`] = { formula: rateFormula(r, "C"), format: FORMATS.rate };
    cells[`F${r}`] = { formula: rateFormula(r, "D"), format: FORMATS.rate };
    // Blank in, blank out, shown as blank even where the add-in is not loaded.
    cells[`${N.labelColumn}${r}`] = { formula: `IF(B${r}="","",RED.HOTNOTES(B${r},C${r},D${r},${abs(N.hotRate)},${abs(N.jumpRate)}))` };
  }
  cells[N.thresholdsTitle] = { value: `Thresholds over rows ${first}–${last} 阈值（第 ${first}–${last} 行）`, style: "header" };
  cells[hotLabel] = { value: "Hot: engagement rate ≥ (75th percentile) 爆文：互动率 ≥（第 75 百分位）", style: "label" };
  cells[N.hotRate] = { formula: `PERCENTILE.INC(E${first}:E${last},0.75)`, style: "output", format: FORMATS.rate };
  cells[jumpLabel] = { value: "Strong spillover: jump rate ≥ (median) 强外溢：跳转率 ≥（中位数）", style: "label" };
  cells[N.jumpRate] = { formula: `MEDIAN(F${first}:F${last})`, style: "output", format: FORMATS.rate };
  cells[N.note] = {
    value: `Type a note in the next free row (room for ${N.rows}): its rates and label appear at once. Hollow hot notes entertain but do not send buyers on; hidden converters are worth republishing as sales notes. 在下一空行输入笔记（可容纳 ${N.rows} 篇），即可得到互动率、跳转率和标签。无效爆文有热度却不带动购买；潜力转化笔记值得改作商销笔记发布。 Printing shows the first ${N.printedNotes} notes; for more, widen Page Layout › Print Area. 打印显示前 ${N.printedNotes} 篇笔记；如需更多，请在“页面布局 › 打印区域”中扩大范围。`,
    style: "note",
  };
  return { name: NOTES_SHEET, widths: [34, 12, 16, 12, 20, 16, 20, 4, 52, 14], frozen: { rows: 1, columns: 1 }, cells, printRows: first - 1 + N.printedNotes, merges: [`${N.note}:J16`] };
}
