/*
 * Reading a scenario from the workbook through the host: a sheet made from the planner template is
 * recognised by its labels in column A; on any other sheet the planner's bindings say where each input is.
 */
import { acceptedValue, Assumptions, CONFIDENCE, COUNT, DEFAULT_ASSUMPTIONS, DomainError, ElasticityBand, FITTED_ELASTICITY, isBlank, isDomainError, LabelledNote, labelNotes, MONEY, NamedNote, noteLabelOf, NumberRule, PRICE, readAssumptions, stagePosition } from "../core";
import {
  ASSUMPTIONS_SHEET,
  BAND_LABELS,
  BAND_LAYOUT,
  abs,
  columnLetter,
  HISTORY_LABELS,
  HISTORY_LAYOUT,
  HISTORY_MONTH_HEADER,
  HISTORY_SHEET,
  NOTES_LAST_ROW,
  NOTES_LAYOUT,
  NOTES_SHEET,
  parseA1,
  conversionsColumn,
  NO_CONVERSIONS_COLUMN,
  SCENARIO_LABELS,
  SCENARIO_LAYOUT as L,
  scenarioColumn,
  scenarioHeader,
  TOTAL_LABEL,
  scenarioSheet,
  SCENARIOS,
  SheetDefinition,
  sheetPrefix,
} from "../template/planner";
import type { CellDefinition, ScenarioPlaces } from "../template/planner";
import { CellValue, freeSheetName, joinAddress, sameSheetName, SheetRef, splitAddress, WorkbookHost } from "./host";
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

export interface CpmHistory {
  /** Months with a spend and an average CPM above 0, as the fit uses them. */
  months: { spend: number; cpm: number }[];
  /** The fitted curve (CPMFIT's elasticity and base CPM at the reference spend), where it computed. */
  fit?: { elasticity: number; baseCpm: number };
  /** CPMFIT's interval of the elasticity at the sheet's confidence level, where it computed. */
  band?: ElasticityBand;
  /** What the fit's cell shows where it did not compute ("#NUM!"): the band is then left out, and the pane says why. */
  failed?: string;
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
  const fitCell = rows.find((line) => line[4] === HISTORY_LABELS.elasticity)?.[5];
  return {
    months,
    fit: elasticity !== undefined && baseCpm ? { elasticity, baseCpm } : undefined,
    band: low !== undefined && high !== undefined ? { low, high, confidence } : undefined,
    failed: elasticity === undefined && months.length > 0 ? (isErrorText(fitCell) ? fitCell : String(fitCell ?? "")) : undefined,
  };
}

/** An error value as the host hands it over: its "#CODE" text. */
export function isErrorText(value: CellValue | undefined): value is string {
  return typeof value === "string" && /^#(?:[A-Z0-9/_]+[!?]?|N\/A)$/.test(value);
}

/**
 * The assumptions range a formula points at: its last range argument ("Assumptions!$A$1:$B$8",
 * "'Assumptions (2)'!A1:B8", or "A20:B27" on the formula's own sheet), as an address.
 *
 * @example assumptionsRange("=RED.BUDGETCAP($B$6,$B$5,Assumptions!$A$1:$B$8)", "Growth") // "Assumptions!A1:B8"
 */
