/*
 * The task pane reaches the workbook through this one interface. Excel's implementation uses
 * Office.js; the browser workbench has its own, so the task pane code is the same in both.
 */
export interface WorkbookHost {
  /** Where the pane runs: "excel" inside Excel, "workbench" in the browser workbench. */
  readonly kind: "excel" | "workbench";
  /** Office's display language (e.g. "zh-CN"), or the browser's outside Office. */
  displayLanguage(): string;
  /** The name of the sheet the user is on. */
  activeSheetName(): Promise<string>;
}

/** The Office.js implementation, for the task pane inside Excel. */
export function officeHost(): WorkbookHost {
  return {
    kind: "excel",
    displayLanguage: () => Office.context?.displayLanguage ?? navigator.language ?? "en",
    activeSheetName: () =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        return sheet.name;
      }),
  };
}
