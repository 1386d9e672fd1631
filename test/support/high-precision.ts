/*
 * A reference for the curve's prices that shares no arithmetic with src/core: logarithms and
 * exponentials worked in integers (BigInt) to 60 decimal places, from the doubles' exact binary
 * values. ln by the atanh series on a mantissa in [1, 2), exp by Taylor's series after taking out
 * powers of 2. Slow, exact to far more digits than a double holds, and simple enough to read.
 */

const PLACES = 60;
const ONE = BigInt(10) ** BigInt(PLACES);
const TWO = BigInt(2);

/** A fixed-point number: an integer over 10^60. */
export type Fixed = bigint;

/** A positive double's exact value: mantissa × 2^exponent. */
function exactBinary(x: number): { mantissa: bigint; exponent: number } {
  if (!(x > 0 && x < Infinity)) throw new Error(`exactBinary needs a positive finite double, got ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> BigInt(52));
  const fraction = bits & ((BigInt(1) << BigInt(52)) - BigInt(1));
  return biased === 0 ? { mantissa: fraction, exponent: -1074 } : { mantissa: fraction | (BigInt(1) << BigInt(52)), exponent: biased - 1075 };
}

/** ln v for v in [1, 2] as fixed point: 2 · atanh((v − 1) / (v + 1)), a series in z² ≤ 1/9. */
function lnNearOne(v: Fixed): Fixed {
  const z = ((v - ONE) * ONE) / (v + ONE);
  const z2 = (z * z) / ONE;
  let power = z;
  let sum = BigInt(0);
  for (let n = BigInt(1); power !== BigInt(0); n += TWO) {
    sum += power / n;
    power = (power * z2) / ONE;
  }
  return TWO * sum;
}

const LN2 = lnNearOne(TWO * ONE);

/** ln(m · 2^k) for a positive integer m, as fixed point. */
function lnOfBinary(mantissa: bigint, exponent: number): Fixed {
  const bits = mantissa.toString(2).length - 1;
  const v = (mantissa * ONE) >> BigInt(bits); // m / 2^bits, in [1, 2)
  return lnNearOne(v) + BigInt(exponent + bits) * LN2;
}

const LN10 = lnOfBinary(BigInt(10), 0);

/** ln x of a positive double, as fixed point. */
export function lnOf(x: number): Fixed {
  const { mantissa, exponent } = exactBinary(x);
  return lnOfBinary(mantissa, exponent);
}

/** ln of a positive fixed-point number. */
export function lnOfFixed(v: Fixed): Fixed {
  return lnOfBinary(v, 0) - BigInt(PLACES) * LN10;
}

/** ln(high − low) of two doubles, the difference taken exactly (0 ≤ low < high). */
export function lnOfDifference(high: number, low: number): Fixed {
  if (low === 0) return lnOf(high);
  const h = exactBinary(high);
  const l = exactBinary(low);
  const bottom = Math.min(h.exponent, l.exponent);
  const difference = (h.mantissa << BigInt(h.exponent - bottom)) - (l.mantissa << BigInt(l.exponent - bottom));
  return lnOfBinary(difference, bottom);
}

/** A double as fixed point (its exact value, to 60 places). */
export function fixed(x: number): Fixed {
  if (x === 0) return BigInt(0);
  const { mantissa, exponent } = exactBinary(Math.abs(x));
  const value = exponent >= 0 ? (mantissa * ONE) << BigInt(exponent) : (mantissa * ONE) >> BigInt(-exponent);
  return x < 0 ? -value : value;
}

export function times(a: Fixed, b: Fixed): Fixed {
  return (a * b) / ONE;
}

/** e^y for y ≤ 0, as fixed point (0 once it is below 10^-60). */
export function expOf(y: Fixed): Fixed {
  if (y > BigInt(0)) throw new Error("expOf takes y ≤ 0");
  const twos = (y - LN2 / TWO) / LN2; // y ≈ twos · ln 2 + r, |r| ≤ ln 2 (BigInt division rounds toward 0)
  const r = y - twos * LN2;
  let term = ONE;
  let sum = ONE;
  for (let n = BigInt(1); term !== BigInt(0); n++) {
    term = (term * r) / (ONE * n);
    sum += term;
  }
  return twos >= BigInt(0) ? sum << twos : sum >> -twos;
}

/** A fixed-point number as the nearest double (good to about 16 digits). */
export function toNumber(v: Fixed): number {
  return Number(v) / Number(ONE);
}

/**
 * ln of the incremental CPM of DOMAIN §3, 1000 · (high − low) / (I(high) − I(low)), straight from its
 * definitions: I(s) = 1000 · s / A(s), A(s) = base · (max(s, floor) / ref)^e. With J(s) = s · max(s,
 * floor)^(−e), I(s) = 1000 · ref^e · J(s) / base, so the price is base · ref^(−e) · (high − low) /
 * (J(high) · (1 − q)) with q = J(low) / J(high) < 1 — no difference of two large counts anywhere.
 */
export function lnIncrementalCpm(low: number, high: number, base: number, ref: number, floor: number, e: number): Fixed {
  const E = fixed(e);
  const lnJ = (s: number) => lnOf(s) - times(E, lnOf(Math.max(s, floor)));
  const lnJHigh = lnJ(high);
  const q = low === 0 ? BigInt(0) : expOf(lnJ(low) - lnJHigh);
  return lnOf(base) - times(E, lnOf(ref)) + lnOfDifference(high, low) - lnJHigh - lnOfFixed(ONE - q);
}
