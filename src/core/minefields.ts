/*
 * The budget minefields of DOMAIN §4 and the checks the task pane runs on a scenario's own
 * numbers. Pure: the pane reads the workbook, these functions decide.
 */
import type { Assumptions } from "./assumptions";
import { checkAssumption, checkElasticities, DEFAULT_ASSUMPTIONS } from "./assumptions";
import { averageCpm, budgetCap, incrementalCpm, marginalCpa, marginalCpm } from "./curve";
import type { Language } from "./messages";
import { formatAmount, formatPrice } from "./format";
import { gradeNote, NoteCounts, noteThresholds, NOTE_LABELS } from "./notes";

export type Status = "clear" | "watch" | "risk" | "unanswered";

export const STATUS_LABELS: Record<Status, Record<Language, string>> = {
  clear: { en: "Clear", zh: "安全" },
  watch: { en: "Watch", zh: "留意" },
  risk: { en: "Risk", zh: "风险" },
  unanswered: { en: "Not answered", zh: "未回答" },
};

export type MinefieldKind = "budgetStep" | "notes" | "closedLoop" | "confirm";

export interface Minefield {
  id: number;
  kind: MinefieldKind;
  title: Record<Language, string>;
  /** The trap, with its facts and figures (DOMAIN §4), in our words. */
  trap: Record<Language, string>;
  /** What the planner is asked to confirm or plan. */
  question: Record<Language, string>;
}

export const MINEFIELDS: readonly Minefield[] = [
  {
    id: 1,
    kind: "closedLoop",
    title: { en: "Closed loop is not just opening a shop", zh: "闭环不等于开商城" },
    trap: {
      en: "Spillover buys ads; closed loop is more like running a store — it needs scenario content, not just a switched-on shop. A snack brand's \"office craving combo\" with a \"workers' snack drawer\" content series reached 15% closed-loop conversion.",
      zh: "外溢是买广告，闭环更像经营店铺——需要场景化内容，而不只是开通店铺。某零食品牌以“办公室解馋组合”配合“打工人零食抽屉”系列内容，闭环转化率达到 15%。",
    },
    question: {
      en: "Does the closed-loop budget come with scenario content for the products it sells?",
      zh: "闭环预算是否配有所售商品的场景化内容？",
    },
  },
  {
    id: 2,
    kind: "budgetStep",
    title: { en: "More budget is not always better", zh: "预算越多效果越好？" },
    trap: {
      en: "Returns diminish on a limited audience: raising a monthly budget from 200,000 to 500,000 (×2.5) raised CPM by 40% while conversion rose only 5%. Check what the next step costs before raising spend.",
      zh: "受众有限时回报递减：月预算从 20 万提高到 50 万（2.5 倍），CPM 上涨 40%，转化率只提升 5%。加预算前先看下一步的边际成本。",
    },
    question: {
      en: "Is next month's step up worth its marginal price?",
      zh: "下月的加投是否值得它的边际价格？",
    },
  },
  {
    id: 3,
    kind: "notes",
    title: { en: "A hot note is not always strong spillover", zh: "爆文不等于强外溢" },
    trap: {
      en: "Hot notes can be hollow: entertaining, with no purchase guidance. Judge each note by its jump-out rate to Tmall/Taobao/JD, not by its likes.",
      zh: "爆文可能“虚火”：娱乐性强却缺少购买引导。要看每篇笔记跳转天猫/淘宝/京东的比例，而不是点赞数。",
    },
    question: {
      en: "Are hollow hot notes kept out of the spillover budget, and hidden converters reused as sales notes?",
      zh: "是否把无效爆文排除在外溢预算之外，并把潜力转化笔记改作商销笔记？",
    },
  },
  {
    id: 4,
    kind: "closedLoop",
    title: { en: "A store live fed only by paid traffic", zh: "只靠投流的店播" },
    trap: {
      en: "A store live stream that lives on paid traffic alone costs too much: group chats, creator live and sales notes have to run together with it.",
      zh: "只靠付费流量撑起的店播成本过高：群聊、达播和商销笔记必须与店播协同。",
    },
    question: {
      en: "Do group chats, creator live and sales notes run alongside the store live?",
      zh: "群聊、达播与商销笔记是否与店播同步进行？",
    },
  },
  {
    id: 5,
    kind: "confirm",
    title: { en: "Tactics RED's community dislikes", zh: "社区反感的玩法" },
    trap: {
      en: "Holding back orders (憋单), raising then cutting prices, and gimmicky campaigns go against RED's sincere-operations pact, which tilts platform resources to good products, good service and good content.",
      zh: "憋单、先涨后降、噱头式活动都违背小红书的真诚经营公约；平台资源向好商品、好服务、好内容倾斜。",
    },
    question: { en: "The plan uses none of these tactics.", zh: "计划中没有使用这些玩法。" },
  },
  {
    id: 6,
    kind: "confirm",
    title: { en: "Ignoring owned users", zh: "忽视自有用户" },
    trap: {
      en: "Group-chat members repurchase 5.1× as often within 30 days as non-members; in one case group-chat users' monthly order value was 14× others', and they watched the store live for 47 minutes on average.",
      zh: "群聊成员 30 天复购率是非成员的 5.1 倍；某案例中群聊用户月均客单价是其他用户的 14 倍，平均观看店播 47 分钟。",
    },
    question: { en: "Budget and people are set aside for group chats and owned users.", zh: "已为群聊和自有用户安排预算与人力。" },
  },
  {
    id: 7,
    kind: "confirm",
    title: { en: "Rushing the close in live streams", zh: "直播急于逼单" },
    trap: {
      en: "75% of live-room orders come after the fifth minute (later still for high-ticket goods), and users who interact convert 17× more than those who do not.",
      zh: "75% 的直播间订单发生在第 5 分钟之后（高客单价商品更晚），有互动的用户转化率是无互动用户的 17 倍。",
    },
    question: { en: "Live scripts build interaction before asking for the order.", zh: "直播脚本先建立互动，再引导下单。" },
  },
];

