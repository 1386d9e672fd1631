/* RED.REDDEFAULTS — the assumptions table every function can take. */
import { assumptionRows } from "../../../core";
import { currentLanguage, excelFunction } from "../../boundary";
import { customFunction } from "../../custom-function";
import { withHelp } from "../../declarations";
import { LANG } from "../../parameters";
import { readLanguage } from "../../readers";

const lang = withHelp(LANG, { en: "\"en\" or \"zh\" for the language of the meanings; omit to follow Office.", zh: "含义列的语言：\"en\" 或 \"zh\"；省略则跟随 Office。" });

export const REDDEFAULTS = customFunction({
  description: {
    en: "Spills the assumptions table (key, value, meaning) that every RED function can take as its assumptions argument. Paste it as values, edit the values, and pass the range.",
    zh: "溢出假设表（键、值、含义），可作为所有 RED 函数的 assumptions 参数。粘贴为数值、修改后传入该区域即可。",
  },
  parameters: [lang],
  result: () => ({ rows: assumptionRows("en").length, columns: 3 }),
  returns: {
    en: "The assumptions with a header row.",
    zh: "带标题行的假设表。",
  },
  run: (argument) => excelFunction(() => assumptionRows(readLanguage(argument(lang), currentLanguage(), lang.name))),
});
