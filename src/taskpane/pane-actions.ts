/*
 * What the pane's buttons do to the workbook, each an exported async function over the
 * WorkbookHost (as in Office's shared-runtime samples), so a test or mock can drive them.
 */
import { Answer, isBlank, Language, LANGUAGES, Minefield, MINEFIELDS, REPORT_SHEET, reportTable, Status } from "../core";
import { ASSUMPTION_TABLE } from "../core/maths/assumptions";
import { ASSUMPTIONS_SHEET, FIRST_TABLE_KEYS, CellDefinition, columnLetter, LINES_SHEET, lostRow, SUMMARY_CONVERSIONS, SUMMARY_FIRST_HEADERS, SUMMARY_HEADERS, SUMMARY_LAYOUT, SUMMARY_OLDER_HEADERS, summaryRow } from "../template/planner";
import { CellValue, joinAddress, SheetRef, splitAddress, WorkbookHost } from "./host";
import { freeSheetName, sameSheetName } from "../spreadsheet/sheet-names";
import { newSheets } from "./load-new-sheets";
import { ScenarioLayout, scenarioLayouts } from "./scenario-layouts";
import { reportCandidates } from "./state";
import type { Binding, SheetState } from "./state";

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether a row is the report's header, in any language: a sheet the pane wrote. */
function isReportTable(rows: readonly (readonly unknown[])[]): boolean {
  return LANGUAGES.some((lang) => reportTable({}, {}, lang)[0].every((title, i) => rows[0]?.[i] === title));
}

/** Where a report's header row is: a sheet holding the report's header there is one the pane wrote. */
const REPORT_HEADER = "A1:E1";

/**
 * The sheet each saved report is now, while it still is a report the pane wrote (its header row, in
 * any language), in one read: of the sheets reportCandidates gives, the first that holds one.
 * Undefined for a report no sheet is now — deleted, taken over by the user, or a sheet that only
 * came to have its id (the workbench's ids change on reload) — so it is neither rewritten nor read
 * as a report.
 */
export async function reportSheets(host: WorkbookHost, reports: readonly SheetRef[], sheets: readonly SheetRef[]): Promise<(SheetRef | undefined)[]> {
  const candidates = reports.map((report) => reportCandidates(report, sheets));
  const names = [...new Set(candidates.flat().map((s) => s.name))];
  const headers = names.length ? await host.readRanges(names.map((name) => joinAddress(name, REPORT_HEADER))) : [];
  const holding = new Set(names.filter((_, i) => isReportTable(headers[i])));
  return candidates.map((found) => found.find((s) => holding.has(s.name)));
}

/**
 * How many rows of the template's assumptions table the sheet holds: its keys in A2 down, in order —
 * all of them, or those of the first templates (before the user-asset ladder's rates joined) in a
 * workbook made from one. Undefined when the sheet does not hold the table.
 */
function assumptionsTableKeys(columnA: readonly (readonly unknown[])[]): number | undefined {
  let found = 0;
  while (found < ASSUMPTION_TABLE.length && columnA[found]?.[0] === ASSUMPTION_TABLE[found].key) found++;
  return found === ASSUMPTION_TABLE.length || found === FIRST_TABLE_KEYS ? found : undefined;
}

/**
 * Writes the scenario's report: into its own report sheet, rewritten in place (under whatever name
 * it has now), otherwise into a new sheet with a name no sheet has. A sheet the pane did not write
 * is never touched. Returns the sheet written.
 */
