/*
 * Excel's ROUND(amount, 2) in cents, worked on the decimal digits Excel shows (15 significant), by
 * hand on the digit string: an oracle for the cents tests that shares no code with core/maths/numbers.ts.
 * LibreOffice agrees with it (test/template/libreoffice.test.ts checks the core the same way).
 */
export function excelCents(amount: number): number {
  const places = 2;
  if (amount === 0) return 0;
  const [mantissa, exponent] = Math.abs(amount).toExponential(14).split("e");
  const digits = mantissa.replace(".", ""); // 15 digits: the value is digits × 10^(e − 14)
  const shift = Number(exponent) - 14 + places; // cents = digits × 10^shift
  let cents: number;
  if (shift >= 0) cents = Number(digits) * 10 ** shift;
  else {
    const kept = digits.slice(0, Math.max(0, digits.length + shift));
    const first = digits.length + shift >= 0 ? digits[digits.length + shift] : "0";
    cents = Number(kept || "0") + (first >= "5" ? 1 : 0);
  }
  return amount < 0 ? -cents : cents;
}

/** A decimal written out ("157500000.035", "-0.7"): an integer of its digits and how many of them are decimals. */
function decimalOf(text: string): { units: bigint; places: number } {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) throw new Error(`not a plain decimal: ${text}`);
  const [, sign, whole, fraction = ""] = match;
  const units = BigInt(`${whole || "0"}${fraction}`);
  return { units: sign === "-" ? -units : units, places: fraction.length };
}

const TEN = BigInt(10);

/** A decimal text for units × 10^−places, e.g. (157500000035, 3) → "157500000.035". */
export function decimalText(units: bigint, places: number): string {
  const negative = units < BigInt(0);
  const digits = (negative ? -units : units).toString().padStart(places + 1, "0");
  const text = places > 0 ? `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}` : digits;
  return negative ? `-${text}` : text;
}

/** Exact decimal arithmetic on decimal texts, in BigInt: a + b, a − b, a × b. */
export function decimalAdd(a: string, b: string): string {
  const x = decimalOf(a);
  const y = decimalOf(b);
  const places = Math.max(x.places, y.places);
  return decimalText(x.units * TEN ** BigInt(places - x.places) + y.units * TEN ** BigInt(places - y.places), places);
}

export function decimalTimes(a: string, b: string): string {
  const x = decimalOf(a);
  const y = decimalOf(b);
  return decimalText(x.units * y.units, x.places + y.places);
}

/**
 * A decimal text rounded to `places` decimals, half away from zero, as the integer count of the
 * last place kept: ("157500000.035", 2) → 15750000004 (cents). Exact, on the digits alone.
 */
export function roundedUnits(text: string, places: number): bigint {
  const { units, places: had } = decimalOf(text);
  if (had <= places) return units * TEN ** BigInt(places - had);
  const unit = TEN ** BigInt(had - places);
  const magnitude = units < BigInt(0) ? -units : units;
  const kept = magnitude / unit + ((magnitude % unit) * BigInt(2) >= unit ? BigInt(1) : BigInt(0));
  return units < BigInt(0) ? -kept : kept;
}

/**
 * A bound in whole cents, rounded inward on the digits Excel shows (15 significant): a minimum up
 * (ROUNDUP), a maximum down (ROUNDDOWN); Infinity (no maximum) stays. By hand on the digit string.
 */
export function excelBoundCents(amount: number, up: boolean): number {
  if (amount === Infinity) return Infinity;
  const [mantissa, exponent] = amount.toExponential(14).split("e");
  const units = BigInt(mantissa.replace(".", "").replace("-", "")) * (amount < 0 ? BigInt(-1) : BigInt(1));
  const shift = Number(exponent) - 14 + 2; // cents = units × 10^shift
  if (shift >= 0) return Number(units * TEN ** BigInt(shift));
  const unit = TEN ** BigInt(-shift);
  const floor = units >= BigInt(0) ? units / unit : -((-units + unit - BigInt(1)) / unit);
  return Number(up && floor * unit !== units ? floor + BigInt(1) : floor);
}
