/*
 * Reading a scenario from the workbook through the host: a sheet made from the planner template is
 * recognised by its labels in column A; on any other sheet the planner's bindings say where each input is.
 */
import { ARG, Assumptions, DEFAULT_ASSUMPTIONS, DomainError, isDomainError, LabelledNote, labelNotes, MONEY, PRICE, readAssumptions } from "../core";
import { BAND_LABELS, BAND_LAYOUT, columnLetter, parseA1, SCENARIO_LAYOUT as L } from "../template/planner";
import { CellValue, joinAddress, SheetRef, WorkbookHost } from "./host";
import { BINDING_KEYS, BindingKey, resolveBinding, SheetState } from "./state";
import { assumptionsRange, cellNumber, cellStage, isErrorText } from "./cell-reading";
import { CpmHistory, notesFromRows, readCpmHistory, readSheetNotes } from "./history-notes";
import { columnsByHeader, findLabels, LabelRows, SEARCH_ROWS } from "./scenario-layouts";

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
  /** Each input of minefield 2 as its cell holds it, to say which one is missing or refused. */
  raw: Partial<Record<StepInput, CellValue>>;
  /** Where each input of minefield 2 is ("Growth!B6"), for the pane to name it. */
  where: Partial<Record<StepInput, string>>;
  /** The assumptions the scenario's formulas read. */
  assumptions: ScenarioAssumptions;
  /** Template sheets: what the sheet computed for the step, each cell as it shows it. */
  computed?: SheetStep;
}

/** The inputs minefield 2 reads. */
export type StepInput = "thisMonth" | "proposed" | "baseCpm" | "baseCpa" | "targetCpa";

/**
 * The assumptions table a scenario's formulas point at (its budget cap's formula, read as Excel
 * shows it), read by readAssumptions as the functions read it: the refusal itself where the
 * functions refuse it (every RED cell reading it then shows an error). Without such a range (a
 * sheet that is not the template's, or a cap typed without one) the functions' defaults.
 */
export interface ScenarioAssumptions {
  /** "Assumptions!A1:B8", where the formulas point at a range. */
  range?: string;
  read: Assumptions | DomainError;
}

/** A cell of the scenario sheet as it shows it, and where it is. */
export interface ShownCell {
  address: string;
  value: CellValue;
}

/** A figure of the step a scenario sheet holds in a cell of its own. */
export type StepCell = Exclude<keyof SheetStep, "band">;

/** The cells of a scenario sheet that hold minefield 2's figures for the step being checked. */
export interface SheetStep {
  averageCpmNow: ShownCell;
  marginalCpmNow: ShownCell;
  marginalCpmProposed: ShownCell;
  marginalCpaProposed: ShownCell;
  /** The proposed month's `vs cap`. */
  capCheck: ShownCell;
  /** The budget cap that plans the year (B7). */
  budgetCap: ShownCell;
  /** The caps on the CPM history, where the sheet has them (D3:G6). */
  band?: { pessimistic: ShownCell; fitted: ShownCell; optimistic: ShownCell };
}

/**
 * The assumptions the scenario's formulas read, read as the functions read them: those of the first
 * of `addresses` (the budget cap, then the proposed month's marginal CPA, marginal and average CPM)
 * whose formula points at a table — so a cap typed over as a number leaves the month cells' table,
 * not the defaults, behind the pane's figures.
 */
export async function readScenarioAssumptions(host: WorkbookHost, addresses: readonly string[], ownSheet: string): Promise<ScenarioAssumptions> {
  let range: string | undefined;
  // One at a time: the cap's formula is nearly always the answer, and the next cells are read only without it.
  for (const address of addresses) {
    const [[[formula]]] = await host.readFormulas([address]);
    range = typeof formula === "string" && formula ? assumptionsRange(formula, ownSheet) : undefined;
    if (range) break;
  }
  if (!range) return { read: { ...DEFAULT_ASSUMPTIONS } };
  try {
    const [rows] = await host.readRanges([range]);
    // An error value in the table reaches the functions as that error: the table is refused.
    const errorCell = rows.flat().find(isErrorText);
    if (errorCell !== undefined) return { range, read: new DomainError("NOT_A_NUMBER", { argument: ARG.assumptions, value: errorCell }) };
    return { range, read: readAssumptions(rows) };
  } catch (error) {
    if (isDomainError(error)) return { range, read: error };
    throw error;
  }
}

/**
 * Whether the pane treats what it read as a scenario: a template scenario sheet (its labels), or a
 * sheet of the planner's own once at least one input is bound there. Anything else — the Summary,
 * Assumptions, Notes, Lines, CPM history, a report, an empty sheet — is not one.
 */
export function isScenario(scenario: Scenario | null, state: SheetState): boolean {
  return !!scenario && (scenario.template || Object.keys(state.bindings).length > 0);
}

/** How many columns of a template sheet the pane reads: the month table's, A to I. */
const TEMPLATE_COLUMNS = L.columns.length;

