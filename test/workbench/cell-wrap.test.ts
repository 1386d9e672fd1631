/* Wrapped text's lines, as Excel wraps a cell (grid row heights are counted from them). */
import { wrappedLines } from "../../src/workbench/cell-fit";

// Every character 10 px wide: a room of 50 holds 5.
const measure = (text: string) => text.length * 10;

describe("wrappedLines", () => {
  it("breaks at each line break", () => {
    expect(wrappedLines("one\ntwo\nthree", 500, measure)).toBe(3);
    expect(wrappedLines("one\r\ntwo", 500, measure)).toBe(2);
    expect(wrappedLines("a\n\nb", 500, measure)).toBe(3); // an empty line between takes its line
  });
  it("wraps between words, a word that does not fit starting the next line", () => {
    expect(wrappedLines("ab cd", 50, measure)).toBe(1);
    expect(wrappedLines("ab cd ef", 50, measure)).toBe(2);
    expect(wrappedLines("abc defg hi", 50, measure)).toBe(3);
  });
  it("breaks a word wider than the room where it must", () => {
    expect(wrappedLines("abcdefghijkl", 50, measure)).toBe(3);
  });
  it("breaks Chinese between any two characters", () => {
    expect(wrappedLines("新客价值等于用户数", 50, measure)).toBe(2);
  });
  it("is one line for an empty text or one that fits", () => {
    expect(wrappedLines("", 50, measure)).toBe(1);
    expect(wrappedLines("abcde", 50, measure)).toBe(1);
  });
});
