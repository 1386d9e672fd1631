import { DomainError, gradeNote, noteThresholds, percentileInc } from "../../../src/core";

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