export async function readScenario(host: WorkbookHost, sheet: string, state: SheetState, sheets?: readonly SheetRef[]): Promise<Scenario> {
  const [top] = await host.readRanges([joinAddress(sheet, `A1:${columnLetter(TEMPLATE_COLUMNS - 1)}${SEARCH_ROWS}`)]);
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
  // The month table's columns by their headers, as the Summary finds them; the inputs in the budget
  // column beside their labels. A table whose columns are not all found gives no step (no cell is
  // read where a column moved away).
  const found = columnsByHeader(top[labels.month!] ?? []);
  const located = (["budget", "avgCpm", "marginalCpm", "marginalCpa", "capCheck"] as const).every((name) => found[name] !== undefined);
  const inputColumn = found.budget;
  const inputRow = (key: keyof LabelRows) => (labels[key] === undefined || inputColumn === undefined ? undefined : labels[key]!);
  const input = (key: keyof LabelRows) => (inputRow(key) === undefined ? undefined : top[inputRow(key)!]?.[inputColumn!]);
  const at = (row: number, column: number) => joinAddress(sheet, `${columnLetter(column)}${row + 1}`);
  // The twelve months start under the header; read past the search window if rows pushed them there.
  const first = labels.month! + 1;
  const table =
    first + L.months <= top.length
      ? top.slice(first, first + L.months)
      : (await host.readRanges([joinAddress(sheet, `A${first + 1}:${columnLetter(TEMPLATE_COLUMNS - 1)}${first + L.months}`)]))[0];
  const notes = await readSheetNotes(host, sheets);
  const m = Math.min(Math.max(0, month), L.months - 2);
  const column = (name: (typeof L.columns)[number]) => found[name]!;
  const shown = (row: number, c: number): ShownCell => ({ address: at(first + row, c), value: table[row]?.[c] ?? null });
  const raw: Scenario["raw"] = {
    thisMonth: located ? (table[m]?.[column("budget")] ?? null) : null,
    proposed: located ? (table[m + 1]?.[column("budget")] ?? null) : null,
    baseCpm: input("baseCpm") ?? null,
    baseCpa: input("baseCpa") ?? null,
    targetCpa: input("targetCpa") ?? null,
  };
  const where: Scenario["where"] = {
    ...(located && { thisMonth: at(first + m, column("budget")), proposed: at(first + m + 1, column("budget")) }),
    ...(inputRow("baseCpm") !== undefined && { baseCpm: at(inputRow("baseCpm")!, inputColumn!) }),
    ...(inputRow("baseCpa") !== undefined && { baseCpa: at(inputRow("baseCpa")!, inputColumn!) }),
    ...(inputRow("targetCpa") !== undefined && { targetCpa: at(inputRow("targetCpa")!, inputColumn!) }),
  };
  const capRow = inputRow("budgetCap");
  const budgetCap: ShownCell | undefined = capRow === undefined || !located ? undefined : { address: at(capRow, inputColumn!), value: top[capRow]?.[inputColumn!] ?? null };
  // The band of caps: its labels in column D, its values in column G, wherever rows moved them.
  const [bandLabel, bandValue] = BAND_LAYOUT.pessimistic.map((a1) => parseA1(a1).column);
  const bandCell = (label: string): ShownCell | undefined => {
    const row = top.findIndex((line) => line[bandLabel] === label);
    return row < 0 ? undefined : { address: at(row, bandValue), value: top[row][bandValue] ?? null };
  };
  const [pessimistic, fitted, optimistic] = [bandCell(BAND_LABELS.pessimistic), bandCell(BAND_LABELS.fitted), bandCell(BAND_LABELS.optimistic)];
  const computed: SheetStep | undefined = budgetCap && {
    averageCpmNow: shown(m, column("avgCpm")),
    marginalCpmNow: shown(m, column("marginalCpm")),
    marginalCpmProposed: shown(m + 1, column("marginalCpm")),
    marginalCpaProposed: shown(m + 1, column("marginalCpa")),
    capCheck: shown(m + 1, column("capCheck")),
    budgetCap,
    band: pessimistic && fitted && optimistic ? { pessimistic, fitted, optimistic } : undefined,
  };
  return {
    sheet,
    template: true,
    months: table.map((row) => String(row?.[0] ?? "")),
    stage: cellStage(input("stage")),
    baseCpm: cellNumber(raw.baseCpm, PRICE),
    baseCpa: cellNumber(raw.baseCpa, PRICE),
    targetCpa: cellNumber(raw.targetCpa, PRICE),
    thisMonth: cellNumber(raw.thisMonth, MONEY),
    proposed: cellNumber(raw.proposed, MONEY),
    notes,
    bound: {},
    missing: {},
    raw,
    where,
    assumptions: await readScenarioAssumptions(
      host,
      [...(budgetCap ? [budgetCap.address] : []), ...(located ? (["marginalCpa", "marginalCpm", "avgCpm"] as const).map((c) => at(first + m + 1, column(c))) : [])],
      sheet,
    ),
    computed,
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
  const steps: StepInput[] = ["thisMonth", "proposed", "baseCpm", "baseCpa", "targetCpa"];
  return {
    raw: Object.fromEntries(steps.filter((k) => bound[k]).map((k) => [k, first(k) ?? null])),
    where: Object.fromEntries(steps.filter((k) => bound[k]).map((k) => [k, bound[k]!])),
    // A sheet of the planner's own has no formulas of ours to point at a table: the functions' defaults.
    assumptions: { read: { ...DEFAULT_ASSUMPTIONS } },
    sheet,
    template: false,
    months: [],
    stage: cellStage(first("stage")),
    thisMonth: cellNumber(first("thisMonth"), MONEY),
    proposed: cellNumber(first("proposed"), MONEY),
    baseCpm: cellNumber(first("baseCpm"), PRICE),
    baseCpa: cellNumber(first("baseCpa"), PRICE),
    targetCpa: cellNumber(first("targetCpa"), PRICE),
    notes: got.notes ? labelNotes(notesFromRows(got.notes)) : [],
    bound,
    missing,
  };
}
