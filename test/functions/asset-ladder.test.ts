/*
 * Issue 24 through the entry points: RED.ASSETLADDER against the test's own simulation of DOMAIN §9
 * (test/support/ladder-simulation.ts: plain loops over a table of flows, not the product's step) on
 * random stocks, rates (typed into an assumptions table), reach, first buyers and months over the
 * whole accepted range; people conserved; a cohort of n new customers earning n × RED.LTV; start as a
 * row or a column; a blank month a blank row, and the months after it; errors naming the argument; the header in both languages.
 */
import fc from "fast-check";
import { DomainError, MAX_MONEY, toCents } from "../../src/core";
import { describe as describeError } from "../../src/core/words/messages";
import { setLanguage } from "../../src/functions/boundary";
import { thrown } from "../support/cells";
import { RED } from "../support/functions";
import { EXAMPLE, Keyed, scenario, simulate, ZERO_RATES, keyed } from "../support/ladder-simulation";

afterEach(() => setLanguage(undefined));

/** The rates as a planner types them: an assumptions table of (key, value) rows under a header. */
const tableOf = (k: Keyed): unknown[][] => [["key", "value"], ...Object.entries(k)];
const column = (values: readonly unknown[]) => values.map((v) => [v]);
const num = (v: unknown) => v as number;

/** |actual − expected| within 1e-9 of `scale` (plus `cents` for a figure rounded to cents). */
function near(actual: number, expected: number, scale = Math.abs(expected), cents = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * scale + cents + 1e-300);
}

