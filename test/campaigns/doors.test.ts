/*
 * One rule per domain quantity, the same at every door: the same values sent through a function
 * argument (the vector runner's fast path for numbers, its reader for text), a whole or per-line
 * argument, the assumptions table, and the task pane's own inputs (a scenario cell it reads, the
 * target it is typed) are accepted or refused alike. A function door refuses with the rule's own
 * message for its argument; the table with ASSUMPTION_OUT_OF_RANGE; the pane by leaving it unread.
 * And every number argument of every registered function (test/support/registry.ts) is a door of
 * its quantity's rule, so a function added later is held to it without editing this file.
 */
import fc from "fast-check";
import {
  checkLine,
  COUNT,
  CPM_ELASTICITY,
  CVR_ELASTICITY,
  describe as word,
  DomainError,
  elasticitiesAgree,
  isDomainError,
  MONEY,
  NumberRule,
  PRICE,
  readAssumptions,
  readChecked,
  ruleAccepts,
  typedTarget,
} from "../../src/core";
import { setLanguage, setWordEveryError } from "../../src/functions/boundary";
import { ruleOf } from "../../src/functions/declarations";
import { callWith, loadEntryPoints, reached, REGISTERED } from "../support/registry";
import { RED } from "../support/functions";
import { CellValue, SheetRef, WorkbookHost } from "../../src/taskpane/host";
import { notesFromRows } from "../../src/taskpane/history-notes";
import { readScenario } from "../../src/taskpane/scenario";
import { emptySheetState } from "../../src/taskpane/state";

const none = null as never;

beforeAll(() => {
  setLanguage("en");
  setWordEveryError(true); // every error worded, #NUM! included, so a refusal can be told by its words
});
afterAll(() => {
  setLanguage(undefined);
  setWordEveryError(false);
});

/** Values at and around every rule's edges, as numbers and as the text a planner may type. */
const EDGES = [-1e300, -1, -0.5, -1e-9, -0, 0, 5e-324, 1e-9, 0.05, 0.5, 0.99, 1 - 1e-16, 1, 1 + 1e-15, 3, 20_000, 200_000, 1e13, 1e13 + 2, 2e13, 1e300];
const number = fc.oneof(fc.constantFrom(...EDGES), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const value: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: number.map((n) => String(n)) },
  { weight: 1, arbitrary: fc.constantFrom("500,000", " 0 ", "-3", "abc", "1e5", "TRUE") },
);

/** The message a door taking `argument` by `rule` refuses `raw` with, or undefined when the rule accepts it. */
function refusal(rule: NumberRule, raw: unknown, argument: string): string | undefined {
  try {
    readChecked(rule, raw, argument);
    return undefined;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return word(error, "en");
  }
}

/** The messages of a call's errors: thrown, or in any of its cells. */
function messages(call: () => unknown): string[] {
  try {
    const result = call() as unknown[][];
    return result.flat().flatMap((cell) => (cell instanceof CustomFunctions.Error ? [cell.message ?? ""] : []));
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return [error.message ?? ""];
    throw error;
  }
}

/** True when the door refuses `raw` as the rule does (its words for `argument`); false when it takes it. */
function refusedByRule(rule: NumberRule, raw: unknown, argument: string, call: () => unknown): boolean {
  const expected = refusal(rule, raw, argument);
  const got = messages(call);
  if (expected !== undefined && !got.includes(expected)) throw new Error(`${argument} ${String(raw)}: expected "${expected}", got ${JSON.stringify(got)}`);
  return expected !== undefined;
}

/** A task pane host with one sheet whose cells B1… hold the scenario's bound inputs. */
function boundHost(cells: Record<string, CellValue>): { host: WorkbookHost; state: ReturnType<typeof emptySheetState> } {
  const sheet: SheetRef = { id: "1", name: "Plan" };
  const keys = Object.keys(cells);
  const state = emptySheetState(sheet);
  keys.forEach((key, i) => (state.bindings[key as keyof typeof state.bindings] = { address: `Plan!B${i + 1}` }));
  const host = {
    kind: "workbench",
    sheets: async () => [sheet],
    readRanges: async (addresses: readonly string[]) =>
      addresses.map((address) => {
        if (/A1:[A-Z]100$/.test(address)) return [[null, null]]; // not a template sheet
        const row = Number(/B(\d+)$/.exec(address)![1]) - 1;
        return [[cells[keys[row]]]];
      }),
  } as unknown as WorkbookHost;
  return { host, state };
}

