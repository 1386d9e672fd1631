/*
 * The CPM history and Notes sheets as the pane reads them: the months and fit of the history, the
 * notes and their labels, each found by the sheet's own labels wherever rows moved them.
 */
import { acceptedValue, CONFIDENCE, COUNT, ElasticityBand, FITTED_ELASTICITY, isBlank, LabelledNote, MONEY, NamedNote, noteLabelOf, NumberRule, PRICE } from "../core";
import { HISTORY_LABELS, HISTORY_LAYOUT, HISTORY_MONTH_HEADER, HISTORY_SHEET, NOTES_LAST_ROW, NOTES_LAYOUT, NOTES_SHEET } from "../template/planner";
import { CellValue, joinAddress, SheetRef, WorkbookHost } from "./host";
import { sameSheetName } from "../spreadsheet/sheet-names";
import { cellNumber, isErrorText } from "./cell-reading";

export interface CpmHistory {
  /** Months with a spend and an average CPM above 0, as the fit uses them. */
  months: { spend: number; cpm: number }[];
  /** The fitted curve (CPMFIT's elasticity and base CPM at the reference spend), where it computed. */
  fit?: { elasticity: number; baseCpm: number };
  /** CPMFIT's interval of the elasticity at the sheet's confidence level, where it computed. */
  band?: ElasticityBand;
  /** What the fit's cell shows where it did not compute ("#NUM!"): the band is then left out, and the pane says why. */
  failed?: string;
  /** Months pasted below the rows the fit reads (a report longer than ten years), which the fit leaves out: the pane says so. */
  beyond?: number;
}

/**
 * How far down the CPM history sheet the pane looks for its labels and months: every month row the
 * fit reads, room for rows inserted above them, and as many rows again below.
 */
export const HISTORY_ROWS = HISTORY_LAYOUT.firstMonthRow + 2 * HISTORY_LAYOUT.monthRows + 40;

/** How many rows of months below the fit's rows the pane reads at a time (Excel's reads have a size limit). */
const BEYOND_ROWS_PER_READ = 50_000;

/** A month as the fit uses it: a spend and an average CPM above 0; anything else (a blank row, text) is none. */
function monthOf(spend: CellValue, cpm: CellValue): { spend: number; cpm: number } | undefined {
  const [s, c] = [cellNumber(spend, MONEY), cellNumber(cpm, PRICE)];
  return s && c ? { spend: s, cpm: c } : undefined;
}

/**
 * The months below the fit's rows, from row `first` to the sheet's last used row, however many
 * (up to Excel's last row), blank rows among them skipped: the months the fit leaves out.
 */
async function monthsBelow(host: WorkbookHost, sheet: string, first: number): Promise<number> {
  const last = await host.lastUsedRow(sheet);
  let count = 0;
  for (let top = first; top <= last; top += BEYOND_ROWS_PER_READ) {
    const [block] = await host.readRanges([joinAddress(sheet, `B${top}:C${Math.min(last, top + BEYOND_ROWS_PER_READ - 1)}`)]);
    count += block.filter(([spend, cpm]) => monthOf(spend, cpm)).length;
  }
  return count;
}

/**
 * The CPM history sheet, read by its labels (column E for the fit, the "Month" header in column A for
 * the months), wherever rows moved them. A fit that does not compute (#NUM!, blank) gives no band.
 */
export async function readCpmHistory(host: WorkbookHost, sheets: readonly SheetRef[]): Promise<CpmHistory | undefined> {
  const sheet = sheets.find((s) => sameSheetName(s.name, HISTORY_SHEET));
  if (!sheet) return undefined;
  const [rows] = await host.readRanges([joinAddress(sheet.name, `A1:F${HISTORY_ROWS}`)]);
  // Each by the rule of its quantity: a confidence level, a price, and elasticities as fitted.
  const labelled = (label: string, rule: NumberRule) => {
    const row = rows.find((line) => line[4] === label);
    return row ? acceptedValue(rule, row[5]) : undefined;
  };
  const header = rows.findIndex((line) => line[0] === HISTORY_MONTH_HEADER);
  const lastMonth = header + 1 + HISTORY_LAYOUT.monthRows;
  const months = header < 0 ? [] : rows.slice(header + 1, lastMonth).flatMap((line) => monthOf(line[1], line[2]) ?? []);
  // Below the fit's rows (from sheet row lastMonth + 1): months the fit does not read, by the same rule.
  const beyond = header < 0 ? 0 : await monthsBelow(host, sheet.name, lastMonth + 1);
  const [elasticity, baseCpm, low, high, confidence] = [
    labelled(HISTORY_LABELS.elasticity, FITTED_ELASTICITY),
    labelled(HISTORY_LABELS.baseCpm, PRICE),
    labelled(HISTORY_LABELS.low, FITTED_ELASTICITY),
    labelled(HISTORY_LABELS.high, FITTED_ELASTICITY),
    labelled(HISTORY_LABELS.confidence, CONFIDENCE),
  ];
  const fitCell = rows.find((line) => line[4] === HISTORY_LABELS.elasticity)?.[5];
  return {
    months,
    fit: elasticity !== undefined && baseCpm ? { elasticity, baseCpm } : undefined,
    band: low !== undefined && high !== undefined ? { low, high, confidence } : undefined,
    failed: elasticity === undefined && months.length > 0 ? (isErrorText(fitCell) ? fitCell : String(fitCell ?? "")) : undefined,
    ...(beyond > 0 ? { beyond } : {}),
  };
}

/** Notes rows: name, reads, engagements, jumps; rows without numbers are skipped. */
export function notesFromRows(rows: CellValue[][]): NamedNote[] {
  return rows.flatMap((row, index) => {
    const [name, reads, engagements, jumps] = [row[0], cellNumber(row[1], COUNT), cellNumber(row[2], COUNT), cellNumber(row[3], COUNT)];
    if (reads === undefined || engagements === undefined || jumps === undefined) return [];
    return [{ name: isBlank(name) ? `#${index + 1}` : String(name), reads, engagements, jumps }];
  });
}

/**
 * The Notes sheet's notes as the sheet labels them: each row of the table whose label cell shows a
 * HOTNOTES label (in any language). A row the sheet does not label (blank, or an error such as
 * #DIV/0! for 0 reads) is not graded here either.
 */
export async function readSheetNotes(host: WorkbookHost, sheets: readonly SheetRef[]): Promise<LabelledNote[]> {
  const sheet = sheets.find((s) => sameSheetName(s.name, NOTES_SHEET));
  if (!sheet) return [];
  const N = NOTES_LAYOUT;
  const [names, labels] = await host.readRanges([
    joinAddress(sheet.name, `${N.nameColumn}${N.firstRow}:${N.nameColumn}${NOTES_LAST_ROW}`),
    joinAddress(sheet.name, `${N.labelColumn}${N.firstRow}:${N.labelColumn}${NOTES_LAST_ROW}`),
  ]);
  return labels.flatMap(([shown], i) => {
    const label = noteLabelOf(shown);
    // A note typed without a name is listed by its cell (Notes!A13), never as an empty entry.
    const name = isBlank(names[i]?.[0]) ? joinAddress(sheet.name, `${N.nameColumn}${N.firstRow + i}`) : String(names[i][0]);
    return label ? [{ name, label }] : [];
  });
}
