/*
 * What the pane keeps in the document: per scenario sheet, the planner's bindings, the month being
 * checked, every answer and the report sheet it wrote. Sheets are known by their id, which stays
 * through renames, and by their last name, which finds them again where an id does not (an older
 * file, saved by name). Settings come from a file, so they are read defensively.
 */
import { STATUSES } from "../core";
import type { Answer, Status, TargetKind } from "../core";
import { joinAddress, SheetRef, splitAddress } from "./host";
import { sameSheetName } from "../spreadsheet/sheet-names";

export const BINDING_KEYS = ["stage", "thisMonth", "proposed", "baseCpm", "baseCpa", "targetCpa", "notes"] as const;
export type BindingKey = (typeof BINDING_KEYS)[number];

/**
 * The most characters a note keeps: said beside the note field, enforced as the user types, kept
 * whole through a save and a reload, and well inside the 32,767 characters of an Excel cell.
 */
export const NOTE_LIMIT = 5000;

/** Where an input is: the address as bound ("Plan!B2") and the id of its sheet, to follow a rename. */
export interface Binding {
  address: string;
  sheetId?: string;
}

export interface SheetState {
  /** The sheet's id (absent in state saved before ids were kept). */
  id?: string;
  /** The sheet's name when last seen. */
  name: string;
  bindings: Partial<Record<BindingKey, Binding>>;
  /** Template sheets: the month checked (0 = January → February). */
  month: number;
  answers: Record<number, Answer>;
  /** The report sheet the pane wrote for this scenario: rewritten in place on later runs. */
  report?: SheetRef;
  /** "What would it take?": the kind of target and the target as the planner typed it. */
  target?: KeptTarget;
}

/** A "What would it take?" target as typed, and whether it is conversions or a marginal CPA. */
export interface KeptTarget {
  kind: TargetKind;
  text: string;
}

const TARGET_KINDS: readonly TargetKind[] = ["conversions", "marginal-cpa"];

export interface SavedState {
  version: 2;
  sheets: SheetState[];
}

export function emptySheetState(sheet: Partial<SheetRef> = {}): SheetState {
  return { ...(sheet.id !== undefined ? { id: sheet.id } : {}), name: sheet.name ?? "", bindings: {}, month: 0, answers: {} };
}

const text = (value: unknown, limit: number): string | undefined => (typeof value === "string" && value.length <= limit ? value : undefined);

function parseSheet(v: Record<string, unknown>, name: string): SheetState {
  const sheet = emptySheetState({ name, id: text(v.id, 100) });
  if (typeof v.month === "number" && Number.isInteger(v.month) && v.month >= 0 && v.month <= 10) sheet.month = v.month;
  if (typeof v.bindings === "object" && v.bindings !== null) {
    for (const key of BINDING_KEYS) {
      const raw = (v.bindings as Record<string, unknown>)[key];
      // Version 1 kept the address alone; version 2 keeps the sheet's id beside it.
      const address = typeof raw === "string" ? text(raw, 300) : text((raw as Binding | null)?.address, 300);
      const sheetId = typeof raw === "object" && raw !== null ? text((raw as Binding).sheetId, 100) : undefined;
      if (address !== undefined) sheet.bindings[key] = sheetId !== undefined ? { address, sheetId } : { address };
    }
  }
  if (typeof v.answers === "object" && v.answers !== null) {
    for (const [id, answer] of Object.entries(v.answers as Record<string, unknown>)) {
      const n = Number(id);
      if (!Number.isInteger(n) || n < 1 || n > 7 || typeof answer !== "object" || answer === null) continue;
      const a = answer as Record<string, unknown>;
      sheet.answers[n] = {
        status: STATUSES.includes(a.status as Status) ? (a.status as Status) : "unanswered",
        // The pane never keeps more than NOTE_LIMIT; a longer note comes from elsewhere and is cut there.
        note: typeof a.note === "string" ? a.note.slice(0, NOTE_LIMIT) : "",
        checkedOn: typeof a.checkedOn === "string" ? a.checkedOn.slice(0, 40) : undefined,
      };
    }
  }
  const report = v.report as Record<string, unknown> | undefined;
  if (typeof report === "object" && report !== null && text(report.id, 100) !== undefined && text(report.name, 100) !== undefined) {
    sheet.report = { id: report.id as string, name: report.name as string };
  }
  const target = v.target as Record<string, unknown> | undefined;
  if (typeof target === "object" && target !== null && TARGET_KINDS.includes(target.kind as TargetKind) && text(target.text, 100) !== undefined) {
    sheet.target = { kind: target.kind as TargetKind, text: target.text as string };
  }
  return sheet;
}

/**
 * Reads saved settings; anything malformed is dropped rather than trusted. Version 1 (sheets keyed by
 * name, bindings as bare addresses) is read into version 2: each sheet then has a name and no id yet.
 */
export function parseSavedState(raw: unknown): SavedState {
  const state: SavedState = { version: 2, sheets: [] };
  if (typeof raw !== "object" || raw === null) return state;
  const sheets = (raw as { sheets?: unknown }).sheets;
  if (Array.isArray(sheets)) {
    for (const value of sheets.slice(0, 1000)) {
      if (typeof value !== "object" || value === null) continue;
      const name = text((value as Record<string, unknown>).name, 100);
      if (name !== undefined) state.sheets.push(parseSheet(value as Record<string, unknown>, name));
    }
  } else if (typeof sheets === "object" && sheets !== null) {
    for (const [name, value] of Object.entries(sheets as Record<string, unknown>)) {
      if (typeof value === "object" && value !== null && name.length <= 100) state.sheets.push(parseSheet(value as Record<string, unknown>, name));
    }
  }
  return state;
}

