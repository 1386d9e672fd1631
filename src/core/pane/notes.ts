import { DomainError } from "../maths/errors";
import { NOTE_LABELS, type NoteLabelWord } from "../words/check-words";
import { ARG } from "../words/arguments";

/** One note's counts: reads, engagements (likes, saves, comments) and jumps out to Tmall/Taobao/JD. */
export interface NoteCounts {
  reads: number;
  engagements: number;
  jumps: number;
}

export type NoteLabel = NoteLabelWord;

const LABELS = Object.keys(NOTE_LABELS) as NoteLabel[];

/** The label a cell shows, in any language ("hollow hot", "无效爆文"), or undefined for anything else (an error, a blank). */
export function noteLabelOf(shown: unknown): NoteLabel | undefined {
  return typeof shown === "string" ? LABELS.find((label) => Object.values(NOTE_LABELS[label]).includes(shown.trim())) : undefined;
}

export interface NoteGrade {
  label: NoteLabel;
  engagementRate: number;
  jumpRate: number;
}

export interface NoteThresholds {
  /** Engagement rate at or above which a note is hot. */
  hotRate: number;
  /** Jump rate at or above which a note's spillover is strong. */
  jumpRate: number;
}

/**
 * Excel's PERCENTILE.INC: the value at rank p · (n − 1) of the sorted values, interpolated.
 * @example percentileInc([1, 2, 3, 4], 0.75) // 3.25
 */
export function percentileInc(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

/** Engagement and jump rates of a note. @throws DomainError ZERO_READS */
export function noteRates(note: NoteCounts): { engagementRate: number; jumpRate: number } {
  if (note.reads === 0) throw new DomainError("ZERO_READS", { argument: ARG.reads });
  return { engagementRate: note.engagements / note.reads, jumpRate: note.jumps / note.reads };
}

/**
 * Thresholds from the portfolio itself (DOMAIN §5): hot = the 75th percentile of engagement rate,
 * strong spillover = the median jump rate. Notes with 0 reads take no part. A threshold given
 * by the planner replaces the computed one.
 */
export function noteThresholds(notes: readonly NoteCounts[], given: Partial<NoteThresholds> = {}): NoteThresholds {
  const rated = notes.filter((n) => n.reads > 0).map(noteRates);
  const computed = (pick: (r: { engagementRate: number; jumpRate: number }) => number, p: number) =>
    rated.length ? percentileInc(rated.map(pick), p) : NaN;
  return {
    hotRate: given.hotRate ?? computed((r) => r.engagementRate, 0.75),
    jumpRate: given.jumpRate ?? computed((r) => r.jumpRate, 0.5),
  };
}

/**
 * Labels one note against the thresholds: hot and strong spillover = effective hot; hot but weak =
 * hollow hot (minefield 3); strong but not hot = hidden converter; neither = ordinary.
 * A rate equal to its threshold meets it.
 *
 * @example gradeNote({ reads: 1000, engagements: 200, jumps: 1 }, { hotRate: 0.1, jumpRate: 0.01 }).label // "hollow hot"
 * @throws DomainError ZERO_READS
 */
export function gradeNote(note: NoteCounts, thresholds: NoteThresholds): NoteGrade {
  const { engagementRate, jumpRate } = noteRates(note);
  const hot = engagementRate >= thresholds.hotRate;
  const strong = jumpRate >= thresholds.jumpRate;
  const label: NoteLabel = hot ? (strong ? "effective hot" : "hollow hot") : strong ? "hidden converter" : "ordinary";
  return { label, engagementRate, jumpRate };
}
