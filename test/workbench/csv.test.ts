/* A report's CSV opened as a sheet (issue 25 item 6): UTF-8 or GBK bytes, Excel's quoting, numbers as numbers, text — formulas included — as text. */
import { csvRows, csvSheet, csvText, sheetNameOf } from "../../src/workbench/csv";
import { formatNumber } from "../../src/spreadsheet/number-format";

describe("a CSV report", () => {
  it("reads UTF-8, with or without a BOM, and GBK", () => {
    const text = "笔记,阅读\r\n早间护肤,\"52,000\"\r\n";
    expect(csvText(new TextEncoder().encode(text))).toBe(text);
    expect(csvText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    // "笔记,阅读" in GBK, as a Chinese report tool writes it.
    const gbk = new Uint8Array([0xb1, 0xca, 0xbc, 0xc7, 0x2c, 0xd4, 0xc4, 0xb6, 0xc1]);
    expect(csvText(gbk)).toBe("笔记,阅读");
  });

  it("splits rows and fields as Excel does, numbers as numbers, text and formulas as text", () => {
    const bytes = new TextEncoder().encode('Month,Spend,CPM,Note\r\nJan,"250,000",82.5,"=HYPERLINK(""x"")"\r\nFeb,,90,"two\nlines"\r\n');
    expect(csvRows(bytes)).toEqual([
      ["'Month", "'Spend", "'CPM", "'Note"],
      ["'Jan", 250_000, 82.5, "'=HYPERLINK(\"x\")"],
      ["'Feb", null, 90, "'two\nlines"],
    ]);
  });

  it("takes semicolons where a report writes them", () => {
    expect(csvRows(new TextEncoder().encode("a;b\n1;2\n"))).toEqual([["'a", "'b"], [1, 2]]);
  });

  it("reads a semicolon report's decimal commas as its locale writes them, and keeps what that locale cannot mean as text", () => {
    // The separator is a semicolon because the report's locale writes 1,5 for one and a half.
    const rows = csvRows(new TextEncoder().encode("a;b;c;d;e;f\n1,5;2,25;1.234,5;-0,01;1.5;1,234.5\n"));
    expect(rows[1]).toEqual([1.5, 2.25, 1234.5, -0.01, "'1.5", "'1,234.5"]);
    expect(csvRows(new TextEncoder().encode("x;y\n1.500;12\n"))[1]).toEqual([1500, 12]);
  });

  it("opens amounts, percentages and year-first dates as Excel does: numbers, in a format that shows them as written", () => {
    const csv = "a,b,c,d,e,f,g,h\r\n¥1,234.50,(1,200),\"1,200\",50%,2026-11-30,2026/11/30,-¥5,￥0.5\r\n";
    const { rows, formats } = csvSheet(new TextEncoder().encode(csv.replace("¥1,234.50,", "\"¥1,234.50\",").replace("(1,200)", "\"(1,200)\"")));
    // 2026-11-30 is day 46356 from Excel's 1900 epoch (DATE(2026,11,30) in Excel).
    expect(rows[1]).toEqual([1234.5, -1200, 1200, 0.5, 46356, 46356, -5, 0.5]);
    const shown = rows[1].map((value, c) => formatNumber(value as number, formats[`1,${c}`]));
    expect(shown).toEqual(["¥1,234.50", "-1,200", "1,200", "50%", "2026-11-30", "2026/11/30", "-¥5", "￥0.5"]);
  });

  it("opens full-width numbers, a date with a time and an elapsed time as numbers too, shown in Excel's format for them", () => {
    const csv = "１２３,５０％,\"￥５０,０００\",２０２６-１１-３０,2026-11-30 12:30,36:00,2026年11月30日\r\n";
    const { rows, formats } = csvSheet(new TextEncoder().encode(csv));
    expect(rows[0]).toEqual([123, 0.5, 50000, 46356, 46356 + (12 * 60 + 30) / 1440, 1.5, 46356]);
    const shown = rows[0].map((value, c) => formatNumber(value as number, formats[`0,${c}`]));
    expect(shown).toEqual(["123", "50%", "￥50,000", "2026-11-30", "2026-11-30 12:30", "36:00:00", "2026年11月30日"]);
  });

  it("opens a time with AM or PM, a month-first date and the dates of 1900 as Excel does, shown as written", () => {
    const csv = "9:30 PM,12:00 AM,11/30/2026,2026-11-30 9:30 PM,1900-01-01,1900-02-29,1900-03-01,1900-12-31\r\n";
    const { rows, formats } = csvSheet(new TextEncoder().encode(csv));
    // Excel's serials: 2026-11-30 is 46356; 1900-01-01 is 1, the 1900-02-29 Excel counts 60, 1900-03-01 61, 1900-12-31 366.
    expect(rows[0]).toEqual([21.5 / 24, 0, 46356, 46356 + 21.5 / 24, 1, 60, 61, 366]);
    const shown = rows[0].map((value, c) => formatNumber(value as number, formats[`0,${c}`]));
    expect(shown).toEqual(["9:30 PM", "12:00 AM", "11/30/2026", "2026-11-30 9:30 PM", "1900-01-01", "1900-02-29", "1900-03-01", "1900-12-31"]);
  });

  it("keeps as text what is no number beyond doubt: 50万, a bare month, a day-first date, misplaced separators, a date that never was", () => {
    const fields = ["50万", "2026-03", "30/11/2026", "2/30/2026", "13:00 PM", "1899-12-31", "1,2,3", "12,34.5", "2026-02-30", "¥50万", "(-5)", "5-", "1.2.3", "RMB 100", "¥5%", "TRUE"];
    const { rows, formats } = csvSheet(new TextEncoder().encode(`${fields.map((field) => `"${field}"`).join(",")}\r\n`));
    expect(rows[0]).toEqual(fields.map((field) => `'${field}`));
    expect(formats).toEqual({});
  });

  it("reads digits with leading zeros as Excel does — 00123 is the number 123 — a choice made on purpose", () => {
    // Excel's CSV open drops the zeros (an ID column needs Data > From Text to keep them); the
    // workbench opens the file as Excel would, so the planner sees the same sheet in both.
    expect(csvRows(new TextEncoder().encode("00123,0.50\r\n"))[0]).toEqual([123, 0.5]);
  });

  it("keeps a whole number of more than 15 significant digits (an order or note ID) as its text, where a number would lose digits", () => {
    const row = csvRows(new TextEncoder().encode("202612061234567890,123456789012345,123456789012345000\r\n"))[0];
    expect(row).toEqual(["'202612061234567890", 123456789012345, 123456789012345000]);
  });

  it("reads a fraction of more than 15 significant digits, as scripts and BI exports write doubles, as the number rounded to 15 digits (as Excel stores it)", () => {
    const row = csvRows(new TextEncoder().encode("35.300000000000004,41.199999999999996,0.30000000000000004,0.1234567890123456,-1234.56789012345678\r\n"))[0];
    expect(row).toEqual([35.3, 41.2, 0.3, 0.123456789012346, -1234.56789012346]);
  });

  it("names the sheet after the file, as Excel allows", () => {
    expect(sheetNameOf("聚光报表 2026-11.csv")).toBe("聚光报表 2026-11");
    expect(sheetNameOf("a/b:c?.csv")).toBe("a b c");
    expect(sheetNameOf(".csv")).toBe("Sheet1");
    expect(sheetNameOf(`${"x".repeat(40)}.csv`)).toHaveLength(31);
    // The pane's one rule for sheet names: spaces collapsed, a surrogate pair never split at the limit,
    // and "History" (a name Excel keeps for itself) never taken.
    expect(sheetNameOf("spend   by\tmonth.csv")).toBe("spend by month");
    const cut = sheetNameOf(`${"x".repeat(30)}\u{1F600}.csv`);
    expect(cut).toBe("x".repeat(30));
    expect(sheetNameOf("History.csv")).toBe("History (2)");
  });
});
