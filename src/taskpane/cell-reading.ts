/*
 * Cells as the pane reads them through the host: an error value's text, a number by the rule of its
 * quantity, a stage, and the assumptions range a formula points at — each read as the functions read it.
 */
import { acceptedValue, isBlank, NumberRule, stagePosition } from "../core";
import { joinAddress, SHEET_IN_FORMULA } from "../template/references-syntax";
import { CellValue, splitAddress } from "./host";

/** An error value as the host hands it over: its "#CODE" text. */
export function isErrorText(value: CellValue | undefined): value is string {
  return typeof value === "string" && /^#(?:[A-Z0-9/_]+[!?]?|N\/A)$/.test(value);
}

/**
 * The assumptions range a formula points at: its last range argument ("Assumptions!$A$1:$B$8",
 * "'Assumptions (2)'!A1:B8", or "A20:B27" on the formula's own sheet), as an address.
 *
 * @example assumptionsRange("=RED.BUDGETCAP($B$6,$B$5,Assumptions!$A$1:$B$8)", "Growth") // "Assumptions!A1:B8"
 */
export function assumptionsRange(formula: string, ownSheet: string): string | undefined {
  const ranges = [...formula.matchAll(new RegExp(String.raw`(?:(${SHEET_IN_FORMULA})!)?(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)`, "g"))];
  const last = ranges[ranges.length - 1];
  if (!last) return undefined;
  const sheet = last[1] === undefined ? ownSheet : splitAddress(`${last[1]}!A1`).sheet;
  return joinAddress(sheet, last[2].replace(/\$/g, ""));
}

/**
 * A scenario input read by the rule of its quantity, as the functions read it: a spend is money, a
 * base or target CPM/CPA a price, a note's count a count. What a function would refuse is left
 * unread (undefined), so the pane never checks a value the sheet shows as an error.
 */
export function cellNumber(value: CellValue | undefined, rule: NumberRule): number | undefined {
  return acceptedValue(rule, value);
}

/** A stage as the functions read it (a name in either language, or 1 to 3); undefined for a blank or what they refuse. */
export function cellStage(value: CellValue | undefined): number | undefined {
  if (isBlank(value)) return undefined;
  try {
    return stagePosition(value);
  } catch {
    return undefined;
  }
}
