/*
 * The "Read me" sheet: how to read the planner workbook — what each sheet is for, what the cell
 * colours mean, every term in planner words in English and Chinese, and which figures are platform
 * facts (with their source) and which are our editable assumptions.
 */
import { displayWidth, STYLES } from "./styles";
import { NPL_SHEET } from "./npl-labels";
import { SUMMARY_HEADERS } from "./summary-sheet";
import type { CellDefinition, CellStyle, SheetDefinition } from "./sheet";

export const GUIDE_SHEET = "Read me 使用说明";

/** The source article of the platform facts (its title as published), cited beside each fact. */
const SOURCE = "Source 来源: “外溢？闭环？小红书预算如何分配？” (article on splitting a RED budget)";
const SOURCE_NPL = "Source 来源: “小红书首次系统发布电商经营方法论 将重点扶持‘好货商家’” (亿邦动力, 2026-04-09: RED's NPL method and five-layer user-asset model)";

/** What every money figure is in, said once for the workbook. */
export const CURRENCY = "All amounts are in yuan (元, CNY); CPM is the price of 1,000 impressions. 所有金额单位为元（人民币）；CPM 为每千次曝光的价格。";

type Row = [string, string, string, string];

/** A bilingual header ("Average CPA 平均 CPA") as its English and its Chinese words, split where the Chinese begins. */
function headerWords(header: string): [string, string] {
  const at = header.search(/[\u4e00-\u9fff]/u);
  return [header.slice(0, at).trim(), header.slice(at).trim()];
}

/** The Summary's columns in words, from its headers, so the guide names every column the sheet has. */
const summaryColumns = {
  english: SUMMARY_HEADERS.map((h) => headerWords(h)[0]),
  chinese: SUMMARY_HEADERS.map((h) => headerWords(h)[1]),
};

const SHEETS: Row[] = [
  ["Summary", "汇总", `One row per scenario sheet with its year's totals, in columns: ${summaryColumns.english.join(", ")}.`, `每个情景表一行，列出全年合计，各列为：${summaryColumns.chinese.join("、")}。`],
  ["Assumptions", "假设", "The modelling choices every RED formula reads. Edit column B; the whole workbook follows.", "所有 RED 公式读取的建模假设。修改 B 列，整个工作簿随之更新。"],
  ["Cold start, Growth, Mature", "情景表", "A year of monthly budgets at one lifecycle stage: the split, the price of impressions, the marginal CPA, each month against the budget cap, and the stage's playbook.", "某一生命周期阶段的全年月度预算：外溢/闭环拆分、曝光价格、边际 CPA、各月与预算上限的对比，以及该阶段的打法。"],
  ["Notes", "笔记", "Your notes' reads, engagements and jumps: each note is labelled against the portfolio's own thresholds.", "笔记的阅读、互动与跳转：按本组笔记自身的阈值为每篇笔记打标签。"],
  ["Lines", "投放线", "Several ad lines: how to split a month's budget, what a target takes, the response curve, and the year's flight plan.", "多条投放线：月预算如何分配、达成目标需要多少预算、响应曲线，以及全年排期。"],
  [
    NPL_SHEET,
    "笔记·人群·直播",
    "RED's NPL method: notes, group-chat and live lines valued at multiples of a new customer's LTV, the year's flight plan feeding the five layers of user assets (aware → loyal), GMV closed loop vs spillover, and the loyal customers' share of it (minefield 6 reads it).",
    "小红书 NPL 经营方法：按新客 LTV 的倍数给笔记、群聊、直播三条投放线定价值，全年排期带动五层用户资产（了解 → 亲密），GMV 的闭环与外溢，以及亲密用户贡献的占比（雷区 6 读取此表）。",
  ],
  ["CPM history", "CPM 历史", "Past months of spend and CPM from RED's ad reports: your own price curve, with how sure the fit is.", "小红书广告报表中的历史月度花费与 CPM：拟合你自己的价格曲线及其可信区间。"],
];

