/*
 * How each kind of argument is read from a cell. Every custom function names its parameters with
 * these readers; none checks its own input.
 */
import { CONFIDENCE, COUNT, DomainError, isBlank, Language, LANGUAGE_CODES, LANGUAGE_TAGS, LANGUAGES, MONEY, NumberRule, PartId, PRICE, readChecked, stagePosition, TargetKind, wordReader } from "../core";
import type { Param, Reader } from "./boundary";

/**
 * A number parameter checked by the rule of its quantity (core/maths/rules.ts): its reader and the
 * vector runner's fast path both take the range from `rule`, stated once.
 */
export function numberParam(name: string, rule: NumberRule, fallback?: number): Param<number> {
  return { name, read: readerOf(rule), fallback, rule };
}

// One reader per rule, made once: a closure made per call would be optimised afresh every time.
const READERS = new Map<NumberRule, Reader<number>>();

function readerOf(rule: NumberRule): Reader<number> {
  let read = READERS.get(rule);
  if (!read) READERS.set(rule, (read = (value, argument) => readChecked(rule, value, argument)));
  return read;
}

export const readStage: Reader<number> = (value, argument) => stagePosition(value, argument);

export type Part = PartId;

const partNamed = wordReader((w) => w.parts, { loose: true });

/** SPILLSPLIT's `part`: spillover/外溢 or closed-loop/closed/闭环; blank or omitted means both. */
export function readPart(value: unknown, argument: string): Part | undefined {
  if (isBlank(value)) return undefined;
  const part = partNamed(value);
  if (!part) throw new DomainError("UNKNOWN_PART", { argument, value });
  return part;
}

const targetKindNamed = wordReader((w) => w.targetKinds, { loose: true });

/** REQUIREDBUDGET's `targetKind`: conversions/转化 (also when blank or omitted) or marginal-cpa/边际CPA. */
export function readTargetKind(value: unknown, argument: string): TargetKind {
  if (isBlank(value)) return "conversions";
  const kind = targetKindNamed(value);
  if (!kind) throw new DomainError("UNKNOWN_TARGET_KIND", { argument, value });
  return kind;
}

// A language by its name in any language, or by its key, tag or other codes (language.ts).
const languageNamed = wordReader((w) => w.languageNames, {
  loose: false,
  extra: () => LANGUAGES.flatMap((l) => [l, LANGUAGE_TAGS[l], ...LANGUAGE_CODES[l]].map((code): [string, Language] => [code, l])),
});

/** `lang`: en/english/英文 or zh/zh-cn/chinese/中文; blank or omitted follows Office. */
export function readLanguage(value: unknown, fallback: Language, argument: string): Language {
  if (isBlank(value)) return fallback;
  const language = languageNamed(String(value));
  if (!language) throw new DomainError("UNKNOWN_LANGUAGE", { argument, value });
  return language;
}

/** Money or spend: a number from 0 to 10 trillion. */
export function money(name: string): Param<number> {
  return numberParam(name, MONEY);
}

/** A measured price or target: a number greater than 0. */
export function positive(name: string, fallback?: number): Param<number> {
  return numberParam(name, PRICE, fallback);
}

export function stage(name: string): Param<number> {
  return { name, read: readStage };
}

const flagNamed = wordReader((w) => w.flags, { loose: false });

/**
 * TRUE/FALSE as Excel passes them, and numbers as Excel reads them where it wants a boolean: 0 is
 * FALSE, any other number TRUE (so detail = 2 adds the rates). "true"/"false" (是/否) are read too.
 */
export const readFlag: Reader<boolean> = (value, argument) => {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  const flag = flagNamed(String(value));
  if (flag !== undefined) return flag === "true";
  throw new DomainError("NOT_A_FLAG", { argument, value });
};

/** A count or rate: a number of 0 or more. */
export function count(name: string, fallback?: number): Param<number> {
  return numberParam(name, COUNT, fallback);
}

export function flag(name: string): Param<boolean> {
  return { name, read: readFlag, fallback: false };
}

/** A confidence level: a number strictly between 0 and 1 (0.9 for a 90% interval). */
export function confidence(name: string): Param<number> {
  return numberParam(name, CONFIDENCE);
}
