/*
 * Minefield 2 as the pane shows it: the scenario's step judged from the same inputs and by the same
 * rule as the cells that show it — on a template sheet, the sheet's own cells (its budget cap, its
 * `vs cap`, its caps on the CPM history) — or, where an input is missing or refused, no verdict
 * but which input it is and why.
 */
import {
  Assumptions,
  BudgetStepCheck,
  CapBand,
  checkBudgetStep,
  ComputedStep,
  DEFAULT_ASSUMPTIONS,
  describe,
  DomainError,
  formatAmount,
  isBlank,
  isDomainError,
  Language,
  MONEY,
  NumberRule,
  PRICE,
  readChecked,
} from "../core";
import { OVER_CAP, WITHIN_CAP } from "../template/planner";
import { isErrorText } from "./cell-reading";
import { Scenario, SheetStep, ShownCell, StepCell, StepInput } from "./scenario";
import type { UiStrings } from "./ui-strings";

/** Why minefield 2 gives no verdict: an input missing or refused, a cell showing an error, a refused assumptions table. */
export type InputProblem =
  | { kind: "missing"; input: StepInput; address?: string }
  | { kind: "text"; input: StepInput; address?: string; typed: string; reads: number }
  | { kind: "refused"; input: StepInput; error: DomainError }
  | { kind: "shows"; cell: StepCell | StepInput; address: string; shown: string }
  | { kind: "assumptions"; range?: string; error: DomainError }
  /** The step has no price per thousand impressions on this curve (RED.INCREMENTALCPM is #NUM! for it). */
  | { kind: "unpriced" };

export interface BudgetStep {
  /** The verdict, where every input is there and accepted. */
  check?: BudgetStepCheck;
  /** What keeps the check from a verdict; empty when there is one. */
  problems: InputProblem[];
  /** The assumptions the scenario's formulas read (the defaults only where it has no table of ours). */
  assumptions: Assumptions;
  /** What the CPM history's fit shows where it failed: the band of caps is then left out, said aloud. */
  bandFailed?: string;
}

/** Each input by the rule of its quantity, as the functions read it. */
const RULES: Record<StepInput, NumberRule> = { thisMonth: MONEY, proposed: MONEY, baseCpm: PRICE, baseCpa: PRICE, targetCpa: PRICE };
const INPUTS = Object.keys(RULES) as StepInput[];
/** A blank base CPM prices an index, as in the functions; every other input is needed for a verdict. */
const OPTIONAL: ReadonlySet<StepInput> = new Set(["baseCpm"]);
/** The budgets: the sheet adds them up and judges them with native formulas, which count numbers only. */
const MONEY_INPUTS: ReadonlySet<StepInput> = new Set(["thisMonth", "proposed"]);
const FIGURES: readonly Exclude<StepCell, "capCheck">[] = ["averageCpmNow", "marginalCpmNow", "marginalCpmProposed", "marginalCpaProposed", "budgetCap"];

function inputProblem(input: StepInput, value: unknown, address: string | undefined): InputProblem | undefined {
  if (isBlank(value)) return OPTIONAL.has(input) ? undefined : { kind: "missing", input, address };
  if (isErrorText(value as never)) return { kind: "shows", cell: input, address: address ?? "", shown: value as string };
  try {
    const reads = readChecked(RULES[input], value, address ?? input);
    // A budget typed as text (35万, ¥500,000) the functions read as the number it is, but the sheet's
    // year total (SUM) and its vs cap (ISNUMBER) skip text: no verdict until it is typed as a number.
    if (typeof value === "string" && MONEY_INPUTS.has(input)) return { kind: "text", input, address, typed: value, reads };
    return undefined;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { kind: "refused", input, error };
  }
}

/** A cell the sheet computed, as a number; anything else (an error, a blank, a flag) is a problem. */
function shownNumber(cell: ShownCell, name: StepCell, problems: InputProblem[]): number | undefined {
  if (typeof cell.value === "number") return cell.value;
  problems.push({ kind: "shows", cell: name, address: cell.address, shown: String(cell.value ?? "") });
  return undefined;
}

