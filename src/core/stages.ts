import { DomainError } from "./errors";
import { isBlank, readNumber } from "./numbers";

/** The three lifecycle stages of DOMAIN §2, in order; a stage's position is its index + 1. */
export const STAGES = [
  { id: "cold-start", position: 1, aliases: ["coldstart", "cold", "冷启动", "冷启动期"] },
  { id: "growth", position: 2, aliases: ["growth", "grow", "成长", "成长期"] },
  { id: "mature", position: 3, aliases: ["mature", "maturity", "成熟", "成熟期"] },
] as const;

export type StageId = (typeof STAGES)[number]["id"];

/** Case-, space-, hyphen- and underscore-insensitive: "Cold Start", "cold-start", "COLD_START" match. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\-_]+/g, "");
}

const BY_ALIAS = new Map<string, number>(STAGES.flatMap((s) => s.aliases.map((a) => [normalise(a), s.position])));

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
