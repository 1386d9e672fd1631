/* RED.STAGEPLAN — a lifecycle stage's plan as a column of text. */
import { stagePlan } from "../../../core";
import { currentLanguage } from "../../boundary";
import { customFunction, forAmount } from "../../custom-function";
import { sharedAs, withHelp } from "../../declarations";
import { ASSUMPTIONS, LANG as lang, STAGE } from "../../parameters";
import { readLanguage } from "../../readers";

const stage = sharedAs(STAGE, STAGE.help, { takes: "cell" });
const assumptions = withHelp(ASSUMPTIONS, {
  en: "{Assumptions} range (keys and their values), for edited presets of the stages.",
  zh: "假设区域（键、值），用于修改后的阶段预设比例。",
});

export const STAGEPLAN = customFunction({
  description: {
    en: "Spills a lifecycle {stage}'s plan as a column of text: the {stage}, its spillover/closed-loop split and its key actions.",
    zh: "以一列文字溢出某生命周期阶段的打法：阶段、外溢/闭环预算分配以及关键动作。",
  },
  parameters: [stage, lang, assumptions],
  result: () => ({ rows: stagePlan(1, "en").length, columns: 1 }),
  returns: {
    en: "The plan, one line per cell.",
    zh: "打法，每个单元格一行。",
  },
  run: forAmount(stage, (position, argument, a) => stagePlan(position, readLanguage(argument(lang), currentLanguage(), lang.name), a).map((line) => [line])),
});
