/*
 * Minefield 6 as the pane shows it: the NPL sheet's own cells — the ladder's inputs, the year's GMV,
 * the loyal customers' share and the group-chat line's spend — and the assumptions table its
 * ASSETLADDER formula points at, handed to checkOwnedUsers. One figure, one answer: the share is
 * the sheet's cell, never a recomputation; a cell that does not show a number is named, not checked.
 */
import { checkOwnedUsers, COUNT, describe, isDomainError, Language, MONEY, NumberRule, OwnedUsersCheck } from "../core";
import { columnLetter, LADDER_COLUMNS, NPL_LAYOUT as L, NPL_LINE_COLUMNS, NPL_SHEET, parseA1 } from "../template/planner";
import { cellNumber } from "./cell-reading";
import { CellValue, joinAddress, SheetRef, WorkbookHost } from "./host";
import { sameSheetName } from "../spreadsheet/sheet-names";
import { readScenarioAssumptions } from "./scenario";
import type { UiStrings } from "./ui-strings";

export interface OwnedUsers {
  /** The NPL sheet's name in this workbook. */
  sheet: string;
  check?: OwnedUsersCheck;
  /** Cells that keep the check from a verdict: where, and what they show. */
  problems: { address: string; shown: string }[];
  /** The assumptions table refused, in words, where it is. */
  refused?: { range?: string; why: Record<Language, string> };
}

/** The cells read, by name: [address on the sheet, rule]; a range reads one value per cell. */
const CELLS = {
  start: [`B${L.startRow}:F${L.startRow}`, COUNT],
  reach: [`B${L.reachRow}:M${L.reachRow}`, COUNT],
  firstBuyers: [`B${L.firstBuyersRow}:M${L.firstBuyersRow}`, COUNT],
  aov: [L.aov, MONEY],
  gmv: [L.figures.gmv, MONEY],
  loyalShare: [L.figures.loyalShare, COUNT],
  peopleSpend: [`${NPL_LINE_COLUMNS.spend}${L.firstLineRow + L.peopleLine}`, MONEY],
} as const satisfies Record<string, readonly [string, NumberRule]>;
type Name = keyof typeof CELLS;

/** Minefield 6 on the workbook's NPL sheet, or undefined where the workbook has none. */
export async function readOwnedUsers(host: WorkbookHost, sheets: readonly SheetRef[]): Promise<OwnedUsers | undefined> {
  const sheet = sheets.find((s) => sameSheetName(s.name, NPL_SHEET))?.name;
  if (!sheet) return undefined;
  const names = Object.keys(CELLS) as Name[];
  const ranges = await host.readRanges(names.map((name) => joinAddress(sheet, CELLS[name][0])));
  const problems: OwnedUsers["problems"] = [];
  const read = (name: Name, values: CellValue[][]): number[] => {
    const [range, rule] = CELLS[name];
    const first = parseA1(range.split(":")[0]);
    return values.flat().map((value, i) => {
      // Read as the RED functions read it: 100万 typed in an input is 1,000,000 here too.
      // A cleared group-chat line shows no year's spend: it has no budget (watch), not an unreadable cell.
      const number = cellNumber(value, rule) ?? (name === "peopleSpend" && (value === "" || value === null || value === undefined) ? 0 : undefined);
      if (number === undefined) problems.push({ address: joinAddress(sheet, `${columnLetter(first.column + i)}${first.row + 1}`), shown: String(value ?? "") });
      return number ?? 0;
    });
  };
  const got = Object.fromEntries(names.map((name, i) => [name, read(name, ranges[i])])) as Record<Name, number[]>;
  const assumptions = await readScenarioAssumptions(host, [joinAddress(sheet, `${LADDER_COLUMNS.month}${L.ladderRow}`)], sheet);
  if (isDomainError(assumptions.read)) {
    const error = assumptions.read;
    return { sheet, problems, refused: { range: assumptions.range, why: { en: describe(error, "en"), zh: describe(error, "zh") } } };
  }
  if (problems.length > 0) return { sheet, problems };
  const [aware, interested, newCustomers, returning, loyal] = got.start;
  try {
    const check = checkOwnedUsers({
      start: { aware, interested, newCustomers, returning, loyal },
      reach: got.reach,
      firstBuyers: got.firstBuyers,
      aov: got.aov[0],
      assumptions: assumptions.read,
      sheet: { gmv: got.gmv[0], loyalShare: got.loyalShare[0], peopleSpend: got.peopleSpend[0] },
    });
    return { sheet, check, problems };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { sheet, problems, refused: { range: assumptions.range, why: { en: describe(error, "en"), zh: describe(error, "zh") } } };
  }
}

/** Minefield 6's evidence for the report and the card: the check's sentences, or why there is none. */
export function ownedUsersEvidence(owned: OwnedUsers | undefined, u: UiStrings, language: Language): string {
  if (!owned) return u.needsNpl(NPL_SHEET);
  if (owned.check) return owned.check.summary[language];
  const sentences = owned.problems.map((p) => u.cellShows(u.nplCell, p.address, p.shown));
  if (owned.refused) sentences.push(u.assumptionsRefused(owned.refused.range, owned.refused.why[language]));
  return [u.notChecked, ...sentences].join(" ");
}
