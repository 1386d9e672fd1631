import { DomainError, fitCpmCurve, gradeNote, noteThresholds, percentileInc, stagePlan } from "../../src/core";

describe("percentileInc (Excel's PERCENTILE.INC)", () => {
  it.each([
    [[1, 2, 3, 4], 0.75, 3.25],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0, 1],
    [[4, 1, 3, 2], 1, 4],
    [[7], 0.75, 7],
  ])("%p at %p is %p", (values, p, expected) => {
    expect(percentileInc(values, p)).toBeCloseTo(expected, 12);
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    percentileInc(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("fitCpmCurve", () => {
  it("refuses two points, and needs distinct spends", () => {
    expect(() => fitCpmCurve([1, 2], [1, 2], 1)).toThrow(DomainError);
    expect(() => fitCpmCurve([5, 5, 5], [1, 2, 3], 1)).toThrow(DomainError);
  });

  it("gives R² = 1 for flat CPMs over different spends (a perfect, flat line)", () => {
    expect(fitCpmCurve([1, 2, 3], [5, 5, 5], 2)).toEqual({ elasticity: 0, baseCpm: 5, rSquared: 1, stdError: 0, n: 3 });
  });
});

describe("notes", () => {
  it("skips notes with zero reads when setting thresholds, and a zero-reads note has no grade", () => {
    const thresholds = noteThresholds([
      { reads: 100, engagements: 10, jumps: 1 },
      { reads: 0, engagements: 0, jumps: 0 },
    ]);
    expect(thresholds).toEqual({ hotRate: 0.1, jumpRate: 0.01 });
    expect(() => gradeNote({ reads: 0, engagements: 0, jumps: 0 }, thresholds)).toThrow(DomainError);
  });

  it("uses given thresholds over the computed ones", () => {
    expect(noteThresholds([{ reads: 100, engagements: 10, jumps: 1 }], { jumpRate: 0.5 })).toEqual({ hotRate: 0.1, jumpRate: 0.5 });
  });
});

describe("stagePlan", () => {
  it("uses the nearer stage's actions between stages (halfway: the next)", () => {
    expect(stagePlan(1.4, "en").slice(2)).toEqual(stagePlan(1, "en").slice(2));
    expect(stagePlan(2.5, "en").slice(2)).toEqual(stagePlan(3, "en").slice(2));
  });
});
