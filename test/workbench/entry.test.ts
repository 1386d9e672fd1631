/* What a typed cell entry means, and a constant as the formula bar shows it (src/workbench/entry.ts): no DOM needed. */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { entryText, parseEntry, readEntry } from "../../src/workbench/entry";
import { formulaLiterals } from "../../src/workbench/excel-number";
import { formatAfter } from "../../src/workbench/paste-looks";

describe("readEntry: a typed entry as Excel reads it, its numbers by the same rule as opening a CSV", () => {
  // [typed, what the engine is given, the number format Excel gives the cell (undefined: none)].
  it.each<[string, string | number | null, string | undefined]>([
    ["", null, undefined],
    ["   ", null, undefined],
    ["=RED.AVGCPM(500000,1)", "=RED.AVGCPM(500000,1)", undefined],
    ["  =A1+1 ", "=A1+1", undefined],
    ["42", 42, undefined],
    [" -0.5 ", -0.5, undefined],
    [".5", 0.5, undefined],
    ["5.", 5, undefined],
    ["00123", 123, undefined],
    ["1.5e3", 1500, undefined],
    ["1,200", 1200, "#,##0"],
    ["1,234,567", 1234567, "#,##0"],
    ["1,234.50", 1234.5, "#,##0.00"],
    ["¥500,000", 500000, '"¥"#,##0'],
    ["￥500,000", 500000, '"￥"#,##0'],
    ["$1,234.50", 1234.5, '"$"#,##0.00'],
    ["-¥500", -500, '"¥"#,##0'],
    ["(500000)", -500000, "#,##0"],
    ["(1,200)", -1200, "#,##0"],
    ["50%", 0.5, "0%"],
    ["12.5%", 0.125, "0.0%"],
    ["-5%", -0.05, "0%"],
    ["2026-11-30", 46356, "yyyy-mm-dd"],
    ["2026/1/5", 46027, "yyyy/m/d"],
    // Excel's 1900 date system, its serials known (Excel's DATE gives them): 1 January 1900 is 1, the
    // 29 February 1900 it counts is 60, 1 March 61, 31 December 366; before 1900 no date.
    ["1900-01-01", 1, "yyyy-mm-dd"],
    ["1900/1/2", 2, "yyyy/m/d"],
    ["1900-02-28", 59, "yyyy-mm-dd"],
    ["1900-02-29", 60, "yyyy-mm-dd"],
    ["1900-03-01", 61, "yyyy-mm-dd"],
    ["1900-12-31", 366, "yyyy-mm-dd"],
    ["1900年12月31日", 366, 'yyyy"年"mm"月"dd"日"'],
    ["1901-01-01", 367, "yyyy-mm-dd"],
    ["1900-01-01 12:00:00", 1.5, "yyyy-mm-dd h:mm:ss"],
    ["9999-12-31", 2958465, "yyyy-mm-dd"],
    // Month first, as Excel in en-US reads m/d/yyyy (and m/d/yy: 00 to 29 this century, 30 to 99 the last).
    ["11/30/2026", 46356, "mm/dd/yyyy"],
    ["2/28/2026", 46081, "m/dd/yyyy"],
    ["11/30/26", 46356, "mm/dd/yyyy"],
    ["12/31/1900", 366, "mm/dd/yyyy"],
    ["2/29/1900", 60, "m/dd/yyyy"],
    ["3/1/1900", 61, "m/d/yyyy"],
    ["11/30/2026 9:30 PM", 46356 + (21 * 60 + 30) / 1440, "mm/dd/yyyy h:mm AM/PM"],
    ["12:30", (12 * 60 + 30) / 1440, "h:mm"],
    // With AM or PM, as Excel reads it, shown h:mm AM/PM: 12:00 AM is midnight, 12:00 PM noon.
    ["9:30 PM", (21 * 60 + 30) / 1440, "h:mm AM/PM"],
    ["9:30 am", (9 * 60 + 30) / 1440, "h:mm AM/PM"],
    ["9:30pm", (21 * 60 + 30) / 1440, "h:mm AM/PM"],
    ["9:30:15 PM", (21 * 3600 + 30 * 60 + 15) / 86400, "h:mm:ss AM/PM"],
    ["12:00 AM", 0, "h:mm AM/PM"],
    ["12:30 AM", 30 / 1440, "h:mm AM/PM"],
    ["12:00 PM", 0.5, "h:mm AM/PM"],
    ["2026-11-30 9:30 PM", 46356 + (21 * 60 + 30) / 1440, "yyyy-mm-dd h:mm AM/PM"],
    ["9:05:30", (9 * 3600 + 5 * 60 + 30) / 86400, "h:mm:ss"],
    // Past a day, an elapsed time, which Excel shows [h]:mm:ss; a date with a time of day, shown as written.
    ["36:00", 1.5, "[h]:mm:ss"],
    ["24:00", 1, "[h]:mm:ss"],
    ["100:30:15", (100 * 3600 + 30 * 60 + 15) / 86400, "[h]:mm:ss"],
    ["2026-11-30 12:30", 46356 + (12 * 60 + 30) / 1440, "yyyy-mm-dd h:mm"],
    ["2026/1/5  9:05:30", 46027 + (9 * 3600 + 5 * 60 + 30) / 86400, "yyyy/m/d h:mm:ss"],
    // As Excel in zh-CN reads it, shown as written.
    ["2026年11月30日", 46356, 'yyyy"年"mm"月"dd"日"'],
    ["2026年1月5日", 46027, 'yyyy"年"m"月"d"日"'],
    // Full-width, as a Chinese input method types it: read as its half-width form, shown in Excel's format for it.
    ["１２３", 123, undefined],
    ["５０％", 0.5, "0%"],
    ["￥５０,０００", 50000, '"￥"#,##0'],
    ["￥５０，０００．５", 50000.5, '"￥"#,##0.0'],
    ["－１.５", -1.5, undefined],
    ["２０２６-１１-３０", 46356, "yyyy-mm-dd"],
    ["１２：３０", (12 * 60 + 30) / 1440, "h:mm"],
    // Text stays text: digits in it go to the engine after the apostrophe that marks text.
    ["50万", "'50万", undefined],
    ["500,000元", "'500,000元", undefined],
    // Day first is no en-US date (there is no month 30); nor is a day a month has not, or a year before 1900.
    ["30/11/2026", "'30/11/2026", undefined],
    ["2/30/2026", "'2/30/2026", undefined],
    ["13/1/2026", "'13/1/2026", undefined],
    ["1/1/0026", "'1/1/0026", undefined],
    ["11/30/202", "'11/30/202", undefined],
    ["12/31/1899", "'12/31/1899", undefined],
    ["1899-12-31", "'1899-12-31", undefined],
    ["1900-02-30", "'1900-02-30", undefined],
    ["2/29/2027", "'2/29/2027", undefined],
    ["13:00 PM", "'13:00 PM", undefined],
    ["36:00 PM", "'36:00 PM", undefined],
    ["9:30 P", "'9:30 P", undefined],
    ["2026-11-30 9:30 PM note", "'2026-11-30 9:30 PM note", undefined],
    ["2026-03", "'2026-03", undefined],
    ["2026-02-30", "'2026-02-30", undefined],
    ["12:60", "'12:60", undefined],
    ["10000:00", "'10000:00", undefined],
    ["2026-11-30 24:00", "'2026-11-30 24:00", undefined],
    ["2026-11-30 12:30 note", "'2026-11-30 12:30 note", undefined],
    ["2026年2月30日", "'2026年2月30日", undefined],
    ["５０万", "５０万", undefined],
    ["1,2,3", "'1,2,3", undefined],
    ["(-5)", "'(-5)", undefined],
    ["¥50%", "'¥50%", undefined],
    ["1e999", "'1e999", undefined],
    ["123456789012345678", "'123456789012345678", undefined],
    ["'50%", "'50%", undefined],
    ["'note", "'note", undefined],
    ["TRUE", "TRUE", undefined],
    ["#N/A", "#N/A", undefined],
    [" growth note ", " growth note ", undefined],
    ["Seeding notes 种草笔记", "Seeding notes 种草笔记", undefined],
  ])("%p is %p, format %p", (typed, content, format) => {
    expect(readEntry(typed)).toEqual(format === undefined ? { content } : { content, format });
    expect(parseEntry(typed)).toBe(content);
  });

  it("written into the engine, each entry has the value Excel gives it: text as typed, TRUE a boolean, #N/A an error", () => {
    const typed = ["50万", "30/11/2026", "30/2/2026", "12:60", "'50%", "13:00 PM", "TRUE", "#N/A", "¥500,000", "12:30", " note 7 "];
    const hf = HyperFormula.buildFromArray([typed.map(parseEntry)], { ...ENGINE_CONFIG });
    const [values] = hf.getSheetValues(0);
    expect(values.slice(0, 6)).toEqual(["50万", "30/11/2026", "30/2/2026", "12:60", "50%", "13:00 PM"]);
    expect(values[6]).toBe(true);
    expect(hf.getCellValueDetailedType({ sheet: 0, row: 0, col: 7 })).toBe("ERROR");
    expect(values.slice(8)).toEqual([500000, 0.5208333333333334, " note 7 "]);
    hf.destroy();
  });

  it("written into the engine, a date of 1900 is the day Excel's date functions read it as (the engine counts 1900-02-29 too)", () => {
    const typed = ["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "1900-12-31", "11/30/2026"];
    const dayOf = (col: string) => `=YEAR(${col}1)&"-"&MONTH(${col}1)&"-"&DAY(${col}1)`;
    const hf = HyperFormula.buildFromArray(
      [
        typed.map((text) => readEntry(text).content),
        ["A", "B", "C", "D", "E", "F"].map(dayOf),
        ["=DATE(1900,1,1)", "=DATE(1900,2,29)", "=DATE(1900,3,1)", "=WEEKDAY(1)", "=WEEKDAY(61)", "=DATE(2026,11,30)"],
      ],
      { ...ENGINE_CONFIG },
    );
    const [, days, functions] = hf.getSheetValues(0);
    expect(days).toEqual(["1900-1-1", "1900-2-28", "1900-2-29", "1900-3-1", "1900-12-31", "2026-11-30"]);
    // As in Excel: 1 January 1900 is 1 (a Sunday there), 1 March 1900 61 (a Thursday), 30 November 2026 46356.
    expect(functions).toEqual([1, 60, 61, 1, 5, 46356]);
    hf.destroy();
  });

  it("a formula reads text as a date as Excel in en-US does, month first or year first, never day first", () => {
    const hf = HyperFormula.buildFromArray(
      [
        [parseEntry("30/11/2026"), '=DATEVALUE("11/30/2026")', '=DATEVALUE("11/30/26")', '="2026-11-30"+1', '=DATEVALUE("2026/11/30")', '=DATEVALUE("1900-02-29")'],
        ["=A1+0", '=DATEVALUE("30/11/2026")', '="30/11/2026"+0'],
      ],
      { ...ENGINE_CONFIG },
    );
    const [dates, refused] = hf.getSheetValues(0);
    // DATE(2026,11,30) is 46356 in Excel; 1900-02-29 is the 60 Excel counts.
    expect(dates.slice(1)).toEqual([46356, 46356, 46357, 46356, 60]);
    expect(refused.map((value) => (value as { value: string }).value)).toEqual(["#VALUE!", "#VALUE!", "#VALUE!"]);
    hf.destroy();
  });

  it("does not mutate or trim the text it keeps", () => {
    const typed = "  spaced  ";
    expect(parseEntry(typed)).toBe("  spaced  ");
    expect(typed).toBe("  spaced  ");
  });
});

describe("a month and day typed without a year (3/4, 11月30日): a date of this year, as Excel in en-US and in zh-CN reads m/d", () => {
  /** Excel's serial of a date from 1 March 1900 on: days from 30 December 1899 (1900-03-01 is 61). */
  const serial = (year: number, month: number, day: number) => (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  afterEach(() => jest.useRealTimers());

  it.each([
    [new Date(2026, 5, 15), 2026],
    [new Date(2031, 0, 1, 0, 1), 2031],
    [new Date(2027, 11, 31, 23, 59), 2027],
  ])("on %p, 3/4 is 4 March %p, 11/30 and 11月30日 30 November, each shown as typed", (now, year) => {
    jest.useFakeTimers({ now });
    expect(readEntry("3/4")).toEqual({ content: serial(year, 3, 4), format: "m/d" });
    expect(readEntry("03/04")).toEqual({ content: serial(year, 3, 4), format: "mm/dd" });
    expect(readEntry("11/30")).toEqual({ content: serial(year, 11, 30), format: "mm/dd" });
    expect(readEntry("11月30日")).toEqual({ content: serial(year, 11, 30), format: 'mm"月"dd"日"' });
    expect(readEntry("3/4 9:30 PM")).toEqual({ content: serial(year, 3, 4) + (21 * 60 + 30) / 1440, format: "m/d h:mm AM/PM" });
  });

  it("2/29 is a date in a leap year only, and 30/11 or 2/30 never", () => {
    jest.useFakeTimers({ now: new Date(2028, 1, 1) });
    expect(readEntry("2/29")).toEqual({ content: serial(2028, 2, 29), format: "m/dd" });
    jest.useFakeTimers({ now: new Date(2027, 1, 1) });
    for (const typed of ["2/29", "30/11", "2/30", "0/1", "1/0"]) expect(readEntry(typed)).toEqual({ content: `'${typed}` });
  });
});

describe("entryText", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [1500, "1500"],
    [true, "true"],
    ["'note", "note"],
    ["' spaced", " spaced"],
    ["'123", "'123"],
    ["'TRUE", "'TRUE"],
    ["'false", "'false"],
    ["'#N/A", "'#N/A"],
    ["'=1+1", "'=1+1"],
    ["' =RED.AVGCPM(1,1)", "' =RED.AVGCPM(1,1)"],
    ["'", "'"],
    ["'50万", "50万"],
    ["'¥500", "'¥500"],
    ["''note", "''note"],
    ["plain", "plain"],
  ])("%p shows as %p", (raw, expected) => {
    expect(entryText(raw)).toBe(expected);
  });

  it("shows a text constant so that typing it back gives the same text", () => {
    const hf = HyperFormula.buildFromArray([[]], { ...ENGINE_CONFIG });
    for (const text of ["note", "123", "TRUE", "#N/A", " 7 ", "1,000", "=1+1", " =A1", "50%", "50万", "12:30", "'quoted"]) {
      const shown = entryText(`'${text}`);
      hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[parseEntry(shown)]]);
      expect({ text, typedBack: hf.getCellValue({ sheet: 0, row: 0, col: 0 }) }).toEqual({ text, typedBack: text });
    }
    hf.destroy();
  });
});

