/*
 * The registry, src/functions/catalog/index.ts, and what functions.js registers,
 * src/functions/registration.ts, are generated from the catalog folder (scripts/catalog-index.js)
 * and never committed: npm install (prepare), every npm script that compiles, webpack and jest's
 * globalSetup write them first, so a new function is its module alone. The files in the working
 * tree are checked against the script (jest's globalSetup has just written them).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { CATALOG } from "../../src/functions/catalog";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is the build's own CommonJS script
const { CATALOG_DIR, INDEX, REGISTRATION, idOf, catalogIndex, registrationFile, modulesIn } = require("../../scripts/catalog-index") as {
  CATALOG_DIR: string;
  idOf: (file: string) => string;
  INDEX: string;
  REGISTRATION: string;
  catalogIndex: (modules: { file: string; text: string }[]) => string;
  registrationFile: (modules: { file: string; text: string }[]) => string;
  modulesIn: (folder: string) => { file: string; text: string }[];
};

const ROOT = path.resolve(__dirname, "..", "..");
const FOLDER = path.relative(ROOT, CATALOG_DIR).split(path.sep).join("/");
const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });

/** The catalog folder as committed at HEAD (null outside a git checkout). */
function committedFolder(): { file: string; text: string }[] | null {
  try {
    const files = git("ls-tree", "-r", "--name-only", "HEAD", `${FOLDER}/`).split("\n").filter(Boolean);
    return files.map((name) => ({ file: path.posix.relative(FOLDER, name), text: git("show", `HEAD:${name}`) }));
  } catch {
    return null;
  }
}

const fakeModule = (file: string, name: string) => ({ file, text: `/* ${name} */\nexport const ${name} = customFunction({ parameters: [] });\n` });

describe("the registry is generated from the catalog folder", () => {
  it("is not committed: index.ts and registration.ts are made from the folder (npm install, and every npm script, webpack and jest first)", () => {
    const committed = committedFolder();
    if (committed === null) return; // not a git checkout
    const files = [INDEX, REGISTRATION].map((file) => path.relative(ROOT, file).split(path.sep).join("/"));
    expect(files.filter((file) => git("ls-files", file) !== "")).toEqual([]);
    const ignored = (file: string) => {
      try {
        return git("check-ignore", file).trim() === file;
      } catch {
        return false; // git check-ignore exits 1 for a file it does not ignore
      }
    };
    expect(files.filter((file) => !ignored(file))).toEqual([]);
  });

  it("in the working tree: index.ts is what the script makes of the folder", () => {
    expect(fs.readFileSync(INDEX, "utf8")).toBe(catalogIndex(modulesIn(CATALOG_DIR)));
  });

  it("in the working tree: registration.ts (what functions.js registers) is what the script makes of the folder", () => {
    expect(fs.readFileSync(REGISTRATION, "utf8")).toBe(registrationFile(modulesIn(CATALOG_DIR)));
  });

  it("puts a module of catalog/lists/ in the lists chunk, and every other one in functions.js, each under its file's id", () => {
    const text = registrationFile([fakeModule("red-alpha.ts", "ALPHA"), fakeModule("lists/red-beta.ts", "BETA"), fakeModule("red-gamma.ts", "GAMMA"), { file: "lists", text: "" }]);
    expect(text).toContain('export const AT_ONCE: readonly CustomFunction[] = [withId("ALPHA", ALPHA), withId("GAMMA", GAMMA)];');
    expect(text).toContain('export const DEFERRED_IDS: readonly string[] = ["BETA"];');
    expect(text).toContain('import(/* webpackChunkName: "lists" */ "./catalog/lists/red-beta").then((m) => withId("BETA", m.BETA)),');
    expect(text).not.toContain("import { BETA }");
    // A word in the module is not what defers it: only the folder is.
    const said = { file: "red-beta.ts", text: `${fakeModule("red-beta.ts", "BETA").text}// deferred: true,\n` };
    expect(registrationFile([said])).toContain('AT_ONCE: readonly CustomFunction[] = [withId("BETA", BETA)];');
  });

  it("imports every red-<name>.ts by the name it exports and lists them by file name", () => {
    const text = catalogIndex([fakeModule("red-zeta.ts", "ZETA"), { file: "index.ts", text: "old" }, fakeModule("lists/red-mu.ts", "MU"), fakeModule("red-alpha.ts", "ALPHA")]);
    expect(text).toContain('import { ALPHA } from "./red-alpha";\nimport { MU } from "./lists/red-mu";\nimport { ZETA } from "./red-zeta";\n');
    expect(text).toContain('export const CATALOG: readonly CustomFunction[] = [\n  /* @__PURE__ */ withId("ALPHA", ALPHA),\n  /* @__PURE__ */ withId("MU", MU),\n  /* @__PURE__ */ withId("ZETA", ZETA),\n];');
  });

  it("refuses a module that does not export exactly one function, naming its file", () => {
    expect(() => catalogIndex([{ file: "red-empty.ts", text: "const X = 1;\n" }])).toThrow("catalog/red-empty.ts must export exactly one function");
    const two = `${fakeModule("red-two.ts", "ONE").text}export const TWO = 2;\n`;
    expect(() => catalogIndex([{ file: "red-two.ts", text: two }])).toThrow("(found 2)");
  });

  it("refuses any other file in the folder, and a module whose name is not its function's, rather than leave a function out silently", () => {
    for (const file of ["red-Sweep.ts", "red-foo.tsx", "red-foo.test.ts", "notes.md", "sweep.ts", "lists/index.ts", "lists/notes.md", "lists/red-Foo.ts", "later/red-foo.ts"]) {
      expect(() => catalogIndex([fakeModule("red-alpha.ts", "ALPHA"), { file, text: "" }])).toThrow(`catalog/${file}: a function's module is named red-`);
    }
    expect(() => catalogIndex([fakeModule("red-zz.ts", "ABCMAT")])).toThrow("catalog/red-zz.ts exports ABCMAT; the module of ABCMAT is red-abcmat.ts");
    expect(() => catalogIndex([fakeModule("lists/red-zz.ts", "ABCMAT")])).toThrow("catalog/lists/red-zz.ts exports ABCMAT");
    expect(() => catalogIndex([fakeModule("red-alpha.ts", "ALPHA"), fakeModule("lists/red-alpha.ts", "ALPHA")])).toThrow("red-alpha.ts is in catalog/ and in catalog/lists/");
  });

  it("gives every module's function the id its file name says (Excel registers it by that id); no module writes an id of its own", () => {
    const modules = modulesIn(CATALOG_DIR).filter((m) => m.file !== "index.ts" && m.file !== "lists");
    expect(CATALOG.map((f) => f.id)).toEqual(modules.map((m) => idOf(m.file)).sort());
    expect(idOf("lists/red-required-budget.ts")).toBe("REQUIREDBUDGET");
    for (const { file } of modules) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- each module, loaded by its file name
      const exported = Object.values(require(path.join(CATALOG_DIR, file)) as Record<string, object>);
      expect([file, exported.map((f) => "id" in f)]).toEqual([file, [false]]);
    }
  });
});
