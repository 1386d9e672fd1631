/* The task pane inside Excel: the pane on the Office.js workbook host. */
import { officeHost } from "./host";
import { mountTaskPane } from "./pane";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) mountTaskPane(root, officeHost());
});
