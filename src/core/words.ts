/*
 * Everything the core says to a planner — minefields, verdicts, note labels, the stage plan, the
 * assumptions table, the report — one entry per language, all of the shape {@link CoreWords}.
 * Figures arrive already formatted (both languages group digits alike): the words only arrange them.
 */
import type { Language } from "./language";
import type { LadderRateKey } from "./asset-ladder";

/** A check's verdicts, mildest first: their order is their severity (the worst reason decides). */
export const VERDICTS = ["clear", "watch", "risk"] as const;
export type Verdict = (typeof VERDICTS)[number];
/** A minefield's statuses: a verdict or not answered yet, in the order the pane offers them. */
export const STATUSES = [...VERDICTS, "unanswered"] as const;
export type StatusWord = (typeof STATUSES)[number];
export type NoteLabelWord = "effective hot" | "hollow hot" | "hidden converter" | "ordinary";
export type MinefieldId = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** The assumptions table's keys: the curve's and the stage presets', then the user-asset ladder's (DOMAIN §9). */
export type AssumptionKey = "ref_spend" | "cpm_elasticity" | "cvr_elasticity" | "floor_spend" | "spill_cold_start" | "spill_growth" | "spill_mature" | LadderRateKey;

export interface MinefieldWords {
  title: string;
  /** The trap, with its facts and figures (DOMAIN §4), in our words. */
  trap: string;
  /** What the planner is asked to confirm or plan. */
  question: string;
}

export interface CoreWords {
  /** "Label: text", with this language's colon. */
  labelled: (label: string, text: string) => string;
  /** Items of a list in running text. */
  list: (items: readonly string[]) => string;
  /** Choices offered in running text: "a, b or c". */
  choices: (items: readonly string[]) => string;
  /** Sentences of one paragraph. */
  sentences: (parts: readonly string[]) => string;
  /** Units for amounts on a chart's axis, largest first: [size, unit]. */
  shortUnits: readonly (readonly [number, string])[];
  statuses: Record<StatusWord, string>;
  noteLabels: Record<NoteLabelWord, string>;
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
  stageNames: readonly [coldStart: string, growth: string, mature: string];
  stagePlan: {
    stage: (name: string) => string;
    between: (from: string, to: string, position: number) => string;
    split: (spillover: string, closedLoop: string) => string;
    /** What each stage is for and what to do in it (DOMAIN §2, source [000]), by stage position. */
    actions: Record<1 | 2 | 3, readonly string[]>;
  };
  assumptionHeader: readonly [key: string, value: string, meaning: string];
  assumptionMeanings: Record<AssumptionKey, string>;
  /** Labels of the portfolio functions' results: REQUIREDBUDGET's and FLIGHTPLAN's total, SWEEP's header. */
  portfolio: {
    total: string;
    budget: string;
    conversions: string;
    averageCpa: string;
    marginalCpa: string;
    /** The value columns, where lines have a value per conversion (issue 24). */
    value: string;
    marginalRoi: string;
    /** ALLOCATE's bound column: what holds a line (its minimum, its maximum, floor_spend). */
    bounds: { min: string; max: string; floor: string };
  };
  /** ASSETLADDER's header row (DOMAIN §9), in the order of its columns. */
  ladderHeader: readonly [
    month: string,
    aware: string,
    interested: string,
    newCustomers: string,
    returning: string,
    loyal: string,
    orders: string,
    gmv: string,
    spilloverGmv: string,
    closedLoopGmv: string,
  ];
}

const en: CoreWords = {
  labelled: (label, text) => `${label}: ${text}`,
  list: (items) => items.join(", "),
  choices: (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`),
  sentences: (parts) => parts.join(" "),
  shortUnits: [
    [1e6, "M"],
    [1e3, "k"],
  ],
  statuses: { clear: "Clear", watch: "Watch", risk: "Risk", unanswered: "Not answered" },
  noteLabels: { "effective hot": "effective hot", "hollow hot": "hollow hot", "hidden converter": "hidden converter", ordinary: "ordinary" },
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
      `Your months put cpm_elasticity between ${f.low} and ${f.high}${f.level ? ` (${f.level} interval)` : ""}: the cap is ${f.pessimistic ?? "not bounded by your months"} at the high end (pessimistic) and ${f.optimistic ?? "not bounded by your months"} at the low end (optimistic).`,
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
  notesSummary: (f) => `${f.graded} notes graded: ${f.hollowHot} ${en.noteLabels["hollow hot"]}, ${f.hiddenConverters} ${en.noteLabels["hidden converter"]}.`,
  stageNames: ["cold start", "growth", "mature"],
  stagePlan: {
    stage: (name) => en.labelled("Stage", name),
    between: (from, to, position) => en.labelled("Stage", `between ${from} → ${to} (${position})`),
    split: (spillover, closedLoop) => en.labelled("Budget split", `spillover ${spillover} | closed loop ${closedLoop}`),
    actions: {
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
  },
  assumptionHeader: ["key", "value", "meaning"],
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
  portfolio: {
    total: "Total",
    budget: "budget",
    conversions: "conversions",
    averageCpa: "average CPA",
    marginalCpa: "marginal CPA",
    value: "value",
    marginalRoi: "marginal ROI",
    bounds: { min: "min", max: "max", floor: "floor" },
  },
  ladderHeader: ["month", "aware", "interested", "new", "returning", "loyal", "orders", "GMV", "spillover GMV", "closed-loop GMV"],
};

const zh: CoreWords = {
  labelled: (label, text) => `${label}：${text}`,
  list: (items) => items.join("、"),
  choices: (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join("、")} 或 ${items[items.length - 1]}`),
  sentences: (parts) => parts.join(""),
  shortUnits: [
    [1e8, "亿"],
    [1e4, "万"],
  ],
  statuses: { clear: "安全", watch: "留意", risk: "风险", unanswered: "未回答" },
  noteLabels: { "effective hot": "有效爆文", "hollow hot": "无效爆文", "hidden converter": "潜力转化", ordinary: "普通" },
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
      `你的历史月份显示 cpm_elasticity 在 ${f.low} 到 ${f.high} 之间${f.level ? `（${f.level} 区间）` : ""}：按高端（悲观）预算上限为 ${f.pessimistic ?? "无法由历史数据确定"}，按低端（乐观）为 ${f.optimistic ?? "无法由历史数据确定"}。`,
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
  notesSummary: (f) => `已评估 ${f.graded} 篇笔记：${zh.noteLabels["hollow hot"]} ${f.hollowHot} 篇，${zh.noteLabels["hidden converter"]} ${f.hiddenConverters} 篇。`,
  stageNames: ["冷启动期", "成长期", "成熟期"],
  stagePlan: {
    stage: (name) => zh.labelled("阶段", name),
    between: (from, to, position) => zh.labelled("阶段", `介于 ${from} → ${to} (${position})`),
    split: (spillover, closedLoop) => zh.labelled("预算分配", `外溢 ${spillover} | 闭环 ${closedLoop}`),
    actions: {
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
  },
  assumptionHeader: ["键", "值", "含义"],
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
  portfolio: {
    total: "合计",
    budget: "预算",
    conversions: "转化",
    averageCpa: "平均 CPA",
    marginalCpa: "边际 CPA",
    value: "价值",
    marginalRoi: "边际 ROI",
    bounds: { min: "下限", max: "上限", floor: "门槛" },
  },
  ladderHeader: ["月份", "了解", "兴趣", "新客", "老客", "亲密", "订单", "GMV", "外溢 GMV", "闭环 GMV"],
};

export const CORE_WORDS: Record<Language, CoreWords> = { en, zh };