async function paneReads(key: "thisMonth" | "proposed" | "baseCpm" | "baseCpa" | "targetCpa", raw: number | string): Promise<boolean> {
  const { host, state } = boundHost({ [key]: raw });
  const scenario = await readScenario(host, "Plan", state);
  return scenario[key] !== undefined;
}

const RUNS = { numRuns: 400 };

describe("money: budgets, spends and bounds", () => {
  it("is accepted or refused alike by SPILLSPLIT, AVGCPM, ALLOCATE's budget and maxSpend, floor_spend and the pane", async () => {
    await fc.assert(
      fc.asyncProperty(value, async (raw) => {
        const refused = refusal(MONEY, raw, "budget") !== undefined;
        expect(refusedByRule(MONEY, raw, "budget", () => RED.SPILLSPLIT([["growth"]], [[raw]]))).toBe(refused);
        expect(refusedByRule(MONEY, raw, "spend", () => RED.AVGCPM([[raw]]))).toBe(refused);
        expect(refusedByRule(MONEY, raw, "budget", () => RED.ALLOCATE(raw, [["A"]], [[30]]))).toBe(refused);
        expect(refusedByRule(MONEY, raw, "maxSpend", () => RED.ALLOCATE(0, [["A"]], [[30]], none, none, none, [[raw]]))).toBe(refused);
        expect(tableRefuses("floor_spend", raw)).toBe(refused);
        expect(await paneReads("thisMonth", raw)).toBe(!refused);
        expect(await paneReads("proposed", raw)).toBe(!refused);
      }),
      RUNS,
    );
  });
});

describe("prices: base and target CPM/CPA", () => {
  it("are accepted or refused alike by MARGINALCPA, ALLOCATE's baseCPA, REQUIREDBUDGET's marginal-CPA target, ref_spend and the pane", async () => {
    await fc.assert(
      fc.asyncProperty(value, async (raw) => {
        const refused = refusal(PRICE, raw, "baseCPA") !== undefined;
        expect(refusedByRule(PRICE, raw, "baseCPA", () => RED.MARGINALCPA([[200_000]], [[raw]]))).toBe(refused);
        expect(refusedByRule(PRICE, raw, "baseCPA", () => RED.ALLOCATE(0, [["A"]], [[raw]]))).toBe(refused);
        const target = () => RED.REQUIREDBUDGET(raw, [["A"]], [[30]], none, none, none, [[1000]], none, "marginal-cpa");
        expect(refusedByRule(PRICE, raw, "target", target)).toBe(refused);
        expect(tableRefuses("ref_spend", raw)).toBe(refused);
        for (const key of ["baseCpm", "baseCpa", "targetCpa"] as const) expect(await paneReads(key, raw)).toBe(!refused);
        expect(typedTarget(String(raw), "marginal-cpa", undefined) !== undefined).toBe(!refused);
        if (typeof raw === "number") expect(typedTarget("", "marginal-cpa", raw) !== undefined).toBe(!refused);
      }),
      RUNS,
    );
  });
});

describe("counts: reads, engagements, jumps and a conversions target", () => {
  it("are accepted or refused alike by HOTNOTES, REQUIREDBUDGET's conversions target, the pane's notes and its target box", () => {
    fc.assert(
      fc.property(value, (raw) => {
        const refused = refusal(COUNT, raw, "reads") !== undefined;
        expect(refusedByRule(COUNT, raw, "engagements", () => RED.HOTNOTES([[100]], [[raw]], [[1]], 0.1, 0.1))).toBe(refused);
        const target = () => RED.REQUIREDBUDGET(raw, [["A"]], [[30]], none, none, none, [[1000]]);
        expect(refusedByRule(COUNT, raw, "target", target)).toBe(refused);
        expect(notesFromRows([["note", 100, raw, 1]]).length).toBe(refused ? 0 : 1);
        expect(typedTarget(String(raw), "conversions", undefined) !== undefined).toBe(!refused);
      }),
      RUNS,
    );
  });
});