const COLOURS: [CellStyle, string, string][] = [
  ["input", "Input: type your own figure here (the template holds examples).", "输入项：在此填写你的数字（模板中为示例）。"],
  ["output", "Result: a RED function or formula computes it — do not type over it.", "结果：由 RED 函数或公式计算——请勿覆盖。"],
  ["note", "Note: how to read the cells beside it.", "说明：解释旁边单元格的读法。"],
];

const TERMS: Row[] = [
  ["Spillover", "外溢", "Budget whose sales land off RED: people seeded by a note buy on Tmall, Taobao or JD.", "成交发生在小红书站外的预算：用户被笔记种草后到天猫、淘宝或京东购买。"],
  ["Closed loop", "闭环", "Budget whose sales complete inside RED: store live, sales notes, group chats, creator live.", "成交在小红书站内完成的预算：店播、商销笔记、群聊、达播。"],
  ["Lifecycle stage", "生命周期阶段", "Cold start, growth or mature: each stage has its own split between spillover and closed loop.", "冷启动期、成长期或成熟期：每个阶段有各自的外溢/闭环拆分。"],
  ["CPM", "千次曝光成本", "Average price of 1,000 impressions. It rises as a month's spend rises: the audience is limited.", "每千次曝光的平均价格。月花费越高它越高：目标人群是有限的。"],
  ["Marginal CPM", "边际 CPM", "The price of the next 1,000 impressions at this spend — above the average once prices rise.", "在当前花费水平上再买 1,000 次曝光的价格——价格上涨时高于平均值。"],
  ["CPA", "单次转化成本", "Cost per conversion (a purchase or lead), measured at the reference spend (base CPA).", "每次转化（购买或线索）的成本，在参考预算下测得（基准 CPA）。"],
  ["Marginal CPA", "边际 CPA", "The price of the next conversion at this month's spend, above the average CPA once prices rise. Spend is worth adding while it is within your target.", "在本月花费水平上再获得一次转化的成本——价格上涨时高于平均 CPA。只要它不超过目标，增加预算就是值得的。"],
  ["Budget cap", "预算上限", "The largest monthly budget whose marginal CPA stays within the target marginal CPA.", "边际 CPA 不超过目标边际 CPA 的最大月预算。"],
  ["Reference spend", "参考预算", "The monthly spend at which your base CPM and base CPA were measured (ref_spend).", "测得基准 CPM 与基准 CPA 时的月花费（ref_spend）。"],
  ["CPM elasticity", "CPM 弹性", "How fast CPM rises with spend (cpm_elasticity): 0.37 means ×2.5 spend costs about 40% more per 1,000 impressions.", "CPM 随花费上涨的速度（cpm_elasticity）：0.37 表示花费 ×2.5 时千次曝光价格约高 40%。"],
  ["Conversion elasticity", "转化率弹性", "How fast the conversion rate rises with spend (cvr_elasticity): 0.05 means ×2.5 spend converts about 5% better.", "转化率随花费上升的速度（cvr_elasticity）：0.05 表示花费 ×2.5 时转化率约高 5%。"],
  ["Floor spend", "最低饱和花费", "Below this monthly spend prices are taken as flat (floor_spend), as if the auction were not yet crowded. Our assumption, not a platform figure: edit it in Assumptions.", "低于此月花费时价格视为不变（floor_spend），即假定竞价尚未饱和。这是我们的假设，并非平台数据：可在 Assumptions 表中修改。"],
  ["Seasonality", "季节系数", "A month's CPA multiplier in the flight plan: below 1 is cheaper. Our assumption: the example makes June (618) and November (双11) cheaper; type your own on the Lines sheet.", "排期中各月的 CPA 倍数：小于 1 表示更便宜。这是我们的假设：示例中 6 月（618）和 11 月（双11）更便宜；请在 Lines 表中填写你自己的数值。"],
  ["Aware → interested", "了解 → 兴趣", "The user-asset ladder (DOMAIN's five layers: aware, interested, new, returning, loyal), month by month: a share of aware people become interested (aware_to_interest), a share forget the brand (aware_forget).", "用户资产模型（了解、兴趣、新客、老客、亲密五层）逐月变化：了解人群中一部分转为兴趣（aware_to_interest），一部分遗忘品牌（aware_forget）。"],
  ["Interested → new", "兴趣 → 新客", "A share of interested people buy for the first time (interest_to_buy), a share lose interest (interest_forget).", "兴趣人群中一部分首次购买（interest_to_buy），一部分失去兴趣（interest_forget）。"],
  ["New → returning", "新客 → 老客", "A share of new customers buy again and become returning (new_repeat), a share lapse (new_lapse).", "新客中一部分再次购买、成为老客（new_repeat），一部分流失（new_lapse）。"],
  ["Returning → loyal", "老客 → 亲密", "Returning customers order at a monthly rate (returning_order_rate); a share join a group chat and become loyal (returning_to_loyal), a share lapse (returning_lapse).", "老客按月下单率下单（returning_order_rate）；一部分加入群聊成为亲密用户（returning_to_loyal），一部分流失（returning_lapse）。"],
  ["Loyal", "亲密", "Loyal customers order at the returning rate times a multiple (loyal_order_multiple); a share lapse each month (loyal_lapse).", "亲密用户的下单率是老客的若干倍（loyal_order_multiple）；每月有一部分流失（loyal_lapse）。"],
  ["Orders that spill", "订单外溢", "The shares of first orders (first_order_spill), repeat orders (repeat_order_spill) and loyal customers' orders (loyal_order_spill) that land off RED.", "首单（first_order_spill）、复购订单（repeat_order_spill）和亲密用户订单（loyal_order_spill）落在站外的占比。"],
  ["Hot note, jump rate", "爆文、跳转率", "Engagement rate = engagements ÷ reads; jump rate = jumps to a shop ÷ reads. Thresholds come from your own notes.", "互动率 = 互动 ÷ 阅读；跳转率 = 跳转到店铺 ÷ 阅读。阈值来自你自己的笔记。"],
];

