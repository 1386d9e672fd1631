/*
 * Reading a scenario from the workbook through the host: a sheet made from the planner template is
 * recognised by its labels in column A; on any other sheet the planner's bindings say where each input is.
 */
import { acceptedValue, CONFIDENCE, COUNT, ElasticityBand, FITTED_ELASTICITY, isBlank, LabelledNote, labelNotes, MONEY, NamedNote, noteLabelOf, NumberRule, PRICE, stagePosition } from "../core";
import { ASSUMPTIONS_SHEET, HISTORY_LABELS, HISTORY_LAYOUT, HISTORY_MONTH_HEADER, HISTORY_SHEET, NOTES_LAST_ROW, NOTES_LAYOUT, NOTES_SHEET, SCENARIO_LABELS, SCENARIO_LAYOUT as L, scenarioSheet, SCENARIOS, SheetDefinition } from "../template/planner";
import { CellValue, freeSheetName, joinAddress, sameSheetName, SheetRef, WorkbookHost } from "./host";
import { BINDING_KEYS, BindingKey, resolveBinding, SheetState } from "./state";

export interface Scenario {
  sheet: string;
  template: boolean;
  /** Template sheets: the month labels, for choosing which step to check. */
  months: string[];
  stage?: number;
  thisMonth?: number;
  proposed?: number;
  baseCpm?: number;
  baseCpa?: number;
  targetCpa?: number;
  /**
   * The notes and their labels: on a template scenario the Notes sheet's own HOTNOTES labels (the
   * pane grades exactly what the sheet grades); on a bound sheet, labelled from the bound counts.
   */
  notes: LabelledNote[];
  /** Bound sheets: where each binding points now (after renames). */
  bound: Partial<Record<BindingKey, string>>;
  /** Bindings whose sheet is gone (deleted, or renamed where its id could not follow): the sheet's name. */
  missing: Partial<Record<BindingKey, string>>;
  /** The planner's own months and their fit, from the CPM history sheet, where the workbook has one. */
  history?: CpmHistory;
}

export interface CpmHistory {
  /** Months with a spend and an average CPM above 0, as the fit uses them. */
  months: { spend: number; cpm: number }[];
  /** The fitted curve (CPMFIT's elasticity and base CPM at the reference spend), where it computed. */
  fit?: { elasticity: number; baseCpm: number };
  /** CPMFIT's interval of the elasticity at the sheet's confidence level, where it computed. */
  band?: ElasticityBand;
}

/** How far down the CPM history sheet the pane looks for its labels and months. */
const HISTORY_ROWS = 60;

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
  const months = (header < 0 ? [] : rows.slice(header + 1, header + 1 + HISTORY_LAYOUT.monthRows)).flatMap((line) => {
    const [spend, cpm] = [number(line[1], MONEY), number(line[2], PRICE)];
    return spend && cpm ? [{ spend, cpm }] : [];
  });
  const [elasticity, baseCpm, low, high, confidence] = [
    labelled(HISTORY_LABELS.elasticity, FITTED_ELASTICITY),
    labelled(HISTORY_LABELS.baseCpm, PRICE),
    labelled(HISTORY_LABELS.low, FITTED_ELASTICITY),
    labelled(HISTORY_LABELS.high, FITTED_ELASTICITY),
    labelled(HISTORY_LABELS.confidence, CONFIDENCE),
  ];
  return {
    months,
    fit: elasticity !== undefined && baseCpm ? { elasticity, baseCpm } : undefined,
    band: low !== undefined && high !== undefined ? { low, high, confidence } : undefined,
  };
}

/** How far down column A the pane looks for the template's labels (rows inserted above move them). */
const SEARCH_ROWS = 100;

/**
 * A scenario input read by the rule of its quantity, as the functions read it: a spend is money, a
 * base or target CPM/CPA a price, a note's count a count. What a function would refuse is left
 * unread (undefined), so the pane never checks a value the sheet shows as an error.
 */
function number(value: CellValue | undefined, rule: NumberRule): number | undefined {
  return acceptedValue(rule, value);
}

function stage(value: CellValue | undefined): number | undefined {
  if (isBlank(value)) return undefined;
  try {
    return stagePosition(value);
  } catch {
    return undefined;
  }
}

/** Notes rows: name, reads, engagements, jumps; rows without numbers are skipped. */
export function notesFromRows(rows: CellValue[][]): NamedNote[] {
  return rows.flatMap((row) => {
    const [name, reads, engagements, jumps] = [row[0], number(row[1], COUNT), number(row[2], COUNT), number(row[3], COUNT)];
    if (reads === undefined || engagements === undefined || jumps === undefined) return [];
    return [{ name: String(name ?? ""), reads, engagements, jumps }];
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
    return label ? [{ name: String(names[i]?.[0] ?? ""), label }] : [];
  });
}

/** Where a template sheet's labels are: the row (0-based) of each in column A, if found. */
type LabelRows = Partial<Record<keyof typeof SCENARIO_LABELS, number>>;

/**
 * Finds the template's labels in column A. A sheet is a template sheet when it has the stage label
 * and, below it, the month table's header — wherever inserted rows have moved them.
 */
function findLabels(columnA: readonly (readonly CellValue[])[]): LabelRows | undefined {
  const rows: LabelRows = {};
  for (const key of Object.keys(SCENARIO_LABELS) as (keyof typeof SCENARIO_LABELS)[]) {
    const row = columnA.findIndex((line) => line[0] === SCENARIO_LABELS[key]);
    if (row >= 0) rows[key] = row;
  }
  return rows.stage !== undefined && rows.month !== undefined && rows.month > rows.stage ? rows : undefined;
}