export async function writeScenarioReport(
  host: WorkbookHost,
  sheet: SheetRef,
  state: SheetState,
  statusOf: (m: Minefield) => Status,
  evidence: Record<number, string>,
  language: Language,
): Promise<SheetRef> {
  const sheets = await host.sheets();
  // Only while it still is a report: an id can come back on another sheet (a workbook whose ids
  // changed on reopening, a tampered document), and a sheet the user has taken over is theirs.
  const [own] = state.report ? await reportSheets(host, [state.report], sheets) : [];
  const target = own ?? { name: freeSheetName(`${REPORT_SHEET[language]} - ${sheet.name}`, sheets.map((s) => s.name)) };
  const answers: Record<number, Answer> = {};
  for (const m of MINEFIELDS) {
    const status = statusOf(m);
    const given = state.answers[m.id];
    answers[m.id] = { status, note: given?.note ?? "", checkedOn: given?.checkedOn ?? (status !== "unanswered" ? today() : undefined) };
  }
  return host.writeTable(target, reportTable(answers, evidence, language));
}

/**
 * Adds a scenario sheet from the template. Its formulas read an Assumptions table: the workbook's
 * own when it has the template's (in any case), else a new one under a name no sheet has — a
 * user's own sheet called "assumptions" is neither replaced nor read as ours.
 */
export async function insertScenarioSheet(host: WorkbookHost): Promise<SheetRef> {
  // The sheet and its Summary row are one step of undo: undone apart, the pane's refresh would write the row back at once.
  return host.oneAction ? host.oneAction(insertWithSummary) : insertWithSummary(host);
}

async function insertWithSummary(host: WorkbookHost): Promise<SheetRef> {
  const { assumptionsSheet, newScenarioDefinition } = await newSheets();
  const names = (await host.sheets()).map((s) => s.name);
  const existing = names.find((name) => sameSheetName(name, ASSUMPTIONS_SHEET));
  const keys = existing === undefined ? undefined : assumptionsTableKeys((await host.readRanges([joinAddress(existing, `A2:A${ASSUMPTION_TABLE.length + 1}`)]))[0]);
  let assumptions = existing ?? ASSUMPTIONS_SHEET;
  if (keys === undefined) {
    assumptions = freeSheetName(ASSUMPTIONS_SHEET, names);
    await host.addSheet({ ...assumptionsSheet(), name: assumptions });
    names.push(assumptions);
  }
  const sheet = await host.addSheet(newScenarioDefinition(names, assumptions, keys));
  await keepSummary(host);
  return sheet;
}

/** How far down the Summary's first column the pane reads the scenarios it lists. */
const SUMMARY_ROWS = 200;

/**
 * Keeps the Summary's rows on the workbook's scenario sheets (scenarioLayouts: found by their labels,
 * in tab order): a scenario sheet inserted, copied or renamed gets its row, a deleted one loses it.
 * The Summary is found by its header row under any name. Writes only when the names listed differ
 * from the sheets' or a sheet lacks the Conversions column, so a workbook in step is never touched.
 * Returns whether it wrote.
 */
