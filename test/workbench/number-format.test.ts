import { formatNumber, general } from "../../src/workbench/number-format";

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
  ])("%p in %p is %p", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  it("falls back to General for formats it does not know", () => {
    expect(formatNumber(45000, "yyyy-mm-dd")).toBe("45000");
    expect(general(1e12)).toBe("1E+12");
  });
});
