import fc from "fast-check";
import { joinAddress, splitAddress } from "../../src/taskpane/host";
import { freeSheetName, sameSheetName, SHEET_NAME_LIMIT, sheetNameProblem } from "../../src/spreadsheet/sheet-names";
import { findSheetState, followedBindings, hasAnswers, NOTE_LIMIT, parseSavedState, savedWork, resolveBinding, sheetStateOf, withSheetState } from "../../src/taskpane/state";

describe("parseSavedState", () => {
  it("keeps well-formed answers, bindings and months", () => {
    const raw = {
      version: 2,
      sheets: [
        {
          id: "{sheet-3}",
          name: "Growth",
          month: 3,
          bindings: { thisMonth: { address: "Growth!B10", sheetId: "{sheet-3}" } },
          answers: { 2: { status: "risk", note: "cut", checkedOn: "2026-11-22" } },
          report: { id: "{sheet-9}", name: "Minefields - Growth" },
        },
      ],
    };
    expect(parseSavedState(raw)).toEqual(raw);
  });

  it("reads what an older pane saved (version 1: sheets by name, bare addresses) with nothing lost", () => {
    const raw = { version: 1, sheets: { Growth: { month: 3, bindings: { thisMonth: "Growth!B10" }, answers: { 2: { status: "risk", note: "cut", checkedOn: "2026-11-22" } } } } };
    expect(parseSavedState(raw)).toEqual({
      version: 2,
      sheets: [{ name: "Growth", month: 3, bindings: { thisMonth: { address: "Growth!B10" } }, answers: { 2: { status: "risk", note: "cut", checkedOn: "2026-11-22" } } }],
    });
    // The first time the pane sees the sheet, the entry is found by name and takes the sheet's id.
    const state = parseSavedState(raw);
    const growth = { id: "{sheet-3}", name: "Growth" };
    expect(sheetStateOf(state, growth).answers[2].note).toBe("cut");
    const next = withSheetState(state, growth, sheetStateOf(state, growth));
    expect(next.sheets).toHaveLength(1);
    expect(next.sheets[0]).toMatchObject({ id: "{sheet-3}", name: "Growth" });
  });

  it("drops what a tampered or foreign document holds instead of trusting it", () => {
    const raw = {
      sheets: {
        A: { month: 99, bindings: { thisMonth: 5, evil: "x" }, answers: { 9: { status: "clear" }, 1: { status: "bogus", note: 7 } } },
        B: "not an object",
      },
    };
    expect(parseSavedState(raw)).toEqual({ version: 2, sheets: [{ name: "A", month: 0, bindings: {}, answers: { 1: { status: "unanswered", note: "", checkedOn: undefined } } }] });
    expect(parseSavedState(null)).toEqual({ version: 2, sheets: [] });
    expect(parseSavedState("text")).toEqual({ version: 2, sheets: [] });
    expect(parseSavedState({ sheets: [{ name: 5 }, null, { name: "B", report: { id: 1 } }] })).toEqual({ version: 2, sheets: [{ name: "B", month: 0, bindings: {}, answers: {} }] });
  });

  it("keeps the What would it take? target as typed, and drops one of a kind the pane does not offer or too long", () => {
    const sheets = [
      { name: "Growth", target: { kind: "marginal-cpa", text: "60" } },
      { name: "Plan A", target: { kind: "conversions", text: " 20,000 " } },
      { name: "Plan B", target: { kind: "eval", text: "1" } },
      { name: "Plan C", target: { kind: "conversions", text: "9".repeat(101) } },
      { name: "Plan D", target: "60" },
    ];
    const read = parseSavedState(JSON.parse(JSON.stringify({ version: 2, sheets }))).sheets.map((sheet) => sheet.target);
    expect(read).toEqual([{ kind: "marginal-cpa", text: "60" }, { kind: "conversions", text: " 20,000 " }, undefined, undefined, undefined]);
  });

  it("a note of up to NOTE_LIMIT characters comes back whole after a save and a reload", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: NOTE_LIMIT + 50 }), fc.integer({ min: 0, max: 40 }), (text, pad) => {
        const note = (text + "备".repeat(pad)).slice(0, NOTE_LIMIT);
        const saved = { version: 2, sheets: [{ id: "1", name: "Growth", month: 0, bindings: {}, answers: { 4: { status: "watch", note } } }] };
        const back = parseSavedState(JSON.parse(JSON.stringify(saved)));
        expect(back.sheets[0].answers[4].note).toBe(note);
      }),
    );
    const long = "x".repeat(NOTE_LIMIT);
    expect(parseSavedState({ sheets: [{ name: "G", answers: { 1: { status: "clear", note: long } } }] }).sheets[0].answers[1].note).toBe(long);
    // Far inside the 32,767 characters an Excel cell holds, where the report writes it.
    expect(NOTE_LIMIT).toBeLessThan(32_767);
  });
});

