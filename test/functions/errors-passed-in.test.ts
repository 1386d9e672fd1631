/*
 * Issue 22, item 15: error values arriving from other cells. Excel lets #REF! and #NAME? into a
 * custom function but not out of one (CustomFunctions.ErrorCode), and has no code for #SPILL!,
 * #CALC!, #GETTING_DATA and the other newer errors: each becomes #VALUE! whose message names the
 * error and the argument, in English and Chinese, in its own result cell. The errors a function may
 * return (#N/A, #VALUE!, #NUM!, #DIV/0!, #NULL!) pass on unchanged. The workbench's engine hands
 * them in as Excel does.
 */
import fc from "fast-check";
import { RED } from "../support/functions";
import { setLanguage } from "../../src/functions/boundary";
import { RETURNABLE } from "../../src/functions/excel-errors";
import { ExcelErrorLike, isExcelError, thrown } from "../support/cells";
import { engine } from "../support/engine";

afterEach(() => setLanguage(undefined));

const error = (code: string) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);

/** Errors Excel may hand a function but a function cannot return. */
const NOT_RETURNABLE = ["#REF!", "#NAME?", "#SPILL!", "#CALC!", "#GETTING_DATA", "#BUSY!", "#FIELD!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!", "#EXTERNAL!"];
/** CustomFunctions.ErrorCode's output codes. */
const PASSED_ON = ["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#NULL!"];

function cellError(value: unknown): ExcelErrorLike {
  if (!isExcelError(value)) throw new Error(`expected an Excel error, got ${String(value)}`);
  return value;
}

describe("README: #REF!, #NAME?, #SPILL!, #CALC! passed in are #VALUE! (ERROR_IN_INPUT) saying which error came in from which argument", () => {
  it.each(["#REF!", "#NAME?", "#SPILL!", "#CALC!"])("%s in one cell of spend is #VALUE! naming it and spend, in that cell only", (code) => {
    setLanguage("en");
    const result = RED.AVGCPM([[200_000], [error(code)], [500_000]]);
    expect(result[0][0]).toBeCloseTo(1, 12);
    expect(result[2][0]).toBeCloseTo(1.4, 12);
    const bad = cellError(result[1][0]);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toBe(
      `spend: the error ${code} came in from this argument; Excel does not let an add-in pass ${code} on, so this shows #VALUE!. Correct the cell the ${code} comes from.`,
    );
  });

  it("in Chinese, naming the error and the argument", () => {
    setLanguage("zh");
    const bad = cellError(RED.AVGCPM([[200_000], [error("#REF!")]])[1][0]);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toBe("spend：该参数传入了错误值 #REF!；Excel 不允许加载项原样返回 #REF!，因此这里显示 #VALUE!。请修正产生 #REF! 的单元格。");
  });
});

describe("README: #N/A, #VALUE!, #NUM!, #DIV/0! and #NULL! pass on unchanged; the others are named", () => {
  it("the returnable set is CustomFunctions.ErrorCode less the input-only #REF! and #NAME?", () => {
    const outputs = Object.values(CustomFunctions.ErrorCode as Record<string, string>).filter((code) => code !== "#REF!" && code !== "#NAME?");
    expect([...RETURNABLE].sort()).toEqual(outputs.sort());
    expect([...RETURNABLE].sort()).toEqual([...PASSED_ON].sort());
  });

  it.each(PASSED_ON)("%s passes on unchanged, with no message of ours", (code) => {
    const passed = cellError(RED.AVGCPM([[200_000], [error(code)]])[1][0]);
    expect(passed.code).toBe(code);
    expect(passed.message).toBeUndefined();
  });

  it.each(NOT_RETURNABLE)("%s is #VALUE! naming it, from the second argument too", (code) => {
    const bad = cellError(RED.MARGINALCPM([[200_000], [500_000]], [[80], [error(code)]])[1][0]);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain(`baseCPM: the error ${code} came in`);
  });

  it("an error data type (Excel.CellValue) is read the same way", () => {
    const spill = { type: "Error", errorType: "Spill", basicValue: "#SPILL!" };
    const bad = cellError(RED.AVGCPM([[spill], [200_000]])[0][0]);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain("spend: the error #SPILL! came in");
  });

  it("a single-cell argument, a whole list and a stage name the argument too", () => {
    const budget = thrown(() => RED.ALLOCATE([[error("#NAME?")]], [["A"], ["B"]], [[30], [45]]));
    expect(budget.code).toBe("#VALUE!");
    expect(budget.message).toContain("budget: the error #NAME? came in");
    const spends = thrown(() => RED.CPMFIT([[200_000], [error("#REF!")], [800_000]], [[80], [90], [100]]));
    expect(spends.message).toContain("spends: the error #REF! came in");
    const stage = thrown(() => RED.SPILLSPLIT([[error("#CALC!")]], [[100]]));
    expect(stage.message).toContain("stage: the error #CALC! came in");
  });
});

describe("property: one bad cell in a range is that cell's error, and only that cell's", () => {
  const code = fc.constantFrom(...PASSED_ON, ...NOT_RETURNABLE);
  const cell = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), code.map(error));

  it("every cell is its number's result, its error passed on, or #VALUE! naming the error", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 30 }), (cells) => {
        setLanguage("en");
        const result = RED.AVGCPM(cells.map((c) => [c]));
        cells.forEach((input, row) => {
          const out = result[row][0];
          if (typeof input === "number") {
            expect(out).toBe(RED.AVGCPM([[input]])[0][0]);
            return;
          }
          const inputCode = (input as { code: string }).code;
          const got = cellError(out);
          if (PASSED_ON.includes(inputCode)) expect(got).toEqual(expect.objectContaining({ code: inputCode }));
          else {
            expect(got.code).toBe("#VALUE!");
            expect(got.message).toContain(`spend: the error ${inputCode} came in`);
          }
        });
      }),
    );
  });
});

describe("the workbench's engine hands errors in as Excel does", () => {
  it("#REF!, #NAME? and #SPILL! from other cells are #VALUE! naming them; #DIV/0! passes on", async () => {
    setLanguage("en");
    const hf = await engine({
      Sheet1: [
        [200_000, "=NoSuchSheet!A1", "=NOSUCHFUNCTION(1)", "={1,2}", "in the way", "=1/0"],
        ["=RED.AVGCPM(A1:A1)", "=RED.AVGCPM(B1)", "=RED.AVGCPM(C1)", "=RED.AVGCPM(D1)", null, "=RED.AVGCPM(F1)"],
      ],
    });
    const at = (col: number) => hf.getCellValue({ sheet: 0, row: 1, col }) as unknown;
    expect(at(0)).toBe(1);
    const message = (col: number) => (at(col) as { type: string; message: string });
    expect(message(1)).toMatchObject({ type: "VALUE", message: expect.stringContaining("spend: the error #REF! came in") });
    expect(message(2)).toMatchObject({ type: "VALUE", message: expect.stringContaining("spend: the error #NAME? came in") });
    expect(message(3)).toMatchObject({ type: "VALUE", message: expect.stringContaining("spend: the error #SPILL! came in") });
    expect(message(5)).toMatchObject({ type: "DIV_BY_ZERO" });
    hf.destroy();
  });
});
