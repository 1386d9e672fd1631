/*
 * Every word a user reads comes from a catalogue with one entry per language, all of one shape.
 * These tests hold every catalogue to that: the same keys in every language, no value empty, and
 * no code outside the catalogues choosing words by comparing languages.
 */
import * as fs from "fs";
import * as path from "path";
import { BOUND_WORDS, CHECK_WORDS, CORE_WORDS, LADDER_HEADER, NOTE_LABELS, PORTFOLIO_WORDS, PLAN_WORDS, STATUS_LABELS, ERROR_WORDS, LANGUAGES, LANGUAGE_TAGS, languageOf, nextLanguage, readAssumptions, spellings, normaliseWord, stagePosition, TYPED_WORDS, TypedWords } from "../../src/core";
import { readFlag, readLanguage, readPart, readTargetKind } from "../../src/functions/readers";
import { UI } from "../../src/taskpane/ui-strings";
import { ENGINE_WORDS } from "../../src/spreadsheet/engine-words";
import { WORKBENCH_WORDS } from "../../src/workbench/workbench-words";

const CATALOGUES: Record<string, Record<string, unknown>> = {
  "core (src/core/words/words.ts)": CORE_WORDS,
  "checks (src/core/words/check-words.ts)": CHECK_WORDS,
  "plans (src/core/words/plan-words.ts)": PLAN_WORDS,
  "errors (src/core/words/messages.ts)": ERROR_WORDS,
  "task pane (src/taskpane/ui-strings.ts)": UI,
  "workbench (src/workbench/workbench-words.ts)": WORKBENCH_WORDS,
  "engine (src/spreadsheet/engine-words.ts)": ENGINE_WORDS,
};

/**
 * A stand-in for any argument a wording takes: a text, a number, a list or a record of facts.
 * Every property it is asked for is itself, so `d.value`, `f.cap`, `items.join` all work.
 */
const ANYTHING: unknown = new Proxy(["1", "2"], {
  get(target, key) {
    if (key === Symbol.toPrimitive) return () => "1";
    if (key in target) return Reflect.get(target, key);
    return "1";
  },
});

