/*
 * The Summary sheet: a row per scenario with its year's totals, read from the scenario sheets'
 * total row and budget cap by native formulas.
 */
import { SCENARIO_LAYOUT } from "./scenario-sheet";
import type { ScenarioInputs } from "./scenario-sheet";
import { abs, columnLetter, FORMATS } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

export const SUMMARY_SHEET = "Summary";

/** A row per scenario with its year's totals, by native formulas over the scenario sheets. */
export function summarySheet(scenarios: ScenarioInputs[]): SheetDefinition {
  const L = SCENARIO_LAYOUT;
  const headers = ["Scenario 情景", "Stage 阶段", "Year budget 全年预算", "Spillover 外溢", "Closed loop 闭环", "Impressions 曝光", "Budget cap 预算上限", "Months over cap 超上限月数"];
  const cells: Record<string, CellDefinition> = { A1: { value: "Summary 汇总", style: "title" } };
  headers.forEach((h, c) => (cells[`${columnLetter(c)}3`] = { value: h, style: "header" }));
  scenarios.forEach((s, i) => {
    const r = 4 + i;
    const sheet = `'${s.name}'!`;
    cells[`A${r}`] = { value: s.name, style: "label" };
    cells[`B${r}`] = { formula: `${sheet}${abs(L.stage)}` };
    cells[`C${r}`] = { formula: `${sheet}$B$${L.totalRow}`, format: FORMATS.money };
    cells[`D${r}`] = { formula: `${sheet}$C$${L.totalRow}`, format: FORMATS.money };
    cells[`E${r}`] = { formula: `${sheet}$D$${L.totalRow}`, format: FORMATS.money };
    cells[`F${r}`] = { formula: `${sheet}$G$${L.totalRow}`, format: FORMATS.count };
    cells[`G${r}`] = { formula: `${sheet}${abs(L.budgetCap)}`, format: FORMATS.money };
    cells[`H${r}`] = { formula: `${sheet}$I$${L.totalRow}`, format: FORMATS.count };
  });
  return { name: SUMMARY_SHEET, widths: [16, 14, 20, 18, 18, 18, 18, 22], frozen: { rows: 3, columns: 1 }, cells };
}
