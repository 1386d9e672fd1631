/*
 * A formula's text between Excel and the engine: sheet prefixes rewritten as Excel shows them
 * (shownSheetPrefix: what HyperFormula writes bare and Excel cannot read bare, 2026!, Q1!, TRUE!,
 * quoted) and as the engine reads them (forEngine), exponents in capitals out and in lower case in,
 * text in quotes untouched.
 */
import { closingQuote, forEngine, namesSheetRange, renamingSheets, withSheetPrefixes } from "../../src/template/formula-sheets";
import { EXCEL_ERROR_VALUES } from "../../src/template/references-syntax";
import { sheetPrefix, shownSheetPrefix } from "../../src/template/references-syntax";

const SHEETS = ["Growth", "2026", "Q1", "FY26", "H1", "AB12", "TRUE", "R1C1", "Plan A", "Bob's plan", "汇总", "7"];

describe("forEngine: a formula as the engine reads it, the sheet names it cannot read bare quoted", () => {
  it("quotes a bare name of other letters (as Excel writes 中文!B5), apostrophes doubled", () => {
    expect(forEngine("=中文!B5*2+SUM(汇总!B1:B9)")).toBe("='中文'!B5*2+SUM('汇总'!B1:B9)");
    expect(forEngine("=-Δelta!A1")).toBe("=-'Δelta'!A1");
  });

  it("leaves names the engine reads bare or quoted, text in quotes, error values and formulas without a sheet as they are", () => {
    for (const formula of ["=Growth!A1+2026!B2+Ünïcödé!C3", "='中文'!B5+'It''s'!A1", '="中文!B5"&LEN("汇总!B2")', "=#REF!+IFERROR(1/0,#DIV/0!)", "=SUM(A1:B2)"]) {
      expect(forEngine(formula)).toBe(formula);
    }
    expect(forEngine('="中文!B5"&中文!B5')).toBe(`="中文!B5"&'中文'!B5`);
  });
});

describe("a number's exponent: in capitals as Excel writes it (1E-10), in lower case into the engine, which refuses a capital E", () => {
  it("writes each number's E as e into the engine, and back as E", () => {
    const both: [string, string][] = [
      ["=1E-300", "=1e-300"],
      ["=2.5E+3*A1-.5E-7/1.E3", "=2.5e+3*A1-.5e-7/1.e3"],
      ["=SUM(1E5,E10,中文!B5*1E2)%", "=SUM(1e5,E10,'中文'!B5*1e2)%"],
      ["=-1E-5^2+1E5 ", "=-1e-5^2+1e5 "],
    ];
    for (const [excel, engine] of both) {
      expect(forEngine(excel)).toBe(engine);
      expect(withSheetPrefixes(engine, ["中文"])).toBe(excel.replace("'中文'", "中文"));
    }
    expect(withSheetPrefixes("=1e+21+A1*1.5e-7", SHEETS)).toBe("=1E+21+A1*1.5E-7");
  });

  it("leaves alone an E in a name, a cell, a function, a sheet, brackets or quotes, and an E without digits", () => {
    const untouched = ["=E10+LOG10E", "=A1E5", "=Sheet1E5!A1", "=1E5!A1", '="1E5"&"2.5e+3"', "='1E5 x'!A1", "=_xlfn.X1E5(2)", "=T[1E5]", "=SUM(1E5:2E5!A1)", "=1E", "=1E+", "=1.5E", "=e", "=$E$1E2"];
    for (const formula of untouched) {
      expect([formula, forEngine(formula)]).toEqual([formula, formula]);
      expect(withSheetPrefixes(formula.toLowerCase(), [])).toBe(formula.toLowerCase());
    }
  });
});