describe("finding a sheet's saved entry", () => {
  const entry = (id: string | undefined, name: string) => ({ ...(id ? { id } : {}), name, month: 0, bindings: {}, answers: {} });

  it("by id and name, then by name, then by id (a renamed sheet)", () => {
    const state = { version: 2 as const, sheets: [entry("1", "Growth"), entry("2", "Mature"), entry(undefined, "Old")] };
    expect(findSheetState(state, { id: "1", name: "Growth" })).toBe(0);
    expect(findSheetState(state, { id: "1", name: "Growth 2027" })).toBe(0); // renamed
    expect(findSheetState(state, { id: "7", name: "mature" })).toBe(1); // ids changed on reopening
    expect(findSheetState(state, { id: "8", name: "Old" })).toBe(2); // saved before ids
    expect(findSheetState(state, { id: "9", name: "New" })).toBe(-1);
  });

  it("resolves a binding by its sheet's id, else its name, else says which sheet is missing", () => {
    const sheets = [
      { id: "1", name: "Plan 2028" },
      { id: "2", name: "Growth" },
    ];
    expect(resolveBinding({ address: "'Plan 2027'!B2", sheetId: "1" }, sheets)).toEqual({ address: "'Plan 2028'!B2" });
    expect(resolveBinding({ address: "growth!B5" }, sheets)).toEqual({ address: "Growth!B5" });
    expect(resolveBinding({ address: "'Old plan'!B2", sheetId: "5" }, sheets)).toEqual({ missing: "Old plan" });
    expect(resolveBinding({ address: "not an address" }, sheets)).toEqual({ missing: "not an address" });
    // The name it was bound with wins over an id that now belongs to another sheet (ids changed on
    // reopening): the planner's cells are read, never another sheet's.
    expect(resolveBinding({ address: "Growth!B5", sheetId: "1" }, sheets)).toEqual({ address: "Growth!B5" });
  });

  it("writes a followed rename into the binding, so a new sheet taking the old name is not mistaken for it", () => {
    const sheets = [
      { id: "1", name: "Plan 2028" },
      { id: "2", name: "Growth" },
    ];
    const bindings = { thisMonth: { address: "'Plan 2027'!B2", sheetId: "1" }, baseCpa: { address: "Growth!B5", sheetId: "2" } };
    const now = { thisMonth: "'Plan 2028'!B2", baseCpa: "Growth!B5" };
    const next = followedBindings(bindings, now, sheets)!;
    expect(next).toEqual({ thisMonth: { address: "'Plan 2028'!B2", sheetId: "1" }, baseCpa: { address: "Growth!B5", sheetId: "2" } });
    expect(followedBindings(next, now, sheets)).toBeUndefined();
    // Later a new "Plan 2027" appears: the binding stays on the renamed sheet.
    expect(resolveBinding(next.thisMonth!, [...sheets, { id: "3", name: "Plan 2027" }])).toEqual({ address: "'Plan 2028'!B2" });
  });
});

describe("sheet names Excel refuses", () => {
  it("says why a name cannot be a sheet's, by Excel's rules", () => {
    expect(sheetNameProblem("Plan B", ["Growth"])).toBeUndefined();
    expect(sheetNameProblem("growth", ["Growth"])).toBe("taken");
    expect(sheetNameProblem("ＧＲＯＷＴＨ", ["Growth"])).toBeUndefined(); // full-width letters are other characters
    expect(sheetNameProblem("", [])).toBe("blank");
    expect(sheetNameProblem("   ", [])).toBe("blank");
    expect(sheetNameProblem("x".repeat(31), [])).toBeUndefined();
    expect(sheetNameProblem("x".repeat(32), [])).toBe("tooLong");
    for (const character of ["\\", "/", "?", "*", "[", "]", ":"]) expect(sheetNameProblem(`Q1${character}Q2`, [])).toBe("forbidden");
    expect(sheetNameProblem("'quoted", [])).toBe("apostrophe");
    expect(sheetNameProblem("quoted'", [])).toBe("apostrophe");
    expect(sheetNameProblem("it's", [])).toBeUndefined();
    expect(sheetNameProblem("HISTORY", [])).toBe("reserved");
  });
});

