/*
 * The Assumptions sheet: every key the RED formulas read, its value as an input and its meaning in
 * both languages; and the references by which the other sheets pass the table or one of its values.
 */
import { assumptionRows, ASSUMPTION_TABLE } from "../core/assumptions";

import { FORMATS } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

export const ASSUMPTIONS_SHEET = "Assumptions";
/** The assumptions range every formula passes: header row plus one row per key. */
export const ASSUMPTIONS_RANGE = `${ASSUMPTIONS_SHEET}!$A$1:$B$${ASSUMPTION_TABLE.length + 1}`;

/** The row of a key in the Assumptions sheet, as an absolute reference to its value. */
export function assumptionRef(key: string): string {
  const index = ASSUMPTION_TABLE.findIndex((a) => a.key === key);
  if (index < 0) throw new Error(`no assumption ${key}`);
  return `${ASSUMPTIONS_SHEET}!$B$${index + 2}`;
}

export function assumptionsSheet(): SheetDefinition {
  const cells: Record<string, CellDefinition> = {};
  const english = assumptionRows("en");
  const chinese = assumptionRows("zh");
  cells.A1 = { value: "key 键", style: "header" };
  cells.B1 = { value: "value 值", style: "header" };
  cells.C1 = { value: "meaning", style: "header" };
  cells.D1 = { value: "含义", style: "header" };
  english.slice(1).forEach(([key, value, meaning], i) => {
    const row = i + 2;
    const isShare = String(key).startsWith("spill_");
    const isMoney = String(key).endsWith("_spend");
    cells[`A${row}`] = { value: key, style: "label" };
    cells[`B${row}`] = { value, style: "input", format: isShare ? FORMATS.share : isMoney ? FORMATS.money : FORMATS.number };
    cells[`C${row}`] = { value: meaning, style: "note" };
    cells[`D${row}`] = { value: chinese[i + 1][2], style: "note" };
  });
  const after = english.length + 2;
  cells[`A${after}`] = {
    value: "Edit the values in column B; every RED formula in this workbook reads them. 修改 B 列的值，本工作簿中所有 RED 公式都会读取这些值。",
    style: "note",
  };
  return { name: ASSUMPTIONS_SHEET, widths: [20, 16, 90, 70], frozen: { rows: 1, columns: 1 }, cells };
}
