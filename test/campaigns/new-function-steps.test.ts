/*
 * CONTRIBUTING.md's steps for a new function, followed literally: the ```ts block of its step 2 is
 * read from the guide when the test runs (so editing the guide changes what is tested) and is the
 * whole module, imports and all, saved as the guide says (src/functions/catalog/red-myfn.ts). It is
 * type-checked against the real src/ and bundled with the registry the build generates from the
 * catalog folder plus it (step 3), with a trivial stand-in for the step-1 core function `myCore`
 * (the quotient of its two numbers, refusing a first number above LIMIT the way a core refuses:
 * by DomainError). The runner alone must then keep the blank, error and shape rules on it: a blank
 * cell is blank in its own result cell, a refused cell is that cell's error only (#VALUE! naming
 * its argument), a core error in one cell stays in that cell, a column gives a column and a row a
 * row; its functions.json entry comes from the module; and the registry's own campaigns
 * (test/support/registry.ts) pass on it. Saved in catalog/lists/ with its imports one folder deeper
 * (the guide's word for a function that spills a table) it type-checks too and is deferred. A
 * broken block in the guide fails here.
 */
import { build } from "esbuild";
import fs from "fs";
import os from "os";
import path from "path";
import ts from "typescript";
import { typeAmount } from "../../src/core";
import { register } from "../../src/functions/custom-function";
import type { CustomFunction } from "../../src/functions/custom-function";
import { functionMetadata } from "../../src/functions/metadata";
import { associated } from "../../src/spreadsheet/custom-functions-runtime";
import { codes, thrown } from "../support/cells";
import { callWith, enter, reached, ROW, ROWS, validCall } from "../support/registry";

const ROOT = path.resolve(__dirname, "..", "..");
const CORE_INDEX = path.join(ROOT, "src", "core", "index.ts");

/** The ```ts block of CONTRIBUTING.md's step 2, unindented: the module the guide tells a newcomer to write. */
function guideModule(): string {
  const guide = fs.readFileSync(path.join(ROOT, "CONTRIBUTING.md"), "utf8");
  const step = guide.indexOf("2. **The function");
  if (step < 0) throw new Error("CONTRIBUTING.md has no step 2 (**The function…**)");
  const block = /\n( *)```ts\n([\s\S]*?)\n\1```/.exec(guide.slice(step));
  if (!block) throw new Error("CONTRIBUTING.md's step 2 has no ```ts block");
  const indent = block[1];
  return block[2]
    .split("\n")
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join("\n");
}

/** Where the module goes, as the guide says: src/functions/catalog/red-<id in lower case>.ts. */
function moduleFile(text: string): string {
  const id = /export const (\w+) =/.exec(text)?.[1];
  if (!id) throw new Error("the guide's module exports no `export const NAME = …`");
  return `red-${id.toLowerCase()}.ts`;
}

/** Above this, the stand-in core refuses its first number (a core error for one cell). */
const LIMIT = 1e9;
/** The stand-in core's answer, computed here on its own. */
const alone = (x: number, y: number) => x / y;
/** The step-1 core the guide's module imports from src/core (index.ts exports it): a trivial stand-in. */
const MY_CORE = `
import { DomainError } from "./index";
export function myCore(x: number, y: number): number {
  if (x > ${LIMIT}) throw new DomainError("TOO_LARGE", { argument: "x", value: x, limit: ${LIMIT} });
  // A price core refuses 0: a runner that handed it a blank or refused cell as 0 would show this error there.
  if (!(y > 0)) throw new DomainError("NOT_POSITIVE", { argument: "y", value: y });
  return x / y;
}`;

