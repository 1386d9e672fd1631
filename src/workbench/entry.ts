/*
 * What a user types into a cell, as Excel reads it, and a cell's constant as the formula bar shows
 * it. Pure: no DOM, no engine.
 */

/** A constant as the formula bar shows it: text keeps its apostrophe only where it would otherwise read as a number, a formula or TRUE. */
export function entryText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  const text = String(raw);
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  // Plain text only if typed back it is text again: not a formula, a number, TRUE/FALSE or an error.
  return typeof parseEntry(rest) === "string" && !/^(=|true|false|#)/i.test(rest.trim()) ? rest : text;
}

/** What a typed entry means: a formula, a number, or text — as Excel reads a typed cell. */
export function parseEntry(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("=")) return trimmed;
  const number = Number(trimmed.replace(/,/g, ""));
  return /^[+-]?[\d,]*\.?\d+(e[+-]?\d+)?$/i.test(trimmed) && Number.isFinite(number) ? number : text;
}
