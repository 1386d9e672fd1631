/*
 * The NPL sheet's layout and words (笔记 · 人群 · 直播, DOMAIN §9): where it keeps its inputs, its
 * three lines, the year's flight plan, the user-asset ladder and the figures minefield 6 reads, and
 * the bilingual labels of each. The sheet (npl-sheet.ts) writes them; the task pane reads the cells
 * at these addresses.
 */
import { inAllLanguages, LADDER_HEADER, PORTFOLIO_WORDS } from "../core/words/column-words";
import { SHARED_LABELS } from "./sheet";

export const NPL_SHEET = "NPL 笔记·人群·直播";

/**
 * The three example lines (made-up figures): base CPA and CPM, and what one of its conversions is
 * worth as a multiple of a new customer's LTV — 1 in the example, as the ladder counts every first
 * buyer as one new customer; a brand whose asset report shows a line's customers worth more types
 * its multiple. Every line reaches and converts (DOMAIN §9): the people it reaches who do not buy
 * directly become aware, the ones who buy are first buyers — no one counted twice.
 */
export const NPL_LINES: readonly { name: string; baseCpa: number; baseCpm: number; valueMultiple: number }[] = [
  { name: "Notes 笔记", baseCpa: 40, baseCpm: 60, valueMultiple: 1 },
  { name: "People: group chats 人群：群聊", baseCpa: 60, baseCpm: 80, valueMultiple: 1 },
  { name: "Live 直播", baseCpa: 50, baseCpm: 100, valueMultiple: 1 },
];

/** The columns of the lines' block, A to F. */
export const LINE_COLUMNS = {
  name: "A",
  baseCpa: "B",
  baseCpm: "C",
  valueMultiple: "D",
  value: "E",
  spend: "F",
} as const;

/** Example stocks at the start: aware, interested, new customers, returning, loyal (made-up figures). */
export const NPL_START = [1_000_000, 100_000, 10_000, 5_000, 1_000];

/** Where the NPL sheet keeps its inputs and blocks; rows are 1-based, months run across B to M. */
export const NPL_LAYOUT = {
  budget: "B3",
  aov: "B4",
  frequency: "B5",
  ltvMonths: "B6",
  ltv: "B7",
  layerHeaderRow: 9,
  /** The five start stocks, B10:F10. */
  startRow: 10,
  lineHeaderRow: 12,
  firstLineRow: 13,
  /** Which line of NPL_LINES is the group chats' (P): minefield 6 reads its year's spend. */
  peopleLine: 1,
  flightTitleRow: 17,
  seasonalityRow: 18,
  flightHeaderRow: 19,
  /** FLIGHTPLAN's spill: one row per line, B to M; the columns to its right are left empty. */
  flightRow: 20,
  flightTotalRow: 23,
  impressionsTitleRow: 25,
  impressionsRow: 26,
  reachRow: 29,
  conversionsTitleRow: 31,
  conversionsRow: 32,
  firstBuyersRow: 35,
  ladderTitleRow: 37,
  ladderHeaderRow: 38,
  /** ASSETLADDER's spill, A to L, one row per month. */
  ladderRow: 39,
  ladderTotalRow: 51,
  /** The year's figures under the ladder: label in A, figure in B (and its share of GMV in C). */
  figures: { gmv: "B53", closedLoop: "B54", spillover: "B55", loyalShare: "B56", newCustomers: "B57", ltvTimesUsers: "B58", loyalAtEnd: "B59" },
  factRow: 61,
  months: 12,
} as const;

/** The ladder's columns A to L as ASSETLADDER spills them. */
export const LADDER_COLUMNS = {
  month: "A",
  aware: "B",
  interested: "C",
  newCustomers: "D",
  returning: "E",
  loyal: "F",
  orders: "G",
  gmv: "H",
  spilloverGmv: "I",
  closedLoopGmv: "J",
  loyalGmv: "K",
  newWon: "L",
} as const;

