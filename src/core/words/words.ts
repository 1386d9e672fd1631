/*
 * What the functions and the core say in few words — the joins of running text, the stage names
 * and the stage plan's lines, the assumptions table's header — one entry per language, all of the
 * shape {@link CoreWords}. The checks' words are in check-words.ts and the longer plan texts in
 * plan-words.ts, which functions.js does not load; the list functions' column words, which the
 * template shows too, in column-words.ts.
 * Figures arrive already formatted (both languages group digits alike): the words only arrange them.
 */
import { inEveryLanguageOnFirstUse, type Language } from "./language";
import { typedWord } from "./typed-words";
import type { LadderRateKey } from "../maths/asset-ladder";

/** The assumptions table's keys: the curve's and the stage presets', then the user-asset ladder's (DOMAIN §9). */
export type AssumptionKey = "ref_spend" | "cpm_elasticity" | "cvr_elasticity" | "floor_spend" | "spill_cold_start" | "spill_growth" | "spill_mature" | LadderRateKey;

/** An assumption's key as the table spells it, in a sentence: checked against the keys, so a renamed key fails to compile there. */
export const assumptionKey = (key: AssumptionKey): string => key;
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
  stageNames: readonly [coldStart: string, growth: string, mature: string];
  stagePlan: {
    stage: (name: string) => string;
    between: (from: string, to: string, position: number) => string;
    split: (spillover: string, closedLoop: string) => string;
  };
  assumptionHeader: readonly [key: string, value: string, meaning: string];
  /** How to type an amount, given the forms (AMOUNT_FORMS as choices): NUMBER_FORMAT's last sentence and an amount's help. */
  typeAmount: (forms: string) => string;
}

/** The short words a language arranges its sentences with: the joins of running text and the stage plan's labels. */
interface Joins {
  /** After a label ("Stage: growth"). */
  colon: string;
  /** Between the items of a list. */
  comma: string;
  /** Before the last of several choices. */
  or: string;
  /** Between the sentences of a paragraph. */
  space: string;
  /** Units for amounts on a chart's axis, largest first. */
  shortUnits: readonly (readonly [number, string])[];
  stage: string;
  between: string;
  split: string;
  spillover: string;
  closedLoop: string;
}

const JOINS: Record<Language, Joins> = {
  en: { colon: ": ", comma: ", ", or: "or", space: " ", shortUnits: [[1e6, "M"], [1e3, "k"]], stage: "Stage", between: "between", split: "Budget split", spillover: "spillover", closedLoop: "closed loop" },
  zh: { colon: "：", comma: "、", or: "或", space: "", shortUnits: [[1e8, "亿"], [1e4, "万"]], stage: "阶段", between: "介于", split: "预算分配", spillover: "外溢", closedLoop: "闭环" },
};

/** How every language arranges words, written once: a label, a list, choices and sentences, from its joins. */
function arranged(j: Joins): Pick<CoreWords, "labelled" | "list" | "choices" | "sentences" | "shortUnits"> {
  return {
    labelled: (label, text) => `${label}${j.colon}${text}`,
    list: (items) => items.join(j.comma),
    choices: (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(j.comma)} ${j.or} ${items[items.length - 1]}`),
    sentences: (parts) => parts.join(j.space),
    shortUnits: j.shortUnits,
  };
}

/** The stage plan's lines: "Stage: growth", "Stage: between a → b (1.5)", "Budget split: spillover x | closed loop y". */
function stageLines(j: Joins): CoreWords["stagePlan"] {
  const { labelled } = arranged(j);
  return {
    stage: (name) => labelled(j.stage, name),
    between: (from, to, position) => labelled(j.stage, `${j.between} ${from} → ${to} (${position})`),
    split: (spillover, closedLoop) => labelled(j.split, `${j.spillover} ${spillover} | ${j.closedLoop} ${closedLoop}`),
  };
}

/** What a language says in words of its own; the rest of its catalogue is arranged from its joins (coreWords). */
type OwnWords = Omit<CoreWords, keyof ReturnType<typeof arranged> | "stagePlan">;

/** A language's whole catalogue, put together alike for every language: its arrangement, its own words and the stage plan's lines. */
function coreWords(language: Language, own: OwnWords): CoreWords {
  const joins = JOINS[language];
  return { ...arranged(joins), ...own, stagePlan: stageLines(joins) };
}

const en = (): OwnWords => ({
  stageNames: ["cold start", "growth", "mature"],
  assumptionHeader: ["key", "value", "meaning"],
  typeAmount: (forms) => `Type an amount as ${forms}.`,
});

/** A stage as Chinese names it: the first spelling the stage reader accepts (冷启动期), written once in typed-words. */
const zhStage = (stage: "cold-start" | "growth" | "mature") => typedWord("zh", (w) => w.stages, stage);

const zh = (): OwnWords => ({
  stageNames: [zhStage("cold-start"), zhStage("growth"), zhStage("mature")],
  assumptionHeader: ["键", "值", "含义"],
  typeAmount: (forms) => `金额可写作 ${forms}。`,
});

// Each language's words are built when first read (issue 27: loading the functions builds no table a call does not need).
export const CORE_WORDS: Record<Language, CoreWords> = inEveryLanguageOnFirstUse((language) => coreWords(language, { en, zh }[language]()));
