import { calendarOf, LAST_DAY } from "./excel-serial";

/*
 * Shows a number the way an Excel number format would, for the formats the planner template uses:
 * digits with or without thousands separators ("#,##0.00", "0.0000"), percentages ("0.0%"),
 * leading zeros ("00", "000000"), and literal text before or after, quoted or not ('"¥"#,##0.00', '0" over"', "(0)", "0.0 "), the positive section of several;
 * and dates and times ("yyyy-mm-dd", "m/d/yyyy", "yyyy年m月d日", "hh:mm:ss"), as an ad report's dates come. Anything else falls back to General.
 * The grid shows cells with it; the engine's TEXT() formats with it (excel-functions.ts).
 */
export function formatNumber(value: number, format: string | undefined): string {
  return (format && formatted(value, format)) || general(value);
}

/**
 * A number shown in a format formatNumber knows, scientific ones ("0.00E+00") too; undefined for a
 * format it does not know (TEXT() is then #VALUE!, the grid shows General) or a date format given
 * no date Excel shows.
 */
export function formatted(value: number, format: string): string | undefined {
  if (format === "General") return general(value);
  const date = formatDate(value, format);
  if (date !== undefined) return date;
  // Spaces kept: a trailing space is shown, as Excel and LibreOffice show it ("0.0 " shows 7 as "7.0 ").
  const section = format.split(";")[0];
  const scientific = /^0(?:\.(0+))?E([+-])(0+)$/i.exec(section);
  if (scientific) return inScientific(value, scientific[1]?.length ?? 0, scientific[2] === "+", scientific[3].length);
  // The positive section: text before the digits ("¥", $, a bracket), the digits, a percent sign, text after (" over", \x).
  // Literal text: quoted, one escaped character, or one of the characters Excel shows unquoted.
  const literalText = `(?:"[^"]*"|\\\\.|[$\\-+/():!^&'~{}<>= ])*`;
  const match = new RegExp(`^(${literalText})([#0,]*0)(?:\\.(0+))?(%?)(${literalText})$`).exec(section);
  if (!match) return undefined;
  const [, before, integerPart, decimals = "", percent, after] = match;
  const literal = (text: string) => text.replace(/"([^"]*)"|\\(.)/g, "$1$2");
  const shown = Math.abs(percent ? value * 100 : value);
  const text = shown.toLocaleString("en-US", {
    // Each 0 before the point is a digit shown, a leading zero if need be ("00" shows 7 as 07).
    minimumIntegerDigits: Math.min(21, Math.max(1, integerPart.replace(/[^0]/g, "").length)),
    minimumFractionDigits: decimals.length,
    maximumFractionDigits: decimals.length,
    useGrouping: integerPart.includes(","),
  });
  // The minus goes before a currency sign, as Excel shows -¥1,234.50.
  const sign = value < 0 ? "-" : "";
  return `${sign}${literal(before)}${text}${percent}${literal(after)}`;
}

