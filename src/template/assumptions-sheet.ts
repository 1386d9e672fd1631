/*
 * The Assumptions sheet: every key the RED formulas read, its value as an input and its meaning in
 * both languages; and the references by which the other sheets pass the table or one of its values.
 */
import { LADDER_RATE_KEYS } from "../core/maths/asset-ladder";
import { ASSUMPTION_TABLE } from "../core/maths/assumptions";
import { assumptionRows } from "../core/words/plan-words";
import { SHARE } from "../core/maths/rules";

import { FORMATS, SHARED_LABELS } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

export const ASSUMPTIONS_SHEET = "Assumptions";
/** The assumptions range of a table of `keys` rows under its header, on `sheet` (a prefix such as "Assumptions!"). */
export function assumptionsRangeOf(keys: number, sheet = `${ASSUMPTIONS_SHEET}!`): string {
  return `${sheet}$A$1:$B$${keys + 1}`;
}

/** The assumptions range every formula passes: header row plus one row per key. */
export const ASSUMPTIONS_RANGE = assumptionsRangeOf(ASSUMPTION_TABLE.length);

/**
 * The keys of the first templates' tables, before the user-asset ladder's rates joined (issue 24):
 * a workbook made from one holds these rows only, with the sheet's note below them.
 */
export const FIRST_TABLE_KEYS = ASSUMPTION_TABLE.findIndex((a) => LADDER_RATE_KEYS.some((l) => l.key === a.key));

/** The row of a key in the Assumptions sheet, as an absolute reference to its value. */
export function assumptionRef(key: string): string {
  const index = ASSUMPTION_TABLE.findIndex((a) => a.key === key);
  if (index < 0) throw new Error(`no assumption ${key}`);
  return `${ASSUMPTIONS_SHEET}!$B$${index + 2}`;
}

/**
 * The number format of a key's value, wherever a sheet shows one: a share (its rule is SHARE: the
 * stage presets, the ladder's monthly shares) as a percentage, a spend as money, anything else
 * (elasticities, an order rate, a multiple) as a plain number.
 */
export function assumptionFormat(key: string): string {
  const entry = ASSUMPTION_TABLE.find((a) => a.key === key);
  if (!entry) throw new Error(`no assumption ${key}`);
  return entry.rule === SHARE ? FORMATS.share : key.endsWith("_spend") ? FORMATS.money : FORMATS.number;
}

export function assumptionsSheet(): SheetDefinition {
  const cells: Record<string, CellDefinition> = {};
  const english = assumptionRows("en");
  const chinese = assumptionRows("zh");
  cells.A1 = { value: SHARED_LABELS.key, style: "header" };
  cells.B1 = { value: SHARED_LABELS.value, style: "header" };
  cells.C1 = { value: "meaning", style: "header" };
  cells.D1 = { value: "含义", style: "header" };
  english.slice(1).forEach(([key, value, meaning], i) => {
    const row = i + 2;
    cells[`A${row}`] = { value: key, style: "label" };
    cells[`B${row}`] = { value, style: "input", format: assumptionFormat(String(key)) };
    cells[`C${row}`] = { value: meaning, style: "note" };
    cells[`D${row}`] = { value: chinese[i + 1][2], style: "note" };
  });
  const after = english.length + 2;
  cells[`A${after}`] = {
    value:
      "Edit the values in column B; every RED formula in this workbook reads them. Rows whose meaning starts \"Example value\" are ours: replace them with your brand's own user-asset report. 修改 B 列的值，本工作簿中所有 RED 公式都会读取这些值。含义以“示例值”开头的行是我们的示例，请替换为品牌自己的用户资产报告数据。",
    style: "note",
  };
  return { name: ASSUMPTIONS_SHEET, widths: [20, 16, 90, 70], frozen: { rows: 1, columns: 1 }, cells };
}