/** The type errors of the guide's module in src/functions/catalog/, with src/core/index.ts exporting myCore. */
function typeErrors(file: string, text: string): string[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const virtual = new Map([
    [file, text],
    [CORE_INDEX, `${fs.readFileSync(CORE_INDEX, "utf8")}\nexport declare function myCore(x: number, y: number, a?: unknown): number;\n`],
  ]);
  const host = ts.createCompilerHost({ ...options, noEmit: true });
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => virtual.has(path.resolve(name)) || ts.sys.fileExists(name);
  host.readFile = (name) => virtual.get(path.resolve(name)) ?? ts.sys.readFile(name);
  host.getSourceFile = (name, language, ...rest) => {
    const own = virtual.get(path.resolve(name));
    return own !== undefined ? ts.createSourceFile(name, own, language) : getSourceFile(name, language, ...rest);
  };
  const program = ts.createProgram([file], { ...options, noEmit: true, types: ["office-js", "custom-functions-runtime"] }, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** The registry generated from the catalog folder plus the guide's module, bundled as the build bundles it. */
async function bundledRegistry(file: string, text: string): Promise<{ CATALOG: CustomFunction[]; DECLARATIONS: Record<string, CustomFunction> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is the build's own CommonJS script
  const { CATALOG_DIR, catalogIndex, modulesIn } = require("../../scripts/catalog-index");
  const index = catalogIndex([...modulesIn(CATALOG_DIR), { file, text }]);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "spillsplit-new-function-"));
  const outfile = path.join(folder, "catalog.cjs");
  const own = path.join(CATALOG_DIR, file);
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
          name: "guide-module",
          setup(b) {
            // The guide's module, read from where it would be saved; src/core with myCore besides.
            b.onResolve({ filter: new RegExp(`^\\./${file.replace(/\.ts$/, "")}$`) }, () => ({ path: own, namespace: "guide" }));
            b.onLoad({ filter: /.*/, namespace: "guide" }, () => ({ contents: text, loader: "ts", resolveDir: CATALOG_DIR }));
            b.onResolve({ filter: /^\.\.\/\.\.\/core$/ }, (args) => (args.importer === own ? { path: CORE_INDEX, namespace: "core-with-mine" } : undefined));
            b.onLoad({ filter: /.*/, namespace: "core-with-mine" }, () => ({
              contents: `export * from "./index";\n${MY_CORE}`,
              loader: "ts",
              resolveDir: path.dirname(CORE_INDEX),
            }));
          },
        },
      ],
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built
    return require(outfile);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const text = guideModule();
const file = moduleFile(text);
const id = file.replace(/^red-|\.ts$/g, "").toUpperCase();
let registry: Awaited<ReturnType<typeof bundledRegistry>>;
let fn: CustomFunction;
/** The function as Excel calls it: through CustomFunctions.associate, as the registry registers every function. */
const call = (...args: unknown[]) => associated.get(id)!(...args) as unknown[][];

beforeAll(async () => {
  registry = await bundledRegistry(file, text);
  fn = registry.DECLARATIONS[id];
  if (!fn) throw new Error(`the generated registry does not list ${id}`);
  register([fn]);
}, 60_000);

