/*
 * CONTRIBUTING.md's steps for a new function, followed literally on a throwaway one: a core
 * function that checks its inputs with the shared rules and fails in one way (DomainError), then
 * ONE module as the guide writes it — its parameters with help in every language, a module-level
 * kernel that catches nothing, `cellwiseFunction` (customFunction with `perCell` and `cellwise`) — registered the way
 * the registry is (register, CustomFunctions.associate), and, saved as red-cpmat.ts beside the
 * catalog's modules, listed by the generated registry with no edit (step 3). The runner alone must then keep the
 * blank, error and shape rules: a blank cell is blank in its own result cell, a refused cell is
 * its own error, a core error in one cell stays in that cell, the result broadcasts as Excel's
 * arrays do and is the size its declaration reserves; its functions.json entry comes from the
 * module; and the registry's own campaigns (test/support/registry.ts) pass on it.
 */
import { build } from "esbuild";
import fs from "fs";
import os from "os";
import path from "path";
import { Assumptions, averageCpm, checkRule, DomainError, MONEY, PRICE } from "../../src/core";
import { cellwiseFunction, register } from "../../src/functions/custom-function";
import { required } from "../../src/functions/declarations";
import { functionMetadata } from "../../src/functions/metadata";
import { associated } from "../../src/workbench/custom-functions-runtime";
import { codes, thrown } from "../support/cells";
import { callWith, enter, reached, ROW, ROWS, validCall } from "../support/registry";

// Step 1, the core: clean numbers in, the answer out; it fails only by DomainError.
/** The most spend CPMAT's curve is trusted for (a limit of the core, not of the reader). */
const MEASURED_UP_TO = 1e9;

/** Average CPM at a spend for a measured base CPM; refuses spends beyond where the curve was measured. */
function cpmAt(spend: number, baseCpm: number, a: Assumptions): number {
  checkRule(MONEY, spend, "spend");
  checkRule(PRICE, baseCpm, "baseCPM");
  if (spend > MEASURED_UP_TO) throw new DomainError("TOO_LARGE", { argument: "spend", value: spend, limit: MEASURED_UP_TO });
  return averageCpm(spend, baseCpm, a);
}

// Step 2, its module (src/functions/catalog/red-cpmat.ts): parameters, kernel, declaration and computation.
const spend = required("spend", "money", { en: "Monthly spend: one cell or a range.", zh: "月度预算：单个单元格或区域。" });
const baseCPM = required("baseCPM", "price", { en: "Your measured CPM at the reference spend.", zh: "你在参考预算下实测的 CPM。" });
const CELLS = [spend, baseCPM];

/** The loop of the guide: the core once per slot, catching nothing. */
function kernel([s, base]: readonly Float64Array[], [out]: readonly Float64Array[], a: Assumptions): void {
  for (let i = 0; i < out.length; i++) out[i] = cpmAt(s[i], base[i], a);
}

export const CPMAT = cellwiseFunction({
  id: "CPMAT",
  description: { en: "Average CPM at a spend, within the spends the curve was measured at.", zh: "某预算下的平均 CPM，限于曲线实测过的预算范围。" },
  cells: CELLS,
  returns: { en: "Average cost per 1,000 impressions.", zh: "每千次曝光的平均成本。" },
  kernel,
});

// Step 3 is automatic: the registry is generated from the catalog folder (see "is listed by the generated registry").
register([CPMAT]);
const cpmAtFn = (...args: unknown[]) => associated.get("CPMAT")!(...args) as unknown[][];

const alone = (s: number, base: number) => averageCpm(s, base);

