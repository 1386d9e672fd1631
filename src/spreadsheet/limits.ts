/** HyperFormula's limits for one sheet (its default maxRows and maxColumns): what the workbench can open. */
export const MAX_ROWS = 40_000;
export const MAX_COLUMNS = 18_278;

/** Excel's last row and column, zero-based (1,048,576 rows, XFD): a reference past them is no cell; a range reaching them is whole columns or rows. */
export const EXCEL_LAST_ROW = 1_048_575;
export const EXCEL_LAST_COLUMN = 16_383;
