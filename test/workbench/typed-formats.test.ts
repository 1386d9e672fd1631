/*
 * A number typed or pasted as text gets the number format Excel gives it, by the one rule CSV open
 * reads numbers with (issue 25): "50%" in a General cell is 0.5 shown 0%, a plain number keeps the
 * cell's own format, and undo takes the format back with the content.
 */
import { HyperFormula } from "hyperformula";
import { pasteText } from "../../src/workbench/clipboard";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { formatNumber } from "../../src/spreadsheet/number-format";
import { bringLooks, enterTyped, formatAfter } from "../../src/workbench/paste-looks";
import type { State } from "../../src/workbench/store";
import { remember, takeBack } from "../../src/workbench/undo-places";

/** Sheet S: A1 1 in "#,##0.00", B1 empty (General), C1 0.25 in "0.00%". */
function workbook(): State {
  const hf = HyperFormula.buildFromSheets({ S: [[1, null, 0.25]] } as never, { ...ENGINE_CONFIG });
  return { hf, sheet: "S", formats: { S: { "0,0": "#,##0.00", "0,2": "0.00%" } } } as unknown as State;
}

/** A cell as the grid shows it: its value in its format. */
const shown = (state: State, row: number, col: number) => {
  const value = state.hf.getCellValue({ sheet: 0, row, col });
  return typeof value === "number" ? formatNumber(value, state.formats.S?.[`${row},${col}`]) : value;
};

describe("the number format an entry gives its cell", () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    [undefined, "0%", "0%"],
    ["General", "0%", "0%"],
    ["#,##0.00", undefined, "#,##0.00"],
    ["0.00%", "0%", "0.00%"],
    ["#,##0.00", "0%", "0%"],
    ['"¥"#,##0.00', '"¥"#,##0', '"¥"#,##0.00'],
    ["#,##0", '"¥"#,##0', '"¥"#,##0'],
    ["yyyy年m月d日", "yyyy-mm-dd", "yyyy年m月d日"],
    ["[Red]0.00", "yyyy-mm-dd", "yyyy-mm-dd"],
    ["h:mm", "yyyy-mm-dd", "yyyy-mm-dd"],
    ["[h]:mm", "h:mm", "[h]:mm"],
    ["mmm", "yyyy-mm-dd", "mmm"], // a month-only format is a date format: the cell keeps it
    ["mmmm", "0%", "0%"],
    ["[Blue]0.00", "h:mm", "h:mm"],
    [undefined, undefined, undefined],
  ])("a cell in %p given %p is in %p", (before, given, after) => {
    expect(formatAfter(before, given)).toBe(after);
  });
});

describe("typing into a cell", () => {
  it("¥500,000 in a General cell is 500000 shown as typed; undo takes back the value and the format, redo does both again", () => {
    const state = workbook();
    enterTyped(state, { row: 0, column: 1 }, "¥500,000");
    remember(state.hf, { sheet: 0, selected: { row: 0, column: 1 }, extent: undefined });
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(500000);
    expect(shown(state, 0, 1)).toBe("¥500,000");
    takeBack(state.hf, false);
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBeNull();
    expect(state.formats.S["0,1"]).toBeUndefined();
    takeBack(state.hf, true);
    expect(shown(state, 0, 1)).toBe("¥500,000");
    state.hf.destroy();
  });

  it("50% in a money cell is 0.5 shown 0%, and undo gives the cell its value and money format back", () => {
    const state = workbook();
    enterTyped(state, { row: 0, column: 0 }, "50%");
    remember(state.hf, { sheet: 0, selected: { row: 0, column: 0 }, extent: undefined });
    expect(shown(state, 0, 0)).toBe("50%");
    takeBack(state.hf, false);
    expect(shown(state, 0, 0)).toBe("1.00");
    expect(state.formats.S["0,0"]).toBe("#,##0.00");
    state.hf.destroy();
  });

  it("a plain number keeps the cell's format, a percentage typed into a percentage cell keeps its decimals, and text keeps the format too", () => {
    const state = workbook();
    enterTyped(state, { row: 0, column: 0 }, "1234.5");
    expect(shown(state, 0, 0)).toBe("1,234.50");
    enterTyped(state, { row: 0, column: 2 }, "5%");
    expect(shown(state, 0, 2)).toBe("5.00%");
    enterTyped(state, { row: 0, column: 0 }, "50万");
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe("50万");
    expect(state.formats.S["0,0"]).toBe("#,##0.00");
    state.hf.destroy();
  });

  it("60 typed into a percent cell is 60% (Excel's automatic percent entry), .6 is 60% too, 0.6 is 0.60% (Microsoft KB 215203), and a General cell keeps 60", () => {
    const state = workbook();
    enterTyped(state, { row: 0, column: 2 }, "60");
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(0.6);
    expect(shown(state, 0, 2)).toBe("60.00%");
    enterTyped(state, { row: 0, column: 2 }, ".6");
    expect(shown(state, 0, 2)).toBe("60.00%");
    enterTyped(state, { row: 0, column: 2 }, "0.6");
    expect(shown(state, 0, 2)).toBe("0.60%");
    enterTyped(state, { row: 0, column: 1 }, "60");
    expect(shown(state, 0, 1)).toBe("60");
    state.hf.destroy();
  });

  it("36:00 is 1.5 shown 36:00:00, 2026-11-30 12:30 a date with a time shown as typed, and full-width ５０％ is 50%", () => {
    const state = workbook();
    enterTyped(state, { row: 1, column: 0 }, "36:00");
    enterTyped(state, { row: 1, column: 1 }, "2026-11-30 12:30");
    enterTyped(state, { row: 1, column: 2 }, "５０％");
    expect(state.hf.getSheetValues(0)[1]).toEqual([1.5, 46356 + (12 * 60 + 30) / 1440, 0.5]);
    expect([0, 1, 2].map((col) => shown(state, 1, col))).toEqual(["36:00:00", "2026-11-30 12:30", "50%"]);
    state.hf.destroy();
  });

  it("(500000) is -500000 and 2026-11-30 a date, each shown as typed", () => {
    const state = workbook();
    enterTyped(state, { row: 1, column: 0 }, "(500000)");
    enterTyped(state, { row: 1, column: 1 }, "2026-11-30");
    expect(state.hf.getSheetValues(0)[1]).toEqual([-500000, 46356]);
    expect([shown(state, 1, 0), shown(state, 1, 1)]).toEqual(["-500,000", "2026-11-30"]);
    state.hf.destroy();
  });

  it("9:30 PM, 11/30/2026 and 1900-02-29 are a time and dates Excel reads, each shown as typed", () => {
    const state = workbook();
    const typed = ["9:30 PM", "11/30/2026", "1900-02-29", "12:00 AM", "2026-11-30 9:30:15 pm", "1900-12-31"];
    typed.forEach((text, col) => enterTyped(state, { row: 1, column: col }, text));
    // 21:30 is 0.8958…; 2026-11-30 is 46356 as Excel's DATE(2026,11,30); Excel counts 1900-02-29 as 60 and 1900-12-31 as 366.
    expect(state.hf.getSheetValues(0)[1]).toEqual([21.5 / 24, 46356, 60, 0, 46356 + (21 * 3600 + 30 * 60 + 15) / 86400, 366]);
    expect(typed.map((_, col) => shown(state, 1, col))).toEqual(["9:30 PM", "11/30/2026", "1900-02-29", "12:00 AM", "2026-11-30 9:30:15 PM", "1900-12-31"]);
    state.hf.destroy();
  });
});

