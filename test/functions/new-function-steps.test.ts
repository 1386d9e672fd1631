/*
 * CONTRIBUTING.md's steps for a new function, followed literally on a throwaway one that is never
 * registered: a core function that checks its inputs with the shared rules and fails in one way
 * (DomainError), a declaration, a module-level kernel and a wrapper of one line through the
 * documented runner. The runner alone must then keep the blank, error and shape rules: a blank cell
 * is blank in its own result cell, a refused cell is its own error, a core error in one cell stays
 * in that cell, and the result broadcasts as Excel's arrays do.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed ranges as any[][] */
import { Assumptions, averageCpm, checkRule, DomainError, MONEY, PRICE } from "../../src/core";
import { Kernel, vectorised } from "../../src/functions/boundary";
import { FunctionDeclaration, optional, perCell, readersOf, required } from "../../src/functions/declarations";
import { codes, thrown } from "../support/cells";

// Step 1, the core: clean numbers in, the answer out; it fails only by DomainError.
/** The most spend CPMAT's curve is trusted for (a limit of the core, not of the reader). */
const MEASURED_UP_TO = 1e9;

/** Average CPM at a spend for a measured base CPM; refuses spends beyond where the curve was measured. */
function cpmAt(spend: number, baseCpm: number, a: Assumptions): number {
  checkRule(MONEY, spend, "spend");
  checkRule(PRICE, baseCpm, "baseCPM");
  if (spend > MEASURED_UP_TO) throw new DomainError("TOO_LARGE", { argument: "spend", value: spend, limit: MEASURED_UP_TO });
  return averageCpm(spend, baseCpm, a);
}

// Step 2, its declaration (the entry it would have in DECLARATIONS), its kernel and its wrapper.
const CPMAT: FunctionDeclaration = {
  id: "CPMAT",
  parameters: [required("spend", "money"), required("baseCPM", "price"), optional("assumptions", "assumptions")],
  result: perCell("spend", "baseCPM"),
};
const CPMAT_PARAMS = readersOf(CPMAT, "spend", "baseCPM");

/** The loop of the guide: the core once per slot, catching nothing. */
const cpmAtKernel: Kernel<Assumptions> = ([spend, base], [out], a) => {
  for (let i = 0; i < out.length; i++) out[i] = cpmAt(spend[i], base[i], a);
};

function cpmAtFn(spend: any[][], baseCPM: any[][], assumptions?: any[][]): any[][] {
  return vectorised(CPMAT_PARAMS, [spend, baseCPM], assumptions, cpmAtKernel);
}

const alone = (spend: number, base: number) => averageCpm(spend, base);

describe("a function added by CONTRIBUTING.md's steps, with a kernel that catches nothing", () => {
  it("a blank cell gives a blank in that cell only (issue 23: RED.CPMAT({1000;2000},{80;\"\"}))", () => {
    expect(cpmAtFn([[1000], [2000]], [[80], [""]])).toEqual([[alone(1000, 80)], [""]]);
    expect(cpmAtFn([[1000], [null], [3000]], [[80]])).toEqual([[alone(1000, 80)], [""], [alone(3000, 80)]]);
  });

  it.each([
    ["text", "abc", "#VALUE!"],
    ["TRUE", true, "#VALUE!"],
    ["a negative spend", -1, "#NUM!"],
  ])("a refused cell (%s) is that cell's error only", (_what, bad, code) => {
    expect(codes(cpmAtFn([[1000], [bad], [3000]], [[80]]))).toEqual([[alone(1000, 80)], [code], [alone(3000, 80)]]);
  });

  it("a refused base (0, text) is that cell's error only", () => {
    expect(codes(cpmAtFn([[1000], [2000], [3000]], [[80], [0], ["abc"]]))).toEqual([[alone(1000, 80)], ["#NUM!"], ["#VALUE!"]]);
  });

  it("an error value passed in is that cell's error only", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(codes(cpmAtFn([[1000], [na]], [[80]]))).toEqual([[alone(1000, 80)], ["#N/A"]]);
  });

  it("a core error in one cell is that cell's error, the others computed", () => {
    const result = codes(cpmAtFn([[1000], [2e9], [3000], [5e9]], [[80]]));
    expect(result).toEqual([[alone(1000, 80)], ["#NUM!"], [alone(3000, 80)], ["#NUM!"]]);
    // After cells the runner decided, a core error still lands in its own cell.
    expect(codes(cpmAtFn([[""], ["abc"], [2e9], [1000]], [[80]]))).toEqual([[""], ["#VALUE!"], ["#NUM!"], [alone(1000, 80)]]);
    // Blanks, refusals and core errors side by side, each in its own cell.
    expect(codes(cpmAtFn([[1000, 2e9], ["", "abc"]], [[80, 80], [80, 80]]))).toEqual([
      [alone(1000, 80), "#NUM!"],
      ["", "#VALUE!"],
    ]);
  });

  it("a single cell the core refuses is thrown as one error, as Excel shows it", () => {
    expect(thrown(() => cpmAtFn([[2e9]], [[80]])).code).toBe("#NUM!");
  });

  it("shapes broadcast as Excel's arrays do: a column by a row is a grid, one cell with a column is a column", () => {
    const grid = cpmAtFn([[1000], [2000]], [[80, 90, 100]]);
    expect(grid).toEqual([1000, 2000].map((s) => [80, 90, 100].map((b) => alone(s, b))));
    expect(cpmAtFn([[1000]], [[80], [90]])).toEqual([[alone(1000, 80)], [alone(1000, 90)]]);
    expect(cpmAtFn([[1000], [2000]], [[80]])).toEqual([[alone(1000, 80)], [alone(2000, 80)]]);
  });
});