// ---------------------------------------------------------------------------------------------

export interface BudgetStepInput {
  thisMonth: number;
  proposed: number;
  /** Measured CPM at the reference spend; without it prices are an index. */
  baseCpm?: number;
  baseCpa?: number;
  targetCpa?: number;
  /**
   * The interval of cpm_elasticity fitted to the planner's own months (CPMFIT with a confidence
   * level, the History sheet); with it the verdict reads the cap as a band instead of a point.
   */
  elasticityBand?: ElasticityBand;
}

export interface ElasticityBand {
  low: number;
  high: number;
  /** The confidence level the band was fitted at (0.9 for 90%), quoted in the verdict. */
  confidence?: number;
}

/**
 * The budget cap at each end of the elasticity band. The high elasticity (CPM climbing fastest) is
 * the pessimistic end and gives the lower cap. An end the assumptions' rules refuse (an elasticity
 * outside [0, 1), or too close to cvr_elasticity) or a curve that never saturates bounds nothing:
 * undefined there.
 */
export interface CapBand {
  pessimistic?: number;
  optimistic?: number;
}

export interface BudgetStepCheck {
  status: Status;
  incrementalCpm: number;
  averageCpmNow: number;
  marginalCpmProposed: number;
  marginalCpaProposed?: number;
  budgetCap?: number;
  /** The cap at the band's two ends, where an elasticity band was given. */
  capBand?: CapBand;
  verdict: Record<Language, string>;
}

/** The cap at one cpm elasticity, other assumptions unchanged; undefined where that elasticity is refused or no cap exists. */
function capAtElasticity(targetCpa: number, baseCpa: number, a: Assumptions, elasticity: number): number | undefined {
  try {
    checkAssumption("cpm_elasticity", elasticity, "cpm_elasticity");
    checkElasticities(elasticity, a.cvrElasticity, "cpm_elasticity");
    return budgetCap(targetCpa, baseCpa, { ...a, cpmElasticity: elasticity });
  } catch {
    return undefined;
  }
}

/** A step this close below the cap is already worth watching (our assumption: within 10%). */
export const CAP_WATCH_MARGIN = 0.1;
/**
 * A step whose extra impressions cost this many times today's marginal CPM is worth watching (our
 * assumption): the article's 200k → 500k step is 1.21× its starting marginal CPM.
 */
export const STEP_WATCH_RATIO = 1.2;

/**
 * Minefield 2 on a scenario's numbers: what the step from this month's budget to the proposed one
 * costs at the margin, and whether it passes the budget cap for the target CPA.
 *
 * @example checkBudgetStep({ thisMonth: 300000, proposed: 600000, baseCpm: 80, baseCpa: 30, targetCpa: 60 }).status // "risk"
 */
