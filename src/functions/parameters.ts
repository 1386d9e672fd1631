/*
 * The parameters several functions share, declared once: the assumptions table, the spend the
 * curve functions read cell by cell, and the per-line
 * arguments ALLOCATE, REQUIREDBUDGET, SWEEP and FLIGHTPLAN take after the budget or target. A
 * function that says more about one gives it its own help (withHelp); the name and reader stay.
 */
import { ARG } from "../core";
import { optional, type Parameter, required, withHelp } from "./declarations";

export const ASSUMPTIONS = optional(ARG.assumptions, "assumptions", {
  en: "{Assumptions} range (keys and their values), such as the table REDDEFAULTS spills.",
  zh: "假设区域（键、值），例如 REDDEFAULTS 溢出的表格。",
});

/** TRUE to add a header row (the functions that spill a table); a function whose labels add more says so (withHelp). */
export const LABELS = optional(ARG.labels, "flag", { en: "TRUE to add a header row.", zh: "TRUE 时加一行标题。" });

/** A brand's lifecycle stage, cell by cell (SPILLSPLIT); STAGEPLAN takes one cell (sharedAs). */
export const STAGE = required(ARG.stage, "stage", {
  en: "Lifecycle {stage}: cold-start, growth or mature (冷启动期, 成长期, 成熟期), or 1 to 3.",
  zh: "生命周期阶段：冷启动期、成长期、成熟期（cold-start、growth、mature），或 1 到 3。",
});

/** A budget to split or spread: one cell (ALLOCATE, FLIGHTPLAN); SPILLSPLIT takes it month by month (sharedAs). */
export const BUDGET = required(ARG.budget, "money", { en: "Total budget.", zh: "总预算。" }, { takes: "cell" });

/** Average order value, read cell by cell (LTV); ASSETLADDER takes one cell (sharedAs). */
export const AOV = required(ARG.aov, "money", { en: "Average order value: one cell or a range.", zh: "客单价（平均订单金额）：单个单元格或区域。" });

/** The language of the words a function spills (HOTNOTES, REDDEFAULTS, STAGEPLAN); omitted, Office's. */
export const LANG = optional(ARG.lang, "language", { en: "\"en\" or \"zh\"; omit to follow Office.", zh: "\"en\" 或 \"zh\"；省略则跟随 Office。" });

/** A monthly spend read cell by cell: the curve functions' first argument (curveFunction). */
export const SPEND = required(ARG.spend, "money", { en: "Monthly {spend}: one cell or a range.", zh: "月度预算：单个单元格或区域。" });

export const LINES = required(ARG.lines,
  "names",
  { en: "A name for each line you buy, one per row (seeding notes, search ads, store live…).", zh: "各投放线的名称，每行一条（种草笔记、搜索广告、店播……）。" },
  { blank: "skip" },
);

/** A measured cost per conversion at the reference spend, read cell by cell (CONVERSIONS, MARGINALCPA, BUDGETCAP): a blank cell, a blank result. */
export const CELL_BASE_CPA = required(ARG.baseCPA, "price", { en: "Your measured cost per conversion at the reference {spend}.", zh: "你在参考预算下实测的单次转化成本。" });

/** A measured CPM at the reference spend, read cell by cell; omitted, 1, and the curve function answers an index. */
export const BASE_CPM = optional(ARG.baseCPM, "price", { en: "Your measured CPM at the reference spend. Omit for an index.", zh: "你在参考预算下实测的 CPM。省略则返回指数。" }, { fallback: 1 });

/** Each line's base CPA: CELL_BASE_CPA's name and reader, its own help, and a blank beside a named line refused (line-arguments.ts). */
export const BASE_CPA: Parameter = {
  ...withHelp(CELL_BASE_CPA, {
    en: "Each line's measured cost per conversion at the reference spend (one for all, or one per line).",
    zh: "各投放线在参考预算下实测的单次转化成本（一个值通用于所有投放线，或每条一个）。",
  }),
  blank: "refused",
};

export const CPM_ELASTICITY = optional(ARG.cpmElasticity, "elasticity", {
  en: "Each line's cpm_elasticity; blank uses the {assumptions}.",
  zh: "各投放线的 cpm_elasticity；空白则使用假设表中的值。",
});

export const CVR_ELASTICITY = optional(ARG.cvrElasticity, "elasticity", {
  en: "Each line's cvr_elasticity; blank uses the {assumptions}.",
  zh: "各投放线的 cvr_elasticity；空白则使用假设表中的值。",
});

export const MIN_SPEND = optional(ARG.minSpend, "money", { en: "Each line's least spend; blank means 0.", zh: "各投放线的最低预算；空白表示 0。" }, { fallback: 0 });

/**
 * Each line's value per conversion (DOMAIN §9's v_i), the last argument of ALLOCATE, REQUIREDBUDGET,
 * SWEEP and FLIGHTPLAN alike, so it never moves an argument of a formula written before it. Given,
 * the result has its value | marginal ROI columns (the size the declarations reserve); a wholly blank
 * range leaves them blank, and a blank beside a named line is refused (line-arguments.ts), as a
 * blank base CPA is: priced at 1 among values in yuan, that line would get a wrong split.
 */
export const VALUE = optional(ARG.value, "price", {
  en: "Each line's {value} per conversion (LTV of the customers it wins, say): one for all, or one per line. Given, the split maximises Σ {value} × conversions (equal marginal ROI) and the result adds the value | marginal ROI columns; a wholly blank range leaves them blank and splits by conversions; a blank beside a named line is an error.",
  zh: "各投放线每次转化的价值（例如所获客户的 LTV）：一个值通用，或每条一个。填写后按 Σ 价值 × 转化 最大化分配（边际 ROI 相等），结果增加 价值 与 边际 ROI 两列；整个区域空白时这两列为空白、按转化分配；有名称的投放线旁留空则报错。",
}, { blank: "refused" });

export const MAX_SPEND = optional(ARG.maxSpend, "money", { en: "Each line's most spend; blank means no limit.", zh: "各投放线的最高预算；空白表示不设上限。" }, { fallback: Infinity });

/**
 * The arguments of a portfolio of lines, in the order ALLOCATE, REQUIREDBUDGET and SWEEP take them
 * after their budget or target (read by line-arguments.ts's readPortfolio); VALUE comes last of all.
 */
export const PORTFOLIO = [LINES, BASE_CPA, CPM_ELASTICITY, CVR_ELASTICITY, MIN_SPEND, MAX_SPEND, ASSUMPTIONS];
