/** HyperFormula's limits for one sheet (its default maxRows and maxColumns): what the workbench can open. */
export const MAX_ROWS = 40_000;
export const MAX_COLUMNS = 18_278;
