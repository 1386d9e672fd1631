/*
 * A formula as a user types it (`RED.BUDGETCAP(…)`, `PERCENTILE.INC(…)`) and as Excel stores it in
 * an .xlsx (`_xldudf_RED_BUDGETCAP(…)`, `_xlfn.PERCENTILE.INC(…)`). Excel writes a JavaScript
 * custom function as `_xldudf_` + namespace + `_` + name, and every function newer than Excel 2007
 * with the `_xlfn.` prefix ([MS-XLSX] 2.2.3, "future functions"); a file without them shows #NAME?
 * in Excel until each formula is retyped, and in every other spreadsheet application. Pure text:
 * the template build, the workbench's Open and Download and the tests share it.
 */

/** The add-in's namespace, as in the manifest. */
export const NAMESPACE = "RED";

const UDF_PREFIX = `_xldudf_${NAMESPACE}_`;

/**
 * Functions Excel stores with `_xlfn.`: the future functions of [MS-XLSX] section 2.2.3 (those
 * Excel 2010 and later added). FILTER and SORT carry a second prefix, `_xlws.`, in the same table.
 */
export const FUTURE_FUNCTIONS: readonly string[] = [
  "ACOT", "ACOTH", "AGGREGATE", "ANCHORARRAY", "ARABIC", "ARRAYTOTEXT", "BASE", "BETA.DIST", "BETA.INV",
  "BINOM.DIST", "BINOM.DIST.RANGE", "BINOM.INV", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT", "BITXOR",
  "BYCOL", "BYROW", "CEILING.MATH", "CEILING.PRECISE", "CHISQ.DIST", "CHISQ.DIST.RT", "CHISQ.INV",
  "CHISQ.INV.RT", "CHISQ.TEST", "CHOOSECOLS", "CHOOSEROWS", "COMBINA", "CONCAT", "CONFIDENCE.NORM",
  "CONFIDENCE.T", "COT", "COTH", "COVARIANCE.P", "COVARIANCE.S", "CSC", "CSCH", "DAYS", "DECIMAL", "DROP",
  "ERF.PRECISE", "ERFC.PRECISE", "EXPAND", "EXPON.DIST", "F.DIST", "F.DIST.RT", "F.INV", "F.INV.RT",
  "F.TEST", "FIELDVALUE", "FILTERXML", "FLOOR.MATH", "FLOOR.PRECISE", "FORECAST.ETS",
  "FORECAST.ETS.CONFINT", "FORECAST.ETS.SEASONALITY", "FORECAST.ETS.STAT", "FORECAST.LINEAR",
  "FORMULATEXT", "GAMMA", "GAMMA.DIST", "GAMMA.INV", "GAMMALN.PRECISE", "GAUSS", "HSTACK", "HYPGEOM.DIST",
  "IFNA", "IFS", "IMCOSH", "IMCOT", "IMCSC", "IMCSCH", "IMSEC", "IMSECH", "IMSINH", "IMTAN", "ISFORMULA",
  "ISOMITTED", "ISOWEEKNUM", "LAMBDA", "LET", "LOGNORM.DIST", "LOGNORM.INV", "MAKEARRAY", "MAP", "MAXIFS",
  "MINIFS", "MODE.MULT", "MODE.SNGL", "MUNIT", "NEGBINOM.DIST", "NETWORKDAYS.INTL", "NORM.DIST",
  "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "NUMBERVALUE", "PDURATION", "PERCENTILE.EXC", "PERCENTILE.INC",
  "PERCENTRANK.EXC", "PERCENTRANK.INC", "PERMUTATIONA", "PHI", "POISSON.DIST", "QUARTILE.EXC",
  "QUARTILE.INC", "RANDARRAY", "RANK.AVG", "RANK.EQ", "REDUCE", "RRI", "SCAN", "SEC", "SECH", "SEQUENCE",
  "SHEET", "SHEETS", "SINGLE", "SKEW.P", "SORTBY", "STDEV.P", "STDEV.S", "STOCKHISTORY", "SWITCH", "T.DIST",
  "T.DIST.2T", "T.DIST.RT", "T.INV", "T.INV.2T", "T.TEST", "TAKE", "TEXTAFTER", "TEXTBEFORE", "TEXTJOIN",
  "TEXTSPLIT", "TOCOL", "TOROW", "UNICHAR", "UNICODE", "UNIQUE", "VALUETOTEXT", "VAR.P", "VAR.S", "VSTACK",
  "WEBSERVICE", "WEIBULL.DIST", "WORKDAY.INTL", "WRAPCOLS", "WRAPROWS", "XLOOKUP", "XMATCH", "XOR", "Z.TEST",
];
/** Future functions stored with `_xlfn._xlws.` ([MS-XLSX] 2.2.3). */
export const WORKSHEET_FUTURE_FUNCTIONS: readonly string[] = ["FILTER", "SORT"];

const FUTURE = new Set(FUTURE_FUNCTIONS);
const WORKSHEET_FUTURE = new Set(WORKSHEET_FUTURE_FUNCTIONS);

/**
 * Rewrites each function name of a formula (text without the leading "="), leaving string literals
 * ("…"), quoted sheet names ('…') and everything else as it is. A name is a run of letters, digits,
 * "_" and "." directly followed by "(".
 */
function mapFunctionNames(formula: string, rename: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A literal runs to its closing quote; a doubled quote inside it is an escaped quote.
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i));
    if (name) {
      const word = name[0];
      const after = formula[i + word.length];
      // A name right after a letter, digit or "!" is part of something else (a reference, a sheet).
      const before = out[out.length - 1];
      const standalone = before === undefined || !/[A-Za-z0-9_.!]/.test(before);
      out += after === "(" && standalone ? rename(word) : word;
      i += word.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A typed formula in the form Excel stores: `RED.X(` → `_xldudf_RED_X(`, `PERCENTILE.INC(` → `_xlfn.PERCENTILE.INC(`. */
export function toStoredFormula(formula: string): string {
  return mapFunctionNames(formula, (name) => {
    const upper = name.toUpperCase();
    if (upper.startsWith(`${NAMESPACE}.`)) return UDF_PREFIX + upper.slice(NAMESPACE.length + 1);
    if (FUTURE.has(upper)) return `_xlfn.${upper}`;
    if (WORKSHEET_FUTURE.has(upper)) return `_xlfn._xlws.${upper}`;
    return name;
  });
}

/** A stored formula as a user would type it (and as the workbench's engine reads it); typed forms pass unchanged. */
export function toTypedFormula(formula: string): string {
  return mapFunctionNames(formula, (name) => {
    const upper = name.toUpperCase();
    if (upper.startsWith(UDF_PREFIX.toUpperCase())) return `${NAMESPACE}.${upper.slice(UDF_PREFIX.length)}`;
    if (upper.startsWith("_XLFN._XLWS.")) return upper.slice("_xlfn._xlws.".length);
    if (upper.startsWith("_XLFN.")) return upper.slice("_xlfn.".length);
    return name;
  });
}

/** Whether a stored formula still holds a name in typed form (a RED.X or a future function without its prefix). */
export function typedNamesIn(formula: string): string[] {
  const found: string[] = [];
  mapFunctionNames(formula, (name) => {
    const upper = name.toUpperCase();
    if (upper.startsWith(`${NAMESPACE}.`) || FUTURE.has(upper) || WORKSHEET_FUTURE.has(upper)) found.push(name);
    return name;
  });
  return found;
}
