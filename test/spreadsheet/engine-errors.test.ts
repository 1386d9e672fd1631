/* Issue 14, item 16: the workbench engine never shows a JavaScript error's text in a cell. */
import { HyperFormula } from "hyperformula";
import { setLanguage } from "../../src/functions/boundary";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { registerRedFunctions } from "../../src/spreadsheet/hyperformula-plugin";

it("an implementation that throws something other than an Excel error shows a sentence, in the page's language", () => {
  registerRedFunctions({ functions: [{ id: "BOOM", name: "BOOM", parameters: [] }] }, new Map([["BOOM", () => {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  }]]));
  const hf = HyperFormula.buildFromArray([["=RED.BOOM()"]], ENGINE_CONFIG);
  setLanguage("en");
  hf.rebuildAndRecalculate();
  expect((hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as { message: string }).message).toBe(
    "This function could not work with these arguments. Check that each one is the kind of value or range its help describes.",
  );
  setLanguage("zh");
  hf.rebuildAndRecalculate();
  expect((hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as { message: string }).message).toBe("此函数无法处理这些参数。请检查每个参数是否为帮助中说明的值或区域。");
  setLanguage(undefined);
});