/** Every leaf of a catalogue entry: [path, value], a wording called with stand-in arguments. */
function leaves(value: unknown, at = ""): [string, unknown][] {
  if (typeof value === "function") return leaves(value(ANYTHING, ANYTHING, ANYTHING, ANYTHING, ANYTHING), `${at}()`);
  if (Array.isArray(value)) return value.length === 0 ? [[at, value]] : value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length === 0 ? [[at, value]] : keys.flatMap((k) => leaves((value as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return [[at, value]];
}

/**
 * The keys of a catalogue entry, recursively, without calling anything. With `lists` false a list
 * is one key whatever its length (the typed words: spellings may differ in number between languages).
 */
function shape(value: unknown, at = "", lists = true): string[] {
  if (typeof value === "function") return [`${at}()`];
  if (Array.isArray(value)) return lists ? [`${at}[${value.length}]`, ...value.flatMap((v, i) => shape(v, `${at}[${i}]`))] : [at];
  if (value !== null && typeof value === "object") return Object.keys(value).flatMap((k) => shape((value as Record<string, unknown>)[k], `${at}.${k}`, lists));
  return [at];
}

describe("the word catalogues", () => {
  it("list exactly the languages there are", () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) expect([name, Object.keys(catalogue).sort()]).toEqual([name, [...LANGUAGES].sort()]);
  });

  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`${name}: every key in every language, with the same lists`, () => {
      const english = shape(catalogue.en).sort();
      expect(english.length).toBeGreaterThan(3);
      for (const language of LANGUAGES) expect([language, shape(catalogue[language]).sort()]).toEqual([language, english]);
    });

    it(`${name}: no value is empty, in any language`, () => {
      for (const language of LANGUAGES) {
        const empty = leaves(catalogue[language]).filter(([, v]) => (typeof v === "string" ? v.trim() === "" : typeof v !== "number"));
        expect([language, empty]).toEqual([language, []]);
      }
    });
  }

  it("catches a missing key and an empty value (the checks can fail)", () => {
    const broken = { en: { a: "x", b: { c: () => "y" } }, zh: { a: "", b: {} } };
    expect(shape(broken.zh)).not.toEqual(shape(broken.en));
    expect(leaves(broken.zh).filter(([, v]) => v === "" || typeof v === "object")).toHaveLength(2);
    expect(leaves({ f: () => " " })).toEqual([[".f()", " "]]);
  });

  it("Chinese is Chinese: every list function's column word has Chinese characters, but one written alike in both (GMV)", () => {
    const words = [...Object.values(PORTFOLIO_WORDS), ...Object.values(BOUND_WORDS), ...LADDER_HEADER].filter((w) => w.zh !== w.en);
    expect(words.length).toBeGreaterThan(15);
    for (const w of words) expect(w.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("Chinese is Chinese: every Chinese minefield, status and note label has Chinese characters", () => {
    const zh = CHECK_WORDS.zh;
    for (const text of [...Object.values(zh.minefields).flatMap((m) => Object.values(m)), ...Object.values(STATUS_LABELS).map((w) => w.zh), ...Object.values(NOTE_LABELS).map((w) => w.zh)]) {
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("the typed words (src/core/words/typed-words.ts)", () => {
  // Lists of spellings may differ in length between languages; the meanings may not.
  const meanings = (value: unknown) => shape(value, "", false);

  it("every meaning in every language, each with at least one spelling, none empty", () => {
    expect(Object.keys(TYPED_WORDS).sort()).toEqual([...LANGUAGES].sort());
    const english = meanings(TYPED_WORDS.en).sort();
    for (const language of LANGUAGES) {
      expect([language, meanings(TYPED_WORDS[language]).sort()]).toEqual([language, english]);
      const lists = leaves(TYPED_WORDS[language]).filter(([, v]) => Array.isArray(v));
      expect([language, lists.map(([at]) => at)]).toEqual([language, []]); // no empty list
      expect([language, leaves(TYPED_WORDS[language]).filter(([, v]) => typeof v !== "string" || v.trim() === "")]).toEqual([language, []]);
    }
  });

  it("no spelling means two things", () => {
    type Pick = (w: TypedWords) => Readonly<Record<string, readonly string[]>>;
    const picks: Pick[] = [(w) => w.stages, (w) => w.parts, (w) => w.targetKinds, (w) => w.flags, (w) => w.languageNames];
    for (const pick of picks) {
      const seen = new Map<string, string>();
      for (const [spelling, meaning] of spellings(pick)) {
        const key = normaliseWord(spelling, true);
        expect([spelling, seen.get(key) ?? meaning]).toEqual([spelling, meaning]);
        seen.set(key, meaning);
      }
    }
  });

  it("each reader takes every spelling of every language, as typed and in capitals", () => {
    const position = { "cold-start": 1, growth: 2, mature: 3 } as const;
    for (const [name, id] of spellings((w) => w.stages)) for (const typed of [name, name.toUpperCase(), ` ${name} `]) expect([typed, stagePosition(typed)]).toEqual([typed, position[id]]);
    for (const [name, part] of spellings((w) => w.parts)) expect([name, readPart(name.toUpperCase(), "part")]).toEqual([name, part]);
    for (const [name, kind] of spellings((w) => w.targetKinds)) expect([name, readTargetKind(name.toUpperCase(), "targetKind")]).toEqual([name, kind]);
    for (const [word, meaning] of spellings((w) => w.flags)) expect([word, readFlag(` ${word.toUpperCase()} `, "labels")]).toEqual([word, meaning === "true"]);
    for (const [name, language] of spellings((w) => w.languageNames)) expect([name, readLanguage(name.toUpperCase(), "en", "lang")]).toEqual([name, language]);
    for (const language of LANGUAGES) expect(readLanguage(LANGUAGE_TAGS[language], "en", "lang")).toBe(language);
  });

  it("an assumptions table's first row is a header when it is labelled in any language's words", () => {
    for (const language of LANGUAGES) {
      for (const word of TYPED_WORDS[language].assumptionHeaders) {
        expect([word, readAssumptions([[word, "x"], ["ref_spend", 300000]]).refSpend]).toEqual([word, 300000]);
      }
    }
  });
});

describe("languages", () => {
  it("each has a tag, and a display language finds its own", () => {
    for (const language of LANGUAGES) expect(languageOf(LANGUAGE_TAGS[language])).toBe(language);
    expect(languageOf("zh-TW")).toBe("zh");
    expect(languageOf("ZH_cn")).toBe("zh");
    expect(languageOf("fr-FR")).toBe("en");
    expect(languageOf("")).toBe("en");
  });

  it("the language button steps through every language and back", () => {
    const seen = [LANGUAGES[0]];
    for (let i = 1; i < LANGUAGES.length; i++) seen.push(nextLanguage(seen[i - 1]));
    expect([...seen].sort()).toEqual([...LANGUAGES].sort());
    expect(nextLanguage(seen[seen.length - 1])).toBe(LANGUAGES[0]);
  });
});

describe("the code outside the catalogues", () => {
  const catalogueFiles = new Set(["core/words/words.ts", "core/words/check-words.ts", "core/words/plan-words.ts", "core/words/typed-words.ts", "core/words/messages.ts", "core/words/language.ts", "taskpane/ui-strings.ts", "workbench/workbench-words.ts", "spreadsheet/engine-words.ts"]);
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
  const src = path.join(__dirname, "..", "..", "src");

  it("never chooses words by comparing a language", () => {
    const comparisons = /\b(language|lang|l)\s*[!=]==?\s*"(en|zh)"|"(en|zh)"\s*[!=]==/;
    const offenders = files(src)
      .filter((f) => !catalogueFiles.has(path.relative(src, f).split(path.sep).join("/")))
      .flatMap((f) => fs.readFileSync(f, "utf8").split("\n").flatMap((line, i) => (comparisons.test(line) ? [`${path.relative(src, f)}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders).toEqual([]);
  });

  it("the pattern does catch a comparison", () => {
    expect(/\b(language|lang|l)\s*[!=]==?\s*"(en|zh)"/.test('lang={language === "zh" ? "zh-CN" : "en"}')).toBe(true);
  });
});
