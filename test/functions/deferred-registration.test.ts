/*
 * The functions whose code comes after functions.js (issue 27: the modules of catalog/lists/, the lists chunk):
 * registered at once, a call before their code arrives waits for it and answers what the function
 * answers; once it is here a call answers at once; a chunk that cannot be fetched is #N/A saying so,
 * and the next call fetches again. The registration splits the registry by each module's folder
 * (catalog/lists/ for these).
 */
import fs from "fs";
import path from "path";
import { register, type CustomFunction } from "../../src/functions/custom-function";
import { CATALOG, DECLARATIONS } from "../../src/functions/catalog";
import { AT_ONCE, DEFERRED_IDS } from "../../src/functions/registration";
import { associated } from "../../src/spreadsheet/custom-functions-runtime";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is the build's own CommonJS script
const { CATALOG_DIR, LISTS, idOf } = require("../../scripts/catalog-index") as { CATALOG_DIR: string; LISTS: string; idOf: (file: string) => string };

const column = (values: unknown[]) => values.map((v) => [v]);
const ALLOCATE_ARGS = [[[1_000_000]], column(["notes", "live"]), column([40, 60])];
const SWEEP_ARGS = [column([100_000, 200_000]), column(["notes", "live"]), column([40, 60])];
/** What the functions answer when called directly, with their code loaded. */
const direct = (id: string, args: unknown[]) => DECLARATIONS[id].entry(...args);

/** A load of `functions` that arrives when `release` is called (or fails when `fail` is). */
function controlledLoad(functions: readonly CustomFunction[]) {
  let calls = 0;
  let settle: { release: () => void; fail: () => void } | undefined;
  const load = () => {
    calls++;
    return new Promise<readonly CustomFunction[]>((resolve, reject) => {
      settle = { release: () => resolve(functions), fail: () => reject(new Error("Loading chunk lists failed.")) };
    });
  };
  return { load, calls: () => calls, release: () => settle?.release(), fail: () => settle?.fail() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("functions whose code comes later (lists.js)", () => {
  it("are registered at once, and a call before the code arrives waits for it and answers as the function does", async () => {
    const chunk = controlledLoad([DECLARATIONS.ALLOCATE, DECLARATIONS.SWEEP]);
    register([], { ids: ["ALLOCATE", "SWEEP"], load: chunk.load });
    expect(associated.has("ALLOCATE") && associated.has("SWEEP")).toBe(true);
    await tick();
    expect(chunk.calls()).toBe(1); // fetched at registration, not at the first call
    const waiting = associated.get("ALLOCATE")!(...ALLOCATE_ARGS);
    expect(waiting).toBeInstanceOf(Promise);
    chunk.release();
    expect(await waiting).toEqual(direct("ALLOCATE", ALLOCATE_ARGS));
    // Arrived: the next calls answer at once, not as promises.
    const now = associated.get("SWEEP")!(...SWEEP_ARGS);
    expect(now).not.toBeInstanceOf(Promise);
    expect(now).toEqual(direct("SWEEP", SWEEP_ARGS));
    expect(chunk.calls()).toBe(1);
  });

  it("answer #N/A saying the code did not arrive when it cannot be fetched, and fetch again on the next call", async () => {
    const chunk = controlledLoad([DECLARATIONS.ALLOCATE]);
    register([], { ids: ["ALLOCATE"], load: chunk.load });
    await tick();
    const failed = associated.get("ALLOCATE")!(...ALLOCATE_ARGS) as Promise<unknown>;
    chunk.fail();
    await expect(failed).rejects.toMatchObject({ code: "#N/A", message: expect.stringContaining("code did not arrive") });
    const retried = associated.get("ALLOCATE")!(...ALLOCATE_ARGS) as Promise<unknown>;
    await tick();
    expect(chunk.calls()).toBe(2);
    chunk.release();
    expect(await retried).toEqual(direct("ALLOCATE", ALLOCATE_ARGS));
  });

  it("keeps a function's own error: a bad argument is the function's #VALUE!, not a loading error", async () => {
    const chunk = controlledLoad([DECLARATIONS.ALLOCATE]);
    register([], { ids: ["ALLOCATE"], load: chunk.load });
    const bad = [[["lots"]], ...ALLOCATE_ARGS.slice(1)];
    const waiting = associated.get("ALLOCATE")!(...bad) as Promise<unknown>;
    await tick();
    chunk.release();
    let expected: unknown;
    try {
      direct("ALLOCATE", bad);
    } catch (error) {
      expected = error;
    }
    expect(expected).toMatchObject({ code: "#VALUE!" });
    await expect(waiting).rejects.toEqual(expected);
  });
});

describe("the registration (src/functions/registration.ts, generated)", () => {
  it("registers every function of the registry once: those of functions.js and those whose module is in catalog/lists/", () => {
    const ids = [...AT_ONCE.map((f) => f.id), ...DEFERRED_IDS];
    expect([...ids].sort()).toEqual(CATALOG.map((f) => f.id).sort());
    const inLists = fs.readdirSync(path.join(CATALOG_DIR, LISTS)).map(idOf);
    expect([...DEFERRED_IDS].sort()).toEqual(inLists.sort());
  });

  it("defers the list functions and the long texts (STAGEPLAN, REDDEFAULTS), so functions.js carries the cell-wise ones and SPILLSPLIT", () => {
    expect([...DEFERRED_IDS].sort()).toEqual(["ALLOCATE", "ASSETLADDER", "CPMFIT", "FLIGHTPLAN", "HOTNOTES", "REDDEFAULTS", "REQUIREDBUDGET", "STAGEPLAN", "SWEEP"]);
    register(AT_ONCE);
    expect(associated.get("SPILLSPLIT")!([["growth"]], [[500000]])).toEqual([[250000, 250000]]);
  });
});
