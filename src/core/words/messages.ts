import { DomainError, ErrorCode, ErrorDetails } from "../maths/errors";
import { formatAmount } from "./format";
import { inEveryLanguageOnFirstUse, Language, LANGUAGES } from "./language";
import { assumptionKey, CORE_WORDS } from "./words";
import { MAX_MONEY } from "../maths/numbers";
import { AMOUNT_FORMS, type NumberFormatHint } from "../maths/numeric-text";
import { STAGES } from "../maths/stages";
import { PartId, StageId, TargetKind, TYPED_WORDS, typedWord, WordPick } from "./typed-words";
import { ARG } from "./arguments";

// What a message tells a planner to type comes from the typed words (typed-words.ts), never a copy.
const stage = (l: Language, id: StageId) => typedWord(l, (w) => w.stages, id);
const PARTS: WordPick<PartId> = (w) => w.parts;
const KINDS: WordPick<TargetKind> = (w) => w.targetKinds;
/** Every target kind, in the order the typed words list them. */
const KIND_IDS = Object.keys(TYPED_WORDS.en.targetKinds) as TargetKind[];
const part = (l: Language, id: PartId) => typedWord(l, PARTS, id);
/** A typed word with its spelling in the other language beside it: "spillover (外溢)". */
const withOther = <K extends string>(l: Language, other: Language, pick: WordPick<K>, meaning: K) => `${typedWord(l, pick, meaning)} (${typedWord(other, pick, meaning)})`;
/** NEEDS_VALUE's target kind: the one refused ("value" or "marginal-roi"), "value" where it is not one. */
const valueKind = (d: ErrorDetails): TargetKind => (d.key === "marginal-roi" ? "marginal-roi" : "value");
const [FIRST_STAGE, LAST_STAGE] = [STAGES[0], STAGES[STAGES.length - 1]];

/** How to type an amount, with the forms readNumericText reads (AMOUNT_FORMS): also said in an amount's help (metadata.ts). */
export const typeAmount = (l: Language) => CORE_WORDS[l].typeAmount(CORE_WORDS[l].choices(AMOUNT_FORMS));

type Wording = (d: ErrorDetails) => string;

/**
 * Quote a cell value the way a user typed it, kept short so the message fits Excel's tooltip. An
 * object is never shown as JavaScript's "[object Object]": an error value shows its code, a data
 * type (Excel.CellValue) its type in brackets, e.g. [Entity].
 */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = `"${value}"`;
  else if (typeof value === "boolean") text = value ? "TRUE" : "FALSE";
  else if (value !== null && typeof value === "object") {
    const { code, type } = value as { code?: unknown; type?: unknown };
    text = typeof code === "string" ? code : typeof type === "string" ? `[${type}]` : Array.isArray(value) ? "[range]" : "[value]";
  } else text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function arg(d: ErrorDetails): string {
  return d.argument ?? "input";
}

function formatLimit(limit: number | string | undefined): string {
  return typeof limit === "number" ? formatAmount(limit, 3) : String(limit ?? "");
}

/** The total of the lines' minimums (or maximums) in `value`, the budget in `limit`. */
function bounds(d: ErrorDetails): { total: string; budget: string; minimums: boolean } {
  return { total: formatAmount(Number(d.value), 2), budget: formatAmount(Number(d.limit), 2), minimums: d.argument === ARG.minSpend };
}

