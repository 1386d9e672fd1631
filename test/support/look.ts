/* How a cell looks — font, fill, borders, alignment, number format — in one spelling for every writer's output. */
import type ExcelJS from "exceljs";

/** How a cell looks, in one spelling for the file (ExcelJS) and for Office.js: what the planner sees. */
export interface Look {
  bold: boolean;
  italic: boolean;
  size: number;
  color?: string;
  fill?: string;
  top?: string;
  bottom?: string;
  wrap: boolean;
  vertical?: string;
  numFmt?: string;
}

/** The workbook's default font size, for a cell that sets none. */
export const DEFAULT_SIZE = 11;

export function lookInFile(cell: ExcelJS.Cell): Look {
  const edge = (b?: Partial<ExcelJS.Border>) => (b?.style === "thin" ? b.color?.argb : undefined);
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return {
    bold: !!cell.font?.bold,
    italic: !!cell.font?.italic,
    size: cell.font?.size ?? DEFAULT_SIZE,
    color: cell.font?.color?.argb,
    fill: fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined,
    top: edge(cell.border?.top),
    bottom: edge(cell.border?.bottom),
    wrap: !!cell.alignment?.wrapText,
    vertical: cell.alignment?.vertical,
    numFmt: cell.numFmt || undefined,
  };
}

