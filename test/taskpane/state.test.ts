import { joinAddress, splitAddress } from "../../src/taskpane/host";
import { parseSavedState } from "../../src/taskpane/state";

describe("parseSavedState", () => {
  it("keeps well-formed answers, bindings and months", () => {
    const raw = { version: 1, sheets: { Growth: { month: 3, bindings: { thisMonth: "Growth!B10" }, answers: { 2: { status: "risk", note: "cut", checkedOn: "2026-11-22" } } } } };
    expect(parseSavedState(raw)).toEqual(raw);
  });

  it("drops what a tampered or foreign document holds instead of trusting it", () => {
    const raw = {
      sheets: {
        A: { month: 99, bindings: { thisMonth: 5, evil: "x" }, answers: { 9: { status: "clear" }, 1: { status: "bogus", note: 7 } } },
        B: "not an object",
      },
    };
    expect(parseSavedState(raw)).toEqual({ version: 1, sheets: { A: { month: 0, bindings: {}, answers: { 1: { status: "unanswered", note: "", checkedOn: undefined } } } } });
    expect(parseSavedState(null)).toEqual({ version: 1, sheets: {} });
    expect(parseSavedState("text")).toEqual({ version: 1, sheets: {} });
  });
});

describe("addresses", () => {
  it.each([
    ["Growth!B3", "Growth", "B3"],
    ["'Cold start'!$B$3:$B$5", "Cold start", "B3:B5"],
    ["'It''s mine'!A1", "It's mine", "A1"],
    ["成长期!C10", "成长期", "C10"],
  ])("%s is sheet %s, cells %s", (address, sheet, cells) => {
    expect(splitAddress(address)).toEqual({ sheet, cells });
  });

  it("quotes sheet names that need it", () => {
    expect(joinAddress("Growth", "B3")).toBe("Growth!B3");
    expect(joinAddress("Cold start", "B3")).toBe("'Cold start'!B3");
    expect(joinAddress("It's", "A1")).toBe("'It''s'!A1");
  });

  it("refuses what is not an address", () => {
    expect(() => splitAddress("B3")).toThrow();
    expect(() => splitAddress("Sheet!notacell")).toThrow();
  });
});
