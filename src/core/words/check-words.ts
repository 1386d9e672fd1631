/*
 * What the pane's checks say to a planner — the minefields, their verdicts, the budget step's
 * reasons and the report sheet — one entry per language, all of the shape {@link CheckWords}; the
 * statuses and note labels, one entry per status or label with every language beside it. Kept apart
 * from CORE_WORDS (words.ts): only the pane and HOTNOTES read these words, so functions.js does not
 * carry them (issue 27: what a first call does not need is not loaded).
 */
import { inEveryLanguageOnFirstUse, type Language } from "./language";
import { assumptionKey } from "./words";

/** A check's verdicts, mildest first: their order is their severity (the worst reason decides). */
export const VERDICTS = ["clear", "watch", "risk"] as const;
export type Verdict = (typeof VERDICTS)[number];
/** A minefield's statuses: a verdict or not answered yet, in the order the pane offers them. */
export const STATUSES = [...VERDICTS, "unanswered"] as const;
export type StatusWord = (typeof STATUSES)[number];

/**
 * A word that names one of a few fixed things — a status, a note's label — stands beside the thing
 * in every language: the pane offers a status by it, HOTNOTES writes a label in the call's language
 * and the pane reads a label back in any language, so each is looked up by the thing, not by the language.
 */
export const STATUS_LABELS: Record<StatusWord, Record<Language, string>> = {
  clear: { en: "Clear", zh: "安全" },
  watch: { en: "Watch", zh: "留意" },
  risk: { en: "Risk", zh: "风险" },
  unanswered: { en: "Not answered", zh: "未回答" },
};

/** The four labels of a graded note (DOMAIN §5), in the order HOTNOTES grades them. */
export const NOTE_LABELS = {
  "effective hot": { en: "effective hot", zh: "有效爆文" },
  "hollow hot": { en: "hollow hot", zh: "无效爆文" },
  "hidden converter": { en: "hidden converter", zh: "潜力转化" },
  ordinary: { en: "ordinary", zh: "普通" },
} satisfies Record<string, Record<Language, string>>;
export type NoteLabelWord = keyof typeof NOTE_LABELS;
export type MinefieldId = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface MinefieldWords {
  title: string;
  /** The trap, with its facts and figures (DOMAIN §4), in our words. */
  trap: string;
  /** What the planner is asked to confirm or plan. */
  question: string;
}

export interface CheckWords {
  minefields: Record<MinefieldId, MinefieldWords>;
  reportSheet: string;
  reportHeader: readonly [minefield: string, status: string, evidence: string, note: string, checkedOn: string];
  budgetStep: {
    /** A raise: what the extra impressions cost. */
    step: (f: { from: string; to: string; step: string; index: boolean; ratio: string; averageNow: string; marginalRatio: string; marginalNow: string }) => string;
    /** No change of budget: what the next thousand impressions cost there. */
    hold: (f: { budget: string; marginal: string; index: boolean }) => string;
    /** A cut: what the impressions given up cost. */
    cut: (f: { from: string; to: string; step: string; index: boolean; ratio: string; averageNow: string }) => string;
    atProposed: (f: { proposed: string; marginalCpa: string; target: string; cap: string }) => string;
    /** An end the planner's months do not bound is undefined. */
    band: (f: { low: string; high: string; level?: string; pessimistic?: string; optimistic?: string }) => string;
    /**
     * Each reason a verdict can have, one sentence each: the verdict quotes every one that applied
     * (never "A — or B"), the strictest first.
     */
    reasons: {
      /** Risk: past the planning cap, as the sheet's vs cap says. */
      overCap: (f: { proposed: string; cap: string }) => string;
      /** Risk: past the cap even at the band's optimistic end. */
      pastOptimistic: (f: { optimistic: string }) => string;
      /** Watch: within the planning cap, past the band's pessimistic cap. */
      pastPessimistic: (f: { pessimistic: string }) => string;
      /** Watch: the months do not bound the pessimistic end, so the band cannot confirm the cap. */
      pessimisticUnbounded: string;
      /** Watch: within the margin below the planning cap. */
      nearCap: (f: { margin: number; cap: string }) => string;
      /** Watch: the extra impressions cost at least the threshold times today's marginal CPM. */
      stepPrice: (f: { ratio: string; stepRatio: number }) => string;
      /** Clear: within the planning cap (and under the band's pessimistic cap, where there is a band). */
      clear: (f: { band: boolean }) => string;
    };
    /** Clear, where the curve has no budget cap for the target CPA. */
    clearNoCap: string;
    /** Clear, where no cap could be priced: a base or target CPA is missing (or not above 0). */
    clearNeedsCpa: string;
  };
  notesSummary: (f: { graded: number; hollowHot: number; hiddenConverters: number }) => string;
  /** Minefield 6 on the NPL sheet: the loyal customers' share of GMV, what a higher group-chat join rate adds, the source's fact. */
  ownedUsers: {
    share: (f: { share: string; gmv: string }) => string;
    added: (f: { from: string; to: string; added: string; percent: string }) => string;
    /** The join rate is already as high as returning_lapse leaves room for. */
    noRoom: (f: { from: string }) => string;
    /** The core's ladder on the sheet's inputs does not give the sheet's GMV: no second figure is offered. */
    disagrees: (f: { sheet: string; pane: string }) => string;
    fact: string;
    reasons: Record<Verdict, string>;
  };
}

