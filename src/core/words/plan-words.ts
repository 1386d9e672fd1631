/*
 * The longer words of a plan — what each stage is for and what to do in it, and what each assumption
 * means — one entry per language, all of the shape {@link PlanWords}. Kept apart from CORE_WORDS
 * (words.ts): only STAGEPLAN, REDDEFAULTS, the pane and the template read them, so functions.js does
 * not carry them (issue 27: what a first call does not need is not loaded).
 */
import { inEveryLanguageOnFirstUse, type Language } from "./language";
import { type AssumptionKey, CORE_WORDS } from "./words";
import { ASSUMPTION_TABLE } from "../maths/assumptions";

export interface PlanWords {
  /** What each stage is for and what to do in it (DOMAIN §2, source [000]), by stage position. */
  stageActions: Record<1 | 2 | 3, readonly string[]>;
  /** What each key of the assumptions table means, as REDDEFAULTS and the template show it. */
  assumptionMeanings: Record<AssumptionKey, string>;
}

const en = (): PlanWords => ({
  stageActions: {
    1: [
      "Aim: reach the audience fast; buyers do not trust the brand yet, so most first orders happen on Tmall/Taobao/JD.",
      "Spend mostly on seeding notes, and build up user assets and notes that can later sell.",
      "Read the spillover tools (小红星 for Tmall/Taobao, 小红盟 for JD) to learn which selling points make people jump to buy.",
      "Republish the notes with the strongest spillover as sales notes inside RED and watch how they do.",
    ],
    2: [
      "Aim: with awareness built, lift closed-loop conversion through store live streams and store campaigns.",
      "Give sales notes a larger share; run creator live and group chats in step with the store live — a store live fed only by paid traffic costs too much.",
      "Move traffic from broad exposure to search ads plus feed ads, to meet buyers on their decision path.",
      "Pair scenario content with limited-time on-site offers (a mother-and-baby brand reached a closed-loop ROI of 1:3 this way).",
    ],
    3: [
      "Aim: turn users into lasting assets — brand topics, communities and co-created content.",
      "Tilt the budget to brand-account content and 聚光 (Juguang) spotlight ads to build repurchase.",
      "Feed RED data back into other platforms, e.g. use RED hot-search terms to improve Douyin creatives.",
      "A beauty brand's topic gathered 140,000 genuine discussions and lifted its Tmall search volume by 30%.",
    ],
  },
  assumptionMeanings: {
    ref_spend: "Reference monthly spend: your base CPM/CPA were measured at this spend (the article's case starts at 200,000).",
    cpm_elasticity:
      "How fast average CPM rises with spend, (spend/ref)^e. Default ln1.4/ln2.5: the case where 2.5× the budget cost 40% more per thousand impressions. Fit your own with CPMFIT.",
    cvr_elasticity: "How fast the conversion rate rises with spend, (spend/ref)^g. Default ln1.05/ln2.5: in the same case conversion rose only 5%.",
    floor_spend: "Our assumption: below this monthly spend the auction is not yet crowded, so CPM and CPA stay flat at their value here.",
    spill_cold_start: "Spillover share of the budget at cold start; the rest is closed loop (article preset 70/30).",
    spill_growth: "Spillover share of the budget in growth (article preset 50/50).",
    spill_mature: "Spillover share of the budget when mature (article preset 40/60).",
    aware_to_interest: "Example value: replace it with your brand's own user-asset report (灵犀). Share of aware people (了解) who become interested (兴趣) each month.",
    aware_forget: "Example value: replace it with your brand's own user-asset report (灵犀). Share of aware people who forget the brand each month.",
    interest_to_buy: "Example value: replace it with your brand's own user-asset report (灵犀). Share of interested people who make a first purchase each month (new customers, 新客).",
    interest_forget: "Example value: replace it with your brand's own user-asset report (灵犀). Share of interested people who lose interest each month.",
    new_repeat: "Example value: replace it with your brand's own user-asset report (灵犀). Share of new customers who buy again each month and become returning customers (老客).",
    new_lapse: "Example value: replace it with your brand's own user-asset report (灵犀). Share of new customers who lapse each month.",
    returning_order_rate: "Example value: replace it with your brand's own user-asset report (灵犀). Orders per returning customer per month (a rate, 0 or more; they stay returning).",
    returning_to_loyal: "Example value: replace it with your brand's own user-asset report (灵犀). Share of returning customers who become loyal (亲密) each month, e.g. by joining a group chat.",
    returning_lapse: "Example value: replace it with your brand's own user-asset report (灵犀). Share of returning customers who lapse each month.",
    loyal_order_multiple:
      "Fact from RED's NPL method (RED e-commerce, April 2026): group-chat members' 30-day repurchase is 5.1× non-members'. Loyal customers' order rate ÷ returning customers'.",
    loyal_lapse: "Example value: replace it with your brand's own user-asset report (灵犀). Share of loyal customers who lapse each month.",
    first_order_spill: "Fact from the article: about 70% of users seeded on RED still buy on Tmall. Share of first orders that land off-platform (spillover).",
    repeat_order_spill: "Example value (our assumption, as for first orders): replace it with your brand's own spillover report (小红星/小红盟). Share of repeat orders that land off-platform.",
    loyal_order_spill: "Example value (our assumption: group-chat members buy in the RED store): replace it with your brand's own spillover report. Share of loyal customers' orders that land off-platform.",
  },
});

