/* RED.HOTNOTES — each note graded by its engagement and jump-out rates. */
import { ARG, gradeNote, NOTE_LABELS, NoteCounts, noteThresholds } from "../../../core";
import { currentLanguage, excelFunction, listRows, type Param } from "../../boundary";
import { customFunction, oneCell } from "../../custom-function";
import { optional, required, withHelp } from "../../declarations";
import { LANG } from "../../parameters";
import { readLanguage } from "../../readers";

const reads = required(ARG.reads, "count", { en: "{Reads} of each note, one note per row.", zh: "每篇笔记的阅读量，每行一篇。" });
const engagements = required("engagements", "count", { en: "Likes, saves and comments of each note.", zh: "每篇笔记的点赞、收藏与评论数。" });
const jumps = required("jumps", "count", { en: "{Jumps} out to Tmall/Taobao/JD of each note (from 小红星/小红盟).", zh: "每篇笔记跳转到天猫/淘宝/京东的次数（来自小红星/小红盟）。" });
const hotRate = optional("hotRate", "count", { en: "Engagement rate that makes a note hot; omit for the notes' own 75th percentile.", zh: "判定为爆文的互动率；省略则取这些笔记互动率的第 75 百分位。" }, { takes: "number" });
const jumpRate = optional("jumpRate", "count", { en: "Jump rate that makes spillover strong; omit for the notes' own median.", zh: "判定为强外溢的跳转率；省略则取这些笔记跳转率的中位数。" }, { takes: "number" });
const detail = optional("detail", "flag", { en: "TRUE to add each note's engagement rate and jump rate beside its label.", zh: "TRUE 时在标签旁列出每篇笔记的互动率和跳转率。" });
const lang = withHelp(LANG, { en: "\"en\" or \"zh\" for the labels; omit to follow Office.", zh: "标签语言：\"en\" 或 \"zh\"；省略则跟随 Office。" });
const NOTES = [reads, engagements, jumps];
const NOTE_READERS = NOTES.map((p) => p.read) as [Param<number>, Param<number>, Param<number>];

export const HOTNOTES = customFunction({
  description: {
    en: "Grades each note's spillover (minefield 3: a hot note is not always strong spillover): effective hot, hollow hot, hidden converter or ordinary, from its engagement and jump-out rates.",
    zh: "按互动率与跳转率给每篇笔记的外溢效果分级（雷区 3：爆文不等于强外溢）：有效爆文、无效爆文、潜力转化或普通。",
  },
  parameters: [...NOTES, hotRate, jumpRate, detail, lang],
  // Each of reads, engagements, jumps is a list (a row or a column): one result row per note.
  result: (call) => ({
    rows: Math.max(1, ...NOTES.filter((p) => call.given(p)).map((p) => call.cells(p))),
    columns: call.isTrue(detail) ? 3 : 1,
  }),
  returns: {
    en: "One label per note.",
    zh: "每篇笔记一个标签。",
  },
  run: (argument) =>
    excelFunction(() => {
      const language = readLanguage(argument(lang), currentLanguage(), lang.name);
      const withDetail = oneCell<boolean>(argument, detail);
      const given = { hotRate: oneCell<number>(argument, hotRate), jumpRate: oneCell<number>(argument, jumpRate) };
      const notes = listRows(NOTE_READERS, NOTES.map(argument), ([r, e, j]): NoteCounts => ({ reads: r, engagements: e, jumps: j }));
      const thresholds = noteThresholds(notes.values(), given);
      return notes
        .then((note) => gradeNote(note, thresholds))
        .rows(withDetail ? 3 : 1, (grade) => {
          const label = NOTE_LABELS[grade.label][language];
          return withDetail ? [label, grade.engagementRate, grade.jumpRate] : [label];
        });
    }),
});