export function checkBudgetStep(input: BudgetStepInput, a: Assumptions = DEFAULT_ASSUMPTIONS): BudgetStepCheck {
  // A base CPM of 0 (or less) measures nothing: prices are then an index, as without one.
  const measured = input.baseCpm !== undefined && input.baseCpm > 0;
  const base = measured ? input.baseCpm! : 1;
  const step = incrementalCpm(input.thisMonth, input.proposed, base, a);
  const averageNow = averageCpm(input.thisMonth, base, a);
  const marginalProposed = marginalCpm(input.proposed, base, a);
  const ratio = step / averageNow;
  const marginalNow = marginalCpm(input.thisMonth, base, a);
  // The functions refuse a base or target CPA of 0: so does the check (no cap, rather than a wrong one).
  const withCpa = input.baseCpa !== undefined && input.baseCpa > 0 && input.targetCpa !== undefined && input.targetCpa > 0;
  let cap: number | undefined;
  let marginalCpaProposed: number | undefined;
  if (withCpa) {
    marginalCpaProposed = marginalCpa(input.proposed, input.baseCpa!, a);
    try {
      cap = budgetCap(input.targetCpa!, input.baseCpa!, a);
    } catch {
      cap = undefined; // a curve that never saturates has no cap
    }
  }
  const band = withCpa && input.elasticityBand ? input.elasticityBand : undefined;
  const capBand: CapBand | undefined = band && {
    pessimistic: capAtElasticity(input.targetCpa!, input.baseCpa!, a, Math.max(band.low, band.high)),
    optimistic: capAtElasticity(input.targetCpa!, input.baseCpa!, a, Math.min(band.low, band.high)),
  };
  let status: Status = "clear";
  if (capBand) {
    // Past the optimistic cap it is over at every elasticity the months allow; under the
    // pessimistic one, under at every one; between, it depends on where in the band the truth is.
    // An end that bounds nothing can prove neither.
    if (capBand.optimistic !== undefined && input.proposed > capBand.optimistic) status = "risk";
    else if (capBand.pessimistic === undefined || input.proposed > capBand.pessimistic) status = "watch";
  } else if (cap !== undefined && input.proposed > cap) status = "risk";
  else if (cap !== undefined && input.proposed > cap * (1 - CAP_WATCH_MARGIN)) status = "watch";
  if (status === "clear" && input.proposed > input.thisMonth && step / marginalNow >= STEP_WATCH_RATIO) status = "watch";

  const unit = { en: measured ? "" : " (index)", zh: measured ? "" : "（指数）" };
  const en = [
    `Going from ${formatAmount(input.thisMonth)} to ${formatAmount(input.proposed)}: the extra impressions cost ${formatPrice(step)} per thousand${unit.en}, ${ratio.toFixed(2)}× today's average CPM of ${formatPrice(averageNow)}.`,
  ];
  const zh = [
    `从 ${formatAmount(input.thisMonth)} 调整到 ${formatAmount(input.proposed)}：新增曝光每千次 ${formatPrice(step)}${unit.zh}，是当前平均 CPM ${formatPrice(averageNow)} 的 ${ratio.toFixed(2)} 倍。`,
  ];
  if (cap !== undefined && marginalCpaProposed !== undefined) {
    en.push(
      `At ${formatAmount(input.proposed)} the next conversion costs ${formatPrice(marginalCpaProposed)} against a target of ${formatPrice(input.targetCpa!)}; the budget cap is ${formatAmount(cap)}.`,
    );
    zh.push(`在 ${formatAmount(input.proposed)} 时下一次转化成本为 ${formatPrice(marginalCpaProposed)}，目标为 ${formatPrice(input.targetCpa!)}；预算上限为 ${formatAmount(cap)}。`);
  }
  if (band && capBand) {
    const level = band.confidence === undefined ? "" : `${Math.round(band.confidence * 1000) / 10}%`;
    const [low, high] = [Math.min(band.low, band.high), Math.max(band.low, band.high)].map((e) => e.toFixed(3));
    const end = (value: number | undefined, language: Language) =>
      value !== undefined ? formatAmount(value) : language === "en" ? "not bounded by your months" : "无法由历史数据确定";
    en.push(
      `Your months put cpm_elasticity between ${low} and ${high}${level ? ` (${level} interval)` : ""}: the cap is ${end(capBand.pessimistic, "en")} at the high end (pessimistic) and ${end(capBand.optimistic, "en")} at the low end (optimistic).`,
    );
    zh.push(
      `你的历史月份显示 cpm_elasticity 在 ${low} 到 ${high} 之间${level ? `（${level} 区间）` : ""}：按高端（悲观）预算上限为 ${end(capBand.pessimistic, "zh")}，按低端（乐观）为 ${end(capBand.optimistic, "zh")}。`,
    );
  }
  const verdicts: Record<Status, Record<Language, string>> = band
    ? {
        risk: { en: "Risk: the proposed budget is past the cap even at the optimistic end.", zh: "风险：即使按乐观端，拟定预算也超过上限。" },
        watch: {
          en: `Watch: the proposed budget is within the band, under the cap only if the curve is kinder than the pessimistic end — or the extra impressions cost at least ${STEP_WATCH_RATIO}× today's marginal CPM (our threshold).`,
          zh: `留意：拟定预算落在区间之内，只有曲线好于悲观端时才在上限之内；或新增曝光成本达到当前边际 CPM 的 ${STEP_WATCH_RATIO} 倍以上（我们设定的阈值）。`,
        },
        clear: { en: "Clear: under the cap even at the pessimistic end.", zh: "安全：即使按悲观端，也在上限之内。" },
        unanswered: { en: "", zh: "" },
      }
    : {
        risk: { en: "Risk: the proposed budget is past the cap.", zh: "风险：拟定预算超过上限。" },
        watch: {
          en: `Watch: within ${CAP_WATCH_MARGIN * 100}% below the cap, or the extra impressions cost at least ${STEP_WATCH_RATIO}× today's marginal CPM (our thresholds).`,
          zh: `留意：距上限不足 ${CAP_WATCH_MARGIN * 100}%，或新增曝光成本达到当前边际 CPM 的 ${STEP_WATCH_RATIO} 倍以上（我们设定的阈值）。`,
        },
        clear:
          cap !== undefined
            ? { en: "Clear: the step stays within the cap.", zh: "安全：该预算在上限之内。" }
            : withCpa
              ? { en: "Clear on the step's price; this curve has no budget cap for the target CPA.", zh: "就加投价格而言安全；在该目标 CPA 下这条曲线没有预算上限。" }
              : {
                  en: "Clear on the step's price only: enter a base CPA and a target CPA above 0 to check the budget cap.",
                  zh: "仅就加投价格而言安全：请输入大于 0 的基准 CPA 和目标 CPA 以检查预算上限。",
                },
        unanswered: { en: "", zh: "" },
      };
  return {
    status,
    incrementalCpm: step,
    averageCpmNow: averageNow,
    marginalCpmProposed: marginalProposed,
    marginalCpaProposed,
    budgetCap: cap,
    capBand,
    verdict: { en: [...en, verdicts[status].en].join(" "), zh: [...zh, verdicts[status].zh].join("") },
  };
}

