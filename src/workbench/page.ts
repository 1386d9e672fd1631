/*
 * The workbench page itself: its language, its words, its elements by id, the message line, and
 * the labels it shows in that language. The language is the task pane's: the page starts in the one
 * the pane starts in (?lang=, else the one last shown here, else the browser's) and follows the pane's
 * language switch (pane.tsx), which it keeps for a reload and the next visit.
 */
import { Language, LANGUAGE_TAGS, languageOf } from "../core";
import { WORKBENCH_WORDS, WorkbenchWords } from "./workbench-words";

/** Where this browser keeps the language the workbench was last shown in by a link or the pane's switch. */
const KEPT_LANGUAGE = "spillsplit-workbench-language";

/** The language kept in this browser, where it can keep one (storage may be refused, as in a private window). */
function keptLanguage(): string | null {
  try {
    return localStorage.getItem(KEPT_LANGUAGE);
  } catch {
    return null;
  }
}

/**
 * Keeps the language shown: in the page's address (?lang=), so a reload of the page opens in it, and
 * in this browser, for the next visit without one.
 */
function keepLanguage(shown: Language): void {
  const address = new URL(location.href);
  address.searchParams.set("lang", LANGUAGE_TAGS[shown]);
  history.replaceState(history.state, "", address);
  try {
    localStorage.setItem(KEPT_LANGUAGE, LANGUAGE_TAGS[shown]);
  } catch {
    // Not kept for the next visit; the address still keeps it for a reload.
  }
}

/**
 * The page's language as it opens: the address's ?lang= — a link's, or the one the pane's switch
 * wrote there, so a reload keeps the switch — else the one last shown in this browser, else the browser's.
 */
const asked = new URLSearchParams(location.search).get("lang");
let language: Language = languageOf(asked ?? keptLanguage() ?? navigator.language ?? "en");
// A link's language is the one shown now: a later visit without ?lang= opens in it.
if (asked !== null) keepLanguage(language);

/** The page's language now. */
export const pageLanguage = (): Language => language;

/** The page's words, in its language now (the same object, its words replaced when the language changes). */
export const w: WorkbenchWords = { ...WORKBENCH_WORDS[language] };

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** What the message line says: its words, or how to word it again in another language. */
let shown: string | ((words: WorkbenchWords) => string) = "";

/** What the message line says now, to be said again later (reworded in the language then). */
export const saying = () => shown;

/** Says `text` on the message line; given as a wording of the page's words, it is reworded when the language changes. */
export function say(text: string | ((words: WorkbenchWords) => string)): void {
  shown = text;
  $("message").textContent = typeof text === "string" ? text : text(w);
}

/** The page in another language: its labels, and the message shown now where it can be reworded. */
export function setPageLanguage(next: Language): void {
  if (next === language) return;
  language = next;
  keepLanguage(next);
  Object.assign(w, WORKBENCH_WORDS[next]);
  labelPage();
  say(shown);
}

/** The page's own labels, in the workbench's language. */
export function labelPage(): void {
  document.documentElement.lang = LANGUAGE_TAGS[language];
  document.title = w.title;
  $("title").textContent = w.title;
  $("open-label").textContent = w.open;
  $("download").textContent = w.download;
  $("reload-pane").textContent = w.reloadPane;
  $("start-over").textContent = w.startOver;
  $("start-over").title = w.startOverTitle;
  $("address").setAttribute("aria-label", w.cell);
  $("formula").setAttribute("aria-label", w.formula);
  $("formula").title = w.formulaTitle;
  $("tabs").setAttribute("aria-label", w.sheets);
}
