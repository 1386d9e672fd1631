/*
 * The real task pane beside the sheet, on the workbench's implementation of its workbook interface.
 */
import * as React from "react";
import { createRoot, Root } from "react-dom/client";
import { App } from "../taskpane/App";
import { savedWork } from "../taskpane/state";
import { render } from "./grid";
import { contentsChanged, keepSoon } from "./kept-workbook";
import { LANGUAGE_TAGS } from "../core";
import { $, pageLanguage, setPageLanguage } from "./page";
import { goToSheet } from "./sheet-places";
import { renderTabs } from "./tabs";
import { notifyPane, store, subscribe } from "./store";
import { lastStep, remember } from "./undo-places";
import { workbenchHost } from "./workbench-host";
import { rewordCells } from "./language-cells";

/** The task pane's workbook interface, on this page's spreadsheet. */
const workbook = workbenchHost(
  () => store.state,
  {
    changed: (switched) => {
      // A table or cells written with their formats: kept in the browser, as every change is.
      contentsChanged();
      render();
      if (switched) notifyPane();
    },
    // Each write of the pane is one step of the user's undo, as Excel keeps an add-in's actions on it.
    stepped: (place, into) => remember(store.state!.hf, place, into),
    lastStep: () => lastStep(store.state!.hf),
    showSheet: (name) => goToSheet(store.state!, name),
  },
  // One language for the page and the pane: the pane starts in the page's, and the page follows the pane's switch.
  () => LANGUAGE_TAGS[pageLanguage()],
);
const host: typeof workbook = {
  ...workbook,
  languageShown: (language) => {
    const switched = language !== pageLanguage();
    setPageLanguage(language);
    // The functions speak the page's language too: the cells that called one say it again in the new one.
    if (switched && rewordCells(store.state?.hf, language) > 0) render();
    renderTabs(render); // the tabs' hints
  },
  // The pane's answers are kept in the browser with the workbook they belong to.
  saveSettings: async (value) => {
    const state = store.state;
    // The step being checked is a view, not work: changing it alone is nothing Open or Start over must ask about.
    const changed = state !== undefined && savedWork(state.settings) !== savedWork(value);
    await workbook.saveSettings(value);
    // An answer is a change to the workbook, as in Excel: Open asks before it is lost, a Download keeps it.
    if (changed && store.state === state) state.unsaved = true;
    keepSoon();
  },
};

let paneRoot: Root | undefined;

/**
 * Closes the task pane: what it has not saved yet is saved at once, into the workbook open now, so
 * closing it before another workbook replaces this one keeps the answers with theirs.
 */
export function unmountPane(): void {
  paneRoot?.unmount();
  paneRoot = undefined;
}

/** Mounts (or re-mounts, like a task pane reload) the real task pane beside the sheet. */
export function mountPane(): void {
  unmountPane();
  paneRoot = createRoot($("root"));
  paneRoot.render(<App host={host} subscribe={subscribe} />);
}
