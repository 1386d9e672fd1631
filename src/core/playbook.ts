import type { Assumptions } from "./assumptions";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";
import type { Language } from "./messages";
import { spilloverShare } from "./split";
import { STAGES } from "./stages";

/** What each stage is for and what to do in it (DOMAIN §2, source [000]), in our own words. */
const ACTIONS: Record<1 | 2 | 3, Record<Language, string[]>> = {
  1: {
    en: [
      "Aim: reach the audience fast; buyers do not trust the brand yet, so most first orders happen on Tmall/Taobao/JD.",
      "Spend mostly on seeding notes, and build up user assets and notes that can later sell.",
      "Read the spillover tools (小红星 for Tmall/Taobao, 小红盟 for JD) to learn which selling points make people jump to buy.",
      "Republish the notes with the strongest spillover as sales notes inside RED and watch how they do.",
    ],
    zh: [
      "目标：快速触达目标人群；用户尚不信任品牌，首单多在天猫/淘宝/京东完成。",
      "预算以种草笔记为主，积累用户资产和可用于转化的笔记素材。",
      "借助外溢工具（小红星看天猫/淘宝，小红盟看京东），找出最能带动跳转购买的卖点。",
      "把外溢效果最好的笔记改作站内商销笔记发布，观察效果。",
    ],
  },
  2: {
    en: [
      "Aim: with awareness built, lift closed-loop conversion through store live streams and store campaigns.",
      "Give sales notes a larger share; run creator live and group chats in step with the store live — a store live fed only by paid traffic costs too much.",
      "Move traffic from broad exposure to search ads plus feed ads, to meet buyers on their decision path.",
      "Pair scenario content with limited-time on-site offers (a mother-and-baby brand reached a closed-loop ROI of 1:3 this way).",
    ],
    zh: [
      "目标：品牌已有一定知名度，借助店播和店铺活动提升闭环转化效率。",
      "提高商销笔记占比；达播与群聊要和店播同步——只靠投流撑起的店播成本过高。",
      "流量策略从泛曝光转向“搜索广告 + 信息流”组合，在用户决策链路上精准拦截。",
      "场景化内容配合站内限时优惠（某母婴品牌以此把闭环 ROI 提升到 1:3）。",
    ],
  },
  3: {
    en: [
      "Aim: turn users into lasting assets — brand topics, communities and co-created content.",
      "Tilt the budget to brand-account content and 聚光 (Juguang) spotlight ads to build repurchase.",
      "Feed RED data back into other platforms, e.g. use RED hot-search terms to improve Douyin creatives.",
      "A beauty brand's topic gathered 140,000 genuine discussions and lifted its Tmall search volume by 30%.",
    ],
    zh: [
      "目标：把用户沉淀为长期资产——品牌话题、社群与用户共创内容。",
      "预算向品牌号内容与聚光广告倾斜，强化用户复购心智。",
      "用小红书数据反哺其他平台，例如用站内热搜词优化抖音素材。",
      "某美妆品牌的话题积累了 14 万条真实讨论，带动天猫搜索量提升 30%。",
    ],
  },
};

const WORDS = {
  en: { stage: "Stage", between: "between", spillover: "spillover", closedLoop: "closed loop", split: "Budget split" },
  zh: { stage: "阶段", between: "介于", spillover: "外溢", closedLoop: "闭环", split: "预算分配" },
};

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * A stage's plan as lines of text: the stage, its split, then its key actions. A brand between two
 * stages gets the split for its position and the actions of the nearer stage (halfway: the next one).
 *
 * @example stagePlan(2, "en")[1] // "Budget split: spillover 50% | closed loop 50%"
 */
export function stagePlan(position: number, language: Language, assumptions: Assumptions = DEFAULT_ASSUMPTIONS): string[] {
  const w = WORDS[language];
  const nearest = Math.round(position) as 1 | 2 | 3;
  const name = (p: number) => STAGES[p - 1][language === "zh" ? "zh" : "en"];
  const title = Number.isInteger(position)
    ? `${w.stage}: ${name(position)}`
    : `${w.stage}: ${w.between} ${name(Math.floor(position))} → ${name(Math.ceil(position))} (${position})`;
  const share = spilloverShare(position, assumptions);
  const split = `${w.split}: ${w.spillover} ${percent(share)} | ${w.closedLoop} ${percent(1 - share)}`;
  const lines = [title, split, ...ACTIONS[nearest][language]];
  return language === "zh" ? lines.map((line) => line.replace(": ", "：")) : lines;
}
