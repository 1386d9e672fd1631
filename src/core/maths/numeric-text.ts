/*
 * Numeric text as planners type it, read in one place: "500,000" and "1.5e5" as Excel's arithmetic
 * reads them, and the forms Chinese planners use — 50万, 1.2亿, ¥500,000, ￥500,000, 500,000元,
 * full-width ５００ — read exactly as the numbers they are. Anything else with digits in it is
 * refused with a message that says how to type it (NUMBER_FORMAT), never guessed.
 */

/** Why a text with digits in it is not read: the key of NUMBER_FORMAT's wording. */
export type NumberFormatHint = "unit" | "grouping" | "currency" | "numerals" | "percent" | "format";

/**
 * The units read after the digits, as powers of ten: the Chinese ones and their usual
 * combinations, no more. Latin abbreviations (5k, 5w, 5m) are not read: m is a thousand to some
 * and a million to others, w is pinyin slang, and a refusal that says "type 5千" costs less than
 * a budget off by a thousandfold.
 */
export const NUMBER_UNITS: Readonly<Record<string, number>> = {
  百: 2,
  千: 3,
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  十亿: 9,
  百亿: 10,
  千亿: 11,
  万亿: 12,
};

/**
 * How an amount may be typed, as every place that tells a planner says it: the message that refuses a
 * text (NUMBER_FORMAT) and the help of every amount a function takes (functions.json). Each is read
 * by readNumericText as 500,000 (or 120,000,000), which a test holds it to.
 */
export const AMOUNT_FORMS = ["500000", "500,000", "¥500,000", "500,000元", "50万", "1.2亿"] as const;

// sign, currency sign, digits (commas only between groups of three), unit, 元; spaces between parts.
const AMOUNT = /^([+-]?)\s*([¥￥]?)\s*((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)\s*([百千万十亿]*)\s*(元?)$/;
// A plain number as Excel's arithmetic reads it, exponent included (1.5e5), with no sign of money.
const PLAIN = /^[+-]?\s*(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?[eE][+-]?\d+$/;

/** Full-width ASCII forms (０–９, ，, ．, ＋, －, …) as their half-width letters; the ideographic space as a space. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * The number a text means, or why it is not read (undefined: it is no number at all, no digit in it).
 * Units scale the decimal digits themselves (50.5万 is "50.5e4", parsed once), so the number is
 * the double nearest the amount typed, with no binary residue from a multiplication.
 *
 * @example readNumericText("50.5万") // { value: 505000 }
 * @example readNumericText("5k") // { hint: "unit" }
 */
export function readNumericText(raw: string): { value: number } | { hint: NumberFormatHint } | undefined {
  const text = halfWidth(raw).trim();
  const amount = AMOUNT.exec(text);
  if (amount) {
    const [, sign, currency, digits, unit, yuan] = amount;
    const power = unit === "" ? 0 : NUMBER_UNITS[unit];
    const hasDigit = /\d/.test(digits);
    if (hasDigit && power !== undefined && !(currency && yuan)) {
      const value = Number(`${sign}${digits.replace(/,/g, "")}e${power}`);
      if (Number.isFinite(value)) return { value };
    }
  } else if (PLAIN.test(text)) {
    const value = Number(text.replace(/,/g, ""));
    if (Number.isFinite(value)) return { value };
  }
  return refusal(text);
}

/** Why a text that is not read was not: by what it holds. */
function refusal(text: string): { hint: NumberFormatHint } | undefined {
  const digits = /\d/.test(text);
  if (!digits) return /^[+-]?[¥￥]?[〇零一二两三四五六七八九十百千万亿]+元?$/.test(text) ? { hint: "numerals" } : undefined;
  if (text.includes("%")) return { hint: "percent" };
  if (/[$€£]|rmb|cny|usd|人民币|块|[¥￥].*元/i.test(text)) return { hint: "currency" };
  if (/\d\s*([a-z]|[〇零一二两三四五六七八九十百千万亿])/i.test(text)) return { hint: "unit" };
  if (/[,。]|\d\s+\d|\..*\./.test(text)) return { hint: "grouping" };
  return { hint: "format" };
}