/** Why NUMBER_FORMAT did not read a text (its `key`), in each language. */
const NUMBER_HINTS: Record<Language, Record<NumberFormatHint, string>> = {
  en: {
    unit: "only 百, 千, 万, 亿 and their combinations such as 千万 or 万亿 are read as units, after the digits, as in 1.5万; not k, w or m",
    grouping: "commas may only group thousands, as in 500,000, and a decimal takes a point, as in 1.5",
    currency: "only ¥ or ￥ before the digits, or 元 after them, is read: amounts are in yuan",
    numerals: "Chinese numerals are not read; type the digits",
    percent: "a percentage is not read; type 0.9 for 90%",
    format: "it mixes the digits with other text",
  },
  zh: {
    unit: "单位只识别写在数字之后的 百、千、万、亿 及其组合（如 千万、万亿），例如 1.5万；不识别 k、w、m",
    grouping: "逗号只能用作千位分隔（如 500,000），小数请用小数点（如 1.5）",
    currency: "只识别数字前的 ¥ 或 ￥、数字后的 元：金额以人民币元计",
    numerals: "不识别中文数字，请输入阿拉伯数字",
    percent: "不识别百分数，90% 请输入 0.9",
    format: "数字中夹杂了其他文字",
  },
};

/** Every error code, worded in English. */
const EN = (): Record<ErrorCode, Wording> => ({
  NOT_A_NUMBER: (d) => `${arg(d)}: ${quote(d.value)} is not a number.`,
  NOT_A_FLAG: (d) => `${arg(d)}: ${quote(d.value)} is not TRUE or FALSE; use TRUE, FALSE or a number (0 is FALSE, any other number TRUE).`,
  // A bug of ours, not the planner's: say what they can check, never the program's own words.
  UNEXPECTED: () => "This function could not work with these arguments. Check that each one is the kind of value or range its help describes.",
  NOT_LOADED: () => "This function's code did not arrive. Recalculate (F9) to fetch it again; if it keeps failing, reload the add-in or reopen the workbook.",
  NEGATIVE: (d) => `${arg(d)}: ${quote(d.value)} is negative; use 0 or more.`,
  NOT_POSITIVE: (d) => `${arg(d)}: ${quote(d.value)} must be greater than 0.`,
  TOO_LARGE: (d) => `${arg(d)}: ${quote(d.value)} is above the limit of ${formatLimit(d.limit)}.`,
  RESULT_TOO_LARGE: (d) =>
    `${arg(d)}: the amount this gives, ${quote(d.value)}, is above the limit of ${formatLimit(d.limit)}, past which amounts no longer add up to the cent. Check ${arg(d)} and the counts of people it multiplies.`,
  UNKNOWN_STAGE: (d) => `${arg(d)}: ${quote(d.value)} is not a stage. Use ${STAGES.map((s) => `${stage("en", s.id)} (${s.position})`).join(", ")}, ${STAGES.map((s) => stage("zh", s.id)).join(", ")}, or a number from ${FIRST_STAGE.position} to ${LAST_STAGE.position}.`,
  STAGE_OUT_OF_RANGE: (d) => `${arg(d)}: ${quote(d.value)} is outside ${FIRST_STAGE.position} (${stage("en", FIRST_STAGE.id)}) to ${LAST_STAGE.position} (${stage("en", LAST_STAGE.id)}).`,
  UNKNOWN_PART: (d) => `${arg(d)}: ${quote(d.value)} is not a part. Use ${withOther("en", "zh", PARTS, "spillover")} or ${withOther("en", "zh", PARTS, "closedLoop")}.`,
  NEEDS_PART: (d) =>
    `${arg(d)}: a ${d.rows}×${d.columns} range has no room for two results per cell; add ${ARG.part} "${part("en", "spillover")}" or "${part("en", "closedLoop")}".`,
  SIZE_MISMATCH: (d) => {
    const other = d.reaching;
    if (other?.count !== undefined) {
      const unit = d.key === "rows" ? "row" : d.key === "columns" ? "column" : "value";
      return `${arg(d)}: has ${d.count} ${unit}${d.count === 1 ? "" : "s"} where ${other.argument} has ${other.count}; make them the same length.`;
    }
    return other
      ? `${arg(d)}: its ${d.rows}×${d.columns} range does not reach this cell, which ${other.argument}'s ${other.rows}×${other.columns} range does; make the ranges the same size.`
      : `${arg(d)}: its ${d.rows}×${d.columns} range does not reach this cell; make the ranges the same size.`;
  },
  UNKNOWN_ASSUMPTION: (d) => `${arg(d)}: unknown key ${quote(d.key)}. Keys: ${formatLimit(d.limit)}.`,
  ASSUMPTION_OUT_OF_RANGE: (d) => `${arg(d)}: ${d.line === undefined ? "" : `line ${quote(d.line)}: `}${d.key} = ${quote(d.value)} is not allowed; it must be ${d.limit}.`,
  NO_BUDGET_CAP: () => `No budget cap: with ${assumptionKey("cpm_elasticity")} ≤ ${assumptionKey("cvr_elasticity")} the marginal CPA never rises.`,
  CAP_TOO_LARGE: (d) => `${arg(d)}: the cap would be above ${formatLimit(d.limit)}; the target is far above your CPA.`,
  UNKNOWN_LANGUAGE: (d) => `${arg(d)}: ${quote(d.value)} is not a language. Use ${CORE_WORDS.en.choices(LANGUAGES.map(quote))}.`,
  TOO_MANY_CELLS: (d) => `${arg(d)}: ${formatLimit(d.value as number)} cells is above the limit of ${formatLimit(d.limit)}.`,
  NOT_ENOUGH_POINTS: (d) =>
    `${arg(d)}: ${d.count} usable month(s); the fit needs at least 3 pairs with spend and CPM above 0, and two different spends.`,
  CONFIDENCE_OUT_OF_RANGE: (d) => `${arg(d)}: ${quote(d.value)} is not a confidence level; use a number between 0 and 1, such as 0.9 for a 90% interval.`,
  FIT_ILL_CONDITIONED: (d) =>
    d.argument === ARG.refSpend
      ? `${arg(d)}: the fitted curve gives no usable CPM at ${formatLimit(d.limit)}; state the base CPM at a spend nearer your months.`
      : `${arg(d)}: the months' spends are too close together (from ${formatAmount(Number(d.value), 2)} to ${formatAmount(Number(d.limit), 2)}) to tell how CPM moves with spend; the fit needs spends at least 1% apart.`,
  NOT_A_LIST: (d) => `${arg(d)}: give a list (one row or one column), not a ${d.rows}×${d.columns} range.`,
  DUPLICATE_ASSUMPTION: (d) => `${arg(d)}: the key ${quote(d.key)} appears more than once; keep one row per key.`,
  ZERO_READS: (d) => `${arg(d)}: a note with 0 reads has no engagement or jump rate.`,
  NOT_ONE_CELL: (d) => `${arg(d)}: give one cell, not a ${d.rows}×${d.columns} range.`,
  DATA_TYPE: (d) => `${arg(d)}: a data type (${String(d.value)}) is not one value; pass one of its fields (e.g. =A1.Price) or a plain cell.`,
  INFEASIBLE_BOUNDS: (d) => {
    const { total, budget, minimums } = bounds(d);
    return minimums
      ? `${arg(d)}: the lines' minimums add up to ${total}, more than the budget of ${budget}.`
      : `${arg(d)}: the lines' maximums add up to ${total}, less than the budget of ${budget}.`;
    },
  MIN_ABOVE_MAX: (d) =>
    `${arg(d)}: line ${quote(d.key)} must spend at least ${formatAmount(Number(d.value), 3)} and at most ${formatAmount(Number(d.limit), 3)}; no amount in whole cents does both.`,
  ALLOCATION_FAILED: () => "ALLOCATE could not find a split that adds up to the budget within every line's bounds; check the bounds and the budget.",
  LINE_DOES_NOT_SATURATE: (d) => `${arg(d)}: line ${quote(d.key)} never gets dearer (${assumptionKey("cpm_elasticity")} ≤ ${assumptionKey("cvr_elasticity")}), so no split evens out the next conversion's cost; its ${assumptionKey("cpm_elasticity")} must be above its ${assumptionKey("cvr_elasticity")}.`,
  TARGET_UNREACHABLE: (d) => {
    const target = formatAmount(Number(d.value), 2);
    if (d.key === "marginal-cpa") return `${arg(d)}: a marginal CPA of ${target} would allow a budget above ${formatLimit(d.budget)}.`;
    if (d.key === "marginal-roi") return `${arg(d)}: a least marginal ROI of ${formatLimit(Number(d.value))} would allow a budget above ${formatLimit(d.budget)}.`;
    const value = d.key === "value";
    const what = value ? `a value of ${target} is` : `${target} conversions are`;
    const bought = value ? `a value of ${formatAmount(Number(d.limit), 2)}` : formatAmount(Number(d.limit), 1);
    return d.budget !== undefined && d.budget < MAX_MONEY
      ? `${arg(d)}: ${what} out of reach: at the most the bounds allow, ${formatAmount(d.budget, 2)}, the lines buy ${bought}.`
      : `${arg(d)}: ${value ? `a value of ${target}` : `${target} conversions`} would need a budget above ${formatLimit(MAX_MONEY)}.`;
    },
  UNKNOWN_TARGET_KIND: (d) => `${arg(d)}: ${quote(d.value)} is not a target kind. Use ${CORE_WORDS.en.choices(KIND_IDS.map((kind) => withOther("en", "zh", KINDS, kind)))}.`,
  NO_CONVERSIONS: (d) => `${arg(d)}: a budget of 0 buys no conversions, so there is no average CPA.`,
  SELF_CHECK_FAILED: (d) => `${arg(d)}: the result failed its own check (${d.key}), so it is not shown. Please report this with the inputs.`,
  NUMBER_FORMAT: (d) =>
    `${arg(d)}: ${quote(d.value)} is not read as a number (${NUMBER_HINTS.en[d.key as NumberFormatHint] ?? NUMBER_HINTS.en.format}). ${typeAmount("en")}`,
  LINE_INPUT_MISSING: (d) => `${arg(d)}: line ${quote(d.line)} has none. Every named line needs one; clear the whole row to leave the line out.`,
  LINE_UNNAMED: (d) => `${ARG.lines}: row ${d.rows} has no name, but its ${arg(d)} is filled in. Name the line, or clear the row; a line without a name is not left out silently.`,
  LADDER_START: (d) =>
    `${arg(d)}: give five counts of people, one per layer (aware, interested, new, returning, loyal), in a row or a column${d.count === undefined ? "" : `; it has ${d.count}`}. Type 0 for an empty layer; a blank is not a count.`,
  NEEDS_VALUE: (d) =>
    `${arg(d)}: ${ARG.targetKind} ${withOther("en", "zh", KINDS, valueKind(d))} needs each line's value per conversion, and line ${quote(d.line)} has none. Give ${ARG.value}, or use ${withOther("en", "zh", KINDS, "conversions")} or ${withOther("en", "zh", KINDS, "marginal-cpa")}.`,
  MARGINAL_CPA_WITH_VALUE: (d) =>
    `${arg(d)}: ${withOther("en", "zh", KINDS, "marginal-cpa")} has no meaning with ${ARG.value}: valued lines share a marginal ROI, each at its own marginal CPA. Use ${withOther("en", "zh", KINDS, "marginal-roi")}, or leave ${ARG.value} out.`,
  ERROR_IN_INPUT: (d) =>
    `${arg(d)}: the error ${String(d.value)} came in from this argument; Excel does not let an add-in pass ${String(d.value)} on, so this shows #VALUE!. Correct the cell the ${String(d.value)} comes from.`,
});