const en = (): CheckWords => ({
  minefields: {
    1: {
      title: "Closed loop is not just opening a shop",
      trap: "Spillover buys ads; closed loop is more like running a store — it needs scenario content, not just a switched-on shop. A snack brand's \"office craving combo\" with a \"workers' snack drawer\" content series reached 15% closed-loop conversion.",
      question: "Does the closed-loop budget come with scenario content for the products it sells?",
    },
    2: {
      title: "More budget is not always better",
      trap: "Returns diminish on a limited audience: raising a monthly budget from 200,000 to 500,000 (×2.5) raised CPM by 40% while conversion rose only 5%. Check what the next step costs before raising spend.",
      question: "Is next month's step up worth its marginal price?",
    },
    3: {
      title: "A hot note is not always strong spillover",
      trap: "Hot notes can be hollow: entertaining, with no purchase guidance. Judge each note by its jump-out rate to Tmall/Taobao/JD, not by its likes.",
      question: "Are hollow hot notes kept out of the spillover budget, and hidden converters reused as sales notes?",
    },
    4: {
      title: "A store live fed only by paid traffic",
      trap: "A store live stream that lives on paid traffic alone costs too much: group chats, creator live and sales notes have to run together with it.",
      question: "Do group chats, creator live and sales notes run alongside the store live?",
    },
    5: {
      title: "Tactics RED's community dislikes",
      trap: "Holding back orders (憋单), raising then cutting prices, and gimmicky campaigns go against RED's sincere-operations pact, which tilts platform resources to good products, good service and good content.",
      question: "The plan uses none of these tactics.",
    },
    6: {
      title: "Ignoring owned users",
      trap: "Group-chat members repurchase 5.1× as often within 30 days as non-members; in one case group-chat users' monthly order value was 14× others', and they watched the store live for 47 minutes on average.",
      question: "Budget and people are set aside for group chats and owned users.",
    },
    7: {
      title: "Rushing the close in live streams",
      trap: "75% of live-room orders come after the fifth minute (later still for high-ticket goods), and users who interact convert 17× more than those who do not.",
      question: "Live scripts build interaction before asking for the order.",
    },
  },
  reportSheet: "Minefields",
  reportHeader: ["Minefield", "Status", "Evidence (numbers)", "Note", "Checked on"],
  budgetStep: {
    step: (f) =>
      `Going from ${f.from} to ${f.to}: the extra impressions cost ${f.step} per thousand${f.index ? " (index)" : ""}, ${f.ratio}× today's average CPM of ${f.averageNow} and ${f.marginalRatio}× today's marginal CPM of ${f.marginalNow} (the step's price is judged against the marginal).`,
    hold: (f) => `The budget stays at ${f.budget}: no step; there the next thousand impressions cost ${f.marginal}${f.index ? " (index)" : ""}.`,
    cut: (f) =>
      `Cutting from ${f.from} to ${f.to}: the impressions given up cost ${f.step} per thousand${f.index ? " (index)" : ""}, ${f.ratio}× today's average CPM of ${f.averageNow}.`,
    atProposed: (f) => `At ${f.proposed} the next conversion costs ${f.marginalCpa} against a target of ${f.target}; the budget cap that plans the year is ${f.cap}.`,
    band: (f) =>
      `Your months put ${assumptionKey("cpm_elasticity")} between ${f.low} and ${f.high}${f.level ? ` (${f.level} interval)` : ""}: the cap is ${f.pessimistic ?? "not bounded by your months"} at the high end (pessimistic) and ${f.optimistic ?? "not bounded by your months"} at the low end (optimistic).`,
    reasons: {
      overCap: (f) => `Risk: ${f.proposed} is over the budget cap of ${f.cap} (the sheet's vs cap says Over cap).`,
      pastOptimistic: (f) => `Risk: it is past the cap even at the optimistic end of your CPM history, ${f.optimistic}.`,
      pastPessimistic: (f) =>
        `Watch: it is within the budget cap but past the pessimistic cap of your CPM history, ${f.pessimistic}: safe only if the curve is kinder than the pessimistic end.`,
      pessimisticUnbounded: "Watch: your months do not bound the pessimistic end, so your CPM history cannot confirm the cap.",
      nearCap: (f) => `Watch: it is within ${f.margin * 100}% below the budget cap of ${f.cap} (our threshold).`,
      stepPrice: (f) => `Watch: the extra impressions cost ${f.ratio}× today's marginal CPM, at or above our threshold of ${f.stepRatio}×.`,
      clear: (f) => `Clear: within the budget cap${f.band ? " and under the pessimistic cap of your CPM history" : ""}, and the step is priced within our thresholds.`,
    },
    clearNoCap: "Clear on the step's price; this curve has no budget cap for the target CPA.",
    clearNeedsCpa: "Clear on the step's price only: enter a base CPA and a target CPA above 0 to check the budget cap.",
  },
  ownedUsers: {
    share: (f) => `Loyal customers (group-chat members) bring ${f.share} of the year's GMV of ${f.gmv} on the NPL sheet.`,
    added: (f) => `Raising the group-chat join rate (${assumptionKey("returning_to_loyal")}) from ${f.from} to ${f.to} a month would add ${f.added} of GMV this year (+${f.percent}), by the same user-asset ladder on this workbook's assumptions.`,
    noRoom: (f) => `The group-chat join rate is ${f.from}, as high as ${assumptionKey("returning_lapse")} leaves room for: it cannot be raised.`,
    disagrees: (f) => `The pane's ladder on the sheet's inputs gives GMV ${f.pane}, not the sheet's ${f.sheet} (were its formulas changed?): no figure for a higher join rate.`,
    fact: `Fact [004]: group-chat members' 30-day repurchase is 5.1× non-members' (${assumptionKey("loyal_order_multiple")} on the Assumptions sheet).`,
    reasons: {
      risk: "Risk: the plan's loyal customers bring no GMV — no group-chat members and no one joining.",
      watch: "Watch: the plan counts loyal customers, but the group-chat line has no budget this year.",
      clear: "Clear: loyal customers bring GMV in the plan, and the group-chat line has a budget.",
    },
  },
  notesSummary: (f) => `${f.graded} notes graded: ${f.hollowHot} ${NOTE_LABELS["hollow hot"].en}, ${f.hiddenConverters} ${NOTE_LABELS["hidden converter"].en}.`,
});

