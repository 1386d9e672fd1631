/* RED.ASSETLADDER — the five layers of user assets month by month (DOMAIN §9, NPL). */
import { ARG, assetLadder, DomainError, LADDER_HEADER, MAX_MONEY, toCents } from "../../../core";
import { alignedToLines, asColumn, BLANK, currentLanguage, type Param, readList } from "../../boundary";
import { customFunction, forAmount, oneCell } from "../../custom-function";
import { optional, required, sharedAs, withHelp } from "../../declarations";
import { AOV, ASSUMPTIONS, LABELS } from "../../parameters";
import { overMonths, readMonths } from "../../line-arguments";

const start = required(
  ARG.start,
  "stocks",
  {
    en: "People in each layer before the first month, five counts in a row or a column: aware, interested, new customers, returning, loyal (0 for an empty layer).",
    zh: "开始时每层的人数，一行或一列共五个：了解、兴趣、新客、老客、亲密（空的层填 0）。",
  },
  { blank: "refused" },
);
const reach = required(ARG.reach, "count", {
  en: "People newly aware each month (IMPRESSIONS ÷ frequency, say), a row or a column: its length sets the months. A blank month gives a blank row, and so does every month after it: the ladder cannot go on without that month.",
  zh: "每月新增的了解人数（例如 IMPRESSIONS ÷ 频次），一行或一列：其长度决定月数。空白月份返回空白行，其后各月也为空白：缺了这个月，阶梯无法继续推算。",
});
const aov = sharedAs(AOV, { en: "Average order value.", zh: "客单价（平均订单金额）。" }, { takes: "cell" });
const firstBuyers = optional(
  ARG.firstBuyers,
  "count",
  {
    en: "First buyers a conversion line wins directly each month (FLIGHTPLAN's conversions, say): one for every month or one per month of {reach}; blank means 0.",
    zh: "每月由转化类投放直接获得的首购人数（例如 FLIGHTPLAN 的转化数）：一个值通用于每月，或与 {reach} 每月一个；空白表示 0。",
  },
  { fallback: 0 },
);
const assumptions = withHelp(ASSUMPTIONS, {
  en: "{Assumptions} range (keys and their values), such as the table REDDEFAULTS spills: the ladder's monthly rates (aware_to_interest … loyal_order_spill).",
  zh: "假设区域（键、值），例如 REDDEFAULTS 溢出的表格：用户资产阶梯的各月度比率（aware_to_interest … loyal_order_spill）。",
});

/** The ladder's layers: what `start` holds, in order. */
const LAYERS = 5;
/** month | aware | interested | new | returning | loyal | orders | GMV | spillover GMV | closed-loop GMV | loyal GMV | new customers won */
const COLUMNS = 12;

/** `start`'s five counts, a row or a column; a blank one, or a count other than five, is LADDER_START. */
function readStart(argument: unknown): number[] {
  const { items } = readList(asColumn(argument, start.name), start.read as Param<number>);
  const counts = items.filter((item): item is number => item !== undefined);
  if (items.length !== LAYERS || counts.length !== LAYERS) throw new DomainError("LADDER_START", { argument: start.name, count: counts.length });
  return counts;
}

export const ASSETLADDER = customFunction({
  description: {
    en: "The user-asset ladder month by month (RED's NPL method): aware → interested → new customer → returning → loyal (group chats), each month moving a share of each layer up or out by the {assumptions}' rates. Spills month | aware | interested | new | returning | loyal | orders | GMV | spillover GMV | closed-loop GMV | loyal GMV | new customers won.",
    zh: "逐月的用户资产阶梯（小红书 NPL 经营方法）：了解 → 兴趣 → 新客 → 老客 → 亲密（群聊），每月按假设表中的比率把各层的一部分人向上推进或流失。溢出 月份 | 了解 | 兴趣 | 新客 | 老客 | 亲密 | 订单 | GMV | 外溢 GMV | 闭环 GMV | 亲密用户 GMV | 新增新客。",
  },
  parameters: [start, reach, aov, firstBuyers, assumptions, LABELS],
  result: (call) => ({ rows: call.cells(reach) + (call.isTrue(LABELS) ? 1 : 0), columns: COLUMNS }),
  returns: {
    en: "One row per month: the people in each layer at its end (people are conserved), its orders and GMV in cents, spillover plus closed loop adding up to GMV, the loyal customers' GMV and the new customers won.",
    zh: "每月一行：月末各层人数（人数守恒）、当月订单与 GMV（精确到分），外溢与闭环之和等于 GMV，以及亲密用户贡献的 GMV 和当月新增新客。",
  },
  run: forAmount(aov, (value, argument, a) => {
    const withLabels = oneCell<boolean>(argument, LABELS);
    const [aware, interested, newCustomers, returning, loyal] = readStart(argument(start));
    return overMonths(readMonths(argument(reach), reach.read as Param<number>), ({ months, used: given }) => {
      // The months up to the first blank one: each month follows from the one before, so a blank month
      // stops the ladder there — leaving it out would shift time (April computed as March) and drop its
      // first buyers, a wrong number rather than a blank.
      const used = given.filter((j, t) => j === t);
      const direct = alignedToLines(argument(firstBuyers), firstBuyers.read as Param<number>, { count: months.length, argument: reach.name });
      const ladder = assetLadder(
        { aware, interested, newCustomers, returning, loyal },
        used.map((j) => months[j] as number),
        value,
        a,
        used.map((j) => direct[j]),
      );
      const rows: (string | number | DomainError)[][] = months.map(() => Array(COLUMNS).fill(BLANK));
      used.forEach((j, t) => {
        const m = ladder[t];
        const people = [j + 1, m.aware, m.interested, m.newCustomers, m.returning, m.loyal, m.orders];
        if (!(m.gmv <= MAX_MONEY)) {
          // Beyond 10 trillion, cents no longer add up exactly: that month's amounts are an error, its people stand.
          const tooLarge = new DomainError("RESULT_TOO_LARGE", { argument: aov.name, value: m.gmv, limit: MAX_MONEY });
          rows[j] = [...people, tooLarge, tooLarge, tooLarge, tooLarge, m.newCustomersWon];
          return;
        }
        const gmv = toCents(m.gmv);
        const spillover = toCents(m.spilloverGmv);
        rows[j] = [...people, gmv / 100, spillover / 100, (gmv - spillover) / 100, toCents(m.loyalGmv) / 100, m.newCustomersWon];
      });
      return withLabels ? [LADDER_HEADER.map((words) => words[currentLanguage()]), ...rows] : rows;
    });
  }),
});
