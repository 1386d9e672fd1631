/*
 * Issue 24, item 3: the user-asset ladder's rates are rows of the one assumptions table. DOMAIN §9's
 * keys, spelt as it spells them (listed here by hand, not from the product); the two facts at their
 * sources' values and the rest marked, in both languages, as examples to replace; every share in
 * [0, 1] and every layer's outflows at most 1, refused naming the key; and a planner's edit reaching
 * assetLadder and ltv through readAssumptions.
 */
import fc from "fast-check";
import {
  ASSUMPTION_TABLE,
  assumptionRows,
  assetLadder,
  DEFAULT_ASSUMPTIONS,
  describe as describeError,
  DomainError,
  LADDER_RATE_KEYS,
  LadderRates,
  ltv,
  readAssumptions,
} from "../../../src/core";

/** DOMAIN §9's table, by hand: key → [is it a share, the source's value where it is a fact]. */
const DOMAIN_KEYS: Record<string, { share: boolean; fact?: number }> = {
  aware_to_interest: { share: true },
  aware_forget: { share: true },
  interest_to_buy: { share: true },
  interest_forget: { share: true },
  new_repeat: { share: true },
  new_lapse: { share: true },
  returning_order_rate: { share: false },
  returning_to_loyal: { share: true },
  returning_lapse: { share: true },
  loyal_order_multiple: { share: false, fact: 5.1 },
  loyal_lapse: { share: true },
  first_order_spill: { share: true, fact: 0.7 },
  repeat_order_spill: { share: true },
  loyal_order_spill: { share: true },
};
/** Each layer's two outflow keys (DOMAIN §9: α + φA, β + φI, ρN + χN, κ + χR ≤ 1). */
const OUTFLOW_PAIRS: [string, string][] = [
  ["aware_to_interest", "aware_forget"],
  ["interest_to_buy", "interest_forget"],
  ["new_repeat", "new_lapse"],
  ["returning_to_loyal", "returning_lapse"],
];