/** Points of the average and marginal CPM curves, for the chart beside minefield 2. */
export function cpmCurvePoints(upTo: number, baseCpm = 1, a: Assumptions = DEFAULT_ASSUMPTIONS, count = 40): { spend: number; average: number; marginal: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const spend = (upTo * (i + 1)) / count;
    return { spend, average: averageCpm(spend, baseCpm, a), marginal: marginalCpm(spend, baseCpm, a) };
  });
}

export interface NamedNote extends NoteCounts {
  name: string;
}

export interface NotesCheck {
  status: Status;
  hollowHot: string[];
  hiddenConverters: string[];
  graded: number;
  summary: Record<Language, string>;
}

/**
 * Minefield 3 on the notes table: the hollow hot notes (hot, weak spillover) are a risk; hidden
 * converters (not hot, strong spillover) are worth watching as sales-note material.
 */
export function checkNotes(notes: readonly NamedNote[]): NotesCheck {
  const rated = notes.filter((n) => n.reads > 0);
  const thresholds = noteThresholds(rated);
  const grades = rated.map((n) => ({ name: n.name, grade: gradeNote(n, thresholds) }));
  const hollowHot = grades.filter((g) => g.grade.label === "hollow hot").map((g) => g.name);
  const hiddenConverters = grades.filter((g) => g.grade.label === "hidden converter").map((g) => g.name);
  const status: Status = rated.length === 0 ? "unanswered" : hollowHot.length ? "risk" : hiddenConverters.length ? "watch" : "clear";
  return {
    status,
    hollowHot,
    hiddenConverters,
    graded: rated.length,
    summary: {
      en: `${rated.length} notes graded: ${hollowHot.length} ${NOTE_LABELS["hollow hot"].en}, ${hiddenConverters.length} ${NOTE_LABELS["hidden converter"].en}.`,
      zh: `已评估 ${rated.length} 篇笔记：${NOTE_LABELS["hollow hot"].zh} ${hollowHot.length} 篇，${NOTE_LABELS["hidden converter"].zh} ${hiddenConverters.length} 篇。`,
    },
  };
}

export interface Answer {
  status: Status;
  note: string;
  /** ISO date the planner last changed this answer. */
  checkedOn?: string;
}

export const REPORT_SHEET: Record<Language, string> = { en: "Minefields", zh: "雷区检查" };

/**
 * The report finance files: a header row, then one row per minefield with its status, the
 * evidence (the live check's numbers where there is one) and the planner's note.
 */
export function reportTable(
  answers: Readonly<Record<number, Answer | undefined>>,
  evidence: Readonly<Record<number, string | undefined>>,
  language: Language,
): string[][] {
  const header =
    language === "zh" ? ["雷区", "状态", "依据（数字）", "备注", "检查日期"] : ["Minefield", "Status", "Evidence (numbers)", "Note", "Checked on"];
  return [
    header,
    ...MINEFIELDS.map((m) => {
      const answer = answers[m.id];
      return [
        `${m.id}. ${m.title[language]}`,
        STATUS_LABELS[answer?.status ?? "unanswered"][language],
        evidence[m.id] ?? "",
        answer?.note ?? "",
        answer?.checkedOn ?? "",
      ];
    }),
  ];
}