export async function keepSummary(host: WorkbookHost, sheets?: readonly SheetRef[]): Promise<boolean> {
  const all = sheets ?? (await host.sheets());
  const S = SUMMARY_LAYOUT;
  const headers = await host.readRanges(all.map((s) => joinAddress(s.name, `A${S.headerRow}:${S.lastColumn}${S.headerRow}`)));
  // The Summary's header row: the template's headers in order, up to the last one the sheet has —
  // all of them, or the first ones an older template shipped, followed by a blank.
  const shared = (row: readonly CellValue[] = []) => {
    let n = 0;
    while (n < SUMMARY_HEADERS.length && (row[n] === SUMMARY_HEADERS[n] || row[n] === SUMMARY_OLDER_HEADERS[n])) n++;
    return n === SUMMARY_HEADERS.length || (n >= SUMMARY_FIRST_HEADERS && isBlank(row[n])) ? n : -1;
  };
  const index = all.findIndex((_, i) => shared(headers[i][0]) >= 0);
  if (index < 0) return false;
  const summary = all[index];
  const known = shared(headers[index][0]);
  const found = await scenarioLayouts(host, all);
  const [column] = await host.readRanges([joinAddress(summary.name, `A${S.firstRow}:A${S.firstRow + SUMMARY_ROWS - 1}`)]);
  const end = column.findIndex((row) => isBlank(row[0]));
  const listed = column.slice(0, end < 0 ? column.length : end).map((row) => String(row[0]));
  // A sheet listed before that lost a scenario's labels keeps its row, saying so (undefined here).
  const rows = all.flatMap((sheet): (ScenarioLayout | { sheet: SheetRef; lost: true })[] => {
    const layout = found.find((s) => s.sheet.id === sheet.id);
    return layout ? [layout] : listed.includes(sheet.name) ? [{ sheet, lost: true as const }] : [];
  });
  const layouts = rows.filter((s): s is ScenarioLayout => !("lost" in s));
  const scenarios = rows.map((s) => s.sheet.name);
  const upgrades = layouts.filter((s) => s.addConversions);
  const current = SUMMARY_HEADERS.every((header, c) => headers[index][0]?.[c] === header);
  const inStep = current && upgrades.length === 0 && listed.length === scenarios.length && listed.every((name, i) => name === scenarios[i]);
  if (inStep && !(await saysNoConversions(host, summary.name, rows))) return false;
  // A scenario sheet older than the Conversions column gets it first, so the Summary's row reads it.
  for (const s of upgrades) await host.writeCells(s.sheet.name, s.addConversions!);
  const cells: Record<string, CellDefinition | null> = {};
  // A Summary from an older template gains the columns it lacks, headers first, and today's words for older headers.
  for (let c = 0; c < SUMMARY_HEADERS.length; c++) {
    if (c >= known || headers[index][0]?.[c] !== SUMMARY_HEADERS[c]) cells[`${columnLetter(c)}${S.headerRow}`] = { value: SUMMARY_HEADERS[c], style: "header" };
  }
  // Each row points at where its sheet keeps its figures now (rows inserted there move them).
  rows.forEach((s, i) => Object.assign(cells, "lost" in s ? lostRow(s.sheet.name, S.firstRow + i) : summaryRow(s.sheet.name, S.firstRow + i, s.places)));
  for (let i = scenarios.length; i < listed.length; i++) {
    for (let c = 0; c < SUMMARY_HEADERS.length; c++) cells[`${columnLetter(c)}${S.firstRow + i}`] = null;
  }
  await host.writeCells(summary.name, cells);
  return true;
}

/**
 * Whether a Summary whose rows are in step still counts conversions for a scenario sheet whose column
 * J holds other data (its row written before that data was): that row must say so instead.
 */
async function saysNoConversions(host: WorkbookHost, summary: string, rows: readonly (ScenarioLayout | { lost: true })[]): Promise<boolean> {
  const told = rows.flatMap((s, i) => ("lost" in s || s.places.noConversions === undefined ? [] : [{ i, says: s.places.noConversions }]));
  if (told.length === 0) return false;
  const [column] = await host.readRanges([joinAddress(summary, `${SUMMARY_CONVERSIONS}${SUMMARY_LAYOUT.firstRow}:${SUMMARY_CONVERSIONS}${SUMMARY_LAYOUT.firstRow + rows.length - 1}`)]);
  return told.some(({ i, says }) => column[i]?.[0] !== says);
}

/** The selection as a binding, with its sheet's id, so the binding follows the sheet when it is renamed. */
export async function selectedBinding(host: WorkbookHost): Promise<Binding> {
  const [address, sheets] = await Promise.all([host.selectedAddress(), host.sheets()]);
  const bound = sheets.find((s) => sameSheetName(s.name, splitAddress(address).sheet));
  return bound ? { address, sheetId: bound.id } : { address };
}

/**
 * Insert chart: the template's charts on this sheet, through the host — the flight plan on Lines,
 * budget vs cap and the split on a scenario sheet (under whatever name it has now). Returns how
 * many were added; 0 where the host draws no charts (the workbench).
 */
export async function insertCharts(host: WorkbookHost, sheet: SheetRef): Promise<number> {
  if (!host.addCharts) return 0;
  const { templateChartsOn } = await newSheets();
  return host.addCharts(templateChartsOn(sheet.name, sameSheetName(sheet.name, LINES_SHEET)));
}
