/*
 * The task pane's first page: what Spillsplit is and how to call its functions, in the user's
 * Office language with a switch. Text is always set with textContent, never parsed as HTML.
 */
import type { Language } from "../core";
import { FUNCTION_EXAMPLES, STRINGS } from "./strings";

function officeLanguage(): Language {
  const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return (display ?? navigator.language ?? "en").toLowerCase().startsWith("zh") ? "zh" : "en";
}

function text(id: string, value: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = value;
}

export function render(language: Language, inExcel: boolean): void {
  const s = STRINGS[language];
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  text("title", s.title);
  text("intro", s.intro);
  text("status", inExcel ? s.ready : s.outsideExcel);
  text("functions-heading", s.functionsHeading);
  text("language", s.switchLanguage);
  const list = document.getElementById("functions");
  if (!list) return;
  list.replaceChildren(
    ...FUNCTION_EXAMPLES.flatMap((example) => {
      const term = document.createElement("dt");
      term.textContent = (language === "zh" && example.zhFormula) || example.formula;
      const detail = document.createElement("dd");
      detail.textContent = example[language];
      return [term, detail];
    }),
  );
}

function start(inExcel: boolean): void {
  let language = officeLanguage();
  render(language, inExcel);
  document.getElementById("language")?.addEventListener("click", () => {
    language = language === "en" ? "zh" : "en";
    render(language, inExcel);
  });
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => start(info.host === Office.HostType.Excel));
} else {
  document.addEventListener("DOMContentLoaded", () => start(false));
}
