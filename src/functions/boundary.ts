/*
 * The one boundary between Excel and the core, by concern: Excel error mapping (excel-errors),
 * broadcasting (broadcast), reading a cell (read-cell), the per-cell runner (cell-runner), the
 * vector runner (vector-runner), whole and aligned lists (list-runner), and the entry point
 * (excel-function). Every custom function runs through these; only they catch.
 */
export { BLANK, basicValueOf, assumptionsGrid } from "./read-cell";
export type { CellValue, Param, Reader } from "./read-cell";
export { MAX_CELLS, broadcastArguments, toGrid, usedExtent } from "./broadcast";
export type { Broadcast, Extent, Grid, Shape } from "./broadcast";
export { currentLanguage, setLanguage, setWordEveryError, EXCEL_KIND } from "./excel-errors";
export { mapCells, mapResults } from "./cell-runner";
export { mapNumbers, mapNumberPairs } from "./vector-runner";
export type { CellFailure, Kernel } from "./vector-runner";
export { alignedLists, alignedToLines, asColumn, fitLength, ListRows, listRows, readList, readOne } from "./list-runner";
export type { List } from "./list-runner";
export { excelFunction } from "./excel-function";
