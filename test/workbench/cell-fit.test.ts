import { numberShown } from "../../src/workbench/cell-fit";

/** A monospaced stand-in: 7 px a character. */
const mono = (text: string) => text.length * 7;

describe("a number in a column too narrow for it", () => {
  it("shows as it is where it fits, to the pixel", () => {
    expect(numberShown("1,234.56", 56, mono)).toBe("1,234.56");
    expect(numberShown("1,234.56", 55, mono)).toBe("#######");
  });

  it("shows as many # as fill the cell — never a number cut short", () => {
    expect(numberShown("12,345,678.90", 50, mono)).toBe("#######");
    expect(numberShown("-0.01", 20, mono)).toBe("##");
  });

  it("shows one # in a column narrower than one", () => {
    expect(numberShown("5", 0, mono)).toBe("#");
    expect(numberShown("5", -4, mono)).toBe("#");
  });
});
