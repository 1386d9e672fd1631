/* RED.SPILLSPLIT — a budget split between spillover and closed loop by lifecycle stage. */
import { ARG, Assumptions, DomainError, spilloverShare, splitBudget } from "../../core";
import { mapNumberPairs, type Shape } from "../boundary";
import { customFunction, withAssumptions } from "../custom-function";
import { optional, readersOf, sharedAs, withHelp } from "../declarations";
import { ASSUMPTIONS, BUDGET, STAGE } from "../parameters";
import { readPart } from "../readers";

const stage = withHelp(STAGE, {
  en: "Lifecycle {stage}: cold-start, growth or mature (冷启动期, 成长期, 成熟期), or 1 to 3; a number between two stages interpolates the split.",
  zh: "生命周期阶段：冷启动期、成长期、成熟期（cold-start、growth、mature），或 1 到 3；两阶段之间的数字按比例插值。",
});
const budget = sharedAs(
  BUDGET,
  {
    en: "Monthly {budget}: one cell, a row or a column of months. Blank cells give blank results.",
    zh: "月度预算：单个单元格、一行或一列月份。空白单元格返回空白。",
  },
  { takes: "range" },
);
const part = optional(ARG.part, "part", {
  en: "\"spillover\" (外溢) or \"closed-loop\" (闭环) to return one amount per {budget} cell, in the {budget}'s shape.",
  zh: "\"外溢\"(spillover) 或 \"闭环\"(closed-loop)：每个预算单元格只返回一个值，形状与预算一致。",
});
const assumptions = withHelp(ASSUMPTIONS, {
  en: "{Assumptions} range (keys and their values), such as the table REDDEFAULTS spills; edits the stages' presets.",
  zh: "假设区域（键、值），例如 REDDEFAULTS 溢出的表格；可修改各阶段的预设比例。",
});
const CELLS = [stage, budget];
const READERS = readersOf(...CELLS);

/** Spillover into outs[0], closed loop into outs[1], each cell split in whole cents. */
function kernel([position, money]: readonly Float64Array[], [spillover, closedLoop]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < spillover.length; i++) {
    const split = splitBudget(money[i], spilloverShare(position[i], a));
    spillover[i] = split.spillover;
    closedLoop[i] = split.closedLoop;
  }
}

function needsPart(shape: Shape): DomainError {
  return new DomainError("NEEDS_PART", { argument: budget.name, rows: shape.rows, columns: shape.columns });
}

export const SPILLSPLIT = customFunction({
  description: {
    en: "Splits a monthly {budget} between spillover (sales that land on Tmall/JD) and closed loop (sales inside RED) by the brand's lifecycle {stage}. One {budget} spills spillover | closed loop; a column of budgets spills two columns; a row spills two rows.",
    zh: "按品牌生命周期阶段，把月度预算分配给外溢（天猫/京东成交）与闭环（小红书站内成交）。单个预算溢出为 外溢 | 闭环；一列预算溢出两列；一行预算溢出两行。",
  },
  parameters: [stage, budget, part, assumptions],
  result: (call) => {
    const { rows, columns } = call.broadcast(...CELLS);
    if (call.given(part)) return { rows, columns };
    if (rows === 1 && columns === 1) return { rows: 1, columns: 2 };
    if (columns === 1) return { rows, columns: 2 };
    if (rows === 1) return { rows: 2, columns };
    return { rows: 1, columns: 1 }; // #VALUE!: a 2-D budget needs part
  },
  returns: {
    en: "The spillover and closed-loop amounts, which add up to the {budget} exactly.",
    zh: "外溢与闭环金额，两者之和恰好等于预算。",
  },
  run: withAssumptions((argument, a) => {
    const wanted = readPart(argument(part), part.name);
    const pick = wanted === undefined ? undefined : wanted === "spillover" ? 0 : 1;
    // One budget → 1×2; a column → n×2; a row → 2×m; a 2-D range needs `part`.
    return mapNumberPairs(READERS, CELLS.map(argument), kernel, a, pick, needsPart);
  }),
});
