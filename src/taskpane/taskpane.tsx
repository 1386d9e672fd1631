/* The task pane inside Excel: the minefields checklist on the Office.js workbook host. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHost, subscribeToWorkbook } from "./office-host";
import { unavailableCapabilities } from "./requirements";

// Outside Office (a browser opening taskpane.html, or no network for Office.js) the page keeps its
// own words on what it is and where the workbench is; the pane starts only inside an Office host.
if (typeof Office !== "undefined") Office.onReady((info) => {
  if (!info.host) return;
  const root = document.getElementById("root");
  const requirements = Office.context?.requirements;
  const unavailable = unavailableCapabilities(requirements ? (set, version) => requirements.isSetSupported(set, version) : undefined);
  // Office's theme where this host has one (not every Excel does): the pane follows it, dark included.
  const officeTheme = Office.context?.officeTheme;
  if (root) createRoot(root).render(<App host={officeHost()} subscribe={subscribeToWorkbook} unavailable={unavailable} officeTheme={officeTheme} />);
});
