/*
 * Minefield 6, "ignoring owned users" (DOMAIN §4, [004]), on the NPL sheet's own numbers: the loyal
 * customers' share of the year's GMV as the sheet computes it, and what a higher group-chat join
 * rate (returning_to_loyal, κ of DOMAIN §9: returning customers who join a group chat) would add —
 * priced by assetLadder, the function RED.ASSETLADDER runs, on the sheet's inputs and the
 * workbook's assumptions, and offered only where that ladder gives the sheet's own GMV to the cent.
 * Pure: the pane reads the workbook, this decides.
 */
import { assetLadder, type LadderStocks } from "../maths/asset-ladder";
import type { Assumptions } from "../maths/assumptions";
import { toCents } from "../maths/numbers";
import { formatAmount } from "../words/format";
import { inEveryLanguage, type Language } from "../words/language";
import { CHECK_WORDS, type Verdict } from "../words/check-words";

/** How much the pane raises the group-chat join rate to price it: one percentage point a month. */
export const JOIN_RATE_STEP = 0.01;

/** What minefield 6 reads from the NPL sheet: the ladder's inputs and the figures the sheet computed. */
export interface OwnedUsersInput {
  /** The five layers at the start (the sheet's start row). */
  start: LadderStocks;
  /** People newly aware, one per month (the sheet's reach row). */
  reach: readonly number[];
  /** First buyers won directly, one per month (the sheet's first-buyers row). */
  firstBuyers: readonly number[];
  aov: number;
  /** The assumptions table the sheet's ladder reads. */
  assumptions: Assumptions;
  /** The sheet's own figures: the year's GMV, the loyal customers' share of it and the group-chat line's spend. */
  sheet: { gmv: number; loyalShare: number; peopleSpend: number };
}

export interface OwnedUsersCheck {
  status: Verdict;
  /** The sheet's figures, as it shows them. */
  loyalShare: number;
  gmv: number;
  /** κ now, and raised by JOIN_RATE_STEP (at most 1 − returning_lapse). */
  joinRate: number;
  raisedJoinRate: number;
  /** The year's GMV the raised rate adds, in yuan to the cent; undefined where the ladder does not reproduce the sheet's GMV. */
  addedGmv?: number;
  /** The year's GMV as the core's ladder computes it on the sheet's inputs, to the cent. */
  ladderGmv: number;
  /** Every sentence of the check: the verdict's reason, the share, the added GMV, the fact. */
  summary: Record<Language, string>;
}

/** The year's GMV in cents, each month rounded to the cent as RED.ASSETLADDER shows it. */
function yearGmvCents(input: OwnedUsersInput, rates: Assumptions): number {
  return assetLadder(input.start, input.reach, input.aov, rates, input.firstBuyers).reduce((cents, month) => cents + toCents(month.gmv), 0);
}

/** A rate difference this small is a rounding of the doubles' sum, not room to raise κ into. */
const ROUNDING_ROOM = 1e-12;

/**
 * κ raised by JOIN_RATE_STEP, stopping where κ + χR reaches 1 (DOMAIN §9: returning customers have
 * no one left to move), judged on the doubles' sum as checkLadderRates judges it; never below κ.
 */
function raisedRate(joinRate: number, lapse: number): number {
  const fits = (rate: number) => rate + lapse <= 1;
  if (fits(joinRate + JOIN_RATE_STEP)) return joinRate + JOIN_RATE_STEP;
  const ceiling = 1 - lapse;
  // A ceiling a rounding above κ (1 − 0.7 is 0.30000000000000004) is no room: κ stays.
  return ceiling - joinRate > ROUNDING_ROOM && fits(ceiling) ? ceiling : joinRate;
}

const percent = (x: number) => `${formatAmount(x * 100, 1)}%`;
const points = (x: number) => `${formatAmount(x * 100, 2)}%`;

/**
 * Minefield 6's verdict: risk where the loyal customers bring no GMV (the plan has no group-chat
 * members and no one joining), watch where they do but the group-chat line has no budget this year,
 * clear where both hold. Throws what assetLadder throws on inputs it refuses (a rate out of range).
 *
 * @example checkOwnedUsers({ start, reach, firstBuyers, aov: 200, assumptions, sheet: { gmv, loyalShare: 0.07, peopleSpend: 900_000 } }).status // "clear"
 */
export function checkOwnedUsers(input: OwnedUsersInput): OwnedUsersCheck {
  const { sheet, assumptions } = input;
  const status: Verdict = !(sheet.loyalShare > 0) ? "risk" : !(sheet.peopleSpend > 0) ? "watch" : "clear";
  const joinRate = assumptions.returningToLoyal;
  const raisedJoinRate = raisedRate(joinRate, assumptions.returningLapse);
  const base = yearGmvCents(input, assumptions);
  const agrees = base === toCents(sheet.gmv);
  const addedGmv = agrees ? (yearGmvCents(input, { ...assumptions, returningToLoyal: raisedJoinRate }) - base) / 100 : undefined;
  const summary = inEveryLanguage((language) => {
    const w = CHECK_WORDS[language].ownedUsers;
    const sentences = [w.reasons[status], w.share({ share: percent(sheet.loyalShare), gmv: formatAmount(sheet.gmv, 2) })];
    if (addedGmv === undefined) sentences.push(w.disagrees({ sheet: formatAmount(sheet.gmv, 2), pane: formatAmount(base / 100, 2) }));
    else if (raisedJoinRate === joinRate) sentences.push(w.noRoom({ from: points(joinRate) }));
    else sentences.push(w.added({ from: points(joinRate), to: points(raisedJoinRate), added: formatAmount(addedGmv, 2), percent: percent(addedGmv === 0 ? 0 : addedGmv / sheet.gmv) }));
    return [...sentences, w.fact].join(" ");
  });
  return { status, loyalShare: sheet.loyalShare, gmv: sheet.gmv, joinRate, raisedJoinRate, addedGmv, ladderGmv: base / 100, summary };
}
