import { formatAmount, formatPrice, formatShortAmount } from "../../../src/core";

describe("number formats", () => {
  it("groups amounts and keeps the decimals asked for", () => {
    expect(formatAmount(1234567.891)).toBe("1,234,568");
    expect(formatAmount(1234567.891, 2)).toBe("1,234,567.89");
    expect(formatPrice(80)).toBe("80.00");
    expect(formatPrice(2.2124)).toBe("2.21");
  });

  it("shortens amounts for a chart: k and M in English, 万 and 亿 in Chinese", () => {
    const cases: [number, string, string][] = [
      [800, "800", "800"],
      [5_000, "5k", "5,000"],
      [20_000, "20k", "2万"],
      [500_000, "500k", "50万"],
      [547_800, "548k", "54.8万"],
      [1_250_000, "1.3M", "125万"],
      [35_000_000, "35M", "3500万"],
      [250_000_000, "250M", "2.5亿"],
      [999_600, "1M", "100万"],
      [9_970, "10k", "1万"],
    ];
    for (const [x, en, zh] of cases) {
      expect(formatShortAmount(x, "en")).toBe(en);
      expect(formatShortAmount(x, "zh")).toBe(zh);
    }
  });
});
