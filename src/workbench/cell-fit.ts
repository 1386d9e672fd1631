/*
 * A number too wide for its column, as Excel shows it: in General format rounded to fewer decimals
 * (3.14159265358979 → 3.141593), then in scientific notation (123456789 → 1.2E+08); in a set format
 * (fixed decimals, currency, a date), or where nothing fits, #### filling the cell — never cut
 * short by an ellipsis, where "12,345,6…" reads as a different number. Its value stays in the
 * formula bar and on hover.
 */
import { general } from "../spreadsheet/number-format";


/** Text width in pixels, in the cell's font. */
export type Measure = (text: string) => number;

/** What a number cell shows in `room` pixels: its text where it fits, else as many # as fit (at least one). */
export function numberShown(text: string, room: number, measure: Measure): string {
  if (measure(text) <= room) return text;
  const hash = Math.max(1, measure("#"));
  return "#".repeat(Math.max(1, Math.floor(room / hash)));
}

/** A number in scientific notation as Excel's General writes it: `digits` decimals (trailing zeros dropped), a two-digit exponent. */
function scientific(value: number, digits: number): string {
  const [mantissa, exponent] = value.toExponential(digits).split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  const sign = exponent.startsWith("-") ? "-" : "+";
  return `${trimmed}E${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
}

/**
 * What a General-format number shows in `room` pixels, as Excel fits it: as General writes it where
 * it fits; else rounded to as many decimals as fit (never to a 0 that is not) or in scientific
 * notation with as many digits as fit, whichever keeps more significant digits; else as #.
 */
export function generalShown(value: number, room: number, measure: Measure): string {
  const full = general(value);
  if (measure(full) <= room) return full;
  const candidates: string[] = [];
  if (!/E/.test(full)) {
    const decimals = full.split(".")[1]?.length ?? 0;
    for (let d = decimals - 1; d >= 0; d--) {
      const text = String(Number(value.toFixed(d)));
      if (Number(text) !== 0 && !/e/i.test(text)) candidates.push(text);
    }
  }
  for (let digits = 5; digits >= 0; digits--) candidates.push(scientific(value, digits));
  // Of those that fit, the one that keeps the most significant digits (0.000012345 in 7: 1.2E-05, not 0.00001), decimals first on a tie.
  const significant = (text: string) => text.replace(/E.*$/, "").replace(/[^\d]/g, "").replace(/^0+/, "").length;
  const fits = candidates.filter((text) => measure(text) <= room);
  if (fits.length === 0) return numberShown(full, room, measure);
  return fits.reduce((best, text) => (significant(text) > significant(best) ? text : best));
}

let context: CanvasRenderingContext2D | null | undefined;

/** Measures text in a font, by a canvas's measureText; undefined where the page cannot (then nothing is replaced). */
export function canvasMeasure(font: string): Measure | undefined {
  if (context === undefined) {
    try {
      context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    } catch {
      context = null;
    }
  }
  const ctx = context;
  if (!ctx) return undefined;
  return (text) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/**
 * How many lines a wrapped cell's text takes in `room` pixels, as Excel wraps it: at each line
 * break, then between words (a Chinese character is a word of its own), a word wider than the room
 * broken where it must be. An empty text is one line.
 */
export function wrappedLines(text: string, room: number, measure: Measure): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\n|\r/)) {
    // Words with the spaces after them, and each CJK character alone.
    const words = paragraph.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [""];
    let line = "";
    lines++;
    for (const word of words) {
      if (line !== "" && measure(line + word.trimEnd()) > room) {
        lines++;
        line = "";
      }
      line += word;
      // A word wider than the whole room: broken across as many lines as it fills.
      while (measure(line.trimEnd()) > room && line.trimEnd().length > 1) {
        let fits = 1;
        while (measure(line.slice(0, fits + 1)) <= room) fits++;
        line = line.slice(fits);
        lines++;
      }
    }
  }
  return lines;
}

/**
 * Loads the grid's font before anything is measured: the Carlito faces the page serves (workbench.css),
 * plain and bold (600, drawn in the 700 face), in the grid's size. A measurement in the fallback while
 * they load would show #### where Excel shows the number. Where the page cannot load fonts (or a face
 * fails to load), the grid measures in what the page has.
 */
export async function loadGridFont(grid: HTMLElement): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  const { fontSize } = getComputedStyle(grid);
  try {
    await Promise.all([document.fonts.load(`${fontSize} Carlito`), document.fonts.load(`600 ${fontSize} Carlito`)]);
  } catch {
    // Measured in the next font of the grid's list.
  }
}
