import type { Assumptions } from "./assumptions";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";
import type { Language } from "./language";
import { spilloverShare } from "./split";
import { CORE_WORDS } from "./words";

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
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
  return [title, plan.split(percent(share), percent(1 - share)), ...plan.actions[nearest]];
}
