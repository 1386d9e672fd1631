/* A report's CSV opened as a sheet (issue 25 item 6): UTF-8 or GBK bytes, Excel's quoting, numbers as numbers, text — formulas included — as text. */
import { csvRows, csvText, sheetNameOf } from "../../src/workbench/csv";

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