describe("elasticities and their pair rule", () => {
  const elasticity = fc.oneof(fc.constantFrom(-1, -0.999, -0.5, 0, 0.053, 0.367, 0.5, 0.999, 1 - 1e-16, 1, 1.5), fc.double({ min: -1.5, max: 1.5, noNaN: true }));

  /** The code a line with these elasticities is refused with by the core's one line check, if any. */
  function lineRefusal(e: number, g: number): string | undefined {
    try {
      checkLine({ name: "A", baseCpa: 30, cpmElasticity: e, cvrElasticity: g, minSpend: 0, maxSpend: Infinity });
      return undefined;
    } catch (error) {
      return (error as DomainError).code;
    }
  }

  it("are accepted or refused alike by the assumptions table (readAssumptions, AVGCPM's assumptions) and a line's own columns (ALLOCATE)", () => {
    fc.assert(
      fc.property(elasticity, elasticity, (e, g) => {
        let table: DomainError | undefined;
        try {
          readAssumptions([["cpm_elasticity", e], ["cvr_elasticity", g]]);
        } catch (error) {
          table = error as DomainError;
        }
        const refused = !(ruleAccepts(CPM_ELASTICITY, e) && ruleAccepts(CVR_ELASTICITY, g) && elasticitiesAgree(e, g));
        expect(table?.code).toBe(refused ? "ASSUMPTION_OUT_OF_RANGE" : undefined);
        const words = table === undefined ? undefined : word(table, "en");
        expect(messages(() => RED.AVGCPM([[200_000]], none, [["cpm_elasticity", e], ["cvr_elasticity", g]])).includes(words as string)).toBe(refused);
        // A line also needs a curve that gets dearer (e > g); past that, the table's rules.
        const line = lineRefusal(e, g);
        if (refused) expect(line).toBe("ASSUMPTION_OUT_OF_RANGE");
        else expect(line).toBe(e > g ? undefined : "LINE_DOES_NOT_SATURATE");
        const fn = messages(() => RED.ALLOCATE(1000, [["A"]], [[30]], [[e]], [[g]]));
        expect(fn.length > 0).toBe(line !== undefined);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * True when the assumptions table refuses `raw` for `key`, both read by the core and passed to a
 * function (AVGCPM's assumptions), which refuses it with the same words.
 */
function tableRefuses(key: string, raw: unknown): boolean {
  let refused: DomainError | undefined;
  try {
    readAssumptions([[key, raw]]);
  } catch (error) {
    refused = error as DomainError;
  }
  const got = messages(() => RED.AVGCPM([[200_000]], none, [[key, raw]]));
  expect(refused === undefined || got.includes(word(refused, "en"))).toBe(true);
  if (refused === undefined) expect(got.filter((m) => m.startsWith("assumptions"))).toEqual([]);
  return refused !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Every registered function, from its declaration: a function added later is covered here.

describe.each(REGISTERED.map((f) => [f.id, f] as const))("%s: each number argument is a door of its quantity's rule", (_id, f) => {
  beforeAll(loadEntryPoints);
  const numbers = f.declaration.parameters.flatMap((p, i) => {
    const rule = ruleOf(p);
    return rule ? [[p.name, rule, i] as const] : [];
  });
  if (numbers.length === 0) return void it("reads no number", () => expect(numbers).toEqual([]));

  it.each(numbers)("%s refuses what its rule refuses, in the rule's words, and reads what it accepts as the rule reads it", (name, rule, i) => {
    fc.assert(
      fc.property(value, (raw) => {
        const call = () => reached(f.id, callWith(f, i, raw));
        if (refusedByRule(rule, raw, name, call)) return;
        // Accepted: the call gives what it gives for the number the rule reads.
        expect(codesOf(call())).toEqual(codesOf(reached(f.id, callWith(f, i, readChecked(rule, raw, name)))));
      }),
      { numRuns: 150 },
    );
  });
});

/** A result with each error as its code and words, so two results compare by what Excel shows. */
function codesOf(result: unknown[][]): unknown[][] {
  return result.map((row) => row.map((cell) => (cell instanceof CustomFunctions.Error ? `${cell.code} ${cell.message ?? ""}` : cell)));
}
