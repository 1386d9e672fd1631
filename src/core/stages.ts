import { DomainError } from "./errors";
import { isBlank, readNumber } from "./numbers";
import { spellings, StageId } from "./typed-words";

/** The three lifecycle stages of DOMAIN §2, in order; a stage's position is its index + 1. */
export const STAGES: readonly { id: StageId; position: number }[] = [
  { id: "cold-start", position: 1 },
  { id: "growth", position: 2 },
  { id: "mature", position: 3 },
];

/** Case-, space-, hyphen- and underscore-insensitive: "Cold Start", "cold-start", "COLD_START" match. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\-_]+/g, "");
}

// Every language's names of the stages (typed-words.ts), as typed by a planner.
const POSITION = new Map<StageId, number>(STAGES.map((s) => [s.id, s.position]));
const BY_ALIAS = new Map<string, number>(spellings((w) => w.stages).map(([name, id]) => [normalise(name), POSITION.get(id) as number]));

/**
 * Reads a stage as its position from 1 (cold start) to 3 (mature). A number strictly between two
 * stages is a brand moving from one to the next, kept as a fraction (1.5 = halfway to growth).
 *
 * @example stagePosition("成长期") // 2
 * @example stagePosition(1.5) // 1.5
 * @throws DomainError UNKNOWN_STAGE for text that is no stage, STAGE_OUT_OF_RANGE outside [1, 3]
 */
export function stagePosition(value: unknown, argument = "stage"): number {
  if (typeof value === "string" && !isBlank(value)) {
    const known = BY_ALIAS.get(normalise(value));
    if (known !== undefined) return known;
  }
  let position: number;
  try {
    position = readNumber(value, argument);
  } catch {
    throw new DomainError("UNKNOWN_STAGE", { argument, value });
  }
  if (position < 1 || position > 3) throw new DomainError("STAGE_OUT_OF_RANGE", { argument, value });
  return position;
}
