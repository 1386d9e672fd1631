/* HOTNOTES takes lists (issue 14, item 3): a row and a column of three notes are three notes. */
import fc from "fast-check";
import { RED } from "../support/functions";
import { codes, thrown } from "../support/cells";

const reads = [1000, 2000, 500];
const engagements = [100, 80, 60];
const jumps = [10, 30, 2];
const column = (values: unknown[]) => values.map((v) => [v]);
const row = (values: unknown[]) => [values];

describe("HOTNOTES lists are lists", () => {
  it("a column and a row of three notes give three labels, the same as three columns", () => {
    const expected = RED.HOTNOTES(column(reads), column(engagements), column(jumps));
    expect(expected).toHaveLength(3);
    expect(RED.HOTNOTES(column(reads), row(engagements), column(jumps))).toEqual(expected);
    expect(RED.HOTNOTES(row(reads), row(engagements), row(jumps))).toEqual(expected);
    expect(RED.HOTNOTES(column(reads), row(engagements), row(jumps), undefined, undefined, true)).toEqual(
      RED.HOTNOTES(column(reads), column(engagements), column(jumps), undefined, undefined, true),
    );
  });

  it("a range both tall and wide is #VALUE! naming the argument", () => {
    const error = thrown(() => RED.HOTNOTES([[1000, 2000], [500, 700]], column(engagements), column(jumps)));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("reads: give a list (one row or one column), not a 2×2 range.");
  });

  it("lists of any orientation give one label per note (property)", () => {
    const note = fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }));
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (notes, asRow) => {
        const lists = [0, 1, 2].map((i) => notes.map((n) => n[i]));
        const given = lists.map((list, i) => (asRow[i] ? row(list) : column(list)));
        const result = codes(RED.HOTNOTES(given[0], given[1], given[2]));
        expect(result).toEqual(codes(RED.HOTNOTES(column(lists[0]), column(lists[1]), column(lists[2]))));
        expect(result).toHaveLength(notes.length);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
