/*
 * Issue 22 item 6: the rule 1 − e + g > 0 is judged on the elasticities as typed. In binary the
 * typed pair 0.7 and −0.3 leaves 1 − 0.7 + (−0.3) = 5.6 × 10⁻¹⁷, which let MARGINALCPA answer
 * 1.35 × 10¹⁸ instead of #NUM! (20 of the 99 two-decimal pairs on the edge got through, per line
 * in ALLOCATE too). The README promises "1 − e + g > 0, judged on the values as typed": more than
 * 10⁻⁹, the stated tolerance, so a pair whose margin is 0 as typed is #NUM! in every function and line.
 */
import fc from "fast-check";
import { ELASTICITIES_RULE_TEXT, ELASTICITY_MARGIN } from "../../src/core";
import { setLanguage, setWordEveryError } from "../../src/functions/boundary";
import { RED } from "../support/functions";
import { isExcelError, thrown } from "../support/cells";

const table = (e: number, g: number) => [["cpm_elasticity", e], ["cvr_elasticity", g]];
const lines = [["A"], ["B"]];
const bases = [[30], [40]];

/** Every door a pair of elasticities comes in by: the assumptions table, or a line's own columns (line A). */
const DOORS: [string, (e: number, g: number) => unknown][] = [
  ["MARGINALCPA", (e, g) => RED.MARGINALCPA([[500_000]], [[30]], table(e, g))],
  ["BUDGETCAP", (e, g) => RED.BUDGETCAP([[60]], [[30]], table(e, g))],
  ["ALLOCATE", (e, g) => RED.ALLOCATE(100_000, lines, bases, [[e], [0.3]], [[g], [0]])],
  ["REQUIREDBUDGET", (e, g) => RED.REQUIREDBUDGET(1_000, lines, bases, [[e], [0.3]], [[g], [0]])],
  ["SWEEP", (e, g) => RED.SWEEP([[100_000]], lines, bases, [[e], [0.3]], [[g], [0]])],
  ["FLIGHTPLAN", (e, g) => RED.FLIGHTPLAN(100_000, lines, bases, [[1, 1.2]], [[e], [0.3]], [[g], [0]])],
];

/** True when every cell of the answer is a finite number or text: an answer, no error anywhere. */
function answers(call: () => unknown): boolean {
  const result = call() as unknown[][];
  return result.flat().every((cell) => !isExcelError(cell) && (typeof cell !== "number" || Number.isFinite(cell)));
}

/** True when the call is refused by the pair rule (#VALUE! in its words); any other answer or error is not. */
function refusedByRule(call: () => unknown): boolean {
  try {
    call();
    return false;
  } catch (error) {
    if (!isExcelError(error)) throw error;
    const byRule = (error.message ?? "").includes(ELASTICITIES_RULE_TEXT);
    if (byRule) expect(error.code).toBe("#VALUE!");
    return byRule;
  }
}

/** The pair refused by every door with #VALUE! and the rule's words, naming cvr_elasticity. */
function expectRefusedEverywhere(e: number, g: number): void {
  for (const [name, call] of DOORS) {
    const error = thrown(() => call(e, g));
    expect([name, error.code]).toEqual([name, "#VALUE!"]);
    expect(error.message).toContain(`cvr_elasticity = ${g} is not allowed; it must be ${ELASTICITIES_RULE_TEXT}`);
  }
}

beforeEach(() => setWordEveryError(true));
afterEach(() => {
  setWordEveryError(false);
  setLanguage(undefined);
});

describe("README: 1 − e + g > 0, judged on the values as typed", () => {
  it("MARGINALCPA(500000, 30, {cpm_elasticity 0.7; cvr_elasticity −0.3}), 1 − e + g zero but for binary residue, is #VALUE! with the rule's message", () => {
    expect(1 - 0.7 + -0.3).toBeGreaterThan(0); // the binary residue the rule must see through
    const error = thrown(() => RED.MARGINALCPA([[500_000]], [[30]], table(0.7, -0.3)));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(`assumptions: cvr_elasticity = -0.3 is not allowed; it must be ${ELASTICITIES_RULE_TEXT}.`);
    setLanguage("zh");
    expect(thrown(() => RED.MARGINALCPA([[500_000]], [[30]], table(0.7, -0.3))).message).toContain(ELASTICITIES_RULE_TEXT);
  });

  it("the stated tolerance is 10⁻⁹, written into the rule's message", () => {
    expect(ELASTICITY_MARGIN).toBe(1e-9);
    expect(ELASTICITIES_RULE_TEXT).toBe("x > cpm_elasticity − 1 + 1e-9");
  });

  it("all 99 two-decimal pairs with 1 − e + g = 0 are #VALUE! in MARGINALCPA, BUDGETCAP and per line in ALLOCATE, REQUIREDBUDGET, SWEEP and FLIGHTPLAN", () => {
    for (let hundredths = 1; hundredths <= 99; hundredths++) {
      const e = hundredths / 100; // typed 0.01 … 0.99
      const g = -(100 - hundredths) / 100; // typed −0.99 … −0.01, so 1 − e + g is exactly 0
      expectRefusedEverywhere(e, g);
    }
  });

  it("a typed margin of one hundredth is accepted everywhere", () => {
    for (let hundredths = 1; hundredths <= 99; hundredths++) {
      const [e, g] = [hundredths / 100, -(99 - hundredths) / 100]; // 1 − e + g = 0.01 as typed
      for (const [name, call] of DOORS) expect([name, answers(() => call(e, g))]).toEqual([name, true]);
    }
  });

  it("property: a pair typed with up to 8 decimals is refused by the rule exactly when its margin as typed is 0 or less (from 10⁻⁸ up it passes)", () => {
    // e = n / 10^d and g = (m − 10^d) / 10^d as typed, so 1 − e + g = (m − n) / 10^d exactly, in integers.
    const typedPair = fc.integer({ min: 1, max: 8 }).chain((d) => {
      const unit = 10 ** d;
      return fc.record({
        unit: fc.constant(unit),
        n: fc.integer({ min: 1, max: unit - 1 }),
        m: fc.integer({ min: 1, max: unit - 1 }),
      });
    });
    fc.assert(
      fc.property(typedPair, ({ unit, n, m }) => {
        const e = Number(`${n}e-${Math.log10(unit)}`);
        const g = Number(`${m - unit}e-${Math.log10(unit)}`);
        const [name, call] = DOORS[(n + m) % DOORS.length];
        expect([name, e, g, refusedByRule(() => call(e, g))]).toEqual([name, e, g, m - n <= 0]);
      }),
      { numRuns: 400 },
    );
  });
});