describe("withSheetPrefixes", () => {
  it.each(["2026", "Q1", "AB12", "TRUE", "R1C1", "H1", "7"])("quotes the sheet %s that the engine writes bare", (name) => {
    expect(withSheetPrefixes(`=${name}!$B$22`, SHEETS)).toBe(`='${name}'!$B$22`);
    expect(withSheetPrefixes(`=SUM(${name}!A1:B2)+${name}!C3`, SHEETS)).toBe(`=SUM('${name}'!A1:B2)+'${name}'!C3`);
  });

  it("rewrites the template's Summary formula under a sheet renamed 2026 as Excel reads it", () => {
    expect(withSheetPrefixes('=IF(2026!$B$3="","",2026!$B$3)', SHEETS)).toBe(`=IF('2026'!$B$3="","",'2026'!$B$3)`);
  });

  it("writes every sheet as shownSheetPrefix does: spaces, apostrophes, Chinese, a quoted name that may be bare", () => {
    expect(withSheetPrefixes("='Plan A'!A1+'Bob''s plan'!B2*'汇总'!C3-'Growth'!D4", SHEETS)).toBe(
      `=${sheetPrefix("Plan A")}A1+${sheetPrefix("Bob's plan")}B2*${shownSheetPrefix("汇总")}C3-${sheetPrefix("Growth")}D4`,
    );
    expect(withSheetPrefixes("='Plan A'!A1+'Bob''s plan'!B2", SHEETS)).toBe("='Plan A'!A1+'Bob''s plan'!B2");
  });

  it("writes a name of other letters bare, as Excel does, however the engine wrote it; one with a combining mark quoted", () => {
    expect(withSheetPrefixes("='汇总'!B2+汇总!C3", SHEETS)).toBe("=汇总!B2+汇总!C3");
    expect(withSheetPrefixes("='हिन्दी'!B2", ["हिन्दी"])).toBe("='हिन्दी'!B2");
  });

  it("names the sheet as the workbook spells it, as the engine matches a name in either case", () => {
    expect(withSheetPrefixes("=q1!A1+growth!B2", SHEETS)).toBe("='Q1'!A1+Growth!B2");
  });

  it("leaves text in quotes as it is, \"\" inside included", () => {
    expect(withSheetPrefixes('=2026!A1&"2026!A1"&"say ""Q1!B2"" here"&Q1!B2', SHEETS)).toBe(`='2026'!A1&"2026!A1"&"say ""Q1!B2"" here"&'Q1'!B2`);
    expect(withSheetPrefixes('="2026!A1', SHEETS)).toBe('="2026!A1');
  });

  it("leaves alone a prefix naming no sheet of the workbook, a name that only ends like one, and error values", () => {
    expect(withSheetPrefixes("=Other!A1+X2026!A1+'Gone'!B2", SHEETS)).toBe("=Other!A1+X2026!A1+'Gone'!B2");
    expect(withSheetPrefixes("=IFERROR(1/0,#DIV/0!)+#REF!", SHEETS)).toBe("=IFERROR(1/0,#DIV/0!)+#REF!");
    expect(withSheetPrefixes("=A1+TRUE+RED.AVGCPM(1,2)", SHEETS)).toBe("=A1+TRUE+RED.AVGCPM(1,2)");
    expect(withSheetPrefixes("", SHEETS)).toBe("");
  });

  it("leaves every error value Excel writes as it is, even beside sheets named like the error's tail", () => {
    const tails = ["0", "REF", "VALUE", "NULL", "NUM", "SPILL", "CALC", "FIELD", "BLOCKED", "CONNECT", "BUSY", "UNKNOWN", "DATA", "N"];
    for (const error of EXCEL_ERROR_VALUES) {
      expect(withSheetPrefixes(`=IF(A1,${error},0!A1)`, tails)).toBe(`=IF(A1,${error},'0'!A1)`);
      expect(withSheetPrefixes(`=${error.toLowerCase()}+0!B2`, tails)).toBe(`=${error.toLowerCase()}+'0'!B2`);
    }
  });
});