/** A number in a scientific format: `decimals` digits after the point, the exponent signed always (E+) or when negative (E-), of `width` digits at least. */
function inScientific(value: number, decimals: number, plus: boolean, width: number): string {
  // Rounded as the number's shortest decimal (2.675 to 2.68E+00, as Excel), where toExponential rounds the double (2.67).
  const scientific = new Intl.NumberFormat("en-US", { notation: "scientific", minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
  const [mantissa, exponent] = scientific.format(value === 0 ? 0 : value).split("E");
  const power = Number(exponent);
  return `${mantissa}E${power < 0 ? "-" : plus ? "+" : ""}${String(Math.abs(power)).padStart(width, "0")}`;
}

/** Excel's General format: up to 11 significant characters, scientific when very large or small. */
export function general(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) return value.toExponential(5).replace(/\.?0+e/, "E").replace("e", "E");
  return String(Number(value.toPrecision(10)));
}

/** Seconds in the unit an elapsed-time token ([h], [m], [s]) counts. */
const ELAPSED: Record<string, number> = { h: 3600, m: 60, s: 1 };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * A date or time format ("yyyy-mm-dd", "d-mmm-yy", "yyyy年m月d日", "h:mm AM/PM", "hh:mm:ss") applied
 * to a serial date (days from Excel's 1900 epoch, the time of day as its fraction); undefined when
 * the format is no date format, or the value no date Excel shows (below 0, or past 9999).
 */
function formatDate(value: number, format: string): string | undefined {
  // The positive section; [$-804] and [Red] aside, an elapsed [h], [mm] or [ss] kept.
  const section = format.split(";")[0].replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  const bare = section.replace(/"[^"]*"|\\./g, "");
  if (!/[ydhs]/i.test(bare) && !/m/i.test(bare.replace(/AM\/PM/gi, "")) ) return undefined;
  if (/[#0?]/.test(bare.replace(/\.0+/g, ""))) return undefined; // digits: a number format, not a date
  if (!(value >= 0 && value < LAST_DAY + 1)) return undefined;
  // The day and the time of day, to the second (23:59:59.6 is the next day's 0:00:00), in Excel's calendar (excel-serial.ts).
  const whole = Math.min(Math.round(value * 86_400), (LAST_DAY + 1) * 86_400 - 1);
  const { year, month, day, weekday } = calendarOf(Math.floor(whole / 86_400));
  const [hours, minutes, seconds] = [Math.floor((whole % 86_400) / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const twelve = /AM\/PM/i.test(bare);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const tokens = /"([^"]*)"|\\(.)|(\[h+\]|\[m+\]|\[s+\]|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM)|(.)/gi;
  const parts: { text: string; token?: string }[] = [];
  for (const match of section.matchAll(tokens)) {
    if (match[3]) parts.push({ text: "", token: match[3].toLowerCase() });
    else parts.push({ text: match[1] ?? match[2] ?? match[4] ?? "" });
  }
  // "m" after an hour or before a second is minutes, as in Excel.
  const tokenAround = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < parts.length; j += step) if (parts[j].token) return parts[j].token!;
    return "";
  };
  return parts
    .map(({ text, token }, i) => {
      if (!token) return text;
      // Elapsed time ([h]:mm, [mm]:ss): the whole hours, minutes or seconds since 0, padded to the brackets' width.
      if (token.startsWith("[")) return pad(Math.floor(Math.round(value * 86_400) / ELAPSED[token[1]]), token.length - 2);
      const ofMinutes = (token === "m" || token === "mm") && (/^\[?h/.test(tokenAround(i, -1)) || /^\[?s/.test(tokenAround(i, 1)));
      if (ofMinutes) return token === "mm" ? pad(minutes, 2) : String(minutes);
      switch (token) {
        case "yyyy": return String(year);
        case "yy": return pad(year % 100, 2);
        case "mmmmm": return MONTHS[month - 1][0];
        case "mmmm": return MONTHS[month - 1];
        case "mmm": return MONTHS[month - 1].slice(0, 3);
        case "mm": return pad(month, 2);
        case "m": return String(month);
        case "dddd": return DAYS[weekday];
        case "ddd": return DAYS[weekday].slice(0, 3);
        case "dd": return pad(day, 2);
        case "d": return String(day);
        case "hh": return pad(twelve ? hours % 12 || 12 : hours, 2);
        case "h": return String(twelve ? hours % 12 || 12 : hours);
        case "ss": return pad(seconds, 2);
        case "s": return String(seconds);
        default: return hours < 12 ? "AM" : "PM"; // AM/PM
      }
    })
    .join("");
}

/** What a number format shows a number as: a percent, a date, a time, money or a plain number (an entry's format of the kind a cell's has already leaves the cell's). */
export function formatKind(format: string): "percent" | "date" | "time" | "currency" | "number" {
  // Colours ([Red]), conditions and escaped or quoted characters say nothing of the kind; elapsed time ([h]) does.
  const bare = format.replace(/\[(?![hms]+\])[^\]]*\]|\\.|"[^"]*"/gi, "");
  if (bare.includes("%")) return "percent";
  if (/[yd]/i.test(bare)) return "date";
  if (/[hs]/i.test(bare)) return "time";
  if (/m/i.test(bare.replace(/AM\/PM/gi, "")) && !/[#0?]/.test(bare)) return "date"; // months alone: "mmm", "mmmm"
  return /[$¥￥]/.test(format) ? "currency" : "number";
}