/** The two kinds of figure the guide tells apart: a platform fact (with its source) or our editable assumption. */
const FACT = "Fact 事实";
const ASSUMPTION = "Assumption 假设";

const FACTS: Row[] = [
  [FACT, "70% jump out", "About 70% of people seeded on RED still go to a Tmall flagship store to buy (seed first, compare prices later).", "约 70% 在小红书被种草的用户仍会跳转到天猫旗舰店购买（先种草、后比价）。"],
  [FACT, "Stage splits", "Spillover : closed loop is 70 : 30 at cold start, 50 : 50 in growth, 40 : 60 when mature (spill_* in Assumptions, editable).", "外溢 : 闭环在冷启动期为 70 : 30，成长期 50 : 50，成熟期 40 : 60（Assumptions 表中的 spill_*，可修改）。"],
  [FACT, "×2.5 spend", "Raising a month's budget from 200,000 to 500,000 raised CPM by 40% and the conversion rate by only 5% — the elasticities above are taken from it.", "月预算从 20 万提高到 50 万，CPM 上涨 40%，转化率仅提升 5%——上面的弹性即由此得出。"],
  [FACT, "Group chats 5.1×", "Group-chat members' 30-day repurchase is 5.1× non-members' (RED's NPL method): the ladder's loyal_order_multiple.", "群聊成员 30 天复购率是非群聊用户的 5.1 倍（小红书 NPL 经营方法论）：即用户资产模型中的 loyal_order_multiple。"],
  [ASSUMPTION, "Ladder rates", "The ladder's other monthly shares and rates are example values of ours, marked so in Assumptions: replace them with your brand's own user-asset report (灵犀).", "用户资产模型的其他月度占比与比率是我们的示例值，已在 Assumptions 表中标明：请替换为品牌自己的用户资产报告（灵犀）数据。"],
  [ASSUMPTION, "Curve and floor", "The power-law price curve, the reference spend of 200,000 and the floor of 20,000 are our modelling choices: edit them in Assumptions.", "幂律价格曲线、20 万的参考预算和 2 万的最低饱和花费是我们的建模选择：可在 Assumptions 表中修改。"],
  [ASSUMPTION, "Seasonality", "The flight plan's monthly CPA multipliers (cheaper in June for 618 and in November for 双11) are made-up examples, not platform figures: edit them on the Lines sheet.", "排期中各月的 CPA 倍数（6 月 618、11 月双11 更便宜）是虚构示例，并非平台数据：可在 Lines 表中修改。"],
  [ASSUMPTION, "Example figures", "Every blue figure in the template (budgets, CPAs, lines, notes, history) is made up: replace it with yours.", "模板中所有蓝色数字（预算、CPA、投放线、笔记、历史数据）均为虚构示例：请替换为你的数据。"],
];

