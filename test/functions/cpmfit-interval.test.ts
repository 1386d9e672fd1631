/* CPMFIT's confidence argument through the entry point Excel calls, and in a real formula engine. */
import { RED } from "../support/functions";
import { loadStudentT, studentTQuantile } from "../../src/functions/statistics";
import { engine } from "../support/engine";
import { codes, expectClose, thrown } from "../support/cells";

const spends = [[100_000], [200_000], [400_000], [800_000], [600_000]];
const cpms = [[50], [62], [70], [95], [80]];
// Worked by hand from raw sums (see test/core/maths/fit-interval.test.ts).
const HAND = { elasticity: 0.28467844591676394, stdError: 0.02980476643970236, low: 0.2145369983947598, high: 0.3548198934387681 };

describe("CPMFIT with confidence", () => {
  it("waits for the statistics chunk the first time (a promise, as Excel allows), then answers at once", async () => {
    expect(studentTQuantile()).toBeUndefined();
    const first = RED.CPMFIT(spends, cpms, undefined, true, 0.9) as unknown;
    expect(first).toBeInstanceOf(Promise);
    const answered = (await first) as unknown[][];
    expect(studentTQuantile()).toBeDefined();
    const again = RED.CPMFIT(spends, cpms, undefined, true, 0.9);
    expect(again).toEqual(answered);
    expect(answered[0]).toEqual(["cpm_elasticity", "base_cpm", "r_squared", "std_error", "elasticity_low", "elasticity_high", "n"]);
    const [e, , , se, low, high, n] = answered[1] as number[];
    expectClose(e, HAND.elasticity);
    expectClose(se, HAND.stdError);
    expectClose(low, HAND.low);
    expectClose(high, HAND.high);
    expect(n).toBe(5);
  });

  it("is the fit alone, as before, when confidence is omitted or blank", async () => {
    await loadStudentT();
    const plain = RED.CPMFIT(spends, cpms);
    expect(plain[0]).toHaveLength(3);
    expect(RED.CPMFIT(spends, cpms, undefined, undefined, null as unknown as number)).toEqual(plain);
    expect(RED.CPMFIT(spends, cpms, undefined, undefined, [[null]] as unknown as number)).toEqual(plain);
  });

  it("refuses a level outside (0, 1) with #NUM!, text with #VALUE! naming the argument, and too few months with #NUM!", async () => {
    await loadStudentT();
    for (const level of [0, 1, 1.5, -0.1, 90]) expect(thrown(() => RED.CPMFIT(spends, cpms, undefined, false, level)).code).toBe("#NUM!");
    const text = thrown(() => RED.CPMFIT(spends, cpms, undefined, false, "high" as unknown as number));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toContain("confidence");
    expect(thrown(() => RED.CPMFIT([[1e5], [2e5]], [[60], [80]], undefined, false, 0.9)).code).toBe("#NUM!");
  });

  it("rejects the promise with the Excel error when the first call is wrong", async () => {
    jest.resetModules();
    // A fresh module registry: the statistics chunk has not arrived in it yet.
    const fresh = await import("../support/functions");
    const pending = fresh.RED.CPMFIT([[1e5], [2e5]], [[60], [80]], undefined, false, 0.9) as unknown as Promise<unknown>;
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toMatchObject({ code: "#NUM!" });
  });

  it("spills seven columns in a formula engine, and the band holds the fitted elasticity", async () => {
    const hf = await engine({
      History: [
        [100_000, 50, '=RED.CPMFIT(A1:A5,B1:B5,,TRUE(),0.9)'],
        [200_000, 62],
        [400_000, 70],
        [800_000, 95],
        [600_000, 80],
      ],
    });
    const sheet = hf.getSheetId("History")!;
    const row = [2, 3, 4, 5, 6, 7, 8].map((col) => hf.getCellValue({ sheet, row: 1, col }));
    expectClose(row[0], HAND.elasticity);
    expectClose(row[4], HAND.low);
    expectClose(row[5], HAND.high);
    expect(codes([row])[0][6]).toBe(5);
    hf.destroy();
  });
});
