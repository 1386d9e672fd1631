/*
 * The budget minefields of DOMAIN §4, minefield 3's check of the notes and the report finance
 * files (minefield 2's check is budget-step-check.ts, minefield 6's owned-users-check.ts). Pure: the pane reads the workbook, these
 * functions decide.
 */
import { inEveryLanguage, inEveryLanguageOnFirstUse, Language } from "../words/language";
import { gradeNote, NoteCounts, NoteLabel, noteThresholds } from "./notes";
import { CHECK_WORDS, MinefieldId, STATUS_LABELS, StatusWord } from "../words/check-words";

export type Status = StatusWord;

export type MinefieldKind = "budgetStep" | "notes" | "closedLoop" | "ownedUsers" | "confirm";

export interface Minefield {
  id: MinefieldId;
  kind: MinefieldKind;
  title: Record<Language, string>;
  /** The trap, with its facts and figures (DOMAIN §4), in our words. */
  trap: Record<Language, string>;
  /** What the planner is asked to confirm or plan. */
  question: Record<Language, string>;
}

const KINDS: Record<MinefieldId, MinefieldKind> = { 1: "closedLoop", 2: "budgetStep", 3: "notes", 4: "closedLoop", 5: "confirm", 6: "ownedUsers", 7: "confirm" };

export const MINEFIELDS: readonly Minefield[] = ([1, 2, 3, 4, 5, 6, 7] as const).map((id) => ({
  id,
  kind: KINDS[id],
  title: inEveryLanguageOnFirstUse((l) => CHECK_WORDS[l].minefields[id].title),
  trap: inEveryLanguageOnFirstUse((l) => CHECK_WORDS[l].minefields[id].trap),
  question: inEveryLanguageOnFirstUse((l) => CHECK_WORDS[l].minefields[id].question),
}));

export interface NamedNote extends NoteCounts {
  name: string;
}

export interface NotesCheck {
  status: Status;
  hollowHot: string[];
  hiddenConverters: string[];
  graded: number;
  summary: Record<Language, string>;
}

/** A note with the label it was given: by HOTNOTES on the Notes sheet, or by gradeNote. */
export interface LabelledNote {
  name: string;
  label: NoteLabel;
}

/**
 * Minefield 3 on the notes table: the hollow hot notes (hot, weak spillover) are a risk; hidden
 * converters (not hot, strong spillover) are worth watching as sales-note material. The notes are
 * graded against the thresholds of the notes with reads (DOMAIN §5).
 */
export function checkNotes(notes: readonly NamedNote[]): NotesCheck {
  return checkLabelledNotes(labelNotes(notes));
}

/** Each note with reads, labelled against the thresholds of those notes (DOMAIN §5), as HOTNOTES labels them. */
export function labelNotes(notes: readonly NamedNote[]): LabelledNote[] {
  const rated = notes.filter((n) => n.reads > 0);
  const thresholds = noteThresholds(rated);
  return rated.map((n) => ({ name: n.name, label: gradeNote(n, thresholds).label }));
}

/**
 * Minefield 3 on notes already labelled — the Notes sheet's own labels, so the pane's verdict is
 * the sheet's: risk with a hollow hot note, watch with a hidden converter, else clear.
 */
export function checkLabelledNotes(notes: readonly LabelledNote[]): NotesCheck {
  const hollowHot = notes.filter((n) => n.label === "hollow hot").map((n) => n.name);
  const hiddenConverters = notes.filter((n) => n.label === "hidden converter").map((n) => n.name);
  const status: Status = notes.length === 0 ? "unanswered" : hollowHot.length ? "risk" : hiddenConverters.length ? "watch" : "clear";
  return {
    status,
    hollowHot,
    hiddenConverters,
    graded: notes.length,
    summary: inEveryLanguage((l) => CHECK_WORDS[l].notesSummary({ graded: notes.length, hollowHot: hollowHot.length, hiddenConverters: hiddenConverters.length })),
  };
}

export interface Answer {
  status: Status;
  note: string;
  /** ISO date the planner last changed this answer. */
  checkedOn?: string;
}

export const REPORT_SHEET: Record<Language, string> = inEveryLanguageOnFirstUse((l) => CHECK_WORDS[l].reportSheet);

/**
 * The report finance files: a header row, then one row per minefield with its status, the
 * evidence (the live check's numbers where there is one) and the planner's note.
 */
export function reportTable(
  answers: Readonly<Record<number, Answer | undefined>>,
  evidence: Readonly<Record<number, string | undefined>>,
  language: Language,
): string[][] {
  return [
    [...CHECK_WORDS[language].reportHeader],
    ...MINEFIELDS.map((m) => {
      const answer = answers[m.id];
      return [
        `${m.id}. ${m.title[language]}`,
        STATUS_LABELS[answer?.status ?? "unanswered"][language],
        evidence[m.id] ?? "",
        answer?.note ?? "",
        answer?.checkedOn ?? "",
      ];
    }),
  ];
}