describe("renamingSheets: a formula the engine cannot read, its sheets renamed as the workbook's were", () => {
  const renamed = renamingSheets(new Map([["Data", "数据"], ["Other", "Other"], ["Plan", "It's"], ["Q", "成熟期"], ["X", "Y"]]));
  it.each([
    ["=SUM(Data:Other!B1)", "=SUM(数据:Other!B1)"],
    ["=SUM(Other:Data!B1)", "=SUM(Other:数据!B1)"],
    ["=SUM('Data:Other'!B1)", "=SUM(数据:Other!B1)"], ["=SUM('Plan:Other'!B1)", "=SUM('It''s:Other'!B1)"],
    ["=SUM(x:Other!B1)", "=SUM(Y:Other!B1)"],
    ["=Data!B1:B4 Data!B2:B2", "=数据!B1:B4 数据!B2:B2"],
    ["='Data'!B1+data!B2", "=数据!B1+数据!B2"],
    ["=Plan!A1&\"Data!B1\"", "='It''s'!A1&\"Data!B1\""],
    ["=Q!A1*Other!A1", "=成熟期!A1*Other!A1"],
    ["=A1:Data!B1", "=A1:数据!B1"],
    ["=[1]Data!B1+'[1]Data'!B1+Nope!A1+#REF!+Data", "=[1]Data!B1+'[1]Data'!B1+Nope!A1+#REF!+Data"],
    ["=Other!A1+'Other'!A2+other!A3", "=Other!A1+'Other'!A2+other!A3"],
  ])("%s → %s", (formula, expected) => expect(renamed(formula)).toBe(expected));

  it("leaves the engine's own error values alone: a sheet named LIC, CYCLE or ERROR renamed is not the #LIC! before it", () => {
    const fromEngine = renamingSheets(new Map([["LIC", "Data"], ["CYCLE", "Loop"], ["ERROR", "Err"]]));
    expect(fromEngine("=IF(ISERROR(#LIC!),1,LIC!A1)+#CYCLE!+CYCLE!A1+#ERROR!+ERROR!A1")).toBe("=IF(ISERROR(#LIC!),1,Data!A1)+#CYCLE!+Loop!A1+#ERROR!+Err!A1");
  });

  it("writes a sheet deleted (renamed to null) as #REF!, as Excel does, a range of sheets ending at it too, its name in text as it is", () => {
    const deleted = renamingSheets(new Map([["Data", null], ["Other", "A1"], ["Data2", "Data2"]]));
    expect(deleted('=Data!$B$1+\'Data\'!B2+Other!B1&"Data!B1"')).toBe('=#REF!$B$1+#REF!B2+\'A1\'!B1&"Data!B1"');
    expect(deleted("=SUM(Data:Data2!B1)+SUM(Other:Data2!B1)")).toBe("=SUM(#REF!B1)+SUM('A1:Data2'!B1)");
  });
});

describe("namesSheetRange", () => {
  it("finds a range of sheets, bare or quoted, and nothing else", () => {
    expect(["=SUM(Data:Other!B1)", "=SUM('Data:My plan'!B1)"].map(namesSheetRange)).toEqual([true, true]);
    expect(["=Data!B1:B4", '="Data:Other!B1"', "=A1:B2", "=#REF!"].map(namesSheetRange)).toEqual([false, false, false, false]);
  });
});

describe("closingQuote", () => {
  it("finds the quote that closes a string or a sheet name, doubled quotes inside", () => {
    expect(closingQuote('="a""b"&1', 1)).toBe(6);
    expect(closingQuote("='Bob''s'!A1", 1)).toBe(8);
    expect(closingQuote(`="it's"`, 1)).toBe(6);
    expect(closingQuote(`='say "hi"'!A1`, 1)).toBe(10);
    expect(closingQuote('=""', 1)).toBe(2);
    expect(closingQuote('="open', 1)).toBe(6);
    expect(closingQuote("='a''", 1)).toBe(5);
  });
});
