/*
 * Reading a scenario from the workbook through the host: a sheet made from the planner template is
 * recognised by its layout; on any other sheet the planner's bindings say where each input is.
 */
import { isBlank, NamedNote, readNumber, stagePosition } from "../core";
import { NOTES_SHEET, SCENARIO_LAYOUT as L, scenarioSheet, SCENARIOS } from "../template/planner";
import { CellValue, joinAddress, WorkbookHost } from "./host";
import type { SheetState } from "./state";

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
  notes: NamedNote[];
}

const TEMPLATE_LABELS = { A3: "Stage 阶段", A9: "Month 月份" };

function number(value: CellValue | undefined): number | undefined {
  if (isBlank(value)) return undefined;
  try {
    const n = readNumber(value, "");
    return n >= 0 ? n : undefined;
  } catch {
    return undefined;
  }
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
    const [name, reads, engagements, jumps] = [row[0], number(row[1]), number(row[2]), number(row[3])];
    if (reads === undefined || engagements === undefined || jumps === undefined) return [];
    return [{ name: String(name ?? ""), reads, engagements, jumps }];
  });
}

export async function isTemplateSheet(host: WorkbookHost, sheet: string): Promise<boolean> {
  const [a3, a9] = await host.readRanges([joinAddress(sheet, "A3"), joinAddress(sheet, "A9")]);
  return a3[0][0] === TEMPLATE_LABELS.A3 && a9[0][0] === TEMPLATE_LABELS.A9;
}

export async function readScenario(host: WorkbookHost, sheet: string, state: SheetState): Promise<Scenario> {
  if (await isTemplateSheet(host, sheet)) return readTemplateScenario(host, sheet, state.month);
  return readBoundScenario(host, sheet, state);
}

async function readTemplateScenario(host: WorkbookHost, sheet: string, month: number): Promise<Scenario> {
  const first = L.firstMonthRow;
  const last = first + L.months - 1;
  const at = (cells: string) => joinAddress(sheet, cells);
  const [inputs, labels, budgets] = await host.readRanges([at(`B3:B6`), at(`A${first}:A${last}`), at(`B${first}:B${last}`)]);
  const sheets = await host.sheetNames();
  const notes = sheets.includes(NOTES_SHEET) ? notesFromRows((await host.readRanges([joinAddress(NOTES_SHEET, "A2:D200")]))[0]) : [];
  const m = Math.min(Math.max(0, month), L.months - 2);
  return {
    sheet,
    template: true,
    months: labels.map((row) => String(row[0] ?? "")),
    stage: stage(inputs[0][0]),
    baseCpm: number(inputs[1][0]),
    baseCpa: number(inputs[2][0]),
    targetCpa: number(inputs[3][0]),
    thisMonth: number(budgets[m]?.[0]),
    proposed: number(budgets[m + 1]?.[0]),
    notes,
  };
}

async function readBoundScenario(host: WorkbookHost, sheet: string, state: SheetState): Promise<Scenario> {
  const keys = (["stage", "thisMonth", "proposed", "baseCpm", "baseCpa", "targetCpa", "notes"] as const).filter((k) => state.bindings[k]);
  const values = await host.readRanges(keys.map((k) => state.bindings[k]!));
  const got = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  const first = (key: string) => got[key]?.[0]?.[0];
  return {
    sheet,
    template: false,
    months: [],
    stage: stage(first("stage")),
    thisMonth: number(first("thisMonth")),
    proposed: number(first("proposed")),
    baseCpm: number(first("baseCpm")),
    baseCpa: number(first("baseCpa")),
    targetCpa: number(first("targetCpa")),
    notes: got.notes ? notesFromRows(got.notes) : [],
  };
}

/** A new scenario sheet from the template definition, named so it does not clash. */
export function newScenarioDefinition(existing: readonly string[]) {
  let n = 1;
  while (existing.includes(`Scenario ${n}`)) n++;
  const base = SCENARIOS[1];
  return scenarioSheet({ ...base, name: `Scenario ${n}`, title: `Scenario ${n} 情景 ${n}` });
}