/** The sheet's figures for the step, or the problems that keep them from being figures. */
function sheetFigures(sheet: SheetStep, problems: InputProblem[]): ComputedStep {
  const figures: ComputedStep = {};
  for (const name of FIGURES) figures[name] = shownNumber(sheet[name], name, problems);
  const verdict = sheet.capCheck.value;
  if (verdict === WITHIN_CAP || verdict === OVER_CAP) figures.withinCap = verdict === WITHIN_CAP;
  else problems.push({ kind: "shows", cell: "capCheck", address: sheet.capCheck.address, shown: String(verdict ?? "") });
  if (sheet.band) {
    // An end the sheet shows as an error bounds nothing (CPMFIT's interval past what the rules accept).
    const end = (cell: ShownCell) => (typeof cell.value === "number" ? cell.value : undefined);
    figures.capBand = { pessimistic: end(sheet.band.pessimistic), optimistic: end(sheet.band.optimistic) } satisfies CapBand;
  }
  return figures;
}

/**
 * Minefield 2 on a scenario: null where it has no budgets to step between (a sheet with no budgets
 * bound); otherwise the check, or the problems that keep it from a verdict — never a verdict over
 * a missing or refused input, a refused assumptions table or a cell the sheet shows as an error.
 */
export function budgetStep(scenario: Scenario): BudgetStep | null {
  if (!scenario.template && (scenario.where.thisMonth === undefined || scenario.where.proposed === undefined)) return null;
  const problems: InputProblem[] = [];
  for (const input of INPUTS) {
    const problem = inputProblem(input, scenario.raw[input], scenario.where[input]);
    if (problem) problems.push(problem);
  }
  const table = scenario.assumptions.read;
  if (isDomainError(table)) problems.push({ kind: "assumptions", range: scenario.assumptions.range, error: table });
  const assumptions = isDomainError(table) ? { ...DEFAULT_ASSUMPTIONS } : table;
  // The sheet's cells are read only over inputs that are there: otherwise they repeat the same error.
  const computed = problems.length === 0 && scenario.computed ? sheetFigures(scenario.computed, problems) : undefined;
  const bandFailed = scenario.history?.failed;
  if (problems.length > 0) return { problems, assumptions, bandFailed };
  const check = checkBudgetStep(
    {
      thisMonth: scenario.thisMonth!,
      proposed: scenario.proposed!,
      baseCpm: scenario.baseCpm,
      baseCpa: scenario.baseCpa,
      targetCpa: scenario.targetCpa,
      elasticityBand: scenario.history?.band,
      computed,
    },
    assumptions,
  );
  // A price the functions would show as #NUM! (a step from 0 with floor_spend 0) is no verdict either.
  if (!Number.isFinite(check.incrementalCpm)) return { problems: [{ kind: "unpriced" }], assumptions, bandFailed };
  return { check, problems, assumptions, bandFailed };
}

/** Each problem in the pane's words, one sentence each. */
export function problemSentences(problems: readonly InputProblem[], u: UiStrings, language: Language): string[] {
  return problems.map((p) => {
    if (p.kind === "missing") return u.inputMissing(u.stepInputs[p.input], p.address);
    if (p.kind === "text") return u.inputAsText(u.stepInputs[p.input], p.address, p.typed, formatAmount(p.reads, p.reads % 1 === 0 ? 0 : 2));
    if (p.kind === "refused") return u.inputRefused(u.stepInputs[p.input], describe(p.error, language));
    if (p.kind === "shows") return u.cellShows(p.cell in u.stepInputs ? u.stepInputs[p.cell as StepInput] : u.stepCells[p.cell as StepCell], p.address, p.shown);
    if (p.kind === "unpriced") return u.stepUnpriced;
    return u.assumptionsRefused(p.range, describe(p.error, language));
  });
}

/** Minefield 2's evidence for the report and the card: the verdict (with why the band is missing), or why there is none. */
export function stepEvidence(step: BudgetStep, u: UiStrings, language: Language): string {
  if (!step.check) return [u.notChecked, ...problemSentences(step.problems, u, language)].join(" ");
  return step.bandFailed !== undefined ? `${step.check.verdict[language]} ${u.fitFailed(step.bandFailed)}` : step.check.verdict[language];
}
