/* The task pane inside Excel: the minefields checklist on the Office.js workbook host. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHost, subscribeToWorkbook } from "./office-host";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={officeHost()} subscribe={subscribeToWorkbook} />);
});