/**
 * The scenario sheets, in tab order: each sheet whose column A has the template's labels — `Stage
 * 阶段` and, below it, the `Month 月份` header — as every scenario sheet the template or the pane
 * made has, and every copy of one, under whatever name.
 */
export async function scenarioSheets(host: WorkbookHost, sheets: readonly SheetRef[]): Promise<SheetRef[]> {
  const columns = await host.readRanges(sheets.map((s) => joinAddress(s.name, `A1:A${SEARCH_ROWS}`)));
  return sheets.filter((_, i) => findLabels(columns[i]) !== undefined);
}

/**
 * Whether the pane treats what it read as a scenario: a template scenario sheet (its labels), or a
 * sheet of the planner's own once at least one input is bound there. Anything else — the Summary,
 * Assumptions, Notes, Lines, CPM history, a report, an empty sheet — is not one.
 */
export function isScenario(scenario: Scenario | null, state: SheetState): boolean {
  return !!scenario && (scenario.template || Object.keys(state.bindings).length > 0);
}

export async function readScenario(host: WorkbookHost, sheet: string, state: SheetState, sheets?: readonly SheetRef[]): Promise<Scenario> {
  const [top] = await host.readRanges([joinAddress(sheet, `A1:B${SEARCH_ROWS}`)]);
  const labels = findLabels(top);
  const all = sheets ?? (await host.sheets());
  const scenario = labels ? await readTemplateScenario(host, sheet, top, labels, state.month, all) : await readBoundScenario(host, sheet, state, all);
  // The months belong to the workbook, not to one scenario: every scenario reads its cap against them.
  return { ...scenario, history: await readCpmHistory(host, all) };
}

async function readTemplateScenario(
  host: WorkbookHost,
  sheet: string,
  top: CellValue[][],
  labels: LabelRows,
  month: number,
  sheets: readonly SheetRef[],
): Promise<Scenario> {
  const input = (key: keyof LabelRows) => (labels[key] === undefined ? undefined : top[labels[key]!]?.[1]);
  // The twelve months start under the header; read past the search window if rows pushed them there.
  const first = labels.month! + 1;
  const table =
    first + L.months <= top.length
      ? top.slice(first, first + L.months)
      : (await host.readRanges([joinAddress(sheet, `A${first + 1}:B${first + L.months}`)]))[0];
  const notes = await readSheetNotes(host, sheets);
  const m = Math.min(Math.max(0, month), L.months - 2);
  return {
    sheet,
    template: true,
    months: table.map((row) => String(row?.[0] ?? "")),
    stage: stage(input("stage")),
    baseCpm: number(input("baseCpm"), PRICE),
    baseCpa: number(input("baseCpa"), PRICE),
    targetCpa: number(input("targetCpa"), PRICE),
    thisMonth: number(table[m]?.[1], MONEY),
    proposed: number(table[m + 1]?.[1], MONEY),
    notes,
    bound: {},
    missing: {},
  };
}

async function readBoundScenario(host: WorkbookHost, sheet: string, state: SheetState, sheets: readonly SheetRef[]): Promise<Scenario> {
  // A binding whose sheet is gone is reported, not read: the others still are, and can be rebound.
  const bound: Partial<Record<BindingKey, string>> = {};
  const missing: Partial<Record<BindingKey, string>> = {};
  for (const key of BINDING_KEYS) {
    const binding = state.bindings[key];
    if (!binding) continue;
    const where = resolveBinding(binding, sheets);
    if ("address" in where) bound[key] = where.address;
    else missing[key] = where.missing;
  }
  const keys = BINDING_KEYS.filter((k) => bound[k]);
  const values = await host.readRanges(keys.map((k) => bound[k]!));
  const got = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  const first = (key: string) => got[key]?.[0]?.[0];
  return {
    sheet,
    template: false,
    months: [],
    stage: stage(first("stage")),
    thisMonth: number(first("thisMonth"), MONEY),
    proposed: number(first("proposed"), MONEY),
    baseCpm: number(first("baseCpm"), PRICE),
    baseCpa: number(first("baseCpa"), PRICE),
    targetCpa: number(first("targetCpa"), PRICE),
    notes: got.notes ? labelNotes(notesFromRows(got.notes)) : [],
    bound,
    missing,
  };
}

/** A new scenario sheet from the template definition, named so that no sheet has its name in any case. */
export function newScenarioDefinition(existing: readonly string[], assumptionsSheetName: string = ASSUMPTIONS_SHEET): SheetDefinition {
  let n = 1;
  while (existing.some((name) => sameSheetName(name, `Scenario ${n}`))) n++;
  const name = freeSheetName(`Scenario ${n}`, existing);
  // The band of caps reads the CPM history sheet: only where there is one, or its formulas would point nowhere.
  const history = existing.some((sheet) => sameSheetName(sheet, HISTORY_SHEET));
  const definition = scenarioSheet({ ...SCENARIOS[1], name }, { history });
  return assumptionsSheetName === ASSUMPTIONS_SHEET ? definition : pointAtAssumptions(definition, assumptionsSheetName);
}

/** The definition with its formulas reading the assumptions from another sheet. */
export function pointAtAssumptions(definition: SheetDefinition, sheetName: string): SheetDefinition {
  const reference = joinAddress(sheetName, "A1").replace(/A1$/, "");
  const cells = Object.fromEntries(
    Object.entries(definition.cells).map(([a1, cell]) => [
      a1,
      cell.formula === undefined ? cell : { ...cell, formula: cell.formula.split(`${ASSUMPTIONS_SHEET}!`).join(reference) },
    ]),
  );
  return { ...definition, cells };
}
