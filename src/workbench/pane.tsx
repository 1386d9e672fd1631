/*
 * The real task pane beside the sheet, on the workbench's implementation of its workbook interface.
 */
import * as React from "react";
import { createRoot, Root } from "react-dom/client";
import { App } from "../taskpane/App";
import { render } from "./grid";
import { $ } from "./page";
import { notifyPane, store, subscribe } from "./store";
import { workbenchHost } from "./workbench-host";

/** The task pane's workbook interface, on this page's spreadsheet. */
const host = workbenchHost(
  () => store.state,
  {
    changed: (switched) => {
      render();
      if (switched) notifyPane();
    },
  },
  () => new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en",
);

let paneRoot: Root | undefined;

/** Mounts (or re-mounts, like a task pane reload) the real task pane beside the sheet. */
export function mountPane(): void {
  paneRoot?.unmount();
  paneRoot = createRoot($("root"));
  paneRoot.render(<App host={host} subscribe={subscribe} />);
}
