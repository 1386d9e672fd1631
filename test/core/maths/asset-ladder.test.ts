/*
 * Issue 24, the core of DOMAIN §9: the user-asset ladder and LTV. The reference is a simulation of
 * the test's own, shaped differently from the product's step: people move along an explicit table of
 * flows (from layer, to layer or out, the share's key), each layer keeps what the table does not
 * move out of it, and orders are counted from the flows that make them. It agrees with assetLadder
 * and ltv on random stocks, rates and months drawn from the whole accepted range; people are
 * conserved; and a cohort of n new customers earns n × LTV.
 */
import fc from "fast-check";
import { assetLadder, LADDER_RATE_KEYS, ltv, MAX_HORIZON_MONTHS, MAX_MONEY } from "../../../src/core";
import { describe as describeError } from "../../../src/core/words/messages";
import { thrownBy } from "../../support/cent-conversions";
import { AWARE, INTERESTED, NEW, RETURNING, LOYAL, simulate, ratesOf, stocksOf, stockList, ZERO_RATES, EXAMPLE, expectClose, keyed, scenario } from "../../support/ladder-simulation";

// ---- Tests ---------------------------------------------------------------------------------------

describe("assetLadder against the test's own flow-table simulation", () => {
  test("one month worked by hand (DOMAIN §9's recurrences)", () => {
    const [m] = assetLadder(stocksOf([1000, 200, 100, 50, 10]), [500], 100, ratesOf(EXAMPLE), [20]);
    // A = 0.7·1000 + 500; I = 0.85·200 + 0.1·1000; N = 0.5·100 + 0.05·200 + 20; R = 0.7·50 + 0.2·100; L = 0.95·10 + 0.1·50
    expectClose(m.aware, 1200);
    expectClose(m.interested, 270);
    expectClose(m.newCustomers, 80);
    expectClose(m.returning, 55);
    expectClose(m.loyal, 14.5);
    // first 10 + 20, repeat 0.2·100 + 0.4·50, loyal 5.1·0.4·10
    expectClose(m.orders, 30 + 40 + 20.4);
    expectClose(m.gmv, 9040);
    expectClose(m.spilloverGmv, 100 * (0.7 * 30 + 0.7 * 40));
    expectClose(m.closedLoopGmv, 9040 - 4900);
  });

  test("agrees to 1e-9 relative on random stocks, rates, reach, first buyers and months", () => {
    fc.assert(
      fc.property(scenario, ({ start, months, aov, k, withDirect }) => {
        const reach = months.map(([u]) => u);
        const direct = months.map(([, d]) => (withDirect ? d : 0));
        const expected = simulate(start, reach, direct, aov, k);
        const actual = assetLadder(stocksOf(start), reach, aov, ratesOf(k), withDirect ? direct : undefined);
        expect(actual).toHaveLength(months.length);
        actual.forEach((m, t) => {
          const e = expected[t];
          stockList(m).forEach((x, layer) => expectClose(x, e.stocks[layer]));
          expectClose(m.orders, e.orders);
          expectClose(m.gmv, e.gmv);
          expectClose(m.spilloverGmv, e.spill);
          // Closed loop is GMV − spillover, a difference: the simulation sums it from (1 − s) shares,
          // so the two agree to 1e-9 of the GMV they are parts of.
          expectClose(m.closedLoopGmv, e.closed, e.gmv);
          expect(m.closedLoopGmv).toBe(m.gmv - m.spilloverGmv);
          for (const x of [...stockList(m), m.orders, m.gmv, m.spilloverGmv]) expect(x).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 500 },
    );
  });

  test("ltv agrees with the simulation's discounted repeat orders of one new customer", () => {
    fc.assert(
      fc.property(
        keyed,
        fc.integer({ min: 0, max: 120 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
        (k, months, aov, margin, discount) => {
          const sim = simulate([0, 0, 1, 0, 0], new Array(months).fill(0), new Array(months).fill(0), aov, k);
          const repeats = sim.reduce((sum, m, t) => sum + m.repeat / Math.pow(1 + discount, t + 1), 0);
          expectClose(ltv(aov, months, margin, discount, ratesOf(k)), aov * margin * (1 + repeats));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("people are conserved", () => {
  test("each month the total changes by reach + direct buyers − forget and lapse outflows", () => {
    fc.assert(
      fc.property(scenario, ({ start, months, aov, k }) => {
        const reach = months.map(([u]) => u);
        const direct = months.map(([, d]) => d);
        const ladder = assetLadder(stocksOf(start), reach, aov, ratesOf(k), direct);
        let before = [...start];
        ladder.forEach((m, t) => {
          const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          const left =
            k.aware_forget * before[AWARE] +
            k.interest_forget * before[INTERESTED] +
            k.new_lapse * before[NEW] +
            k.returning_lapse * before[RETURNING] +
            k.loyal_lapse * before[LOYAL];
          // A difference of totals: exact to 1e-9 of the people in play this month.
          expectClose(total(stockList(m)) - total(before), reach[t] + direct[t] - left, total(before) + reach[t] + direct[t]);
          before = stockList(m);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("GMV = LTV × users (DOMAIN §9)", () => {
  // DOMAIN: "A cohort of n new customers left alone earns n × LTV (m = 1, δ = 0)". LTV counts the first
  // order (the 1 in 1 + Σ repeat_t); customers who start the ladder as N0 = n made it before month 1.
  test("n new customers at the start: aov·n for their first orders + H months' GMV = n × LTV(H)", () => {
    fc.assert(
      fc.property(keyed, fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1e5, noNaN: true }), (k, n, months, aov) => {
        const ladder = assetLadder(stocksOf([0, 0, n, 0, 0]), new Array(months).fill(0), aov, ratesOf(k));
        const gmv = aov * n + ladder.reduce((sum, m) => sum + m.gmv, 0);
        expectClose(gmv, n * ltv(aov, months, 1, 0, ratesOf(k)));
      }),
      { numRuns: 300 },
    );
  });

  test("n first buyers won in month 1 from an empty ladder: H + 1 months' GMV = n × LTV(H)", () => {
    fc.assert(
      fc.property(keyed, fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1e5, noNaN: true }), (k, n, months, aov) => {
        const direct = [n, ...new Array(months).fill(0)];
        const ladder = assetLadder(stocksOf([0, 0, 0, 0, 0]), new Array(months + 1).fill(0), aov, ratesOf(k), direct);
        expectClose(
          ladder.reduce((sum, m) => sum + m.gmv, 0),
          n * ltv(aov, months, 1, 0, ratesOf(k)),
        );
      }),
      { numRuns: 300 },
    );
  });

  test("ltv worked by hand: half the new customers repeat, returning customers order once a month", () => {
    const k = { ...ZERO_RATES, new_repeat: 0.5, new_lapse: 0.5, returning_order_rate: 1 };
    // month 1: 0.5 repeat orders (N0 = 1), R1 = 0.5; month 2: ρR·R1 = 0.5
    expectClose(ltv(200, 2, 1, 0, ratesOf(k)), 200 * 2);
    expectClose(ltv(200, 2, 0.5, 0.1, ratesOf(k)), 200 * 0.5 * (1 + 0.5 / 1.1 + 0.5 / 1.21));
  });
});

describe("edges", () => {
  test("all rates 0: reach piles up as aware, direct buyers as new customers, orders are the direct buyers", () => {
    const ladder = assetLadder(stocksOf([5, 6, 7, 8, 9]), [10, 20, 30], 50, ratesOf(ZERO_RATES), [1, 2, 3]);
    expect(ladder.map(stockList)).toEqual([
      [15, 6, 8, 8, 9],
      [35, 6, 10, 8, 9],
      [65, 6, 13, 8, 9],
    ]);
    expect(ladder.map((m) => [m.orders, m.gmv, m.spilloverGmv, m.closedLoopGmv])).toEqual([
      [1, 50, 0, 50],
      [2, 100, 0, 100],
      [3, 150, 0, 150],
    ]);
  });

  test("every up share 1: people climb one layer a month and the loyal stay", () => {
    const k = { ...ZERO_RATES, aware_to_interest: 1, interest_to_buy: 1, new_repeat: 1, returning_to_loyal: 1 };
    const ladder = assetLadder(stocksOf([7, 0, 0, 0, 0]), [0, 0, 0, 0, 0], 1, ratesOf(k));
    expect(ladder.map(stockList)).toEqual([
      [0, 7, 0, 0, 0],
      [0, 0, 7, 0, 0],
      [0, 0, 0, 7, 0],
      [0, 0, 0, 0, 7],
      [0, 0, 0, 0, 7],
    ]);
    // A first order in month 2 and a repeat in month 3 (ρN); with ρR = 0 nothing after
    expect(ladder.map((m) => m.orders)).toEqual([0, 7, 7, 0, 0]);
  });

  test("every out share 1: everyone leaves in a month; spill 1 makes it all spillover", () => {
    const k = { ...ZERO_RATES, aware_forget: 1, interest_forget: 1, new_lapse: 1, returning_lapse: 1, loyal_lapse: 1, first_order_spill: 1 };
    const [m] = assetLadder(stocksOf([1, 2, 3, 4, 5]), [0], 10, ratesOf(k), [4]);
    expect(stockList(m)).toEqual([0, 0, 4, 0, 0]);
    expect([m.gmv, m.spilloverGmv, m.closedLoopGmv]).toEqual([40, 40, 0]);
  });

  test("outflows adding to exactly 1 as typed are accepted (every two-decimal and three-decimal pair), no stock goes negative", () => {
    for (const scale of [100, 1000]) {
      for (let i = 0; i <= scale; i++) {
        const up = i / scale;
        const out = (scale - i) / scale;
        const k = { ...EXAMPLE, aware_to_interest: up, aware_forget: out, interest_to_buy: up, interest_forget: out, new_repeat: up, new_lapse: out, returning_to_loyal: up, returning_lapse: out };
        for (const m of assetLadder(stocksOf([1e12, 1e12, 1e12, 1e12, 1e12]), [1, 1], 1, ratesOf(k))) {
          for (const x of stockList(m)) expect(x).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  test.each([
    ["awareToInterest", "awareForget", "aware_forget", "aware_to_interest"],
    ["interestToBuy", "interestForget", "interest_forget", "interest_to_buy"],
    ["newRepeat", "newLapse", "new_lapse", "new_repeat"],
    ["returningToLoyal", "returningLapse", "returning_lapse", "returning_to_loyal"],
  ] as const)("%s + %s = 1 + 1e-12 is refused, the message naming both keys", (up, out, outKey, upKey) => {
    const rates = { ...ratesOf(EXAMPLE), [up]: 0.5, [out]: 0.5 + 1e-12 };
    for (const call of [() => assetLadder(stocksOf([1, 1, 1, 1, 1]), [1], 1, rates), () => ltv(1, 12, 1, 0, rates)]) {
      const error = thrownBy(call);
      expect(error.code).toBe("ASSUMPTION_OUT_OF_RANGE");
      expect(error.details).toMatchObject({ argument: "assumptions", key: outKey });
      for (const language of ["en", "zh"] as const) {
        const message = describeError(error, language);
        expect(message).toContain(outKey);
        expect(message).toContain(upKey);
      }
    }
    // and exactly 1 is accepted
    expect(() => assetLadder(stocksOf([1, 1, 1, 1, 1]), [1], 1, { ...rates, [out]: 0.5 })).not.toThrow();
  });

  test("0 months: no rows, and an LTV of the first order alone; 1 month: one step", () => {
    expect(assetLadder(stocksOf([1, 2, 3, 4, 5]), [], 10, ratesOf(EXAMPLE))).toEqual([]);
    expect(assetLadder(stocksOf([1, 2, 3, 4, 5]), [], 10, ratesOf(EXAMPLE), [])).toEqual([]);
    expect(ltv(200, 0, 0.4, 0.01, ratesOf(EXAMPLE))).toBe(80);
    // one month: the new customer repeats with ρN (0.2); nobody is returning or loyal yet
    expectClose(ltv(200, 1, 1, 0, ratesOf(EXAMPLE)), 200 * 1.2);
    expect(assetLadder(stocksOf([1, 2, 3, 4, 5]), [6], 10, ratesOf(EXAMPLE))).toHaveLength(1);
  });

  test("a fraction of a month is dropped, as Excel drops it", () => {
    expect(ltv(200, 2.9, 1, 0, ratesOf(EXAMPLE))).toBe(ltv(200, 2, 1, 0, ratesOf(EXAMPLE)));
    expect(ltv(200, MAX_HORIZON_MONTHS, 1, 0.01, ratesOf(EXAMPLE))).toBeGreaterThan(0);
  });

  test("huge counts (1e12 people, 10 trillion the most) stay finite and conserved", () => {
    const ladder = assetLadder(stocksOf([1e12, 1e12, 1e12, 1e12, 1e12]), new Array(120).fill(MAX_MONEY), 1e4, ratesOf(EXAMPLE), new Array(120).fill(1e12));
    for (const m of ladder) for (const x of [...stockList(m), m.orders, m.gmv, m.spilloverGmv, m.closedLoopGmv]) expect(Number.isFinite(x)).toBe(true);
  });

  test("first buyers omitted, undefined, or blank months all mean none", () => {
    const start = stocksOf([100, 50, 20, 10, 5]);
    const none = assetLadder(start, [10, 10, 10], 30, ratesOf(EXAMPLE));
    expect(assetLadder(start, [10, 10, 10], 30, ratesOf(EXAMPLE), undefined)).toEqual(none);
    expect(assetLadder(start, [10, 10, 10], 30, ratesOf(EXAMPLE), [undefined, undefined, undefined])).toEqual(none);
    expect(assetLadder(start, [10, 10, 10], 30, ratesOf(EXAMPLE), [0, 0, 0])).toEqual(none);
    const some = assetLadder(start, [10, 10, 10], 30, ratesOf(EXAMPLE), [undefined, 4, undefined]);
    expect(some).toEqual(assetLadder(start, [10, 10, 10], 30, ratesOf(EXAMPLE), [0, 4, 0]));
  });

  test("does not mutate its inputs", () => {
    const start = Object.freeze(stocksOf([100, 50, 20, 10, 5]));
    const reach = Object.freeze([1, 2, 3]);
    const direct = Object.freeze([3, 2, 1]);
    const rates = Object.freeze(ratesOf(EXAMPLE));
    expect(() => assetLadder(start, reach, 10, rates, direct)).not.toThrow();
    expect(() => ltv(10, 12, 0.5, 0.01, rates)).not.toThrow();
  });
});

describe("the rates' keys", () => {
  test("one key per rate, DOMAIN §9's keys, each naming its own field", () => {
    expect(LADDER_RATE_KEYS.map((entry) => entry.key).sort()).toEqual(Object.keys(EXAMPLE).sort());
    const fields = ratesOf(Object.fromEntries(Object.keys(EXAMPLE).map((key, i) => [key, i])));
    for (const { key, field } of LADDER_RATE_KEYS) expect([key, fields[field]]).toEqual([key, Object.keys(EXAMPLE).indexOf(key)]);
  });
});

describe("refusals: a DomainError with its code and argument", () => {
  const rates = ratesOf(EXAMPLE);
  const start = stocksOf([1, 1, 1, 1, 1]);

  test.each([
    ["start NaN", () => assetLadder({ ...start, loyal: NaN }, [1], 1, rates), "NOT_A_NUMBER", "start"],
    ["start negative", () => assetLadder({ ...start, aware: -1 }, [1], 1, rates), "NEGATIVE", "start"],
    ["start above 10 trillion", () => assetLadder({ ...start, returning: 2e13 }, [1], 1, rates), "TOO_LARGE", "start"],
    ["reach negative", () => assetLadder(start, [1, -1], 1, rates), "NEGATIVE", "reach"],
    ["reach NaN", () => assetLadder(start, [NaN], 1, rates), "NOT_A_NUMBER", "reach"],
    ["reach Infinity", () => assetLadder(start, [Infinity], 1, rates), "TOO_LARGE", "reach"],
    ["first buyers negative", () => assetLadder(start, [1], 1, rates, [-2]), "NEGATIVE", "firstBuyers"],
    ["first buyers not one per month", () => assetLadder(start, [1, 1], 1, rates, [1]), "SIZE_MISMATCH", "firstBuyers"],
    ["aov negative", () => assetLadder(start, [1], -0.01, rates), "NEGATIVE", "aov"],
    ["aov above 10 trillion", () => assetLadder(start, [1], 1e14, rates), "TOO_LARGE", "aov"],
    ["aov NaN", () => ltv(NaN, 12, 1, 0, rates), "NOT_A_NUMBER", "aov"],
    ["months negative", () => ltv(1, -1, 1, 0, rates), "NEGATIVE", "months"],
    ["months above the horizon", () => ltv(1, MAX_HORIZON_MONTHS + 1, 1, 0, rates), "TOO_LARGE", "months"],
    ["months NaN", () => ltv(1, NaN, 1, 0, rates), "NOT_A_NUMBER", "months"],
    ["margin above 1", () => ltv(1, 12, 1.5, 0, rates), "TOO_LARGE", "margin"],
    ["margin negative", () => ltv(1, 12, -0.1, 0, rates), "NEGATIVE", "margin"],
    ["discount negative", () => ltv(1, 12, 1, -0.01, rates), "NEGATIVE", "monthlyDiscount"],
    ["discount NaN", () => ltv(1, 12, 1, NaN, rates), "NOT_A_NUMBER", "monthlyDiscount"],
  ])("%s", (_name, call, code, argument) => {
    const error = thrownBy(call);
    expect(error.code).toBe(code);
    expect(error.details.argument).toBe(argument);
  });

  const SHARE_KEYS = Object.keys(EXAMPLE).filter((key) => key !== "returning_order_rate" && key !== "loyal_order_multiple");
  test.each(SHARE_KEYS.flatMap((key) => [-0.1, 1.1, NaN].map((value) => [key, value] as const)))("share %s = %s is refused naming the key", (key, value) => {
    const k = { ...ZERO_RATES, [key]: value };
    for (const call of [() => assetLadder(start, [1], 1, ratesOf(k)), () => ltv(1, 12, 1, 0, ratesOf(k))]) {
      const error = thrownBy(call);
      expect(error.code).toBe("ASSUMPTION_OUT_OF_RANGE");
      expect(error.details).toMatchObject({ argument: "assumptions", key, limit: "0 ≤ x ≤ 1" });
      expect(describeError(error)).toContain(key);
    }
  });

  test.each(["returning_order_rate", "loyal_order_multiple"])("order rate %s below 0 is refused; above 1 is accepted", (key) => {
    const error = thrownBy(() => assetLadder(start, [1], 1, ratesOf({ ...EXAMPLE, [key]: -0.5 })));
    expect(error.code).toBe("ASSUMPTION_OUT_OF_RANGE");
    expect(error.details).toMatchObject({ argument: "assumptions", key });
    expect(() => assetLadder(start, [1], 1, ratesOf({ ...EXAMPLE, [key]: 7 }))).not.toThrow();
  });
});