const zh = (): PlanWords => ({
  stageActions: {
    1: [
      "目标：快速触达目标人群；用户尚不信任品牌，首单多在天猫/淘宝/京东完成。",
      "预算以种草笔记为主，积累用户资产和可用于转化的笔记素材。",
      "借助外溢工具（小红星看天猫/淘宝，小红盟看京东），找出最能带动跳转购买的卖点。",
      "把外溢效果最好的笔记改作站内商销笔记发布，观察效果。",
    ],
    2: [
      "目标：品牌已有一定知名度，借助店播和店铺活动提升闭环转化效率。",
      "提高商销笔记占比；达播与群聊要和店播同步——只靠投流撑起的店播成本过高。",
      "流量策略从泛曝光转向“搜索广告 + 信息流”组合，在用户决策链路上精准拦截。",
      "场景化内容配合站内限时优惠（某母婴品牌以此把闭环 ROI 提升到 1:3）。",
    ],
    3: [
      "目标：把用户沉淀为长期资产——品牌话题、社群与用户共创内容。",
      "预算向品牌号内容与聚光广告倾斜，强化用户复购心智。",
      "用小红书数据反哺其他平台，例如用站内热搜词优化抖音素材。",
      "某美妆品牌的话题积累了 14 万条真实讨论，带动天猫搜索量提升 30%。",
    ],
  },
  assumptionMeanings: {
    ref_spend: "参考月预算：基准 CPM/CPA 在此预算下测得（文章案例的起点是 200,000）。",
    cpm_elasticity: "平均 CPM 随预算上升的速度，(预算/参考)^e。默认 ln1.4/ln2.5：案例中预算增至 2.5 倍，千次曝光成本上涨 40%。可用 CPMFIT 拟合自己的数据。",
    cvr_elasticity: "转化率随预算上升的速度，(预算/参考)^g。默认 ln1.05/ln2.5：同一案例中转化率只提升了 5%。",
    floor_spend: "我们的假设：月预算低于此值时竞价尚未饱和，CPM 与 CPA 保持在该点的水平不变。",
    spill_cold_start: "冷启动期外溢预算占比，其余为闭环（文章建议 70/30）。",
    spill_growth: "成长期外溢预算占比（文章建议 50/50）。",
    spill_mature: "成熟期外溢预算占比（文章建议 40/60）。",
    aware_to_interest: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月由了解转为兴趣的人群占比。",
    aware_forget: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月遗忘品牌的了解人群占比。",
    interest_to_buy: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月首次购买（成为新客）的兴趣人群占比。",
    interest_forget: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月失去兴趣的兴趣人群占比。",
    new_repeat: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月再次购买、成为老客的新客占比。",
    new_lapse: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月流失的新客占比。",
    returning_order_rate: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。老客每人每月的订单数（比率，0 或以上；下单后仍是老客）。",
    returning_to_loyal: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月成为亲密用户（如加入群聊）的老客占比。",
    returning_lapse: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月流失的老客占比。",
    loyal_order_multiple: "来源事实（小红书电商 NPL 经营方法论，2026 年 4 月）：群聊成员 30 天复购率是非群聊用户的 5.1 倍。亲密用户的下单率 ÷ 老客的下单率。",
    loyal_lapse: "示例值：请替换为品牌自己的用户资产报告（灵犀）数据。每月流失的亲密用户占比。",
    first_order_spill: "来源事实（文章）：约 70% 在小红书被种草的用户仍去天猫购买。首单落在站外（外溢）的占比。",
    repeat_order_spill: "示例值（我们的假设，与首单相同）：请替换为品牌自己的外溢数据（小红星/小红盟）。复购订单落在站外的占比。",
    loyal_order_spill: "示例值（我们的假设：群聊成员在小红书店铺购买）：请替换为品牌自己的外溢数据。亲密用户订单落在站外的占比。",
  },
});

// Each language's words are built when first read.
export const PLAN_WORDS: Record<Language, PlanWords> = inEveryLanguageOnFirstUse((language) => ({ en, zh })[language]());

/** The assumptions as a table a planner can paste and edit: a header row, then key, value, meaning (REDDEFAULTS, the template). */
export function assumptionRows(language: Language): (string | number)[][] {
  const meanings = PLAN_WORDS[language].assumptionMeanings;
  return [[...CORE_WORDS[language].assumptionHeader], ...ASSUMPTION_TABLE.map((a) => [a.key, a.value, meanings[a.key]])];
}
