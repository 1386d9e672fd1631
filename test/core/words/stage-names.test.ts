/* The stage names the pane and the functions write are the ones the stage reader takes back (issue 23: written once). */
import { stagePosition } from "../../../src/core";
import { CORE_WORDS } from "../../../src/core/words/words";

describe("stage names", () => {
  it.each(["en", "zh"] as const)("every %s stage name reads back as its own stage", (language) => {
    CORE_WORDS[language].stageNames.forEach((name, i) => expect([name, stagePosition(name)]).toEqual([name, i + 1]));
  });
});
