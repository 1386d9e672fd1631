/* The language switch, in English and Simplified Chinese (the checklist's words are in ui-strings.ts). */
export const STRINGS = {
  en: { switchLanguage: "中文", switchLanguageLabel: "Show in Chinese" },
  zh: { switchLanguage: "English", switchLanguageLabel: "切换为英文" },
} as const;
