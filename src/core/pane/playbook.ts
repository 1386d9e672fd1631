import type { Assumptions } from "../maths/assumptions";
import { DEFAULT_ASSUMPTIONS } from "../maths/assumptions";
import type { Language } from "../words/language";
import { toCents } from "../maths/numbers";
import { spilloverShare } from "../maths/split";
import { CORE_WORDS } from "../words/words";
import { PLAN_WORDS } from "../words/plan-words";

/**
 * The split's two shares as printed, to a tenth of a percent, adding up to 100% as the money does:
 * spillover rounded as Excel's ROUND rounds (half away from 0, on the digits Excel shows; toCents
 * counts hundredths, and tenths of a percent are hundredths of share × 10), closed loop the rest.
 * Rounding each on its own printed 69.95% / 30.05% as 70% | 30.1%.
 *
 * @example splitPercents(0.6995) // ["70%", "30%"]
 */
export function splitPercents(spilloverShare: number): [string, string] {
  const spillover = toCents(spilloverShare * 10);
  return [`${spillover / 10}%`, `${(1000 - spillover) / 10}%`];
}

/**
 * A stage's plan as lines of text: the stage, its split, then its key actions. A brand between two
 * stages gets the split for its position and the actions of the nearer stage (halfway: the next one).
 *
 * @example stagePlan(2, "en")[1] // "Budget split: spillover 50% | closed loop 50%"
 */
export function stagePlan(position: number, language: Language, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): string[] {
  const w = CORE_WORDS[language];
  const plan = w.stagePlan;
  const nearest = Math.round(position) as 1 | 2 | 3;
  const name = (p: number) => w.stageNames[p - 1];
  const title = Number.isInteger(position) ? plan.stage(name(position)) : plan.between(name(Math.floor(position)), name(Math.ceil(position)), position);
  const share = spilloverShare(position, assumptions);
  return [title, plan.split(...splitPercents(share)), ...PLAN_WORDS[language].stageActions[nearest]];
}