describe("pasting text from elsewhere", () => {
  it("reads a plain number pasted into a percent cell as the number it is: automatic percent entry is for typing", () => {
    const state = workbook();
    pasteText(state.hf, 0, { row: 0, column: 2 }, "60\r\n", bringLooks(state));
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(60);
    expect(shown(state, 0, 2)).toBe("6000.00%");
    state.hf.destroy();
  });

  it("pastes a cell that begins with = but is no formula (what typing refuses) as its text, and a formula as a formula", () => {
    const state = workbook();
    pasteText(state.hf, 0, { row: 1, column: 0 }, "=== note\t=SUM(\t=1+1\t= note\r\n", bringLooks(state));
    const values = state.hf.getSheetValues(0)[1];
    expect(values.slice(0, 3)).toEqual(["=== note", "=SUM(", 2]);
    expect(state.hf.getCellFormula({ sheet: 0, row: 1, col: 2 })).toBe("=1+1");
    // "= note" is a formula, a name that is not defined: #NAME?, as typed here and in Excel.
    expect(state.hf.getCellFormula({ sheet: 0, row: 1, col: 3 })).toBe("= note");
    expect((values[3] as { value: string }).value).toBe("#NAME?");
    state.hf.destroy();
  });

  it("reads a pasted time with PM, a month-first date and a date of 1900 as Excel does, by the rule typing reads them", () => {
    const state = workbook();
    pasteText(state.hf, 0, { row: 1, column: 0 }, "9:30 PM\t11/30/2026\t1900-01-01\r\n", bringLooks(state));
    expect(state.hf.getSheetValues(0)[1]).toEqual([21.5 / 24, 46356, 1]);
    expect([0, 1, 2].map((col) => shown(state, 1, col))).toEqual(["9:30 PM", "11/30/2026", "1900-01-01"]);
    state.hf.destroy();
  });

  it("reads full-width numbers as numbers, shown in Excel's format for them", () => {
    const state = workbook();
    pasteText(state.hf, 0, { row: 1, column: 0 }, "１２３\t￥５０,０００\t２０２６-１１-３０\r\n", bringLooks(state));
    expect(state.hf.getSheetValues(0)[1]).toEqual([123, 50000, 46356]);
    expect([0, 1, 2].map((col) => shown(state, 1, col))).toEqual(["123", "￥50,000", "2026-11-30"]);
    state.hf.destroy();
  });

  it("reads each cell as typed, gives each its format, and one undo takes back the block and the formats", () => {
    const state = workbook();
    const written = pasteText(state.hf, 0, { row: 2, column: 0 }, "¥1,234.50\t50%\t50万\r\n(1,200)\t7\t2026/11/30\r\n", bringLooks(state));
    remember(state.hf, { sheet: 0, selected: { row: 2, column: 0 }, extent: undefined });
    expect(written).toEqual({ top: 2, left: 0, bottom: 3, right: 2 });
    expect(state.hf.getSheetValues(0).slice(2)).toEqual([
      [1234.5, 0.5, "50万"],
      [-1200, 7, 46356],
    ]);
    expect([2, 3].map((row) => [0, 1, 2].map((col) => shown(state, row, col)))).toEqual([
      ["¥1,234.50", "50%", "50万"],
      ["-1,200", "7", "2026/11/30"],
    ]);
    takeBack(state.hf, false);
    expect(state.hf.getSheetValues(0)).toEqual([[1, null, 0.25]]);
    expect(state.formats.S).toEqual({ "0,0": "#,##0.00", "0,2": "0.00%" });
    state.hf.destroy();
  });
});
