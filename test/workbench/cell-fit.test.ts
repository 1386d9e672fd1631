import { generalShown, numberShown } from "../../src/workbench/cell-fit";

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

describe("a General-format number in a column too narrow for it, as Excel shortens it", () => {
  it("rounds to as many decimals as fit: 3.14159265358979 in 8 characters is 3.141593", () => {
    expect(generalShown(3.14159265358979, 8 * 7, mono)).toBe("3.141593");
    expect(generalShown(3.14159265358979, 4 * 7, mono)).toBe("3.14");
    expect(generalShown(-2.5, 2 * 7, mono)).toBe("-3");
    expect(generalShown(1234.5678, 20 * 7, mono)).toBe("1234.5678");
  });

  it("switches to scientific notation where the whole number does not fit", () => {
    expect(generalShown(123_456_789, 7 * 7, mono)).toBe("1.2E+08");
    expect(generalShown(123_456_789, 5 * 7, mono)).toBe("1E+08");
    // A small number keeps its significant digits: never rounded to a 0 it is not, nor to 1 digit where 2 fit.
    expect(generalShown(0.000012345, 7 * 7, mono)).toBe("1.2E-05");
    expect(generalShown(0.5123456789, 6 * 7, mono)).toBe("0.5123");
    expect(generalShown(0.000012345, 5 * 7, mono)).toBe("1E-05");
  });

  it("shows # only where not even one digit in scientific notation fits", () => {
    expect(generalShown(123_456_789, 4 * 7, mono)).toBe("####");
  });
});