describe("a number in the formula bar, as Excel's formula bar shows it in the cell's format", () => {
  // [value, the cell's number format, what the formula bar shows] — literal expectations.
  it.each<[number, string | undefined, string]>([
    [0.5, "0%", "50%"],
    [0.125, "0.0%", "12.5%"],
    [0.07, "0.00%", "7%"],
    [-0.05, "0%", "-5%"],
    [1.5, "0%", "150%"],
    [46356, "yyyy-mm-dd", "2026-11-30"],
    [46027, "yyyy/m/d", "2026/1/5"],
    [46356, "d-mmm-yy", "2026-11-30"],
    [46356, "yyyy年m月d日", "2026-11-30"],
    [46356, "yyyy-mm-dd hh:mm", "2026-11-30"],
    [(12 * 60 + 30) / 1440, "h:mm", "12:30"],
    [(9 * 3600 + 5 * 60 + 30) / 86400, "h:mm:ss", "9:05:30"],
    [(13 * 60) / 1440, "h:mm AM/PM", "1:00 PM"],
    [0, "h:mm AM/PM", "12:00 AM"],
    [0.5, "hh:mm AM/PM", "12:00 PM"],
    [(21 * 3600 + 30 * 60 + 15) / 86400, "h:mm:ss AM/PM", "9:30:15 PM"],
    [1.5, "h:mm AM/PM", "36:00:00"],
    [500000, '"¥"#,##0', "500000"],
    [1234.5, "#,##0.00", "1234.5"],
    [-1200, "#,##0", "-1200"],
    [0.5, undefined, "0.5"],
    [0.5, "General", "0.5"],
    // No date or time of day Excel reads typed (day 0 is 1900-01-00): shown plainly, so nothing changes when it is entered again.
    [0, "yyyy-mm-dd", "0"],
    [-1, "yyyy-mm-dd", "-1"],
    // The days of 1900 are dates Excel reads typed, 29 February 1900 (60) too.
    [100, "yyyy-mm-dd", "1900-04-09"],
    [1, "yyyy/m/d", "1900/1/1"],
    [60, "yyyy-mm-dd", "1900-02-29"],
    [60, "mm/dd/yyyy", "1900-02-29"],
    // A date with a time as the date and h:mm:ss; an elapsed time as [h]:mm:ss (Excel: the day 1900-01-01 12:00:00 it is, the same 1.5 typed back).
    [46356.5, "yyyy-mm-dd", "2026-11-30 12:00:00"],
    [46356 + (12 * 60 + 30) / 1440, "yyyy-mm-dd h:mm", "2026-11-30 12:30:00"],
    [46027.25, "yyyy/m/d h:mm", "2026/1/5 6:00:00"],
    [46356.75, "d-mmm-yy h:mm", "2026-11-30 18:00:00"],
    [1.25, "[h]:mm", "30:00:00"],
    [1.5, "h:mm", "36:00:00"],
    [0.123456789, "0.00%", "12.3456789%"],
    [0.1 + 0.2, "0%", "30%"],
    // In 15 significant digits, as Excel's formula bar shows a number (all 17 would be read back as text).
    [0.1 + 0.2, undefined, "0.3"],
    [(12 * 60 + 30) / 1440, undefined, "0.520833333333333"],
    [1e-12, "0.00", "1E-12"],
    // Typed 1E+20, Excel's bar shows it in full; from 10^21 on with its capital E.
    [1e20, undefined, "100000000000000000000"],
    [-1e20, "General", "-100000000000000000000"],
    [123456789012345e6, undefined, "123456789012345000000"],
    [1e21, undefined, "1E+21"],
    [-1.5e25, "#,##0", "-1.5E+25"],
    [1e-300, undefined, "1E-300"],
    [2e21, "0%", "2E+23%"],
  ])("%p in %p shows as %p", (value, format, shown) => {
    expect(entryText(value, format)).toBe(shown);
  });

  it("typed back into its cell, what the bar shows is the same number (to Excel's 15 significant digits), and the cell keeps its format", () => {
    const formats = ["0%", "0.0%", "0.00%", "yyyy-mm-dd", "yyyy/m/d", "mm/dd/yyyy", "m/d", "d-mmm-yy", "yyyy年m月d日", "yyyy-mm-dd h:mm", "h:mm", "h:mm:ss", "h:mm AM/PM", "h:mm:ss AM/PM", "[h]:mm", "[h]:mm:ss", '"¥"#,##0', '"¥"#,##0.00', "#,##0", "0.0000", "General"];
    const values = [0, 0.5, 0.6, 60, 1, 59, 61, 366, -0.6, -60, 0.125, -0.05, 0.07, 0.1 + 0.2, 1.5, 46356, 46027, 46356.5, 46356 + (12 * 60 + 30) / 1440, (12 * 60 + 30) / 1440, (9 * 3600 + 5 * 60 + 30) / 86400, 500000, 1234.5, -1200, 0.123456789, 1e-12, 123456789012, 1e20, -1e20, 1e21, 2.5e25];
    const hf = HyperFormula.buildFromArray([[]], { ...ENGINE_CONFIG });
    for (const format of formats) {
      for (const value of values) {
        const shown = entryText(value, format);
        // F2+Enter: typed back into the same cell, so a percent cell reads it by automatic percent entry.
        const { content, format: given } = readEntry(shown, format);
        hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[content]]);
        const typedBack = hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as number;
        expect({ format, value, shown, number: typeof typedBack }).toEqual({ format, value, shown, number: "number" });
        expect(Math.abs(typedBack - value)).toBeLessThanOrEqual(Math.abs(value) * 5e-15); // half a unit of the 15th digit
        // Shown again and typed back again, it changes no more.
        expect(readEntry(entryText(typedBack, format), format).content).toBe(typedBack);
        // The cell keeps its format: none given, or one of the same kind (formatAfter keeps the cell's then).
        expect({ format, value, shown, kept: formatAfter(format, given) }).toEqual({ format, value, shown, kept: format });
      }
    }
    hf.destroy();
  });
});

