/*
 * A number too wide for its column shows as #### filling the cell, as Excel shows it — never cut
 * short by an ellipsis, where "12,345,6…" reads as a different number. Its value stays in the
 * formula bar and on hover.
 */

/** Text width in pixels, in the cell's font. */
export type Measure = (text: string) => number;

/** What a number cell shows in `room` pixels: its text where it fits, else as many # as fit (at least one). */
export function numberShown(text: string, room: number, measure: Measure): string {
  if (measure(text) <= room) return text;
  const hash = Math.max(1, measure("#"));
  return "#".repeat(Math.max(1, Math.floor(room / hash)));
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
