/*
 * The engine's functions that answer as Excel does where HyperFormula's own did not
 * (src/spreadsheet/excel-functions.ts): IFERROR and the IS functions pass on a formula the engine
 * cannot read, and TEXT shows numbers in Excel's number formats (LibreOffice's TEXT compared in
 * text-formats-libreoffice.test.ts).
 */
import type { HyperFormula } from "hyperformula";
import { engine } from "../support/engine";

/** Calc!A1 reads a range of sheets, A2 an intersection: formulas the engine cannot read. */
async function book(formulas: string[]): Promise<HyperFormula> {
  return engine([
    { name: "Data", rows: [[null, 1], [null, 2]] },
    { name: "Other", rows: [[null, 10]] },
    { name: "Calc", rows: [["=SUM(Data:Other!B1)"], ["=Data!B1:B2 Data!B1:C1"], ...formulas.map((f) => [f])] },
  ]);
}

function valuesOf(hf: HyperFormula, count: number): unknown[] {
  const sheet = hf.getSheetId("Calc")!;
  return Array.from({ length: count }, (_, i) => {
    const value = hf.getCellValue({ sheet, row: i + 2, col: 0 });
    return value !== null && typeof value === "object" ? (value as { value: string }).value : value;
  });
}

describe("a formula the engine cannot read, in the functions that turn errors into values", () => {
  it("is passed on by IFERROR and the IS functions, never a fallback, TRUE or FALSE Excel would not show", async () => {
    const formulas = ["=IFERROR(A1,-1)", "=IFERROR(A2*2,-1)", "=ISERROR(A1)", "=ISERR(A2)", "=ISNA(A1)", "=ISNUMBER(A1)", "=ISTEXT(A2)", "=ISLOGICAL(A1)", "=ISNONTEXT(A1)", "=ISBLANK(A1)", "=IF(ISERROR(A1),0,A1)"];
    const hf = await book(formulas);
    expect(valuesOf(hf, formulas.length)).toEqual(formulas.map(() => "#ERROR!"));
    hf.destroy();
  });

  it("leaves Excel's own errors to them as before", async () => {
    const formulas = ["=IFERROR(1/0,-1)", "=ISERROR(1/0)", "=ISNA(NA())", "=ISERR(NA())", "=ISNUMBER(1)", "=IFERROR(7,-1)", "=ISBLANK(Z9)"];
    const hf = await book(formulas);
    expect(valuesOf(hf, formulas.length)).toEqual([-1, true, true, false, true, 7, true]);
    hf.destroy();
  });
});

describe("TEXT", () => {
  const cases: [string, string][] = [
    ['=TEXT(0.5,"0%")', "50%"],
    ['=TEXT(0.1234,"0.0%")', "12.3%"],
    ['=TEXT(1234.5,"#,##0.00")', "1,234.50"],
    ['=TEXT(1234.5,"#,##0")', "1,235"],
    ['=TEXT(1234.5,"0")', "1235"],
    ['=TEXT(2.675,"0.00")', "2.68"],
    ['=TEXT(-1234.5,"#,##0.00")', "-1,234.50"],
    ['=TEXT(-1234.5,CHAR(34)&"¥"&CHAR(34)&"#,##0")', "-¥1,235"],
    ['=TEXT(1234.5,"General")', "1234.5"],
    ['=TEXT(1234.5,"general")', "1234.5"],
    ['=TEXT(0,"0.00")', "0.00"],
    ['=TEXT(1234.5,"0.00E+00")', "1.23E+03"],
    ['=TEXT(0.000123,"0.00E+00")', "1.23E-04"],
    ['=TEXT(1E+100,"0.00E+00")', "1.00E+100"],
    ['=TEXT(2.675,"0.00E+00")', "2.68E+00"],
    ['=TEXT(45000,"yyyy-mm-dd")', "2023-03-15"],
    ['=TEXT(45000.75,"yyyy-mm-dd hh:mm")', "2023-03-15 18:00"],
    ['=TEXT(1234.5,"")', ""],
    ['=TEXT(5,"0;(0)")', "5"],
    ['=TEXT(0,"0;(0)")', "0"],
  ];
  it.each(cases)("%s is %s", async (formula, expected) => {
    const hf = await book([formula]);
    expect(valuesOf(hf, 1)).toEqual([expected]);
    hf.destroy();
  });

  it("is #VALUE! for a format it cannot show, with a sentence saying so, rather than a wrong text", async () => {
    const hf = await book(['=TEXT(-5,"0;(0)")', '=TEXT(5,"@")', '=TEXT(5,"# ?/?")', '=TEXT(-1,"yyyy-mm-dd")', '=TEXT(0,"0;(0);-")']);
    expect(valuesOf(hf, 5)).toEqual(["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"]);
    const error = hf.getCellValue({ sheet: hf.getSheetId("Calc")!, row: 3, col: 0 }) as { message: string };
    expect(error.message).toContain("“@”");
    hf.destroy();
  });
});
