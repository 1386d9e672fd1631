/*
 * Shows a number the way an Excel number format would, for the formats the planner template uses:
 * digits with or without thousands separators ("#,##0.00", "0.0000"), percentages ("0.0%"), and
 * quoted literal text ('0" over"'). Anything else falls back to General.
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === "General") return general(value);
  const literal = /"([^"]*)"/.exec(format);
  const pattern = format.replace(/"[^"]*"/g, "").trim();
  const match = /^([#0,]*0)(?:\.(0+))?(%?)$/.exec(pattern);
  if (!match) return general(value);
  const [, integerPart, decimals = "", percent] = match;
  const shown = percent ? value * 100 : value;
  const text = shown.toLocaleString("en-US", {
    minimumFractionDigits: decimals.length,
    maximumFractionDigits: decimals.length,
    useGrouping: integerPart.includes(","),
  });
  return `${text}${percent}${literal ? literal[1] : ""}`;
}

/** Excel's General format: up to 11 significant characters, scientific when very large or small. */
export function general(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) return value.toExponential(5).replace(/\.?0+e/, "E").replace("e", "E");
  return String(Number(value.toPrecision(10)));
}