describe("free sheet names", () => {
  it("never a name a sheet has in another case", () => {
    expect(freeSheetName("Scenario 1", ["scenario 1"])).toBe("Scenario 1 (2)");
    expect(freeSheetName("Minefields - Growth", ["MINEFIELDS - GROWTH", "Minefields - Growth (2)"])).toBe("Minefields - Growth (3)");
    expect(freeSheetName("Assumptions", ["assumptions"])).toBe("Assumptions (2)");
    expect(freeSheetName("history", [])).toBe("history (2)");
    expect(freeSheetName("a/b:c*?[d]\\e", [])).toBe("a b c d e");
    expect(freeSheetName("'quoted'", [])).toBe("quoted");
    expect(freeSheetName("", [])).toBe("Sheet");
    const long = "Minefields - A scenario with a very long name";
    expect(freeSheetName(long, [])).toBe("Minefields - A scenario with a"); // 31 characters, the space after trimmed
    expect(freeSheetName(long, [freeSheetName(long, [])]).endsWith(" (2)")).toBe(true);
  });

  it("property: always a valid Excel sheet name that no existing sheet has, in any case", () => {
    const name = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom("Minefields", "minefields", "Scenario 1", "'", "[]", "History"));
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 30 }), (base, others) => {
        const existing = [...others, ...others.map((o) => o.toUpperCase()), freeSheetName(base, others)];
        const free = freeSheetName(base, existing);
        expect(existing.some((e) => sameSheetName(e, free))).toBe(false);
        expect(free.length).toBeGreaterThan(0);
        expect(free.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
        expect(/[\\/?*[\]:]/.test(free)).toBe(false);
        expect(free.startsWith("'") || free.endsWith("'")).toBe(false);
        expect(sameSheetName(free, "History")).toBe(false);
        // No half of a surrogate pair left at the cut.
        expect(/[\uD800-\uDBFF]$/.test(free)).toBe(false);
      }),
    );
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
    // A name Excel would read as a cell or an R1C1 reference: bare, AB12!A1 is no reference to it.
    expect(joinAddress("AB12", "A1")).toBe("'AB12'!A1");
    expect(joinAddress("R1C1", "B3:B5")).toBe("'R1C1'!B3:B5");
    expect(splitAddress(joinAddress("AB12", "A1"))).toEqual({ sheet: "AB12", cells: "A1" });
  });

  it("refuses what is not an address", () => {
    expect(() => splitAddress("B3")).toThrow();
    expect(() => splitAddress("Sheet!notacell")).toThrow();
  });
});

describe("what in saved settings is the planner's work", () => {
  const sheet = (over: Record<string, unknown> = {}) => ({ version: 2, sheets: [{ id: "{1}", name: "Growth", month: 0, bindings: {}, answers: {}, ...over }] });

  it("the step being checked is a view: changing it alone changes no work", () => {
    expect(savedWork(sheet({ month: 5 }))).toBe(savedWork(sheet({ month: 0 })));
    // A sheet the pane only looked at holds no work, so its first step change is no change.
    expect(savedWork(sheet({ month: 5 }))).toBe(savedWork(undefined));
    expect(hasAnswers(sheet({ month: 5 }))).toBe(false);
  });

  it("an answer, a note, a binding or a report is work", () => {
    const before = savedWork(sheet());
    expect(savedWork(sheet({ answers: { 2: { status: "watch", note: "" } } }))).not.toBe(before);
    expect(savedWork(sheet({ answers: { 2: { status: "unanswered", note: "ask finance" } } }))).not.toBe(before);
    expect(savedWork(sheet({ bindings: { thisMonth: { address: "Plan!B2" } } }))).not.toBe(before);
    expect(savedWork(sheet({ report: { id: "{9}", name: "Minefields" } }))).not.toBe(before);
  });

  it("has answers only where a status was chosen or a note written — not for an answer reset to unanswered and empty", () => {
    expect(hasAnswers(undefined)).toBe(false);
    expect(hasAnswers(sheet({ answers: { 3: { status: "unanswered", note: "" } } }))).toBe(false);
    expect(hasAnswers(sheet({ answers: { 3: { status: "clear", note: "" } } }))).toBe(true);
    expect(hasAnswers(sheet({ answers: { 3: { status: "unanswered", note: "=1+1" } } }))).toBe(true);
  });

  it("malformed settings hold no work (and never throw)", () => {
    for (const raw of [null, 42, "x", { sheets: "no" }, { sheets: [null, 1, { name: 3 }] }]) {
      expect(savedWork(raw)).toBe("[]");
      expect(hasAnswers(raw)).toBe(false);
    }
  });
});