const zh = (): CheckWords => ({
  minefields: {
    1: {
      title: "闭环不等于开商城",
      trap: "外溢是买广告，闭环更像经营店铺——需要场景化内容，而不只是开通店铺。某零食品牌以“办公室解馋组合”配合“打工人零食抽屉”系列内容，闭环转化率达到 15%。",
      question: "闭环预算是否配有所售商品的场景化内容？",
    },
    2: {
      title: "预算越多效果越好？",
      trap: "受众有限时回报递减：月预算从 20 万提高到 50 万（2.5 倍），CPM 上涨 40%，转化率只提升 5%。加预算前先看下一步的边际成本。",
      question: "下月的加投是否值得它的边际价格？",
    },
    3: {
      title: "爆文不等于强外溢",
      trap: "爆文可能“虚火”：娱乐性强却缺少购买引导。要看每篇笔记跳转天猫/淘宝/京东的比例，而不是点赞数。",
      question: "是否把无效爆文排除在外溢预算之外，并把潜力转化笔记改作商销笔记？",
    },
    4: {
      title: "只靠投流的店播",
      trap: "只靠付费流量撑起的店播成本过高：群聊、达播和商销笔记必须与店播协同。",
      question: "群聊、达播与商销笔记是否与店播同步进行？",
    },
    5: {
      title: "社区反感的玩法",
      trap: "憋单、先涨后降、噱头式活动都违背小红书的真诚经营公约；平台资源向好商品、好服务、好内容倾斜。",
      question: "计划中没有使用这些玩法。",
    },
    6: {
      title: "忽视自有用户",
      trap: "群聊成员 30 天复购率是非成员的 5.1 倍；某案例中群聊用户月均客单价是其他用户的 14 倍，平均观看店播 47 分钟。",
      question: "已为群聊和自有用户安排预算与人力。",
    },
    7: {
      title: "直播急于逼单",
      trap: "75% 的直播间订单发生在第 5 分钟之后（高客单价商品更晚），有互动的用户转化率是无互动用户的 17 倍。",
      question: "直播脚本先建立互动，再引导下单。",
    },
  },
  reportSheet: "雷区检查",
  reportHeader: ["雷区", "状态", "依据（数字）", "备注", "检查日期"],
  budgetStep: {
    step: (f) =>
      `从 ${f.from} 调整到 ${f.to}：新增曝光每千次 ${f.step}${f.index ? "（指数）" : ""}，是当前平均 CPM ${f.averageNow} 的 ${f.ratio} 倍、当前边际 CPM ${f.marginalNow} 的 ${f.marginalRatio} 倍（加投价格以边际 CPM 为准判断）。`,
    hold: (f) => `预算保持 ${f.budget} 不变：没有加投；此时下一千次曝光成本为 ${f.marginal}${f.index ? "（指数）" : ""}。`,
    cut: (f) => `从 ${f.from} 削减到 ${f.to}：放弃的曝光每千次 ${f.step}${f.index ? "（指数）" : ""}，是当前平均 CPM ${f.averageNow} 的 ${f.ratio} 倍。`,
    atProposed: (f) => `在 ${f.proposed} 时下一次转化成本为 ${f.marginalCpa}，目标为 ${f.target}；全年规划用的预算上限为 ${f.cap}。`,
    band: (f) =>
      `你的历史月份显示 ${assumptionKey("cpm_elasticity")} 在 ${f.low} 到 ${f.high} 之间${f.level ? `（${f.level} 区间）` : ""}：按高端（悲观）预算上限为 ${f.pessimistic ?? "无法由历史数据确定"}，按低端（乐观）为 ${f.optimistic ?? "无法由历史数据确定"}。`,
    reasons: {
      overCap: (f) => `风险：${f.proposed} 超过预算上限 ${f.cap}（表中“对比上限”为超出上限）。`,
      pastOptimistic: (f) => `风险：即使按历史 CPM 的乐观端 ${f.optimistic}，也超过上限。`,
      pastPessimistic: (f) => `留意：在预算上限之内，但超过历史 CPM 的悲观上限 ${f.pessimistic}：只有曲线好于悲观端时才安全。`,
      pessimisticUnbounded: "留意：历史月份无法确定悲观端，历史 CPM 无法确认上限。",
      nearCap: (f) => `留意：距预算上限 ${f.cap} 不足 ${f.margin * 100}%（我们设定的阈值）。`,
      stepPrice: (f) => `留意：新增曝光成本为当前边际 CPM 的 ${f.ratio} 倍，达到我们设定的 ${f.stepRatio} 倍阈值。`,
      clear: (f) => `安全：在预算上限之内${f.band ? "，也低于历史 CPM 的悲观上限" : ""}，加投价格在我们的阈值之内。`,
    },
    clearNoCap: "就加投价格而言安全；在该目标 CPA 下这条曲线没有预算上限。",
    clearNeedsCpa: "仅就加投价格而言安全：请输入大于 0 的基准 CPA 和目标 CPA 以检查预算上限。",
  },
  ownedUsers: {
    share: (f) => `NPL 表中，亲密用户（群聊成员）贡献全年 GMV ${f.gmv} 的 ${f.share}。`,
    added: (f) => `把群聊加入率（${assumptionKey("returning_to_loyal")}）从每月 ${f.from} 提高到 ${f.to}，今年可多带来 GMV ${f.added}（+${f.percent}）——按同一用户资产阶梯、本工作簿的假设计算。`,
    noRoom: (f) => `群聊加入率已为 ${f.from}，是 ${assumptionKey("returning_lapse")} 允许的上限：无法再提高。`,
    disagrees: (f) => `任务窗格按表中输入重算的 GMV 为 ${f.pane}，与表中的 ${f.sheet} 不一致（公式被改动？）：不给出提高加入率的数字。`,
    fact: `事实 [004]：群聊成员 30 天复购率是非成员的 5.1 倍（Assumptions 表中的 ${assumptionKey("loyal_order_multiple")}）。`,
    reasons: {
      risk: "风险：计划中亲密用户不贡献任何 GMV——没有群聊成员，也没有人加入群聊。",
      watch: "留意：计划计入了亲密用户，但群聊投放线今年没有预算。",
      clear: "安全：计划中亲密用户贡献 GMV，群聊投放线也有预算。",
    },
  },
  notesSummary: (f) => `已评估 ${f.graded} 篇笔记：${NOTE_LABELS["hollow hot"].zh} ${f.hollowHot} 篇，${NOTE_LABELS["hidden converter"].zh} ${f.hiddenConverters} 篇。`,
});

// Each language's words are built when first read (issue 27: loading the functions builds no table a call does not need).
export const CHECK_WORDS: Record<Language, CheckWords> = inEveryLanguageOnFirstUse((language) => ({ en, zh })[language]());
