import { DomainError } from "./errors";
import { isBlank, readNumber } from "./numbers";
import { StageId, wordReader } from "../words/typed-words";
import { ARG } from "../words/arguments";

/** The three lifecycle stages of DOMAIN §2, in order; a stage's position is its index + 1. */
export const STAGES: readonly { id: StageId; position: number }[] = [
  { id: "cold-start", position: 1 },
  { id: "growth", position: 2 },
  { id: "mature", position: 3 },
];

// Every language's names of the stages (typed-words.ts), as typed by a planner: "Cold Start",
// "cold-start", "COLD_START" and "冷启动期" all match.
const stageNamed = wordReader((w) => w.stages, { loose: true });
const POSITION = new Map<StageId, number>(STAGES.map((s) => [s.id, s.position]));

/**
 * Reads a stage as its position from 1 (cold start) to 3 (mature). A number strictly between two
 * stages is a brand moving from one to the next, kept as a fraction (1.5 = halfway to growth).
 *
 * @example stagePosition("成长期") // 2
 * @example stagePosition(1.5) // 1.5
 * @throws DomainError UNKNOWN_STAGE for text that is no stage, STAGE_OUT_OF_RANGE outside [1, 3]
 */
export function stagePosition(value: unknown, argument: string = ARG.stage): number {
  const named = isBlank(value) ? undefined : stageNamed(value);
  if (named !== undefined) return POSITION.get(named) as number;
  let position: number;
  try {
    position = readNumber(value, argument);
  } catch {
    throw new DomainError("UNKNOWN_STAGE", { argument, value });
  }
  if (position < 1 || position > 3) throw new DomainError("STAGE_OUT_OF_RANGE", { argument, value });
  return position;
}