describe("the function CONTRIBUTING.md's step 2 writes, saved and registered as the guide says", () => {
  it("type-checks against src/ as written in the guide, imports and all", () => {
    expect(typeErrors(path.join(ROOT, "src", "functions", "catalog", file), text)).toEqual([]);
  }, 120_000);

  it("saved in catalog/lists/ with its imports one folder deeper, as the guide says of a function that spills a table, type-checks and is deferred", () => {
    const deeper = text.replace(/ from "\.\.\//g, ' from "../../');
    expect(deeper).toContain('from "../../../core"');
    expect(typeErrors(path.join(ROOT, "src", "functions", "catalog", "lists", file), deeper)).toEqual([]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is the build's own CommonJS script
    const { CATALOG_DIR, registrationFile, modulesIn } = require("../../scripts/catalog-index");
    expect(registrationFile([...modulesIn(CATALOG_DIR), { file: `lists/${file}`, text: deeper }])).toMatch(new RegExp(`DEFERRED_IDS: readonly string\\[\\] = \\[.*"${id}"`));
  }, 120_000);

  it("is listed by the generated registry with no other edit, in file-name order (step 3)", () => {
    const ids = registry.CATALOG.map((f) => f.id);
    expect(ids).toContain(id);
    expect(ids).toEqual([...ids].sort());
    expect(associated.get(id)).toBe(fn.entry);
  });

  it("takes its cells then the assumptions, and its functions.json entry comes from the module in every language", () => {
    const en = functionMetadata(fn, "en");
    expect(en.id).toBe(id);
    expect(en.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual([
      ["any", "matrix", undefined],
      ["any", "matrix", undefined],
      ["any", "matrix", true],
    ]);
    expect(en.parameters[2].name).toBe("assumptions");
    // The guide's description mentions its parameters as {spend} and {unitPrice}: written out as their names.
    expect([fn.description.en.includes("{unitPrice}"), en.description.includes("spend and unitPrice,"), /[{}]/.test(en.description)]).toEqual([true, true, false]);
    // Each parameter's help as the module writes it; an amount's (SPEND) then says how amounts may be typed.
    expect(functionMetadata(fn, "zh").parameters.map((p) => p.description)).toEqual(fn.parameters.map((p) => (p.kind === "money" ? `${p.help.zh}${typeAmount("zh")}` : p.help.zh)));
  });

  it("blank rule: a blank cell gives a blank in its own result cell, the others computed", () => {
    expect(call([[1000], [2000]], [[80], [""]])).toEqual([[alone(1000, 80)], [""]]);
    expect(call([[1000], [null], [3000]], [[80]])).toEqual([[alone(1000, 80)], [""], [alone(3000, 80)]]);
    expect(call([[1000, ""]], [[80, 90]])).toEqual([[alone(1000, 80), ""]]);
  });

  it.each([
    ["text", "abc", "#VALUE!"],
    ["TRUE", true, "#VALUE!"],
    ["a negative amount", -1, "#NUM!"],
  ])("error rule: a refused cell (%s) is that cell's error only", (_what, bad, code) => {
    expect(codes(call([[1000], [bad], [3000]], [[80]]))).toEqual([[alone(1000, 80)], [code], [alone(3000, 80)]]);
    expect(codes(call([[1000], [2000], [3000]], [[80], [bad], [90]]))).toEqual([[alone(1000, 80)], [code], [alone(3000, 90)]]);
  });

  it("error rule: a #VALUE! names the argument of the refused cell", () => {
    fn.parameters.slice(0, 2).forEach((p, i) => {
      const args: unknown[][][] = [[[1000], [2000]], [[80], [90]]];
      args[i] = [args[i][0], ["abc"]];
      const [, [error]] = call(...args) as { message?: string; code?: string }[][];
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain(p.name);
    });
  });

  it("error rule: an error passed in, and a core error in one cell, are that cell's error only", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(codes(call([[1000], [na]], [[80]]))).toEqual([[alone(1000, 80)], ["#N/A"]]);
    expect(codes(call([[1000], [2 * LIMIT], [3000]], [[80]]))).toEqual([[alone(1000, 80)], ["#NUM!"], [alone(3000, 80)]]);
    expect(codes(call([[1000, 2 * LIMIT], ["", "abc"]], [[80, 80], [80, 80]]))).toEqual([
      [alone(1000, 80), "#NUM!"],
      ["", "#VALUE!"],
    ]);
    // One cell the core refuses is thrown as one error, as Excel shows it.
    expect(thrown(() => call([[2 * LIMIT]], [[80]])).code).toBe("#NUM!");
  });

  it("shape rule: a column gives a column, a row a row, a column by a row a grid", () => {
    expect(call([[1000], [2000], [4000]], [[80]])).toEqual([[alone(1000, 80)], [alone(2000, 80)], [alone(4000, 80)]]);
    expect(call([[1000, 2000, 4000]], [[80]])).toEqual([[alone(1000, 80), alone(2000, 80), alone(4000, 80)]]);
    expect(call([[1000]], [[80, 90]])).toEqual([[alone(1000, 80), alone(1000, 90)]]);
    expect(call([[1000], [2000]], [[80, 90, 100]])).toEqual([1000, 2000].map((s) => [80, 90, 100].map((b) => alone(s, b))));
  });

  it("the registry's campaigns pass on it: the valid call its kinds make is its declared size, a blank and a refused cell stay in their row", () => {
    const f = enter(fn);
    const valid = reached(f.id, validCall(f));
    expect(valid).toHaveLength(ROWS); // one result row per input row, whatever the function declares
    const size = fn.result({
      size: () => ({ rows: ROWS, columns: 1 }),
      cells: () => ROWS,
      given: (p) => !p.optional,
      isTrue: () => false,
      broadcast: () => ({ rows: ROWS, columns: 1 }),
    });
    expect([valid.length, valid[0].length]).toEqual([size.rows, size.columns]);
    fn.parameters.forEach((p, i) => {
      if (p.optional) return;
      const blank = reached(f.id, callWith(f, i, null));
      expect(blank[ROW]).toEqual([""]);
      expect(blank.filter((_, r) => r !== ROW)).toEqual(valid.filter((_, r) => r !== ROW));
      const refused = codes(reached(f.id, callWith(f, i, "abc")));
      expect(refused[ROW]).toEqual(["#VALUE!"]);
      expect(refused.filter((_, r) => r !== ROW)).toEqual(valid.filter((_, r) => r !== ROW));
    });
  });
});
