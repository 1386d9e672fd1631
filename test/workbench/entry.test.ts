/* What a typed cell entry means, and a constant as the formula bar shows it (src/workbench/entry.ts): no DOM needed. */
import { entryText, parseEntry } from "../../src/workbench/entry";

describe("parseEntry", () => {
  it.each([
    ["", null],
    ["   ", null],
    ["=RED.AVGCPM(500000,1)", "=RED.AVGCPM(500000,1)"],
    ["  =A1+1 ", "=A1+1"],
    ["42", 42],
    [" -0.5 ", -0.5],
    [".5", 0.5],
    ["1,234,567", 1234567],
    ["1.5e3", 1500],
    ["1e999", "1e999"],
    ["10%", "10%"],
    ["TRUE", "TRUE"],
    ["2026-01-01", "2026-01-01"],
    [" growth note ", " growth note "],
  ])("%p is %p", (typed, expected) => {
    expect(parseEntry(typed)).toBe(expected);
  });

  it("does not mutate or trim the text it keeps", () => {
    const typed = "  spaced  ";
    expect(parseEntry(typed)).toBe("  spaced  ");
    expect(typed).toBe("  spaced  ");
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
    ["plain", "plain"],
  ])("%p shows as %p", (raw, expected) => {
    expect(entryText(raw)).toBe(expected);
  });

  it("shows a text constant so that typing it back gives the same text", () => {
    for (const text of ["note", "123", "TRUE", "#N/A", " 7 ", "1,000", "=1+1", " =A1"]) {
      const shown = entryText(`'${text}`);
      const typed = shown.startsWith("'") ? shown.slice(1) : parseEntry(shown);
      expect(typed).toBe(text);
    }
  });
});
