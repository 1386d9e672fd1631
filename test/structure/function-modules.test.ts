/*
 * A function is one module: every file of src/functions/catalog/ is a registered function (so a
 * module left out of the registry fails here, naming it), each parameter name is written once —
 * where it is declared, in `required(…)`/`optional(…)`, once in all of src/functions (a name several
 * functions take is declared in parameters.ts and given its own help by withHelp or sharedAs) — and
 * read everywhere else through its parameter (`p.name`, the argument by parameter). (No file of src/ outgrows 300 lines: files.test.ts.)
 */
import fs from "fs";
import path from "path";
import { CATALOG } from "../../src/functions/catalog";
import type { CatalogFunction } from "../../src/functions/custom-function";

const FUNCTIONS = path.resolve(__dirname, "..", "..", "src", "functions");
const CATALOG_DIR = path.join(FUNCTIONS, "catalog");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(FUNCTIONS, file).split(path.sep).join("/");

/** The code with comments blanked, and each declaration's name and kind, `required("spend", "money"`, taken out. */
function codeBesideDeclarations(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "")
    // A declaration's name (a string, or ARG.name from the one list) and its kind.
    .replace(/\b(required|optional)\(\s*("[^"]*"|ARG\.\w+),\s*"[^"]*"/g, "");
}

const isFunction = (value: unknown): value is CatalogFunction =>
  typeof value === "object" && value !== null && Array.isArray((value as CatalogFunction).parameters) && typeof (value as CatalogFunction).entry === "function";

describe("a function is one module", () => {
  const modules = sourceFiles(CATALOG_DIR)
    .map((file) => path.relative(CATALOG_DIR, file).split(path.sep).join("/"))
    .filter((file) => file !== "index.ts");

  it.each(modules)("%s holds one function, and it is in the registry", (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each module of the folder, found by its file
    const exported = Object.values(require(path.join(CATALOG_DIR, file)) as Record<string, unknown>).filter(isFunction);
    expect(exported).toHaveLength(1);
    if (!CATALOG.some((f) => f.entry === exported[0].entry)) throw new Error(`catalog/${file} is not in CATALOG: regenerate src/functions/catalog/index.ts (node scripts/catalog-index.js; npm test, build, typecheck and jest do it first)`);
  });

  it("the registry holds every module's function once, and nothing else", () => {
    expect(CATALOG).toHaveLength(modules.length);
    expect(new Set(CATALOG.map((f) => f.id)).size).toBe(CATALOG.length);
  });

  it("writes each parameter name once, where it is declared: never again as a string in src/functions", () => {
    const names = new Set(CATALOG.flatMap((f) => f.parameters.map((p) => p.name)));
    // declarations.ts is the vocabulary: its strings are kinds ("stage", "target"), not names.
    const files = sourceFiles(FUNCTIONS).filter((file) => relative(file) !== "declarations.ts");
    const again = files.flatMap((file) => {
      const code = codeBesideDeclarations(file);
      return [...names].filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(code)).map((name) => `${relative(file)}: "${name}"`);
    });
    expect(again).toEqual([]);
  });

  it("declares each name once in src/functions: a parameter several functions take is declared in parameters.ts and imported", () => {
    const declarations = sourceFiles(FUNCTIONS).flatMap((file) =>
      // By a string or by ARG.name: a second declaration of ARG.months is as much a second declaration as one of "months".
      [...fs.readFileSync(file, "utf8").matchAll(/\b(?:required|optional)\(\s*(?:"([^"]+)"|ARG\.(\w+))/g)].map((m) => ({ name: m[1] ?? m[2], where: relative(file) })),
    );
    const again = declarations.filter((d, i) => declarations.findIndex((e) => e.name === d.name) !== i);
    expect(again.map((d) => `"${d.name}" declared again in ${d.where} (first in ${declarations.find((e) => e.name === d.name)!.where})`)).toEqual([]);
  });

  it("gives every registered parameter of one name one kind: a help of its own comes by withHelp or sharedAs, never by a second declaration", () => {
    const kinds = new Map<string, Set<string>>();
    for (const p of CATALOG.flatMap((f) => f.parameters)) kinds.set(p.name, (kinds.get(p.name) ?? new Set()).add(p.kind));
    expect([...kinds].filter(([, k]) => k.size > 1).map(([name]) => name)).toEqual([]);
  });

  it("leaves a whole blank result to the runners (forAmount, overLines, overMonths): no module returns one blank cell itself", () => {
    // A module deciding its own blank case is one more place the blank rule can differ between functions.
    const byHand = modules.filter((file) => /\[\[\s*BLANK\s*\]\]|\[\[\s*""\s*\]\]/.test(codeBesideDeclarations(path.join(CATALOG_DIR, file))));
    expect(byHand).toEqual([]);
  });
});