describe("automatic percent entry: a plain number typed into a percent cell, as Excel reads it", () => {
  // [typed, the cell's format, what the engine is given, the format given] — Excel's automatic percent
  // entry (on by default), by Microsoft's own table (KB 215203: 1 is 1.00%, .1 is 10.00%, 0.1 is 0.10%,
  // -1 is -1.00%, -.1 is -10.00%, -0.1 is -0.10%; KB 138821: 32 is 32.00%, .32 32.00%, 0.32 0.32%).
  it.each<[string, string | undefined, number, string | undefined]>([
    ["1", "0.00%", 0.01, undefined],
    [".1", "0.00%", 0.1, undefined],
    ["0.1", "0.00%", 0.001, undefined],
    ["-1", "0.00%", -0.01, undefined],
    ["-.1", "0.00%", -0.1, undefined],
    ["-0.1", "0.00%", -0.001, undefined],
    ["32", "0.00%", 0.32, undefined],
    [".32", "0.00%", 0.32, undefined],
    ["0.32", "0.00%", 0.0032, undefined],
    ["60", "0%", 0.6, undefined],
    ["0.6", "0%", 0.006, undefined],
    [".6", "0.00%", 0.6, undefined],
    ["+.6", "0%", 0.6, undefined],
    ["-.6", "0%", -0.6, undefined],
    ["０.６", "0%", 0.006, undefined],
    ["．６", "0%", 0.6, undefined],
    ["0", "0%", 0, undefined],
    ["0.5", "0.0%", 0.005, undefined],
    ["1.1", "0.0%", 0.011, undefined],
    ["150", "0%", 1.5, undefined],
    ["-60", "0%", -0.6, undefined],
    ["-0.5", "0%", -0.005, undefined],
    ["６０", "0%", 0.6, undefined],
    ["1.5e3", "0%", 15, undefined],
    // Typed with its own sign or format, a number is what that says.
    ["60%", "0%", 0.6, "0%"],
    ["-60%", "0.00%", -0.6, "0%"],
    ["0.5%", "0%", 0.005, "0.0%"],
    ["¥60", "0%", 60, '"¥"#,##0'],
    ["2026-11-30", "0%", 46356, "yyyy-mm-dd"],
    // Only in a percent cell.
    ["60", undefined, 60, undefined],
    ["60", "#,##0.00", 60, undefined],
    ["60", '0" %"', 60, undefined],
  ])("%p typed into a cell in %p is %p, format %p", (typed, cellFormat, content, format) => {
    expect(readEntry(typed, cellFormat)).toEqual(format === undefined ? { content } : { content, format });
  });

  it("F2+Enter on a percent cell changes nothing: the bar shows 60%, entered again it is 0.6", () => {
    for (const format of ["0%", "0.0%", "0.00%"]) {
      const typed = readEntry("60", format).content as number;
      expect(entryText(typed, format)).toBe("60%");
      expect(readEntry(entryText(typed, format), format).content).toBe(typed);
    }
  });

  it("typed into a Text cell (@), an entry is the text typed, as in Excel: zeros, dates, percents and formulas alike", () => {
    for (const typed of ["00123", "2026-11-30", "60", "50%", "=1+1"]) expect(readEntry(typed, "@")).toEqual({ content: `'${typed}` });
    expect(readEntry("'kept", "@")).toEqual({ content: "'kept" });
    expect(readEntry("", "@")).toEqual({ content: null });
  });

  it("F2+Enter on a percent cell keeps any number it holds, from 1e-21 to 1e21, to Excel's 15 digits (the bar always shows the percent)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e21, max: 1e21, noNaN: true }), (value) => {
        const back = readEntry(entryText(value, "0%"), "0%").content as number;
        expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-14);
      }),
    );
    for (const value of [26.64599577824115, 1e21, 1e-21, 1, 100]) {
      expect(readEntry(entryText(value, "0.00%"), "0.00%").content).toBeCloseTo(value, 10);
    }
    expect(entryText(1e21, "0%")).toBe("1E+23%");
  });
});

