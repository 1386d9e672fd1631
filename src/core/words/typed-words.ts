/*
 * What a planner may type where a function or a table wants a word: a stage, a part of the split, a
 * target kind, TRUE/FALSE, a language, an assumptions table's column labels. One entry per language,
 * all of the shape {@link TypedWords}; a reader accepts the spellings of every language, so a
 * Chinese formula works in English Excel and the other way round. Spellings are compared without
 * case, and for stages, parts and target kinds without spaces, hyphens and underscores.
 */
import type { Language } from "./language";

/** The lifecycle stages (core/maths/stages.ts reads them by these ids). */
export type StageId = "cold-start" | "growth" | "mature";

export type PartId = "spillover" | "closedLoop";

/**
 * What a REQUIREDBUDGET target means: a number of conversions, or a marginal CPA not to exceed; a
 * value to reach (Σ value × conversions), or a least marginal ROI (value ÷ marginal CPA) to keep.
 */
export type TargetKind = "conversions" | "marginal-cpa" | "value" | "marginal-roi";

export interface TypedWords {
  stages: Record<StageId, readonly string[]>;
  parts: Record<PartId, readonly string[]>;
  targetKinds: Record<TargetKind, readonly string[]>;
  flags: { true: readonly string[]; false: readonly string[] };
  /** The name of each language in this one ("Chinese", "中文"). Its code and tag are read in every language. */
  languageNames: Record<Language, readonly string[]>;
  /** Words that say a first row of an assumptions table labels its columns ("key", "value"). */
  assumptionHeaders: readonly string[];
}

const en: TypedWords = {
  stages: { "cold-start": ["cold-start", "cold"], growth: ["growth", "grow"], mature: ["mature", "maturity"] },
  parts: { spillover: ["spillover", "spill"], closedLoop: ["closed-loop", "closed"] },
  targetKinds: { conversions: ["conversions", "conversion"], "marginal-cpa": ["marginal-cpa"], value: ["value"], "marginal-roi": ["marginal-roi"] },
  flags: { true: ["true", "yes"], false: ["false", "no"] },
  languageNames: { en: ["english"], zh: ["chinese"] },
  assumptionHeaders: ["key", "keys", "assumption", "assumptions", "parameter", "parameters", "name", "item", "value", "values"],
};

const zh: TypedWords = {
  stages: { "cold-start": ["冷启动期", "冷启动"], growth: ["成长期", "成长"], mature: ["成熟期", "成熟"] },
  parts: { spillover: ["外溢"], closedLoop: ["闭环"] },
  targetKinds: { conversions: ["转化", "转化数"], "marginal-cpa": ["边际CPA"], value: ["价值", "总价值"], "marginal-roi": ["边际ROI"] },
  flags: { true: ["是"], false: ["否"] },
  languageNames: { en: ["英文", "英语"], zh: ["中文", "简体中文"] },
  assumptionHeaders: ["键", "假设", "参数", "名称", "项目", "值", "数值", "取值"],
};

export const TYPED_WORDS: Record<Language, TypedWords> = { en, zh };

/** Picks one table of typed words: (w) => w.stages. */
export type WordPick<K extends string> = (words: TypedWords) => Readonly<Record<K, readonly string[]>>;

/**
 * The word a message suggests for a meaning, in one language: the first of its spellings. Messages
 * name what to type from here, so the word they suggest is always one the reader accepts.
 *
 * @example typedWord("zh", (w) => w.parts, "spillover") // "外溢"
 */
export function typedWord<K extends string>(language: Language, pick: WordPick<K>, meaning: K): string {
  return pick(TYPED_WORDS[language])[meaning][0];
}

/** Every language's spellings of each meaning picked by `pick`, as [spelling, meaning] pairs. */
export function spellings<K extends string>(pick: (words: TypedWords) => Readonly<Record<K, readonly string[]>>): [string, K][] {
  return Object.values(TYPED_WORDS).flatMap((words) => {
    const table = pick(words);
    return (Object.keys(table) as K[]).flatMap((meaning) => table[meaning].map((spelling): [string, K] => [spelling, meaning]));
  });
}

/** A word as compared: without case or surrounding space; `loose` also drops inner spaces, hyphens and underscores ("Cold Start" = "cold-start"). */
export function normaliseWord(text: string, loose: boolean): string {
  const plain = text.trim().toLowerCase();
  return loose ? plain.replace(/[\s\-_]+/g, "") : plain;
}

/**
 * A reader of the words picked by `pick`, in every language: the meaning of a typed text, or
 * undefined. `extra` gives spellings that are no language's words (codes such as "zh-CN"). The
 * spellings are gathered on the first read, not while Excel loads the functions (most calls read
 * no word, and a call that reads one needs only its own reader).
 */
export function wordReader<K extends string>(
  pick: (words: TypedWords) => Readonly<Record<K, readonly string[]>>,
  { loose, extra }: { loose: boolean; extra?: () => readonly [string, K][] },
): (text: unknown) => K | undefined {
  let meanings: Map<string, K> | undefined;
  const gathered = () => new Map<string, K>([...(extra?.() ?? []), ...spellings(pick)].map(([spelling, meaning]) => [normaliseWord(spelling, loose), meaning]));
  return (text) => (typeof text === "string" ? (meanings ??= gathered()).get(normaliseWord(text, loose)) : undefined);
}
