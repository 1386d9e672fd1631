/* Typed and stored formula forms: Excel's `_xldudf_RED_X` and `_xlfn.` names, and back. */
import { FUTURE_FUNCTIONS, toStoredFormula, toTypedFormula, typedNamesIn } from "../../src/template/formula-form";

describe("toStoredFormula", () => {
  it("writes a custom function as Excel stores it: _xldudf_ + namespace + _ + name", () => {
    expect(toStoredFormula("RED.BUDGETCAP($B$6,$B$5,Assumptions!$A$1:$B$8)")).toBe("_xldudf_RED_BUDGETCAP($B$6,$B$5,Assumptions!$A$1:$B$8)");
    expect(toStoredFormula("red.avgcpm(B10,80)")).toBe("_xldudf_RED_AVGCPM(B10,80)");
  });

  it("prefixes functions newer than Excel 2007 with _xlfn. (FILTER and SORT with _xlfn._xlws.), and only those", () => {
    expect(toStoredFormula("PERCENTILE.INC(E2:E9,0.75)")).toBe("_xlfn.PERCENTILE.INC(E2:E9,0.75)");
    expect(toStoredFormula("SUM(B10:B21)+MEDIAN(F2:F9)+COUNTIF(I10:I21,\"x\")")).toBe("SUM(B10:B21)+MEDIAN(F2:F9)+COUNTIF(I10:I21,\"x\")");
    expect(toStoredFormula("FILTER(A1:A9,B1:B9>0)")).toBe("_xlfn._xlws.FILTER(A1:A9,B1:B9>0)");
    expect(toStoredFormula("IFS(A1>1,RED.AVGCPM(A1),TRUE,0)")).toBe("_xlfn.IFS(A1>1,_xldudf_RED_AVGCPM(A1),TRUE,0)");
  });

  it("leaves text in quotes and quoted sheet names alone", () => {
    expect(toStoredFormula('IF(A1="RED.X(1)","PERCENTILE.INC(",\'RED.AVGCPM(\'!A1)')).toBe('IF(A1="RED.X(1)","PERCENTILE.INC(",\'RED.AVGCPM(\'!A1)');
    expect(toStoredFormula('"say ""RED.X("" here"&RED.X(1)')).toBe('"say ""RED.X("" here"&_xldudf_RED_X(1)');
  });

  it("does not prefix twice", () => {
    const stored = toStoredFormula("RED.X(PERCENTILE.INC(A1:A3,0.5))");
    expect(toStoredFormula(stored)).toBe(stored);
  });
});

describe("toTypedFormula", () => {
  it("reads every stored form back as typed, and typed forms unchanged", () => {
    expect(toTypedFormula("_xldudf_RED_BUDGETCAP($B$6,$B$5)")).toBe("RED.BUDGETCAP($B$6,$B$5)");
    expect(toTypedFormula("_xlfn.PERCENTILE.INC(E2:E9,0.75)")).toBe("PERCENTILE.INC(E2:E9,0.75)");
    expect(toTypedFormula("_xlfn._xlws.SORT(A1:A3)")).toBe("SORT(A1:A3)");
    expect(toTypedFormula("RED.AVGCPM(B10,80)")).toBe("RED.AVGCPM(B10,80)");
  });

  it("reads the lower-case names LibreOffice writes back for functions it does not know", () => {
    expect(toTypedFormula("_xldudf_red_budgetcap($B$6,$B$5)")).toBe("RED.BUDGETCAP($B$6,$B$5)");
    expect(toTypedFormula("_xlfn.percentile.inc(E2:E9,0.75)")).toBe("PERCENTILE.INC(E2:E9,0.75)");
  });

  it("is the inverse of toStoredFormula on every future function", () => {
    for (const name of FUTURE_FUNCTIONS) {
      const typed = `${name}(A1,"${name}(")`;
      expect(toTypedFormula(toStoredFormula(typed))).toBe(typed);
      expect(typedNamesIn(toStoredFormula(typed))).toEqual([]);
    }
  });
});

describe("typedNamesIn", () => {
  it("finds names left in typed form", () => {
    expect(typedNamesIn("RED.X(1)+PERCENTILE.INC(A1:A2,1)+SUM(1)")).toEqual(["RED.X", "PERCENTILE.INC"]);
  });
});
