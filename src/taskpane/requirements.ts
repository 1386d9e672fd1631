/*
 * The Office requirement sets Spillsplit relies on, what each one gives the planner, and which of
 * them this Excel lacks (Office.context.requirements.isSetSupported). The manifest asks for every
 * set marked `required` (a test keeps the two in step); the pane says plainly what is unavailable
 * rather than failing silently.
 */
export type Capability = "functions" | "sharedRuntime" | "workbook" | "liveUpdates" | "printLayout" | "oneUndoStep";

export interface Requirement {
  capability: Capability;
  set: string;
  version: string;
  /** Asked for in the manifest: without it Office should not load the add-in at all. */
  required: boolean;
}

export const REQUIREMENTS: readonly Requirement[] = [
  // #NUM!, #DIV/0! and #NULL! as custom-function errors came with CustomFunctionsRuntime 1.3.
  { capability: "functions", set: "CustomFunctionsRuntime", version: "1.3", required: true },
  // The functions and the pane share one runtime (the manifest's <Runtimes>).
  { capability: "sharedRuntime", set: "SharedRuntime", version: "1.1", required: true },
  // Reading ranges by index, freezing the report's header, following sheet switches: ExcelApi 1.7.
  { capability: "workbook", set: "ExcelApi", version: "1.7", required: true },
  // Following edits as they happen (worksheets.onChanged): ExcelApi 1.9; without it, Refresh.
  { capability: "liveUpdates", set: "ExcelApi", version: "1.9", required: false },
  // An inserted sheet's print settings (worksheet.pageLayout): ExcelApi 1.9; without it, the sheet prints as Excel's default.
  { capability: "printLayout", set: "ExcelApi", version: "1.9", required: false },
  // Each of the pane's writes undone by one Ctrl+Z (Excel.run's mergeUndoGroup): ExcelApi 1.20; without it, a step per sync.
  { capability: "oneUndoStep", set: "ExcelApi", version: "1.20", required: false },
];

export type IsSetSupported = (set: string, version: string) => boolean;

/** The capabilities this Office lacks; a host that cannot say (no requirements API) is taken at its word. */
export function unavailableCapabilities(isSetSupported: IsSetSupported | undefined): Capability[] {
  if (!isSetSupported) return [];
  return REQUIREMENTS.filter((r) => {
    try {
      return !isSetSupported(r.set, r.version);
    } catch {
      return true;
    }
  }).map((r) => r.capability);
}
