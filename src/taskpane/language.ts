import type { Language } from "../core";

/** Office display languages starting with "zh" get Chinese; every other, English. */
export function languageOf(display: string): Language {
  return display.toLowerCase().startsWith("zh") ? "zh" : "en";
}
