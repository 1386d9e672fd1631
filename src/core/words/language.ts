/*
 * The languages Spillsplit speaks. Every word a user reads comes from a catalogue with one entry
 * per language here, all of the same shape, or — a word naming one fixed thing (a status, a column)
 * — from a table with every language beside the thing; a test checks every catalogue has every key
 * in every language, and the type check every table. Adding a language: CONTRIBUTING.md.
 */

/** Each language and the BCP 47 tag pages and number formats are marked with. English first: the fallback. */
export const LANGUAGE_TAGS = { en: "en", zh: "zh-CN" } as const;

export type Language = keyof typeof LANGUAGE_TAGS;

/** Other codes a planner may type for a language in a function's `lang` (its names are in typed-words.ts). */
export const LANGUAGE_CODES: Record<Language, readonly string[]> = { en: ["en-US", "en-GB"], zh: ["zh-Hans", "cn"] };

/** Every language, in the order the pane's language button steps through them. */
export const LANGUAGES = Object.keys(LANGUAGE_TAGS) as Language[];

/**
 * The language for an Office display language or a browser's: the one whose tag's primary subtag
 * it starts with ("zh-TW" → zh), otherwise English.
 *
 * @example languageOf("zh-CN") // "zh"
 */
export function languageOf(display: string): Language {
  const primary = display.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => LANGUAGE_TAGS[l].toLowerCase().split("-")[0] === primary) ?? "en";
}

/** The language after this one, wrapping round: what the pane's language button switches to. */
export function nextLanguage(language: Language): Language {
  return LANGUAGES[(LANGUAGES.indexOf(language) + 1) % LANGUAGES.length];
}

/**
 * One value per language, each picked from that language when first read: a table a call may never
 * need (the other language's words, the error catalogue) is not built while Excel loads the functions.
 */
export function inEveryLanguageOnFirstUse<T>(pick: (language: Language) => T): Record<Language, T> {
  const values = {} as Record<Language, T>;
  for (const language of LANGUAGES) {
    // The first read replaces the getter by the value picked.
    const read = () => {
      const value = pick(language);
      Object.defineProperty(values, language, { value, enumerable: true });
      return value;
    };
    Object.defineProperty(values, language, { get: read, enumerable: true, configurable: true });
  }
  return values;
}

/** One value per language, each picked from that language. */
export function inEveryLanguage<T>(pick: (language: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, pick(l)])) as Record<Language, T>;
}