export function assumptionsRange(formula: string, ownSheet: string): string | undefined {
  const ranges = [...formula.matchAll(/(?:('(?:[^']|'')+'|[A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*)!)?(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)/g)];
  const last = ranges[ranges.length - 1];
  if (!last) return undefined;
  const sheet = last[1] === undefined ? ownSheet : splitAddress(`${last[1]}!A1`).sheet;
  return joinAddress(sheet, last[2].replace(/\$/g, ""));
}

/**
 * The assumptions the scenario's formulas read, read as the functions read them: those of the first
 * of `addresses` (the budget cap, then the proposed month's marginal CPA, marginal and average CPM)
 * whose formula points at a table — so a cap typed over as a number leaves the month cells' table,
 * not the defaults, behind the pane's figures.
 */
async function readScenarioAssumptions(host: WorkbookHost, addresses: readonly string[], ownSheet: string): Promise<ScenarioAssumptions> {
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
    if (errorCell !== undefined) return { range, read: new DomainError("NOT_A_NUMBER", { argument: "assumptions", value: errorCell }) };
    return { range, read: readAssumptions(rows) };
  } catch (error) {
    if (isDomainError(error)) return { range, read: error };
    throw error;
  }
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
  return rows.flatMap((row, index) => {
    const [name, reads, engagements, jumps] = [row[0], number(row[1], COUNT), number(row[2], COUNT), number(row[3], COUNT)];
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

/** A scenario sheet as the Summary reads it: where its figures are now, and its Conversions column's state. */
export interface ScenarioLayout {
  sheet: SheetRef;
  places: ScenarioPlaces;
  /**
   * The cells to write so the sheet has the Conversions column: a sheet from a template older than
   * it, laid out as the template was, whose column J is empty there (none when it has the column).
   */
  addConversions?: Record<string, CellDefinition>;
}

/** How many columns of a scenario's header row the pane searches for the month table's headers. */
const HEADER_COLUMNS = 40;

/**
 * Where each column of the month table is, by its header in the header row (zero-based): the one
 * rule by which the Summary and the pane find a scenario's columns, wherever inserted columns moved
 * them. A header not there is left out.
 */
function columnsByHeader(header: readonly CellValue[]): Partial<Record<(typeof L.columns)[number], number>> {
  return Object.fromEntries(
    L.columns.flatMap((name) => {
      const at = header.findIndex((cell) => cell === scenarioHeader(name));
      return at < 0 ? [] : [[name, at]];
    }),
  );
}

/**
 * The scenario sheets with where each keeps what the Summary reads — rows found by their labels in
 * column A (the total row by its label below the months), columns by their headers in the month
 * table's header row — so rows and columns the planner inserted move the Summary's formulas with
 * them; and, for a sheet without the Conversions column, the column to add (over the assumptions
 * its marginal CPAs read).
 */
export async function scenarioLayouts(host: WorkbookHost, sheets: readonly SheetRef[]): Promise<ScenarioLayout[]> {
  const columns = await host.readRanges(sheets.map((s) => joinAddress(s.name, `A1:A${SEARCH_ROWS}`)));
  const found = sheets.flatMap((sheet, i) => {
    const labels = findLabels(columns[i]);
    return labels ? [{ sheet, labels, columnA: columns[i] }] : [];
  });
  const headers = await host.readRanges(found.map(({ sheet, labels }) => joinAddress(sheet.name, `A${labels.month! + 1}:${columnLetter(HEADER_COLUMNS - 1)}${labels.month! + 1}`)));
  return Promise.all(
    found.map(async ({ sheet, labels, columnA }, i): Promise<ScenarioLayout> => {
      const firstMonth = labels.month! + 2;
      const header = headers[i][0] ?? [];
      const letters = Object.fromEntries(Object.entries(columnsByHeader(header)).map(([name, at]) => [name, columnLetter(at)])) as ScenarioPlaces["columns"];
      const total = columnA.findIndex((line, row) => row > labels.month! && line[0] === TOTAL_LABEL);
      const places: ScenarioPlaces = {
        // The inputs' values are in the budget column, as the template lays them out.
        ...(letters.budget !== undefined && { inputColumn: letters.budget }),
        stage: labels.stage! + 1,
        ...(labels.budgetCap !== undefined && { budgetCap: labels.budgetCap + 1 }),
        firstMonth,
        ...(total >= 0 && { totalRow: total + 1 }),
        columns: letters,
      };
      if (letters.conversions) return { sheet, places };
      // A sheet from a template older than the column, laid out as the template was (so the column goes where the template puts it): add it, if J is empty there.
      const J = scenarioColumn("conversions");
      const asTemplate = L.columns.every((name) => name === "conversions" || letters[name] === scenarioColumn(name));
      const [column] = await host.readRanges([joinAddress(sheet.name, `${J}${firstMonth - 1}:${J}${firstMonth + L.months}`)]);
      if (!asTemplate || labels.baseCpa === undefined || total !== firstMonth - 1 + L.months || !column.every((row) => isBlank(row[0]))) {
        return { sheet, places: { ...places, noConversions: NO_CONVERSIONS_COLUMN } };
      }
      // The conversions read the assumptions the month's marginal CPA reads: the same table, or the defaults.
      const [[[formula]]] = await host.readFormulas([joinAddress(sheet.name, `${scenarioColumn("marginalCpa")}${firstMonth}`)]);
      const range = typeof formula === "string" && formula ? assumptionsRange(formula, sheet.name) : undefined;
      return {
        sheet,
        places: { ...places, columns: { ...letters, conversions: J } },
        addConversions: conversionsColumn({ baseCpa: labels.baseCpa + 1, firstMonth }, range && absoluteAddress(range)),
      };
    }),
  );
}

/** "Assumptions (2)!A1:B8" → "'Assumptions (2)'!$A$1:$B$8": an address as a formula names it, fixed when filled. */
function absoluteAddress(address: string): string {
  const { sheet, cells } = splitAddress(address);
  return sheetPrefix(sheet) + cells.split(":").map(abs).join(":");
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
    stage: stage(input("stage")),
    baseCpm: number(raw.baseCpm, PRICE),
    baseCpa: number(raw.baseCpa, PRICE),
    targetCpa: number(raw.targetCpa, PRICE),
    thisMonth: number(raw.thisMonth, MONEY),
    proposed: number(raw.proposed, MONEY),
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
