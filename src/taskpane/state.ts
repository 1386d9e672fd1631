/*
 * What the pane keeps in the document: per scenario sheet, the planner's bindings, the month being
 * checked and every answer. Settings come from a file, so they are read defensively.
 */
import type { Answer, Status } from "../core";

export const BINDING_KEYS = ["stage", "thisMonth", "proposed", "baseCpm", "baseCpa", "targetCpa", "notes"] as const;
export type BindingKey = (typeof BINDING_KEYS)[number];

export interface SheetState {
  bindings: Partial<Record<BindingKey, string>>;
  /** Template sheets: the month checked (0 = January → February). */
  month: number;
  answers: Record<number, Answer>;
}

export interface SavedState {
  version: 1;
  sheets: Record<string, SheetState>;
}

const STATUSES: readonly Status[] = ["clear", "watch", "risk", "unanswered"];

export function emptySheetState(): SheetState {
  return { bindings: {}, month: 0, answers: {} };
}

/** Reads saved settings; anything malformed is dropped rather than trusted. */
export function parseSavedState(raw: unknown): SavedState {
  const state: SavedState = { version: 1, sheets: {} };
  if (typeof raw !== "object" || raw === null) return state;
  const sheets = (raw as { sheets?: unknown }).sheets;
  if (typeof sheets !== "object" || sheets === null) return state;
  for (const [name, value] of Object.entries(sheets as Record<string, unknown>)) {
    if (typeof value !== "object" || value === null) continue;
    const v = value as Record<string, unknown>;
    const sheet = emptySheetState();
    if (typeof v.month === "number" && Number.isInteger(v.month) && v.month >= 0 && v.month <= 10) sheet.month = v.month;
    if (typeof v.bindings === "object" && v.bindings !== null) {
      for (const key of BINDING_KEYS) {
        const address = (v.bindings as Record<string, unknown>)[key];
        if (typeof address === "string" && address.length < 300) sheet.bindings[key] = address;
      }
    }
    if (typeof v.answers === "object" && v.answers !== null) {
      for (const [id, answer] of Object.entries(v.answers as Record<string, unknown>)) {
        const n = Number(id);
        if (!Number.isInteger(n) || n < 1 || n > 7 || typeof answer !== "object" || answer === null) continue;
        const a = answer as Record<string, unknown>;
        sheet.answers[n] = {
          status: STATUSES.includes(a.status as Status) ? (a.status as Status) : "unanswered",
          note: typeof a.note === "string" ? a.note.slice(0, 5000) : "",
          checkedOn: typeof a.checkedOn === "string" ? a.checkedOn.slice(0, 40) : undefined,
        };
      }
    }
    state.sheets[name] = sheet;
  }
  return state;
}
