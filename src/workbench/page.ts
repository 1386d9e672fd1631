/*
 * The workbench page itself: its language, its words, its elements by id, the message line, and
 * the labels it shows in that language.
 */
import { Language, LANGUAGE_TAGS, languageOf } from "../core";
import { WORKBENCH_WORDS } from "./workbench-words";

export const language: Language = languageOf(new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en");
export const w = WORKBENCH_WORDS[language];

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function say(text: string): void {
  $("message").textContent = text;
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
  $("tabs").setAttribute("aria-label", w.sheets);
}