/**
 * The planner's work in saved settings — answers, notes, bindings, reports — without what is only a
 * view (the month step being checked): two settings with equal work lose nothing when one replaces
 * the other, so changing the step alone is no change to ask about.
 */
export function savedWork(raw: unknown): string {
  const work = parseSavedState(raw).sheets.map(({ month: _view, ...rest }) => rest);
  // A sheet the pane has only looked at (nothing bound, answered or reported) holds no work.
  return JSON.stringify(work.filter((sheet) => Object.keys(sheet.bindings).length > 0 || Object.keys(sheet.answers).length > 0 || sheet.report !== undefined));
}

/** Whether saved settings hold an answer the planner gave: a status chosen or a note written. */
export function hasAnswers(raw: unknown): boolean {
  return parseSavedState(raw).sheets.some((sheet) => Object.values(sheet.answers).some((a) => a.status !== "unanswered" || a.note !== ""));
}

/**
 * Which saved entry belongs to this sheet: the one with its id and name; else the one saved under its
 * name (an older file, or a workbook whose ids changed on reopening); else the one with its id (the
 * sheet was renamed). -1 when none does.
 */
export function findSheetState(state: SavedState, sheet: SheetRef): number {
  const both = state.sheets.findIndex((s) => s.id === sheet.id && s.name === sheet.name);
  if (both >= 0) return both;
  const byName = state.sheets.findIndex((s) => sameSheetName(s.name, sheet.name));
  if (byName >= 0) return byName;
  return state.sheets.findIndex((s) => s.id !== undefined && s.id === sheet.id);
}

/**
 * The sheets that may be the report sheet `report` names, likeliest first: the one with its id and
 * name; the one with its name (ids changed: the workbench numbers its sheets afresh on each load and
 * gives a deleted sheet's number to the next one added); the one with its id (renamed). An id alone
 * is no proof: the caller takes the first that still holds a report (pane-actions.ts reportSheets).
 */
export function reportCandidates(report: SheetRef, sheets: readonly SheetRef[]): SheetRef[] {
  const both = sheets.find((s) => s.id === report.id && s.name === report.name);
  const byName = sheets.find((s) => sameSheetName(s.name, report.name));
  const byId = sheets.find((s) => s.id === report.id);
  return [...new Set([both, byName, byId])].filter((s): s is SheetRef => s !== undefined);
}

/** The state with each saved report `was` kept as the sheet it is `now` (renamed, or under a new id). */
export function withReportsMoved(state: SavedState, moves: readonly { was: SheetRef; now: SheetRef }[]): SavedState {
  const now = (report: SheetRef) => moves.find(({ was }) => was.id === report.id && was.name === report.name)?.now;
  return { ...state, sheets: state.sheets.map((s) => (s.report && now(s.report) ? { ...s, report: { ...now(s.report)! } } : s)) };
}

/** This sheet's state, under its current id and name (a renamed sheet keeps its answers). */
export function sheetStateOf(state: SavedState, sheet: SheetRef): SheetState {
  const found = state.sheets[findSheetState(state, sheet)];
  return found ? { ...found, id: sheet.id, name: sheet.name } : emptySheetState(sheet);
}

/** The state with this sheet's entry replaced (or added), keyed by its current id and name. */
export function withSheetState(state: SavedState, sheet: SheetRef, next: SheetState): SavedState {
  const index = findSheetState(state, sheet);
  const entry = { ...next, id: sheet.id, name: sheet.name };
  const sheets = index >= 0 ? state.sheets.map((s, i) => (i === index ? entry : s)) : [...state.sheets, entry];
  return { ...state, sheets };
}

/**
 * Where a binding points now: the sheet of the name it was bound with, if there is one (ids are
 * only a way to follow a rename: Excel does not promise them across every reopening); else the
 * sheet with its id, under the name it has now (renamed); else the name of the sheet it lost.
 */
export function resolveBinding(binding: Binding, sheets: readonly SheetRef[]): { address: string } | { missing: string } {
  let bound: { sheet: string; cells: string };
  try {
    bound = splitAddress(binding.address);
  } catch {
    return { missing: binding.address };
  }
  const byName = sheets.find((s) => sameSheetName(s.name, bound.sheet));
  const sheet = byName ?? (binding.sheetId !== undefined ? sheets.find((s) => s.id === binding.sheetId) : undefined);
  return sheet ? { address: joinAddress(sheet.name, bound.cells) } : { missing: bound.sheet };
}

/**
 * The bindings with each followed rename written in: the address under the sheet's name now and its
 * id, so the next read finds it by name again (and a new sheet taking the old name is not mistaken
 * for it). Undefined when nothing changed.
 */
export function followedBindings(
  bindings: SheetState["bindings"],
  now: Partial<Record<BindingKey, string>>,
  sheets: readonly SheetRef[],
): SheetState["bindings"] | undefined {
  let changed = false;
  const next: SheetState["bindings"] = { ...bindings };
  for (const key of BINDING_KEYS) {
    const binding = bindings[key];
    const address = now[key];
    if (!binding || address === undefined) continue;
    const sheet = sheets.find((s) => sameSheetName(s.name, splitAddress(address).sheet));
    if (address === binding.address && (sheet === undefined || sheet.id === binding.sheetId)) continue;
    next[key] = sheet ? { address, sheetId: sheet.id } : { address };
    changed = true;
  }
  return changed ? next : undefined;
}
