/*
 * Excel's ROUND(amount, 2) in cents, worked on the decimal digits Excel shows (15 significant), by
 * hand on the digit string: an oracle for the cents tests that shares no code with core/numbers.ts.
 * LibreOffice agrees with it (test/workbook/libreoffice.test.ts checks the core the same way).
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
