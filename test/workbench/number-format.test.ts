import { formatNumber, general } from "../../src/spreadsheet/number-format";

describe("formatNumber", () => {
  it.each([
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [2500000, "#,##0", "2,500,000"],
    [0.367211, "0.0000", "0.3672"],
    [0.7, "0.0%", "70.0%"],
    [0.027884, "0.00%", "2.79%"],
    [2, '0" over 超出"', "2 over 超出"],
    [1.5, undefined, "1.5"],
    [1 / 3, "General", "0.3333333333"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    // As the grid shows a cell in a padded format: each 0 a digit, leading zeros too; literal characters kept.
    [7, "00", "07"],
    [1234.5678, "000000", "001235"],
    [0.5, "00.00", "00.50"],
    [7, "0000.0", "0007.0"],
    [-7, "000,000", "-000,007"],
    [7, "0.0 ", "7.0 "],
    [-7, "(0)", "-(7)"],
    [7, "0\\x", "7x"],
  ])("%p in %p is %p", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  it.each([
    [45000, "yyyy-mm-dd", "2023-03-15"],
    [45000, "m/d/yyyy", "3/15/2023"],
    [45000, "d-mmm-yy", "15-Mar-23"],
    [45000, 'yyyy"年"m"月"d"日"', "2023年3月15日"],
    [45000, "yyyy年m月d日", "2023年3月15日"],
    [45000, "[$-804]yyyy/mm/dd dddd", "2023/03/15 Wednesday"],
    [45000.75, "yyyy-mm-dd hh:mm", "2023-03-15 18:00"],
    [0.5 + 1 / 1440, "h:mm AM/PM", "12:01 PM"],
    [0.25 + 30 / 86400, "hh:mm:ss", "06:00:30"],
    [1, "yyyy-mm-dd", "1900-01-01"],
    [59, "yyyy-mm-dd", "1900-02-28"],
    [61, "yyyy-mm-dd", "1900-03-01"],
    // Excel's 1900 date system: 60 is 29 February 1900, which Excel counts; 0 is 1900-01-00; its weekdays
    // run on through 60, so 1 January 1900 is a Sunday there (WEEKDAY(1) is 1 in Excel) and 1 March a Thursday.
    [60, "yyyy-mm-dd", "1900-02-29"],
    [60, "d-mmm-yy ddd", "29-Feb-00 Wed"],
    [0, "yyyy-mm-dd", "1900-01-00"],
    [0.5, "yyyy-mm-dd h:mm", "1900-01-00 12:00"],
    [1, "dddd", "Sunday"],
    [59, "ddd", "Tue"],
    [61, "dddd", "Thursday"],
    [366, "yyyy-mm-dd ddd", "1900-12-31 Mon"],
    [2958465, "yyyy-mm-dd", "9999-12-31"],
    [2958465.999999, "yyyy-mm-dd hh:mm:ss", "9999-12-31 23:59:59"],
    [0.9999999, "yyyy-mm-dd h:mm:ss", "1900-01-01 0:00:00"],
    [46356 + (12 * 60 + 30) / 1440, "yyyy-mm-dd h:mm", "2026-11-30 12:30"],
  ])("the serial date %p in %p is %p", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  it.each([
    // Elapsed time: the whole hours (minutes, seconds) since 0, as Excel shows [h]:mm for 36 hours.
    [1.5, "[h]:mm", "36:00"],
    [1.5, "[h]:mm:ss", "36:00:00"],
    [1.5 + 90 / 86400, "[hh]:mm:ss", "36:01:30"],
    [0.25, "[h]:mm", "6:00"],
    [0.25, "[hh]:mm", "06:00"],
    [0, "[h]:mm:ss", "0:00:00"],
    [100 + 1 / 24, "[h]:mm", "2401:00"],
    [0.5, "[mm]:ss", "720:00"],
    [1 / 1440 + 5 / 86400, "[m]:ss", "1:05"],
    [0.5, "[ss]", "43200"],
    [1.5, "[Red][h]:mm", "36:00"],
  ])("the elapsed time %p in %p is %p", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  it("shows a negative or too-large date, and a format it does not know, in General", () => {
    expect(formatNumber(-1, "yyyy-mm-dd")).toBe("-1");
    expect(formatNumber(3e6, "yyyy-mm-dd")).toBe("3000000");
    expect(formatNumber(45000, "# ?/?")).toBe("45000");
    expect(general(1e12)).toBe("1E+12");
  });
});