describe("a function added by CONTRIBUTING.md's steps, with a kernel that catches nothing", () => {
  it("is registered under its id, and its functions.json entry comes from the module in every language", () => {
    expect(associated.get("CPMAT")).toBe(CPMAT.entry);
    const en = functionMetadata(CPMAT, "en");
    expect(en.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional])).toEqual([
      ["spend", "any", "matrix", undefined],
      ["baseCPM", "any", "matrix", undefined],
      ["assumptions", "any", "matrix", true],
    ]);
    expect(functionMetadata(CPMAT, "zh").description).toBe("某预算下的平均 CPM，限于曲线实测过的预算范围。");
    expect(functionMetadata(CPMAT, "zh").parameters[1].description).toBe("你在参考预算下实测的 CPM。");
    expect(() => functionMetadata({ ...CPMAT, description: { en: "Average CPM.", zh: " " } }, "zh")).toThrow("CPMAT has no zh-CN description");
  });

  it("a blank cell gives a blank in that cell only (RED.CPMAT({1000;2000},{80;\"\"}))", () => {
    expect(cpmAtFn([[1000], [2000]], [[80], [""]])).toEqual([[alone(1000, 80)], [""]]);
    expect(cpmAtFn([[1000], [null], [3000]], [[80]])).toEqual([[alone(1000, 80)], [""], [alone(3000, 80)]]);
  });

  it.each([
    ["text", "abc", "#VALUE!"],
    ["TRUE", true, "#VALUE!"],
    ["a negative spend", -1, "#NUM!"],
  ])("a refused cell (%s) is that cell's error only", (_what, bad, code) => {
    expect(codes(cpmAtFn([[1000], [bad], [3000]], [[80]]))).toEqual([[alone(1000, 80)], [code], [alone(3000, 80)]]);
  });

  it("a refused base (0, text) is that cell's error only", () => {
    expect(codes(cpmAtFn([[1000], [2000], [3000]], [[80], [0], ["abc"]]))).toEqual([[alone(1000, 80)], ["#NUM!"], ["#VALUE!"]]);
  });

  it("an error value passed in is that cell's error only", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(codes(cpmAtFn([[1000], [na]], [[80]]))).toEqual([[alone(1000, 80)], ["#N/A"]]);
  });

  it("a core error in one cell is that cell's error, the others computed", () => {
    const result = codes(cpmAtFn([[1000], [2e9], [3000], [5e9]], [[80]]));
    expect(result).toEqual([[alone(1000, 80)], ["#NUM!"], [alone(3000, 80)], ["#NUM!"]]);
    // After cells the runner decided, a core error still lands in its own cell.
    expect(codes(cpmAtFn([[""], ["abc"], [2e9], [1000]], [[80]]))).toEqual([[""], ["#VALUE!"], ["#NUM!"], [alone(1000, 80)]]);
    // Blanks, refusals and core errors side by side, each in its own cell.
    expect(codes(cpmAtFn([[1000, 2e9], ["", "abc"]], [[80, 80], [80, 80]]))).toEqual([
      [alone(1000, 80), "#NUM!"],
      ["", "#VALUE!"],
    ]);
  });

  it("a single cell the core refuses is thrown as one error, as Excel shows it", () => {
    expect(thrown(() => cpmAtFn([[2e9]], [[80]])).code).toBe("#NUM!");
  });

  it("shapes broadcast as Excel's arrays do: a column by a row is a grid, one cell with a column is a column", () => {
    const grid = cpmAtFn([[1000], [2000]], [[80, 90, 100]]);
    expect(grid).toEqual([1000, 2000].map((s) => [80, 90, 100].map((b) => alone(s, b))));
    expect(cpmAtFn([[1000]], [[80], [90]])).toEqual([[alone(1000, 80)], [alone(1000, 90)]]);
    expect(cpmAtFn([[1000], [2000]], [[80]])).toEqual([[alone(1000, 80)], [alone(2000, 80)]]);
  });

  it("the registry's campaigns pass on it: the valid call its kinds make, its declared size, a blank and a refused cell in their own rows", () => {
    const f = enter(CPMAT);
    const valid = reached(f.id, validCall(f));
    expect(valid).toHaveLength(ROWS);
    const size = CPMAT.result({
      size: () => ({ rows: ROWS, columns: 1 }),
      cells: () => ROWS,
      given: (p) => !p.optional,
      isTrue: () => false,
      broadcast: () => ({ rows: ROWS, columns: 1 }),
    });
    expect([valid.length, valid[0].length]).toEqual([size.rows, size.columns]);
    CPMAT.parameters.forEach((p, i) => {
      if (p.optional) return;
      const blank = reached(f.id, callWith(f, i, null));
      expect(blank[ROW]).toEqual([""]);
      expect(blank.filter((_, r) => r !== ROW)).toEqual(valid.filter((_, r) => r !== ROW));
      const refused = codes(reached(f.id, callWith(f, i, "abc")));
      expect(refused[ROW]).toEqual(["#VALUE!"]);
      expect(refused.filter((_, r) => r !== ROW)).toEqual(valid.filter((_, r) => r !== ROW));
    });
  });

  it("is listed by the generated registry once its module is in the catalog folder, with no other edit (step 3)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is the build's own CommonJS script
    const { CATALOG_DIR, catalogIndex, modulesIn } = require("../../scripts/catalog-index");
    // Steps 1 and 2 of this file, saved as the guide says: src/functions/catalog/red-cpmat.ts.
    const source = fs.readFileSync(__filename, "utf8");
    const steps = source.slice(source.indexOf("// Step 1"), source.indexOf("// Step 3"));
    const imports = [
      'import { Assumptions, averageCpm, checkRule, DomainError, MONEY, PRICE } from "../../core";',
      'import { cellwiseFunction } from "../custom-function";',
      'import { required } from "../declarations";',
    ];
    const cpmat = { file: "red-cpmat.ts", text: `${imports.join("\n")}\n${steps}` };
    const index = catalogIndex([...modulesIn(CATALOG_DIR), cpmat]);
    // The generated index, bundled as the build bundles it, with red-cpmat.ts read from beside the real modules.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "spillsplit-cpmat-"));
    const outfile = path.join(folder, "catalog.cjs");
    try {
      await build({
        stdin: { contents: index, resolveDir: CATALOG_DIR, loader: "ts", sourcefile: "index.ts" },
        bundle: true,
        platform: "node",
        format: "cjs",
        outfile,
        logLevel: "silent",
        plugins: [
          {
            name: "red-cpmat",
            setup(b) {
              b.onResolve({ filter: /^\.\/red-cpmat$/ }, () => ({ path: "red-cpmat.ts", namespace: "cpmat" }));
              b.onLoad({ filter: /.*/, namespace: "cpmat" }, () => ({ contents: cpmat.text, loader: "ts", resolveDir: CATALOG_DIR }));
            },
          },
        ],
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built
      const { CATALOG, DECLARATIONS } = require(outfile);
      const ids: string[] = CATALOG.map((f: { id: string }) => f.id);
      expect(ids).toContain("CPMAT");
      expect(ids).toEqual([...ids].sort());
      expect(ids.length).toBe(modulesIn(CATALOG_DIR).filter((m: { file: string }) => m.file !== "index.ts").length + 1);
      const listed = DECLARATIONS.CPMAT;
      expect(listed.parameters.map((p: { name: string }) => p.name)).toEqual(["spend", "baseCPM", "assumptions"]);
      expect(listed.entry([[1000], [2000]], [[80], [""]])).toEqual([[alone(1000, 80)], [""]]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