function refusal(rows: unknown[][]): DomainError {
  try {
    readAssumptions(rows);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the table was accepted");
}

const valueOf = (key: string) => ASSUMPTION_TABLE.find((a) => a.key === key)!.value;

describe("the ladder's rates in the assumptions table", () => {
  test("every DOMAIN §9 key is a row, spelt as DOMAIN spells it, after the curve's and the presets'", () => {
    const keys = ASSUMPTION_TABLE.map((a) => a.key);
    expect(keys.slice(0, 7)).toEqual(["ref_spend", "cpm_elasticity", "cvr_elasticity", "floor_spend", "spill_cold_start", "spill_growth", "spill_mature"]);
    expect(keys.slice(7)).toEqual(Object.keys(DOMAIN_KEYS));
    // REDDEFAULTS lists them: a header row, then one row per key with its value.
    for (const language of ["en", "zh"] as const) {
      const rows = assumptionRows(language);
      expect(rows.slice(1).map((r) => r[0])).toEqual(keys);
      expect(rows.slice(1).map((r) => r[1])).toEqual(ASSUMPTION_TABLE.map((a) => a.value));
    }
  });

  test("the facts carry their sources' values and cite them; every other value is marked as an example in both languages", () => {
    expect(valueOf("loyal_order_multiple")).toBe(5.1);
    expect(valueOf("first_order_spill")).toBe(0.7);
    // DOMAIN §9's own suggestions for the two other spills, still assumptions.
    expect(valueOf("repeat_order_spill")).toBe(0.7);
    expect(valueOf("loyal_order_spill")).toBe(0);
    const en = new Map(assumptionRows("en").map((r) => [r[0], String(r[2])]));
    const zh = new Map(assumptionRows("zh").map((r) => [r[0], String(r[2])]));
    for (const [key, { fact }] of Object.entries(DOMAIN_KEYS)) {
      if (fact !== undefined) {
        expect(en.get(key)).toMatch(/^Fact /);
        expect(zh.get(key)).toMatch(/^来源事实/);
        expect(en.get(key)).not.toMatch(/example/i);
        expect(zh.get(key)).not.toContain("示例");
      } else {
        expect(en.get(key)).toMatch(/^Example value\b.*replace it with your brand's own/);
        expect(zh.get(key)).toMatch(/^示例值.*请替换为品牌自己的/);
      }
    }
    expect(en.get("loyal_order_multiple")).toContain("5.1×");
    expect(zh.get("loyal_order_multiple")).toContain("5.1 倍");
    expect(en.get("first_order_spill")).toContain("70%");
    expect(zh.get("first_order_spill")).toContain("70%");
    // The product's own flags agree with DOMAIN's.
    for (const entry of LADDER_RATE_KEYS) expect([entry.key, entry.fact]).toEqual([entry.key, DOMAIN_KEYS[entry.key].fact !== undefined]);
  });

  test("the defaults keep their own rules, and the ladder runs on them", () => {
    expect(() => readAssumptions(assumptionRows("en"))).not.toThrow();
    expect(readAssumptions(null)).toEqual(DEFAULT_ASSUMPTIONS);
    const value = ltv(200, 12, 1, 0, DEFAULT_ASSUMPTIONS);
    expect(value).toBeGreaterThan(200);
    expect(Number.isFinite(value)).toBe(true);
  });

  test("a planner's edit reaches assetLadder and ltv through readAssumptions", () => {
    const edited = readAssumptions([["key", "value"], ["aware_to_interest", 0.25], ["Loyal Order Multiple", "3"], ["new_repeat", ""]]);
    expect(edited.awareToInterest).toBe(0.25);
    expect(edited.loyalOrderMultiple).toBe(3);
    expect(edited.newRepeat).toBe(DEFAULT_ASSUMPTIONS.newRepeat);
    // The same as rates built by hand with those two values.
    const byHand: LadderRates = { ...DEFAULT_ASSUMPTIONS, awareToInterest: 0.25, loyalOrderMultiple: 3 };
    const start = { aware: 1000, interested: 200, newCustomers: 50, returning: 20, loyal: 10 };
    expect(assetLadder(start, [500, 500, 500], 100, edited)).toEqual(assetLadder(start, [500, 500, 500], 100, byHand));
    expect(assetLadder(start, [500, 500, 500], 100, edited)).not.toEqual(assetLadder(start, [500, 500, 500], 100, DEFAULT_ASSUMPTIONS));
    expect(ltv(200, 24, 1, 0, edited)).toBe(ltv(200, 24, 1, 0, byHand));
    expect(ltv(200, 24, 1, 0, edited)).toBeLessThan(ltv(200, 24, 1, 0, DEFAULT_ASSUMPTIONS));
  });

  test.each(Object.entries(DOMAIN_KEYS))("%s out of its range is refused naming the key, in both languages", (key, { share }) => {
    const tooBig = share ? 1.0000001 : undefined;
    for (const bad of [-0.01, tooBig].filter((x): x is number => x !== undefined)) {
      const error = refusal([[key, bad]]);
      expect(error.code).toBe("ASSUMPTION_OUT_OF_RANGE");
      expect(error.details).toMatchObject({ argument: "assumptions", key });
      expect(describeError(error, "en")).toContain(`${key} = ${bad}`);
      expect(describeError(error, "zh")).toContain(`${key} = ${bad}`);
    }
    if (share) expect(readAssumptions([[key, 1], ...OUTFLOW_PAIRS.flatMap(([up, out]) => (up === key ? [[out, 0]] : out === key ? [[up, 0]] : []))])).toBeDefined();
  });

  test.each(OUTFLOW_PAIRS)("%s + %s above 1 is refused naming both keys; exactly 1 (0.3 + 0.7) is accepted", (up, out) => {
    const error = refusal([[up, 0.6], [out, 0.5]]);
    expect(error.code).toBe("ASSUMPTION_OUT_OF_RANGE");
    for (const language of ["en", "zh"] as const) {
      expect(describeError(error, language)).toContain(up);
      expect(describeError(error, language)).toContain(out);
    }
    expect(() => readAssumptions([[up, 0.3], [out, 0.7]])).not.toThrow();
  });

  test("any table is accepted exactly when every share is in [0, 1], every rate ≥ 0 and every layer's outflows ≤ 1 (property)", () => {
    const keys = Object.keys(DOMAIN_KEYS);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 5.1, 1e13))),
        (table) => {
          const k = (key: string) => table[key] ?? valueOf(key);
          const ok =
            keys.every((key) => k(key) >= 0 && (DOMAIN_KEYS[key].share ? k(key) <= 1 : k(key) <= 1e13)) &&
            OUTFLOW_PAIRS.every(([up, out]) => k(up) + k(out) <= 1);
          const rows = Object.entries(table);
          if (ok) expect(() => readAssumptions(rows)).not.toThrow();
          else {
            const error = refusal(rows);
            expect(error.code).toBe("ASSUMPTION_OUT_OF_RANGE");
            expect(keys).toContain(error.details.key);
          }
        },
      ),
      { seed: 20261205, numRuns: 500 },
    );
  });
});