/** Every error code, worded in Chinese. */
const ZH = (): Record<ErrorCode, Wording> => ({
  NOT_A_NUMBER: (d) => `${arg(d)}：${quote(d.value)} 不是数字。`,
  NOT_A_FLAG: (d) => `${arg(d)}：${quote(d.value)} 不是 TRUE 或 FALSE；请使用 TRUE、FALSE 或数字（0 为 FALSE，其他数字为 TRUE）。`,
  UNEXPECTED: () => "此函数无法处理这些参数。请检查每个参数是否为帮助中说明的值或区域。",
  NOT_LOADED: () => "此函数的代码未能加载。请重新计算（F9）以再次获取；如仍失败，请重新加载加载项或重新打开工作簿。",
  NEGATIVE: (d) => `${arg(d)}：${quote(d.value)} 是负数，请输入 0 或更大的数。`,
  NOT_POSITIVE: (d) => `${arg(d)}：${quote(d.value)} 必须大于 0。`,
  TOO_LARGE: (d) => `${arg(d)}：${quote(d.value)} 超过上限 ${formatLimit(d.limit)}。`,
  RESULT_TOO_LARGE: (d) =>
    `${arg(d)}：由此得出的金额 ${quote(d.value)} 超过上限 ${formatLimit(d.limit)}，超过后金额无法精确到分。请检查 ${arg(d)} 及其所乘的人数。`,
  UNKNOWN_STAGE: (d) => `${arg(d)}：${quote(d.value)} 不是生命周期阶段。请使用${STAGES.map((s) => `${stage("zh", s.id)} (${s.position})`).join("、")}、${STAGES.map((s) => stage("en", s.id)).join("、")}，或 ${FIRST_STAGE.position} 到 ${LAST_STAGE.position} 之间的数字。`,
  STAGE_OUT_OF_RANGE: (d) => `${arg(d)}：${quote(d.value)} 不在 ${FIRST_STAGE.position}（${stage("zh", FIRST_STAGE.id)}）到 ${LAST_STAGE.position}（${stage("zh", LAST_STAGE.id)}）之间。`,
  UNKNOWN_PART: (d) => `${arg(d)}：${quote(d.value)} 无法识别。请使用 ${withOther("zh", "en", PARTS, "spillover")} 或 ${withOther("zh", "en", PARTS, "closedLoop")}。`,
  NEEDS_PART: (d) => `${arg(d)}：${d.rows}×${d.columns} 区域无法为每个单元格放下两个结果，请加上 ${ARG.part} 参数 "${part("zh", "spillover")}" 或 "${part("zh", "closedLoop")}"。`,
  SIZE_MISMATCH: (d) => {
    const other = d.reaching;
    if (other?.count !== undefined) {
      const unit = d.key === "rows" ? "行" : d.key === "columns" ? "列" : "个值";
      return `${arg(d)}：有 ${d.count} ${unit}，而 ${other.argument} 有 ${other.count} 个；请让两者长度一致。`;
    }
    return other
      ? `${arg(d)}：${d.rows}×${d.columns} 区域覆盖不到这个单元格，而 ${other.argument} 的 ${other.rows}×${other.columns} 区域覆盖得到；请让各区域大小一致。`
      : `${arg(d)}：${d.rows}×${d.columns} 区域覆盖不到这个单元格，请让各区域大小一致。`;
  },
  UNKNOWN_ASSUMPTION: (d) => `${arg(d)}：未知的键 ${quote(d.key)}。可用的键：${formatLimit(d.limit)}。`,
  ASSUMPTION_OUT_OF_RANGE: (d) => `${arg(d)}：${d.line === undefined ? "" : `投放线 ${quote(d.line)}：`}${d.key} = ${quote(d.value)} 不可用，取值必须 ${d.limit}。`,
  NO_BUDGET_CAP: () => `没有预算上限：${assumptionKey("cpm_elasticity")} ≤ ${assumptionKey("cvr_elasticity")} 时边际 CPA 不会上升。`,
  CAP_TOO_LARGE: (d) => `${arg(d)}：预算上限将超过 ${formatLimit(d.limit)}，目标远高于你的 CPA。`,
  UNKNOWN_LANGUAGE: (d) => `${arg(d)}：${quote(d.value)} 不是可用的语言，请使用 ${CORE_WORDS.zh.choices(LANGUAGES.map(quote))}。`,
  TOO_MANY_CELLS: (d) => `${arg(d)}：${formatLimit(d.value as number)} 个单元格超过上限 ${formatLimit(d.limit)}。`,
  NOT_ENOUGH_POINTS: (d) => `${arg(d)}：只有 ${d.count} 组可用数据；拟合至少需要 3 组预算与 CPM 都大于 0 的数据，且预算至少有两个不同的值。`,
  CONFIDENCE_OUT_OF_RANGE: (d) => `${arg(d)}：${quote(d.value)} 不是置信水平；请输入 0 到 1 之间的数，例如 0.9 表示 90% 区间。`,
  FIT_ILL_CONDITIONED: (d) =>
    d.argument === ARG.refSpend
      ? `${arg(d)}：拟合出的曲线在 ${formatLimit(d.limit)} 处得不到可用的 CPM，请选一个更接近各月预算的参考预算。`
      : `${arg(d)}：各月预算过于接近（${formatAmount(Number(d.value), 2)} 到 ${formatAmount(Number(d.limit), 2)}），无法看出 CPM 随预算如何变化；拟合需要预算相差至少 1%。`,
  NOT_A_LIST: (d) => `${arg(d)}：请给出一列或一行的列表，而不是 ${d.rows}×${d.columns} 的区域。`,
  DUPLICATE_ASSUMPTION: (d) => `${arg(d)}：键 ${quote(d.key)} 出现了不止一次，每个键只保留一行。`,
  ZERO_READS: (d) => `${arg(d)}：阅读量为 0 的笔记无法计算互动率和跳转率。`,
  NOT_ONE_CELL: (d) => `${arg(d)}：请给出单个单元格，而不是 ${d.rows}×${d.columns} 的区域。`,
  DATA_TYPE: (d) => `${arg(d)}：数据类型（${String(d.value)}）不是单个值；请传入它的某个字段（如 =A1.Price）或普通单元格。`,
  INFEASIBLE_BOUNDS: (d) => {
    const { total, budget, minimums } = bounds(d);
    return minimums ? `${arg(d)}：各投放线的下限合计 ${total}，超过预算 ${budget}。` : `${arg(d)}：各投放线的上限合计 ${total}，不足预算 ${budget}。`;
    },
  MIN_ABOVE_MAX: (d) => `${arg(d)}：投放线 ${quote(d.key)} 的下限 ${formatAmount(Number(d.value), 3)} 高于上限 ${formatAmount(Number(d.limit), 3)}，没有以分为单位的金额能同时满足。`,
  ALLOCATION_FAILED: () => "ALLOCATE 无法找到在各投放线上下限之内、合计等于预算的分配；请检查上下限与预算。",
  LINE_DOES_NOT_SATURATE: (d) => `${arg(d)}：投放线 ${quote(d.key)} 的边际成本不会上升（${assumptionKey("cpm_elasticity")} ≤ ${assumptionKey("cvr_elasticity")}），无法按边际成本相等分配；其 ${assumptionKey("cpm_elasticity")} 必须大于 ${assumptionKey("cvr_elasticity")}。`,
  TARGET_UNREACHABLE: (d) => {
    const target = formatAmount(Number(d.value), 2);
    if (d.key === "marginal-cpa") return `${arg(d)}：边际 CPA ${target} 对应的预算将超过 ${formatLimit(d.budget)}。`;
    if (d.key === "marginal-roi") return `${arg(d)}：最低边际 ROI ${formatLimit(Number(d.value))} 对应的预算将超过 ${formatLimit(d.budget)}。`;
    if (d.key === "value") {
      return d.budget !== undefined && d.budget < MAX_MONEY
        ? `${arg(d)}：无法达到价值 ${target}：按上限投满（合计 ${formatAmount(d.budget, 2)}）也只能获得价值 ${formatAmount(Number(d.limit), 2)}。`
        : `${arg(d)}：达到价值 ${target} 需要超过 ${formatLimit(MAX_MONEY)} 的预算。`;
    }
    return d.budget !== undefined && d.budget < MAX_MONEY
      ? `${arg(d)}：无法达到 ${target} 次转化：按上限投满（合计 ${formatAmount(d.budget, 2)}）也只能获得 ${formatAmount(Number(d.limit), 1)} 次。`
      : `${arg(d)}：达到 ${target} 次转化需要超过 ${formatLimit(MAX_MONEY)} 的预算。`;
    },
  UNKNOWN_TARGET_KIND: (d) => `${arg(d)}：${quote(d.value)} 不是目标类型。请使用 ${CORE_WORDS.zh.choices(KIND_IDS.map((kind) => withOther("zh", "en", KINDS, kind)))}。`,
  NO_CONVERSIONS: (d) => `${arg(d)}：预算为 0 时没有转化，无法计算平均 CPA。`,
  SELF_CHECK_FAILED: (d) => `${arg(d)}：结果未通过自检（${d.key}），因此不予显示。请连同输入一起反馈。`,
  NUMBER_FORMAT: (d) =>
    `${arg(d)}：${quote(d.value)} 未按数字读取（${NUMBER_HINTS.zh[d.key as NumberFormatHint] ?? NUMBER_HINTS.zh.format}）。${typeAmount("zh")}`,
  LINE_INPUT_MISSING: (d) => `${arg(d)}：投放线 ${quote(d.line)} 缺少此值。每条有名称的投放线都需要填写；若要去掉该投放线，请清空整行。`,
  LINE_UNNAMED: (d) => `${ARG.lines}：第 ${d.rows} 行没有名称，但填写了 ${arg(d)}。请为投放线命名，或清空该行；没有名称的投放线不会被悄悄略去。`,
  LADDER_START: (d) =>
    `${arg(d)}：请给出五个人数，每层一个（了解、兴趣、新客、老客、亲密），一行或一列${d.count === undefined ? "" : `；现有 ${d.count} 个`}。空的层请填 0；空白不是人数。`,
  NEEDS_VALUE: (d) =>
    `${arg(d)}：目标类型（${ARG.targetKind}）${withOther("zh", "en", KINDS, valueKind(d))} 需要每条投放线的单次转化价值，投放线 ${quote(d.line)} 没有填写。请填写 ${ARG.value}，或改用 ${withOther("zh", "en", KINDS, "conversions")} 或 ${withOther("zh", "en", KINDS, "marginal-cpa")}。`,
  MARGINAL_CPA_WITH_VALUE: (d) =>
    `${arg(d)}：填写 ${ARG.value} 时 ${withOther("zh", "en", KINDS, "marginal-cpa")} 没有意义：各投放线的边际 ROI 相等，边际 CPA 各不相同。请改用 ${withOther("zh", "en", KINDS, "marginal-roi")}，或不填 ${ARG.value}。`,
  ERROR_IN_INPUT: (d) =>
    `${arg(d)}：该参数传入了错误值 ${String(d.value)}；Excel 不允许加载项原样返回 ${String(d.value)}，因此这里显示 #VALUE!。请修正产生 ${String(d.value)} 的单元格。`,
});

/** The error catalogue: one wording of every code per language. A test checks none is missing. */
// Each language's catalogue is built when a message is first worded in it (issue 27: loading the
// functions builds no table a call does not need).
export const ERROR_WORDS: Record<Language, Record<ErrorCode, Wording>> = inEveryLanguageOnFirstUse((language) => ({ en: EN, zh: ZH })[language]());

/** The user-facing sentence for a domain error. */
export function describe(error: DomainError, language: Language = "en"): string {
  return ERROR_WORDS[language][error.code](error.details);
}
