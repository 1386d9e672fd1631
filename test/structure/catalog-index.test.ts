/*
 * The registry, src/functions/catalog/index.ts, is generated from its folder
 * (scripts/catalog-index.js) and committed: the committed file must be what the script makes of
 * the committed modules, or a fresh clone's type check and editors would see another registry than
 * the build. The file in the working tree is checked too (jest's globalSetup has just written it).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is the build's own CommonJS script
const { CATALOG_DIR, INDEX, REGISTRATION, catalogIndex, registrationFile, modulesIn } = require("../../scripts/catalog-index") as {
  CATALOG_DIR: string;
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
    const files = git("ls-tree", "--name-only", "HEAD", `${FOLDER}/`).split("\n").filter(Boolean);
    return files.map((name) => ({ file: path.posix.basename(name), text: git("show", `HEAD:${name}`) }));
  } catch {
    return null;
  }
}

const fakeModule = (file: string, name: string) => ({ file, text: `/* ${name} */\nexport const ${name} = customFunction({ id: "${name}" });\n` });

describe("the registry is generated from the catalog folder", () => {
  it("as committed: index.ts is what scripts/catalog-index.js makes of the committed modules", () => {
    const committed = committedFolder();
    if (committed === null) return; // not a git checkout: the working-tree test below stands alone
    const index = committed.find((m) => m.file === "index.ts");
    expect(index?.text).toBe(catalogIndex(committed));
  });

  it("in the working tree: index.ts is what the script makes of the folder", () => {
    expect(fs.readFileSync(INDEX, "utf8")).toBe(catalogIndex(modulesIn(CATALOG_DIR)));
  });

  it("registration.ts (what functions.js registers) is what the script makes of the folder, as committed and in the working tree", () => {
    expect(fs.readFileSync(REGISTRATION, "utf8")).toBe(registrationFile(modulesIn(CATALOG_DIR)));
    const committed = committedFolder();
    if (committed === null) return;
    const file = path.relative(ROOT, REGISTRATION).split(path.sep).join("/");
    expect(git("show", `HEAD:${file}`)).toBe(registrationFile(committed));
  });

  it("puts a module whose declaration has the line `deferred: true,` in the lists chunk, and every other one in functions.js", () => {
    const later = { file: "red-beta.ts", text: 'export const BETA = customFunction({\n  id: "BETA",\n  deferred: true,\n});\n' };
    const text = registrationFile([fakeModule("red-alpha.ts", "ALPHA"), later, fakeModule("red-gamma.ts", "GAMMA")]);
    expect(text).toContain("export const AT_ONCE: readonly CustomFunction[] = [ALPHA, GAMMA];");
    expect(text).toContain('export const DEFERRED_IDS: readonly string[] = ["BETA"];');
    expect(text).toContain('import(/* webpackChunkName: "lists" */ "./catalog/red-beta").then((m) => m.BETA),');
    expect(text).not.toContain('import { BETA }');
    // Said in a comment or a string it is not the declaration's word.
    const mentioned = { file: "red-beta.ts", text: 'export const BETA = customFunction({ id: "BETA" }); // not deferred: true, here\n' };
    expect(registrationFile([mentioned])).toContain("AT_ONCE: readonly CustomFunction[] = [BETA];");
  });

  it("imports every red-<name>.ts by the name it exports and lists them by file name", () => {
    const text = catalogIndex([fakeModule("red-zeta.ts", "ZETA"), { file: "index.ts", text: "old" }, fakeModule("red-alpha.ts", "ALPHA")]);
    expect(text).toContain('import { ALPHA } from "./red-alpha";\nimport { ZETA } from "./red-zeta";\n');
    expect(text).toContain("export const CATALOG: readonly CustomFunction[] = [\n  ALPHA,\n  ZETA,\n];");
  });

  it("refuses a module that does not export exactly one function, naming its file", () => {
    expect(() => catalogIndex([{ file: "red-empty.ts", text: "const X = 1;\n" }])).toThrow("catalog/red-empty.ts must export exactly one function");
    const two = `${fakeModule("red-two.ts", "ONE").text}export const TWO = 2;\n`;
    expect(() => catalogIndex([{ file: "red-two.ts", text: two }])).toThrow("(found 2)");
  });

  it("refuses any other file in the folder, and a module whose name is not its function's, rather than leave a function out silently", () => {
    for (const file of ["red-Sweep.ts", "red-foo.tsx", "red-foo.test.ts", "notes.md", "sweep.ts"]) {
      expect(() => catalogIndex([fakeModule("red-alpha.ts", "ALPHA"), { file, text: "" }])).toThrow(`catalog/${file}: a function's module is named red-`);
    }
    expect(() => catalogIndex([fakeModule("red-zz.ts", "ABCMAT")])).toThrow("catalog/red-zz.ts exports ABCMAT; the module of ABCMAT is red-abcmat.ts");
  });

  it("every module's function has the id of its file and of the name it is exported under (Excel registers it by that id)", () => {
    // The generator ties the file to the exported name; the declared id is the third place the id is written.
    for (const { file } of modulesIn(CATALOG_DIR).filter((m) => m.file !== "index.ts")) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- each module, loaded by its file name
      const exported = Object.entries(require(path.join(CATALOG_DIR, file)) as Record<string, { id?: string }>);
      expect([file, exported.map(([name, f]) => [name, f.id])]).toEqual([file, [[exported[0][0], exported[0][0]]]]);
    }
  });
});
