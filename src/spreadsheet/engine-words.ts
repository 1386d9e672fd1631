/*
 * What the formula engine (hyperformula-plugin.ts) says of a RED call it cannot make, in English and
 * Simplified Chinese: the workbench page, the template build and the tests all compute with that
 * engine, so its words are shared with it here; the workbench page's own words stay in
 * workbench/workbench-words.ts.
 */
import type { Language } from "../core";

/** What the engine itself says of a call it cannot make, in the functions' language (as Excel would). */
export interface EngineWords {
  notRegistered: (id: string) => string;
  argumentCount: string;
  oneCell: (name: string) => string;
  pending: string;
  /** TEXT() given a number format the engine does not show (excel-functions.ts). */
  textFormat: (format: string) => string;
}

export const ENGINE_WORDS: Record<Language, EngineWords> = {
  en: {
    notRegistered: (id) => `${id} is not registered`,
    argumentCount: "Wrong number of arguments.",
    oneCell: (name) => `${name} takes one cell`,
    pending: "Still loading; recalculate in a moment.",
    textFormat: (format) => `The workbench cannot show a number in the format “${format}”; Excel can.`,
  },
  zh: {
    notRegistered: (id) => `${id} 未注册`,
    argumentCount: "参数个数不对。",
    oneCell: (name) => `${name} 只接受一个单元格`,
    pending: "仍在加载，请稍后重新计算。",
    textFormat: (format) => `工作台无法按格式“${format}”显示数字；Excel 可以。`,
  },
};
