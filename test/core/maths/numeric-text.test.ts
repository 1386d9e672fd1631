/*
 * Issue 22, item 17: amounts as Chinese planners type them — 50万, 1.2亿, ¥500,000, ￥500,000,
 * 500,000元, full-width ５００ — read as the numbers they are, exactly (a unit scales the decimal
 * digits, not a binary product), wherever numeric text is read: a function argument, the
 * assumptions table, the task pane. Anything else with digits in it is refused with a message in
 * English and Chinese that says how to type the amount (NUMBER_FORMAT), never read silently.
 */
import fc from "fast-check";
import { acceptedValue, AMOUNT_FORMS, DomainError, isDomainError, MONEY, NUMBER_UNITS, readAssumptions, readNumber, typedTarget } from "../../../src/core";
import { setLanguage } from "../../../src/functions/boundary";
import { RED } from "../../support/functions";
import { thrown } from "../../support/cells";
import { engine } from "../../support/engine";
import { parseEntry } from "../../../src/workbench/entry";

afterEach(() => setLanguage(undefined));

/** What readNumber makes of a text: its number, or the code it refuses it with. */
function read(text: string): number | string {
  try {
    return readNumber(text, "budget");
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

describe("README: amounts as Chinese planners type them are read as the numbers they are", () => {
  it("every form the refusal and an amount's help offer (AMOUNT_FORMS) is read as the amount it shows", () => {
    for (const form of AMOUNT_FORMS) expect(read(form)).toBe(form.endsWith("亿") ? 120_000_000 : 500_000);
  });

  it.each([
    ["50万", 500_000],
    ["1.2亿", 120_000_000],
    ["¥500,000", 500_000],
    ["￥500,000", 500_000],
    ["500,000元", 500_000],
    ["50万元", 500_000],
    ["５００", 500],
    ["５００，０００．５", 500_000.5],
    ["3千", 3_000],
    ["1千万", 10_000_000],
    ["2万亿", 2e12],
    [" ¥ 1,200 万 ", 12_000_000],
    ["-50万", -500_000],
    ["500,000", 500_000],
    [" 1.5e5 ", 150_000],
  ])("%s is %p", (text, value) => {
    expect(read(text)).toBe(value);
  });

  it("the reported examples through the functions: SPILLSPLIT, ALLOCATE and AVGCPM", () => {
    expect(RED.SPILLSPLIT([["growth"]], [["50万"]])).toEqual([[250_000, 250_000]]);
    expect(RED.SPILLSPLIT([["growth"]], [["１.２亿"]])).toEqual([[60_000_000, 60_000_000]]);
    expect(RED.AVGCPM([["￥500,000"], ["500,000元"], ["５０万"]])).toEqual(RED.AVGCPM([[500_000], [500_000], [500_000]]));
    expect(RED.ALLOCATE([["50万"]], [["A"], ["B"]], [[30], [45]])).toEqual(RED.ALLOCATE([[500_000]], [["A"], ["B"]], [[30], [45]]));
  });

  it("exactly: a unit scales the digits as typed, with no binary residue", () => {
    expect(read("50.5万")).toBe(505_000);
    expect(read("1.13万")).toBe(11_300); // 1.13 × 10000 is 11299.999999999998 in binary
    expect(1.13 * 10_000).not.toBe(11_300);
    expect(read("0.07亿")).toBe(7_000_000); // 0.07 × 1e8 is 7000000.000000001
    expect(read("0.57亿")).toBe(57_000_000); // 0.57 × 1e8 is 56999999.99999999
    expect(read("1234.5678万")).toBe(12_345_678);
  });

  it("every door reads them alike: the assumptions table and the task pane", () => {
    expect(readAssumptions([["floor_spend", "2万"]]).floorSpend).toBe(20_000);
    expect(acceptedValue(MONEY, "50万")).toBe(500_000);
    expect(typedTarget("1.2万", "conversions", undefined)).toBe(12_000);
    expect(acceptedValue(MONEY, "5k")).toBeUndefined();
  });

  it("the workbench keeps them as text when typed, as Excel does, and its functions read them; SUM ignores the text, as Excel's does", async () => {
    expect(parseEntry("50万")).toBe("'50万"); // text, after the apostrophe that marks text
    const hf = await engine({ Sheet1: [[parseEntry("50万"), "￥500,000", '=RED.SPILLSPLIT("growth", A1)'], [null, null, '=RED.AVGCPM(B1)'], ["=SUM(A1)", "=COUNT(A1)"]] });
    const values = hf.getSheetValues(0);
    expect(values[0]).toEqual(["50万", "￥500,000", 250_000, 250_000]);
    expect(values[1][2]).toBeCloseTo(1.4, 12);
    expect(values[2]).toEqual([0, 0]);
    hf.destroy();
  });
});

describe("README: digits in any other form are #VALUE! saying how to type the amount, never a guess", () => {
  it.each([
    ["5k", "k, w or m"],
    ["5w", "k, w or m"],
    ["1万5", "as in 1.5万"],
    ["1,5", "a decimal takes a point"],
    ["500 000", "commas may only group thousands"],
    ["50%", "type 0.9 for 90%"],
    ["$500", "amounts are in yuan"],
    ["¥500元", "amounts are in yuan"],
    ["五十万", "type the digits"],
    ["2026-01-01", "mixes the digits with other text"],
  ])("%s is refused: %s", (text, why) => {
    setLanguage("en");
    const error = thrown(() => RED.SPILLSPLIT([["growth"]], [[text]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(`budget: "${text}" is not read as a number (`);
    expect(error.message).toContain(why);
    expect(error.message).toContain("Type an amount as 500000, 500,000, ¥500,000, 500,000元, 50万 or 1.2亿.");
  });

  it("in Chinese", () => {
    setLanguage("zh");
    const error = thrown(() => RED.SPILLSPLIT([["growth"]], [["5k"]]));
    expect(error.message).toBe(
      'budget："5k" 未按数字读取（单位只识别写在数字之后的 百、千、万、亿 及其组合（如 千万、万亿），例如 1.5万；不识别 k、w、m）。金额可写作 500000、500,000、¥500,000、500,000元、50万 或 1.2亿。',
    );
  });

  it("text with no digit in it is still simply not a number", () => {
    expect(read("lots")).toBe("NOT_A_NUMBER");
    expect(read("¥")).toBe("NOT_A_NUMBER");
    expect(read(".")).toBe("NOT_A_NUMBER");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, against references written here: decimal strings built from integer cents
// (BigInt), and a plain step-by-step reader of the accepted forms.

const FULL_WIDTH = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** `cents` ÷ 10^(2 + places) as a decimal string, exactly (trailing zeros dropped). */
function decimal(cents: bigint, places: number): string {
  const scale = BigInt(10) ** BigInt(2 + places);
  const whole = cents / scale;
  const fraction = (cents % scale).toString().padStart(2 + places, "0").replace(/0+$/, "");
  return fraction === "" ? whole.toString() : `${whole}.${fraction}`;
}

/** Thousands grouped with commas. */
function grouped(text: string): string {
  const [whole, fraction] = text.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

describe("property: an amount in cents, typed in every accepted way, reads back to the same number", () => {
  const cents = fc.bigInt({ min: BigInt(0), max: BigInt(10) ** BigInt(15) }); // up to the accepted maximum, 10 trillion
  const unit = fc.constantFrom(...Object.entries(NUMBER_UNITS));

  it("plain, grouped, ¥, ￥, 元, full-width, and with each unit", () => {
    fc.assert(
      fc.property(cents, unit, fc.boolean(), (amount, [name, power], spaced) => {
        const expected = Number(`${amount}e-2`); // the double nearest the exact amount
        const plain = decimal(amount, 0);
        const scaled = decimal(amount, power);
        const gap = spaced ? " " : "";
        const forms = [
          plain,
          grouped(plain),
          `¥${grouped(plain)}`,
          `￥${gap}${grouped(plain)}`,
          `${grouped(plain)}${gap}元`,
          FULL_WIDTH(grouped(plain)),
          `${scaled}${gap}${name}`,
          `${grouped(scaled)}${name}元`,
          `¥${gap}${scaled}${name}`,
          FULL_WIDTH(scaled) + name,
        ];
        for (const form of forms) expect([form, read(form)]).toEqual([form, expected]);
      }),
      { numRuns: 400 },
    );
  });
});

/** A plain reader of the accepted forms, step by step: the number, or undefined. */
function reference(raw: string): number | undefined {
  let t = raw.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ").trim();
  let sign = "";
  if (t.startsWith("+") || t.startsWith("-")) [sign, t] = [t[0], t.slice(1).trimStart()];
  const currency = t.startsWith("¥") || t.startsWith("￥");
  if (currency) t = t.slice(1).trimStart();
  const yuan = t.endsWith("元");
  if (yuan) t = t.slice(0, -1).trimEnd();
  if (currency && yuan) return undefined;
  let power = 0;
  const unitName = Object.keys(NUMBER_UNITS)
    .sort((a, b) => b.length - a.length)
    .find((name) => t.endsWith(name));
  if (unitName) [power, t] = [NUMBER_UNITS[unitName], t.slice(0, -unitName.length).trimEnd()];
  const e = t.search(/[eE]/);
  if (e >= 0) {
    if (currency || yuan || unitName) return undefined;
    const exponent = t.slice(e + 1);
    if (!/^[+-]?[0-9]+$/.test(exponent)) return undefined;
    power = Number(exponent);
    t = t.slice(0, e);
  }
  const parts = t.split(".");
  if (parts.length > 2 || (parts[1] !== undefined && !/^[0-9]*$/.test(parts[1]))) return undefined;
  const groups = parts[0].split(",");
  if (groups.length > 1 ? !/^[0-9]{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^[0-9]{3}$/.test(g)) : !/^[0-9]*$/.test(parts[0])) return undefined;
  const digits = groups.join("") + (parts[1] ?? "");
  if (digits === "") return undefined;
  const value = Number(`${sign}${digits}e${power - (parts[1]?.length ?? 0)}`);
  return Number.isFinite(value) ? value : undefined;
}

describe("property: random text never reads as a number silently", () => {
  const piece = fc.constantFrom(
    ..."0123456789０１２３４５６７８９,，.．+-－eE ¥￥元万亿千百十kKwWm%$，。、五十一",
    "万亿", "千万", "1,000", "12,34", "　",
  );
  const text = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(""));

  it("it reads as the reference reads it, or is refused with a message; digits are never just 'not a number'", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 10 })), (typed) => {
        const expected = reference(typed);
        let got: number | DomainError;
        try {
          got = readNumber(typed, "budget");
        } catch (error) {
          if (!isDomainError(error)) throw error;
          got = error;
        }
        if (expected !== undefined) {
          expect([typed, got]).toEqual([typed, expected]);
          return;
        }
        expect(got).toBeInstanceOf(DomainError);
        const code = (got as DomainError).code;
        expect(["NOT_A_NUMBER", "NUMBER_FORMAT"]).toContain(code);
        const hasDigit = /[0-9\uFF10-\uFF19]/.test(typed);
        if (hasDigit) expect([typed, code]).toEqual([typed, "NUMBER_FORMAT"]);
      }),
      { numRuns: 3000 },
    );
  });
});
