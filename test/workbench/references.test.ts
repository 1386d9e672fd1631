/* The Name Box's reading of a typed reference, and where Ctrl+arrow goes (issue 25 item 2): pure rules, no page. */
import { currentRegion, dataEdge, parseReference, parseWhole } from "../../src/workbench/references";

const sheets = ["Growth", "CPM history", "Bob's plan"];

describe("a reference typed into the Name Box", () => {
  it("reads a cell, a range, absolute marks and any case, on the sheet on screen", () => {
    expect(parseReference("B7", sheets)).toEqual({ sheet: undefined, from: { row: 6, column: 1 }, to: { row: 6, column: 1 } });
    expect(parseReference(" c3:a1 ", sheets)).toEqual({ sheet: undefined, from: { row: 0, column: 0 }, to: { row: 2, column: 2 } });
    expect(parseReference("$AA$10", sheets)?.from).toEqual({ row: 9, column: 26 });
  });

  it("reads another sheet, quoted or not, in any case, and refuses a sheet the workbook lacks", () => {
    expect(parseReference("growth!B7", sheets)?.sheet).toBe("Growth");
    expect(parseReference("'CPM history'!B5:C28", sheets)).toEqual({ sheet: "CPM history", from: { row: 4, column: 1 }, to: { row: 27, column: 2 } });
    expect(parseReference("'Bob''s plan'!A1", sheets)?.sheet).toBe("Bob's plan");
    expect(parseReference("Nowhere!A1", sheets)).toBeUndefined();
    expect(parseReference("'AB12'!Z1:AB3", ["AB12"])).toEqual({ sheet: "AB12", from: { row: 0, column: 25 }, to: { row: 2, column: 27 } });
  });

  it("refuses what is not a reference: words, row 0, beyond Excel's grid, formulas", () => {
    for (const typed of ["budget", "A0", "XFE1", "A1048577", "=A1", "", "A1:", "1A"]) expect([typed, parseReference(typed, sheets)]).toEqual([typed, undefined]);
    expect(parseReference("XFD1048576", sheets)?.from).toEqual({ row: 1_048_575, column: 16_383 });
  });
});

describe("whole columns or rows typed into the Name Box", () => {
  it("reads C:C, $A:$C, 2:2 and 3:5 (either way round, any case), on the sheet on screen or another", () => {
    expect(parseWhole("C:C", sheets)).toEqual({ sheet: undefined, kind: "columns", first: 2, last: 2 });
    expect(parseWhole(" $c:$a ", sheets)).toEqual({ sheet: undefined, kind: "columns", first: 0, last: 2 });
    expect(parseWhole("2:2", sheets)).toEqual({ sheet: undefined, kind: "rows", first: 1, last: 1 });
    expect(parseWhole("5:3", sheets)).toEqual({ sheet: undefined, kind: "rows", first: 2, last: 4 });
    expect(parseWhole("growth!B:B", sheets)).toMatchObject({ sheet: "Growth", kind: "columns", first: 1 });
    expect(parseWhole("'CPM history'!$3:$5", sheets)).toEqual({ sheet: "CPM history", kind: "rows", first: 2, last: 4 });
    expect(parseWhole("A:XFD", sheets)).toMatchObject({ first: 0, last: 16_383 });
    expect(parseWhole("1:1048576", sheets)).toMatchObject({ first: 0, last: 1_048_575 });
    expect(parseWhole("40000:40001", sheets)).toMatchObject({ kind: "rows", first: 39_999, last: 40_000 });
  });

  it("refuses rows starting past what a sheet here holds (40,000 rows), which cut to the sheet would be row 40,000, not the rows typed", () => {
    for (const typed of ["40001:40001", "1048576:1048576", "40001:1048576", "Growth!$40001:$40002"]) {
      expect([typed, parseWhole(typed, sheets), parseReference(typed, sheets)]).toEqual([typed, undefined, undefined]);
    }
  });

  it("refuses what is not whole columns or rows: a cell, row 0, past Excel's grid, a sheet the workbook lacks, junk before it", () => {
    for (const typed of ["C", "3", "C3", "A1:B2", "0:3", "A:XFE", "1:1048577", "Nowhere!C:C", "1C:C", "ABCD:A", "C:C 3", "$$C:C", "C:3", "C:C:C", "=C:C", ""]) {
      expect([typed, parseWhole(typed, sheets)]).toEqual([typed, undefined]);
    }
  });
});

describe("Ctrl+arrow", () => {
  // Column A: filled at rows 0–3 and 7–8, the sheet's data down to row 8.
  const filled = (row: number, column: number) => column === 0 && ((row >= 0 && row <= 3) || row === 7 || row === 8);
  const down = { row: 1, column: 0 };
  const last = { row: 8, column: 3 };
  it("goes to the end of a run of filled cells, then to the next filled cell, then to the edge of the data", () => {
    expect(dataEdge(filled, { row: 0, column: 0 }, down, last)).toEqual({ row: 3, column: 0 });
    expect(dataEdge(filled, { row: 3, column: 0 }, down, last)).toEqual({ row: 7, column: 0 });
    expect(dataEdge(filled, { row: 7, column: 0 }, down, last)).toEqual({ row: 8, column: 0 });
    expect(dataEdge(filled, { row: 8, column: 0 }, down, last)).toEqual({ row: 8, column: 0 });
    expect(dataEdge(filled, { row: 8, column: 0 }, { row: -1, column: 0 }, last)).toEqual({ row: 7, column: 0 });
    expect(dataEdge(filled, { row: 0, column: 1 }, down, last)).toEqual({ row: 8, column: 1 });
  });
});

describe("Ctrl+A's current region", () => {
  // A block B2:C4 with D5 touching its corner, a lone F8, the data's edge at row 9, column 6.
  const cells = new Set(["1,1", "1,2", "2,1", "2,2", "3,1", "3,2", "4,3", "7,5"]);
  const filled = (row: number, column: number) => cells.has(`${row},${column}`);
  const last = { row: 8, column: 5 };

  it("grows from a cell to the block joined to it, across a corner too, and no further", () => {
    expect(currentRegion(filled, { row: 2, column: 2 }, last)).toEqual({ from: { row: 1, column: 1 }, to: { row: 4, column: 3 } });
    expect(currentRegion(filled, { row: 4, column: 3 }, last)).toEqual({ from: { row: 1, column: 1 }, to: { row: 4, column: 3 } });
    expect(currentRegion(filled, { row: 7, column: 5 }, last)).toEqual({ from: { row: 7, column: 5 }, to: { row: 7, column: 5 } });
  });

  it("from an empty cell beside the data takes in that data; with nothing round it, none", () => {
    expect(currentRegion(filled, { row: 0, column: 0 }, last)).toEqual({ from: { row: 0, column: 0 }, to: { row: 4, column: 3 } });
    expect(currentRegion(filled, { row: 6, column: 1 }, last)).toBeUndefined();
  });
});
