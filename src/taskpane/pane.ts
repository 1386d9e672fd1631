/*
 * The task pane: what Spillsplit is and how to call its functions, in the user's Office language
 * with a switch, and the sheet it is looking at. Built with DOM calls; text is always set with
 * textContent, never parsed as HTML.
 */
import type { Language } from "../core";
import type { WorkbookHost } from "./host";
import { FUNCTION_EXAMPLES, STRINGS } from "./strings";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function languageOf(display: string): Language {
  return display.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Renders the pane into `root` and keeps it up to date; returns a function that re-reads the workbook. */
export function mountTaskPane(root: HTMLElement, host: WorkbookHost): () => Promise<void> {
  let language = languageOf(host.displayLanguage());
  let sheetName = "";

  const title = element("h1", { id: "title" });
  const switcher = element("button", { id: "language", type: "button" });
  const icon = element("img", { src: "assets/icon-32.png", alt: "" });
  const header = element("header");
  header.append(icon, title, element("span", { class: "spacer" }), switcher);
  const intro = element("p", { id: "intro" });
  const status = element("p", { id: "status", class: "status", role: "status" });
  const sheet = element("p", { id: "sheet", class: "status" });
  const heading = element("h2", { id: "functions-heading" });
  const list = element("dl", { id: "functions" });
  const main = element("main");
  main.append(intro, status, sheet, heading, list);
  root.replaceChildren(header, main);

  const render = () => {
    const s = STRINGS[language];
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
    title.textContent = s.title;
    intro.textContent = s.intro;
    status.textContent = host.kind === "excel" ? s.ready : s.workbench;
    sheet.textContent = sheetName ? `${s.activeSheet}${language === "zh" ? "：" : ": "}${sheetName}` : "";
    heading.textContent = s.functionsHeading;
    switcher.textContent = s.switchLanguage;
    switcher.setAttribute("aria-label", s.switchLanguageLabel);
    list.replaceChildren(
      ...FUNCTION_EXAMPLES.flatMap((example) => [
        element("dt", {}, (language === "zh" && example.zhFormula) || example.formula),
        element("dd", {}, example[language]),
      ]),
    );
  };
  switcher.addEventListener("click", () => {
    language = language === "en" ? "zh" : "en";
    render();
  });
  const refresh = async () => {
    try {
      sheetName = await host.activeSheetName();
    } catch {
      sheetName = "";
    }
    render();
  };
  render();
  void refresh();
  return refresh;
}