const WIDTHS = [24, 16, 70, 60];
/** Points per wrapped line of the default font. */
const LINE_HEIGHT = 15;

export function guideSheet(): SheetDefinition {
  const cells: Record<string, CellDefinition> = {};
  const rowHeights: Record<number, number> = {};
  const merges: string[] = [];
  let row = 1;
  const put = (column: string, value: string, style: CellStyle) => (cells[`${column}${row}`] = { value, style });
  /** Makes the row as tall as the texts need, each wrapped in its width of characters. */
  const fit = (texts: readonly string[], widths: readonly number[]) => {
    const lines = Math.max(...texts.map((text, c) => Math.ceil(displayWidth(text) / (widths[c] - 1))));
    if (lines > 1) rowHeights[row] = lines * LINE_HEIGHT;
  };
  /** One row of four texts, wrapped, as tall as its longest text needs. */
  const line = (texts: readonly string[], styles: readonly CellStyle[]) => {
    texts.forEach((text, c) => put("ABCD"[c], text, styles[c] ?? "wrapped"));
    fit(texts, WIDTHS);
    row++;
  };
  /** One text across the printed width (A:D merged), wrapped there, so it prints whole. */
  const across = (text: string, style: CellStyle) => {
    put("A", text, style);
    merges.push(`A${row}:${"ABCD"[WIDTHS.length - 1]}${row}`);
    fit([text], [WIDTHS.reduce((sum, width) => sum + width, 0)]);
    row++;
  };
  const section = (title: string, headers: readonly string[]) => {
    row++;
    put("A", title, "output");
    row++;
    line(headers, headers.map(() => "header" as const));
  };
  put("A", "How to read this workbook 如何使用本工作簿", "title");
  row++;
  put("A", CURRENCY, "subtitle");
  row++;
  section("Sheets 工作表", ["Sheet", "工作表", "What it is for", "用途"]);
  for (const texts of SHEETS) line(texts, []);
  section("Cells 单元格", ["Look", "", "Meaning", "含义"]);
  for (const [style, english, chinese] of COLOURS) line([STYLES[style].fill ? "Blue 蓝色" : style === "output" ? "Bold 粗体" : "Grey 灰色", "", english, chinese], [style, style]);
  section("Terms 术语", ["Term", "术语", "Meaning", "含义"]);
  for (const texts of TERMS) line(texts, []);
  section("Facts and assumptions 事实与假设", ["Kind 类型", "What", "Meaning", "含义"]);
  for (const texts of FACTS) line(texts, []);
  row++;
  across(SOURCE, "note");
  across(SOURCE_NPL, "note");
  return { name: GUIDE_SHEET, widths: WIDTHS, frozen: { rows: 0, columns: 0 }, cells, rowHeights, merges };
}