export const NPL_LABELS = {
  title: "NPL: notes · people · live — the year's customers and GMV (GMV = LTV × users) NPL 笔记·人群·直播：全年用户资产与 GMV（GMV = LTV × 用户数）",
  budget: "Year's budget for the three lines 三条投放线全年预算",
  aov: "Average order value 客单价",
  frequency: "Frequency: impressions per person reached 频次：每人曝光次数",
  ltvMonths: "LTV horizon, months LTV 跟踪月数",
  ltv: "LTV of a new customer (RED.LTV) 新客 LTV",
  layer: "Layer 层级",
  layers: ["Aware 了解", "Interested 兴趣", "New customers 新客", "Returning 老客", "Loyal 亲密（群聊）"],
  start: "People at the start 期初人数",
  lineHeaders: [
    SHARED_LABELS.line,
    SHARED_LABELS.baseCpa,
    "Base CPM 基准 CPM",
    "× LTV 价值倍数",
    "Value per conversion 单次转化价值",
    "Year's spend 全年预算",
  ],
  flightTitle: "FLIGHTPLAN: the year's budget by line and month, maximising value × conversions 按线、按月排期（最大化 价值 × 转化）",
  seasonality: "Seasonality (CPA and CPM ×) 季节系数（CPA、CPM 倍数）",
  spend: "Spend by month 每月预算",
  /** FLIGHTPLAN's value | marginal ROI after the months, named as the function names them. */
  flightValueHeaders: [PORTFOLIO_WORDS.value, PORTFOLIO_WORDS.marginalRoi].map(inAllLanguages),
  impressions: "Impressions (RED.IMPRESSIONS at the month's CPM × seasonality); people reached = impressions ÷ frequency 曝光（按当月 CPM × 季节系数）；触达人数 = 曝光 ÷ 频次",
  reach: "Newly aware = reached − first buyers 新增了解",
  conversions: "Conversions (RED.CONVERSIONS at the month's CPA × seasonality) 转化（按当月 CPA × 季节系数）",
  firstBuyers: "First buyers = conversions 直接首购 = 转化",
  ladderTitle: "ASSETLADDER: the five layers month by month, GMV closed loop vs spillover 用户资产阶梯：逐月五层人数与 GMV（闭环 / 外溢）",
  /** ASSETLADDER's columns, named as the function names them. */
  ladderHeaders: LADDER_HEADER.map(inAllLanguages),
  gmv: "GMV this year 全年 GMV",
  closedLoop: "Closed loop, in RED 站内闭环",
  spillover: "Spillover (Tmall, JD…) 外溢（天猫、京东等）",
  loyalShare: "Loyal customers' share of GMV 亲密用户 GMV 占比",
  newCustomers: "New customers won this year 今年新增新客",
  ltvTimesUsers: "Their value: LTV × users 新客价值 = LTV × 用户数",
  loyalAtEnd: "Loyal customers at year end 年末亲密用户",
  share: "Share of GMV 占 GMV 比例",
  fact:
    "Fact [004]: group-chat members' 30-day repurchase is 5.1× non-members' (loyal_order_multiple). Fact [000]: 70% of seeded users buy on Tmall (first_order_spill). The ladder's other rates on the Assumptions sheet are examples: replace them with your brand's asset report. FLIGHTPLAN splits the budget by the value of the customers the lines win directly; the buyers that reach brings later through the interest pool are not in its objective, so compare splits on this sheet. " +
    "事实 [004]：群聊成员 30 天复购率是非成员的 5.1 倍（loyal_order_multiple）。事实 [000]：70% 的种草用户在天猫购买（first_order_spill）。Assumptions 表中阶梯的其他比率为示例，请替换为品牌自己的用户资产报告数据。FLIGHTPLAN 按各投放线直接赢得的客户价值分配预算；曝光日后经兴趣池带来的购买不在其目标之内，可在本表比较不同分配。",
};