describe("RED.ASSETLADDER against the test's own simulation of DOMAIN §9", () => {
  test("one month worked by hand, with the month, orders and GMV split in cents", () => {
    const [row] = RED.ASSETLADDER([[1000, 200, 100, 50, 10]], [[500]], 100, [[20]], tableOf(EXAMPLE));
    // As test/core/asset-ladder.test.ts: A 1200, I 270, N 80, R 55, L 14.5; orders 90.4, GMV 9,040, spillover 4,900;
    // the loyal customers' 5.1 × 0.4 × 10 = 20.4 orders are 2,040 of GMV; 0.05 × 200 + 20 = 30 new customers won.
    expect(row).toHaveLength(12);
    expect(row[0]).toBe(1);
    [1200, 270, 80, 55, 14.5, 90.4].forEach((x, i) => near(num(row[i + 1]), x));
    expect(row.slice(7, 10)).toEqual([9040, 4900, 4140]);
    expect(row[10]).toBe(2040);
    near(num(row[11]), 30);
  });

  test("agrees to 1e-9 on random stocks, rates, reach, first buyers and months (whole accepted range)", () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), ({ start, months, aov, k, withDirect }, startAsRow) => {
        fc.pre(months.length > 0);
        const reach = months.map(([u]) => u);
        const direct = months.map(([, d]) => (withDirect ? d : 0));
        const expected = simulate(start, reach, direct, aov, k);
        const rows = RED.ASSETLADDER(startAsRow ? [start] : column(start), column(reach), aov, withDirect ? column(direct) : undefined, tableOf(k));
        expect(rows).toHaveLength(months.length);
        rows.forEach((row, t) => {
          const e = expected[t];
          expect(row[0]).toBe(t + 1);
          e.stocks.forEach((x, layer) => near(num(row[1 + layer]), x));
          near(num(row[6]), e.orders);
          // Past 10 trillion a month's amounts are errors (cents would not add up); the people stand.
          if (Math.abs(e.gmv - MAX_MONEY) <= 1e-9 * MAX_MONEY) return;
          if (e.gmv > MAX_MONEY) {
            for (const x of row.slice(7, 11)) expect((x as { code?: string }).code).toBe("#NUM!");
            near(num(row[11]), e.first);
            return;
          }
          // GMV and its parts are shown in cents: half a cent of rounding on top of 1e-9.
          near(num(row[7]), e.gmv, e.gmv, 0.005);
          near(num(row[8]), e.spill, e.gmv, 0.005);
          near(num(row[9]), e.closed, e.gmv, 0.01);
          near(num(row[10]), e.loyalGmv, e.gmv, 0.005);
          near(num(row[11]), e.first);
          // Spillover and closed loop add up to GMV to the cent, where cents are whole numbers in a
          // double (GMV up to MAX_MONEY, 10 trillion; past 2^53 cents no sum is exact).
          if (num(row[7]) <= MAX_MONEY) expect(toCents(num(row[8])) + toCents(num(row[9]))).toBe(toCents(num(row[7])));
          for (const x of row) expect(Number.isFinite(x) && num(x) >= 0).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("people are conserved: each month the total changes by reach + first buyers − those who forget or lapse", () => {
    fc.assert(
      fc.property(scenario, ({ start, months, aov, k }) => {
        fc.pre(months.length > 0);
        const reach = months.map(([u]) => u);
        const direct = months.map(([, d]) => d);
        const expected = simulate(start, reach, direct, aov, k);
        const rows = RED.ASSETLADDER(column(start), column(reach), aov, column(direct), tableOf(k));
        let before = start.reduce((a, b) => a + b, 0);
        rows.forEach((row, t) => {
          const total = row.slice(1, 6).reduce((a: number, b) => a + num(b), 0);
          near(total - before, reach[t] + direct[t] - expected[t].left, before + reach[t] + direct[t]);
          before = total;
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("GMV = LTV × users, through the entry points", () => {
  test("n new customers at the start: their first orders + H months of ASSETLADDER's GMV = n × RED.LTV(aov, H)", () => {
    fc.assert(
      fc.property(keyed, fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 100_000 }), (k, n, months, cents) => {
        const aov = cents / 100;
        const table = tableOf(k);
        const rows = RED.ASSETLADDER(column([0, 0, n, 0, 0]), column(new Array(months).fill(0)), aov, undefined, table);
        // Past 10 trillion an amount is its cell's #NUM! (cents would not add up): a month's GMV, or LTV
        // itself (thrown, as the call's only cell).
        let value: unknown;
        try {
          [[value]] = RED.LTV([[aov]], [[months]], undefined, undefined, table);
        } catch (error) {
          value = error;
        }
        const amounts = [value, ...rows.map((row) => row[7])];
        if (amounts.some((x) => typeof x !== "number")) {
          for (const x of amounts) if (typeof x !== "number") expect((x as { code: string }).code).toBe("#NUM!");
          return;
        }
        const gmv = aov * n + rows.reduce((sum, row) => sum + num(row[7]), 0);
        // Each month's GMV and LTV are in cents: half a cent each month, n half-cents for LTV.
        near(n * num(value), gmv, gmv, 0.005 * (months + n));
      }),
      { numRuns: 200 },
    );
  });

  test("RED.LTV worked by hand: half the new customers repeat, returning customers order once a month", () => {
    const table = tableOf({ ...ZERO_RATES, new_repeat: 0.5, new_lapse: 0.5, returning_order_rate: 1 });
    expect(RED.LTV([[200]], [[2]], undefined, undefined, table)).toEqual([[400]]);
    // 200 × 0.5 × (1 + 0.5/1.1 + 0.5/1.21) = 186.776…, in cents
    expect(RED.LTV([[200]], [[2]], [[0.5]], [[0.1]], table)).toEqual([[186.78]]);
    // months blank is a year; 0 months is the first order alone
    expect(RED.LTV([[200]], undefined, undefined, undefined, table)).toEqual(RED.LTV([[200]], [[12]], undefined, undefined, table));
    expect(RED.LTV([[200]], [[0]], [[0.4]], undefined, table)).toEqual([[80]]);
  });

  test("RED.LTV is one answer per cell: ranges broadcast, a blank is blank, a bad margin its own #NUM!", () => {
    const out = RED.LTV(column([200, "", 200]), [[0, 12]], column([1, 1, 1.5]));
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBe(200);
    expect(num(out[0][1])).toBeGreaterThan(200);
    expect(out[1]).toEqual(["", ""]);
    expect((out[2][0] as { code: string }).code).toBe("#NUM!");
    expect(thrown(() => RED.LTV([[200]], [[1e6]])).code).toBe("#NUM!");
  });

  test("an amount past 10 trillion is that cell's #NUM! naming aov (cents would no longer add up), never a rounded figure", () => {
    // LTV of 1e13 is the first order alone at months 0: exactly the limit, still an answer.
    expect(RED.LTV([[MAX_MONEY]], [[0]])).toEqual([[MAX_MONEY]]);
    const out = RED.LTV(column([MAX_MONEY, 150]), [[12]]);
    expect((out[0][0] as { code: string }).code).toBe("#NUM!");
    expect(num(out[1][0])).toBeCloseTo(394.63, 2);
    // ASSETLADDER: a month whose GMV passes the limit has its three amounts as errors, its people as numbers.
    const rows = RED.ASSETLADDER([[0, 0, 0, 0, 0]], column([1, 1]), MAX_MONEY, column([0, 2]));
    expect(rows[0].slice(7)).toEqual([0, 0, 0, 0, 0]);
    expect(rows[1][3]).toBeCloseTo(2, 9);
    for (const x of rows[1].slice(7, 11)) expect((x as { code: string }).code).toBe("#NUM!");
    expect(rows[1][11]).toBeCloseTo(2, 9);
    // Excel shows no message on #NUM!; where one is shown (the workbench), it names aov in both languages.
    const error = new DomainError("RESULT_TOO_LARGE", { argument: "aov", value: 2e13, limit: MAX_MONEY });
    expect(describeError(error, "en")).toMatch(/^aov: .*above the limit of 10,000,000,000,000/);
    expect(describeError(error, "zh")).toMatch(/^aov：.*超过上限/);
  });
});

describe("RED.ASSETLADDER's shapes, blanks and errors", () => {
  const start = [[20_000, 3_000, 400, 150, 60]];

  test("start as a row or a column is the same ladder", () => {
    expect(RED.ASSETLADDER(column(start[0]), column([1000, 2000]), 150)).toEqual(RED.ASSETLADDER(start, column([1000, 2000]), 150));
    expect(RED.ASSETLADDER(start, [[1000, 2000]], 150)).toEqual(RED.ASSETLADDER(start, column([1000, 2000]), 150));
  });

  test("a blank month is a blank row and so is every month after it — never a month skipped, its first buyers dropped; a blank aov is blank", () => {
    const gap = RED.ASSETLADDER(start, column([1000, "", 2000, 3000, null, null]), 150, column([5, 6, 7, 8, 9, 10]));
    const none = RED.ASSETLADDER(start, column([1000]), 150, column([5]));
    expect(gap).toHaveLength(6);
    expect(gap[0]).toEqual(none[0]);
    for (const row of gap.slice(1)) expect(row).toEqual(Array(12).fill(""));
    // A blank first month: nothing to build on.
    expect(RED.ASSETLADDER(start, column(["", 1000]), 150)).toEqual([Array(12).fill(""), Array(12).fill("")]);
    // A blank last month beside its first buyers: the months before it, then a blank row (not a size mismatch).
    const last = RED.ASSETLADDER(start, column([1000, 2000, ""]), 150, column([7, 8, 9]));
    expect(last.slice(0, 2)).toEqual(RED.ASSETLADDER(start, column([1000, 2000]), 150, column([7, 8])));
    expect(last[2]).toEqual(Array(12).fill(""));
    expect(RED.ASSETLADDER(start, column([1000]), "")).toEqual([[""]]);
    expect(RED.ASSETLADDER(start, column([null, null]), 150)).toEqual([[""]]);
  });

  test("firstBuyers: one value for every month, or one per month; blank means 0", () => {
    expect(RED.ASSETLADDER(start, column([1000, 2000]), 150, [[50]])).toEqual(RED.ASSETLADDER(start, column([1000, 2000]), 150, column([50, 50])));
    expect(RED.ASSETLADDER(start, column([1000, 2000]), 150, column([0, ""]))).toEqual(RED.ASSETLADDER(start, column([1000, 2000]), 150));
  });

  test("errors name the argument", () => {
    for (const bad of [[[1, 2, 3, 4]], [[1, 2, "", 4, 5]], [[1, 2, 3, 4, 5, 6]]]) {
      const e = thrown(() => RED.ASSETLADDER(bad, column([1000]), 150));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/^start: give five counts/);
    }
    const mismatch = thrown(() => RED.ASSETLADDER(start, column([1000, 2000]), 150, column([1, 2, 3])));
    expect(mismatch.code).toBe("#N/A");
    expect(mismatch.message).toMatch(/firstBuyers|reach/);
    expect(thrown(() => RED.ASSETLADDER(start, column([1000, -1]), 150)).code).toBe("#NUM!");
    expect(thrown(() => RED.ASSETLADDER(start, column([1000]), -150)).code).toBe("#NUM!");
    const outflows = thrown(() => RED.ASSETLADDER(start, column([1000]), 150, undefined, [["aware_to_interest", 0.8], ["aware_forget", 0.3]]));
    // #VALUE!, so that Excel shows the message naming the key.
    expect(outflows.code).toBe("#VALUE!");
    expect(outflows.message).toContain("aware_forget");
  });

  test("labels TRUE adds a header row in the planner's language", () => {
    const [header, first] = RED.ASSETLADDER(start, column([1000]), 150, undefined, undefined, true);
    expect(header).toEqual(["month", "aware", "interested", "new customers", "returning", "loyal", "orders", "GMV", "spillover GMV", "closed-loop GMV", "loyal GMV", "new customers won"]);
    expect(first).toEqual(RED.ASSETLADDER(start, column([1000]), 150)[0]);
    setLanguage("zh");
    expect(RED.ASSETLADDER(start, column([1000]), 150, undefined, undefined, true)[0]).toEqual(["月份", "了解", "兴趣", "新客", "老客", "亲密", "订单", "GMV", "外溢 GMV", "闭环 GMV", "亲密用户 GMV", "新增新客"]);
  });
});
