/*
 * A line's row is named and filled, or blank: never half of it (found by an outside probe). A named
 * line with a blank base CPA made the whole of ALLOCATE one #NUM! with no message; a row with a base
 * CPA but no name was left out without a word, so the cheapest line got nothing. Both are #VALUE!
 * with a message naming the line or row, alike in the four functions that read lines.
 */
import { setLanguage } from "../../src/functions/boundary";
import { RED } from "../support/functions";
import { thrown } from "../support/cells";

type Reader = (lines: unknown[][], baseCPA: unknown[][], rest?: unknown[][][]) => unknown;
const readers: [string, Reader][] = [
  ["ALLOCATE", (l, b, r = []) => (RED.ALLOCATE as (...a: unknown[]) => unknown)(1_000_000, l, b, ...r)],
  ["REQUIREDBUDGET", (l, b, r = []) => (RED.REQUIREDBUDGET as (...a: unknown[]) => unknown)(10_000, l, b, ...r)],
  ["SWEEP", (l, b, r = []) => (RED.SWEEP as (...a: unknown[]) => unknown)([[500_000], [1_000_000]], l, b, ...r)],
  ["FLIGHTPLAN", (l, b, r = []) => (RED.FLIGHTPLAN as (...a: unknown[]) => unknown)(1_000_000, l, b, [[1, 1, 1]], ...r)],
];

afterEach(() => setLanguage(undefined));

describe.each(readers)("%s", (_, call) => {
  it("a named line with a blank base CPA is #VALUE! naming the line, in English and Chinese", () => {
    for (const blank of ["", null, "   "]) {
      const error = thrown(() => call([["a"], ["b"], ["c"]], [[40], [blank], [60]]));
      expect([error.code, error.message]).toEqual(["#VALUE!", 'baseCPA: line "b" has none. Every named line needs one; clear the whole row to leave the line out.']);
    }
    setLanguage("zh");
    expect(thrown(() => call([["a"], ["b"]], [[40], [null]])).message).toContain("投放线 \"b\" 缺少此值");
  });

  it("a row with a base CPA, an elasticity or a bound but no name is #VALUE! naming the row, never left out", () => {
    const error = thrown(() => call([["a"], [""], ["c"]], [[40], [25], [60]]));
    expect([error.code, error.message]).toEqual(["#VALUE!", "lines: row 2 has no name, but its baseCPA is filled in. Name the line, or clear the row; a line without a name is not left out silently."]);
    // Its elasticity or bound alone (base CPA blank too) is a row half filled in as well.
    const elasticity = thrown(() => call([["a"], [null], ["c"]], [[40], [null], [60]], [[[0.6], [0.7], [0.6]]]));
    expect(elasticity.message).toMatch(/^lines: row 2 has no name, but its cpmElasticity is filled in/);
  });

  it("a wholly blank row stays a blank row, and one value for every line still serves every line", () => {
    expect(() => call([["a"], [null], ["c"]], [[40], [null], [60]])).not.toThrow();
    expect(() => call([["a"], [null], ["c"]], [[40]])).not.toThrow();
  });
});