describe("a typed formula's number literals, as Excel keeps them when it is entered", () => {
  it("keeps 15 significant digits and makes a number too near 0 for a normal double 0", () => {
    expect(readEntry("=123456789012345678").content).toBe("=123456789012346000");
    expect(readEntry("=1E-320").content).toBe("=0");
    expect(readEntry("=-1e-320*2").content).toBe("=-0*2");
    expect(formulaLiterals("=A1*1.00000000000000001+0.1234567890123456789")).toBe("=A1*1+0.123456789012346");
    expect(formulaLiterals("=1.234567890123456789E+30")).toBe("=1.23456789012346e+30");
  });

  it("leaves what Excel keeps as it is, and never text, a sheet's name or a reference's digits", () => {
    for (const kept of ["=0.1+0.2", "=1E+20", "=1e-300", "=100000000000000000000", "=SUM(A1:B2,$C$3)*2:2", '="123456789012345678"&A1', "='1234567890123456789'!A1", "=Sheet1234567890123456789!B2", "=10%"]) {
      expect(formulaLiterals(kept)).toBe(kept);
    }
  });

  it("gives the engine a formula it reads, and the value Excel gives", () => {
    const hf = HyperFormula.buildFromArray([[readEntry("=123456789012345678").content as string, readEntry("=1e-320+0").content as string]], ENGINE_CONFIG);
    expect([hf.getCellValue({ sheet: 0, row: 0, col: 0 }), hf.getCellValue({ sheet: 0, row: 0, col: 1 })]).toEqual([123456789012346000, 0]);
    hf.destroy();
  });
});
