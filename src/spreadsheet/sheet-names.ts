/*
 * Excel's rule for a sheet's name, the one the pane and the workbench both follow: what
 * a name may be (sheetNameProblem), when two names are the same sheet (sameSheetName), and a free
 * name for a new sheet (freeSheetName). It depends on nothing: every layer may import it.
 */
/** Excel's sheet names ignore case: "assumptions" and "Assumptions" are the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toUpperCase() === b.normalize("NFC").toUpperCase();
}

/** The most characters Excel allows in a sheet name. */
export const SHEET_NAME_LIMIT = 31;

/** The characters Excel refuses in a sheet name (an apostrophe only at either end). */
export const SHEET_NAME_FORBIDDEN = ["\\", "/", "?", "*", "[", "]", ":"] as const;

/** Any of SHEET_NAME_FORBIDDEN, for replacing them all. */
const SHEET_NAME_FORBIDDEN_PATTERN = new RegExp(`[${SHEET_NAME_FORBIDDEN.map((c) => `\\${c}`).join("")}]`, "g");

/** The name Excel keeps for itself (its change tracking's sheet): no sheet may have it, in any case. */
export const RESERVED_SHEET_NAME = "History";

/** Why Excel refuses a sheet name: undefined when it takes it. */
export type SheetNameProblem = "blank" | "tooLong" | "forbidden" | "apostrophe" | "reserved" | "taken";

/**
 * The one rule for a sheet name, Excel's: not blank, at most SHEET_NAME_LIMIT characters (UTF-16
 * units, as Excel counts), none of SHEET_NAME_FORBIDDEN, no apostrophe at either end, not
 * RESERVED_SHEET_NAME, and no other sheet's name in any case.
 */
export function sheetNameProblem(name: string, others: readonly string[]): SheetNameProblem | undefined {
  if (name.trim() === "") return "blank";
  if (name.length > SHEET_NAME_LIMIT) return "tooLong";
  if (SHEET_NAME_FORBIDDEN.some((character) => name.includes(character))) return "forbidden";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (sameSheetName(name, RESERVED_SHEET_NAME)) return "reserved";
  if (others.some((other) => sameSheetName(other, name))) return "taken";
  return undefined;
}

/**
 * A name for a new sheet that no sheet has, in any case: `base` made a valid Excel sheet name (none
 * of SHEET_NAME_FORBIDDEN, no apostrophe at either end, at most SHEET_NAME_LIMIT characters), then
 * " (2)", " (3)", … until it is free. A base with nothing left becomes `fallback`.
 */
export function freeSheetName(base: string, existing: readonly string[], fallback = "Sheet"): string {
  const cleaned = base.replace(SHEET_NAME_FORBIDDEN_PATTERN, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim() || fallback;
  // At most `room` UTF-16 units (what Excel counts), never half of a surrogate pair.
  const cut = (text: string, room: number) => {
    let kept = "";
    for (const character of text) {
      if (kept.length + character.length > room) break;
      kept += character;
    }
    return kept.replace(/'+$/, "").trim();
  };
  const taken = (name: string) => sheetNameProblem(name, existing) !== undefined;
  const first = cut(cleaned, SHEET_NAME_LIMIT);
  if (!taken(first)) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${cut(cleaned, SHEET_NAME_LIMIT - suffix.length)}${suffix}`;
    if (!taken(name)) return name;
  }
}
