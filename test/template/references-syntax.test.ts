/*
 * The one rule for writing a sheet and cell in a formula (sheetPrefix, joinAddress) and the one reader
 * of it (readAddress): whatever a hostile sheet name, what is written reads back as the same sheet
 * and cells, a name Excel would read as something else is quoted, and a spreadsheet engine reads it.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { a1Of, columnIndex, columnLetter, joinAddress, parseA1, readAddress, sheetPrefix, shownSheetPrefix } from "../../src/template/references-syntax";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { forEngine } from "../../src/template/formula-sheets";

const HOSTILE = ["AB12", "R2D2", "C3PO", "A1", "a1", "XFD1048576", "ZZZ9", "R1C1", "R", "C", "RC", "r2c3", "C12", "'quote", "Bob's plan", "end'", "''", "name with space", " lead", "2024", "1A", ".dot", "汇总", "NPL 笔记·人群·直播", "Sheet_1", "Sheet1", "Growth", "_under", "TRUE", "false", "a.b", "x".repeat(31), `${"汇".repeat(30)}'`, "Summary (2)", "Plan-A", "$A", "A!B"];
const CELLS = ["A1", "B3:B5", "Z9", "AA10", "AB12:AC13", "XFD1048576"];

describe("a sheet and its cells as a formula writes them", () => {
  it.each(HOSTILE)("%s: what joinAddress writes, readAddress reads back as the same sheet and cells", (name) => {
    for (const cells of CELLS) expect([cells, readAddress(joinAddress(name, cells))]).toEqual([cells, { sheet: name, cells }]);
  });

  it("property: any sheet name Excel allows (no []:*?/\\, not quoted at either end) and any cell survive the round trip", () => {
    const name = fc.string({ minLength: 1, maxLength: 31, unit: "grapheme" }).filter((s) => !/[[\]:*?/\\]/.test(s) && !/^'|'$/.test(s) && s.trim() === s && s.length <= 31);
    fc.assert(
      fc.property(name, fc.nat(16_383), fc.nat(1_048_575), (sheet, column, row) => {
        expect(readAddress(joinAddress(sheet, a1Of(row, column)))).toEqual({ sheet, cells: a1Of(row, column) });
      }),
    );
  });

  it("quotes what Excel would read as a cell, an R1C1 reference, a boolean or a number, and what holds more than letters, digits and _", () => {
    for (const name of ["AB12", "A1", "XFD1048576", "R1C1", "R", "C", "RC", "C12", "TRUE", "false", "2024", "name with space", "NPL 笔记·人群·直播", "Plan-A", "a.b"]) expect(sheetPrefix(name)).toBe(`'${name}'!`);
    expect(sheetPrefix("Bob's plan")).toBe("'Bob''s plan'!");
    for (const name of ["Growth", "Sheet1", "Sheet_1", "_under", "Assumptions", "Retail", "Cold", "Rx", "Cx_1"]) expect(sheetPrefix(name)).toBe(`${name}!`);
    // What we write quotes any name not of ASCII letters, digits and _, when in doubt: letters of other scripts too.
    for (const name of ["汇总", "中文", "成长期", "Ünïcödé", "Δelta", "汇总2", "Лист1", "हिन्दी", "2汇总", "汇总·1", "中文 表"]) expect(sheetPrefix(name)).toBe(`'${name}'!`);
    // A name that starts with an R1C1 reference, which Excel refuses bare (XlsxWriter's rule, from Excel's).
    for (const name of ["R2D2", "C3PO", "RC1x", "R1C1a", "C1_notes", "r12_plan"]) expect(sheetPrefix(name)).toBe(`'${name}'!`);
  });

  it("shows bare in a user's formula the names of letters Excel writes bare (中文!B5), and the rest as sheetPrefix writes them", () => {
    for (const name of ["汇总", "中文", "成长期", "汇总2", "々木", "データ", "ひらがな", "시트1", "Лист1", "Φύλλο1", "Übersicht", "Ünïcödé", "Δelta", "Growth", "Sheet_1"]) expect(shownSheetPrefix(name)).toBe(`${name}!`);
    // A combining mark (Hindi, Thai, a decomposed accent), a script not known to be written bare, a digit first, a sign, a space: quoted.
    for (const name of ["हिन्दी", "ไทย", "U\u0308ber", "עברית", "عربي", "2汇总", "汇总·1", "中文 表", "中文（1）", "汇总-1", "Bob's plan", "2026", "Q1", "R2D2", "TRUE", "AB12"]) {
      expect([name, shownSheetPrefix(name)]).toEqual([name, sheetPrefix(name)]);
      expect(shownSheetPrefix(name).startsWith("'")).toBe(true);
    }
  });

  it("never writes or shows bare a name that reads as a reference by itself", () => {
    for (const name of HOSTILE) if (!sheetPrefix(name).startsWith("'")) expect([name, readAddress(name)]).toEqual([name, undefined]);
    for (const name of HOSTILE) if (!shownSheetPrefix(name).startsWith("'")) expect([name, readAddress(name)]).toEqual([name, undefined]);
  });

  it("refuses what is not a reference", () => {
    for (const text of ["", "B3!", "'Growth!A1", "Growth!", "Growth!A0:", "A1:", "1A", "=A1", "Growth!A1B"]) expect([text, readAddress(text)]).toEqual([text, undefined]);
    expect(readAddress("B7")).toEqual({ sheet: undefined, cells: "B7" });
    expect(readAddress(" growth!$b$3:$b$5 ")).toEqual({ sheet: "growth", cells: "B3:B5" });
  });

  it("HyperFormula reads what joinAddress writes as it is, and a user's formula as shown through the doors into the engine (forEngine): each hostile sheet's own value", () => {
    const names = HOSTILE.filter((n, i) => !/^'|'$/.test(n) && !n.startsWith(" ") && !/[!$]/.test(n) && HOSTILE.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
    const sheets: Record<string, unknown[][]> = Object.fromEntries(names.map((n, i) => [n, [[i + 1]]]));
    sheets.Reader = [names.map((n) => `=${joinAddress(n, "A1")}`), names.map((n) => forEngine(`=${shownSheetPrefix(n)}A1`))];
    const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: ENGINE_CONFIG.licenseKey });
    const reader = hf.getSheetId("Reader")!;
    expect(hf.getSheetValues(reader)).toEqual([names.map((_, i) => i + 1), names.map((_, i) => i + 1)]);
  });
});

describe("A1 letters and numbers", () => {
  it("columnLetter and columnIndex are inverse, past Z and to XFD", () => {
    for (const column of [0, 25, 26, 27, 51, 52, 701, 702, 16_383]) expect(columnIndex(columnLetter(column))).toBe(column);
    expect([columnLetter(25), columnLetter(26), columnLetter(27), columnLetter(701), columnLetter(702), columnLetter(16_383)]).toEqual(["Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
    expect(parseA1(a1Of(1_048_575, 16_383))).toEqual({ row: 1_048_575, column: 16_383 });
    expect(a1Of(11, 27)).toBe("AB12");
  });
});
