/*
 * README's table of functions against the registry: one row per registered function, its signature
 * `ID(a, b, [c])` naming the function's parameters in order, an optional one in brackets. A parameter
 * added, renamed, reordered or made optional in its module, and not in README, fails here; so does
 * README's prose naming, in backticks, a parameter no function has any more.
 */
import { makeStyles } from "@fluentui/react-components";
import fs from "fs";
import path from "path";
import { useId } from "react";
import { ASSUMPTION_TABLE } from "../../src/core";
import { CATALOG } from "../../src/functions/catalog";

const ROOT = path.resolve(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/**
 * The other lower-case words README writes in backticks: code it names (an option, a hook, a chunk,
 * a tool) and words a result spills (`bound`'s `floor`, HOTNOTES' `ordinary`). None is a parameter's
 * name, and each is in the repository's code, so this list cannot hide a renamed parameter or go stale.
 */
const README_CODE_WORDS = [
  "allocateBudget", "basicValue", "bound", "calcId", "checkBudgetStep", "checkLabelledNotes", "cm", "dependOn",
  "eval", "floor", "fullCalcOnLoad", "inEveryLanguageOnFirstUse", "licenseKey", "lists", "longtask", "m", "mapNumberPairs", "mapNumbers", "max",
  "mergeUndoGroup", "min", "ordinary", "quotePrefix", "react", "soffice", "splitChunks", "storeType", "sweepOver", "tableLook", "textContent", "usedExtent",
  "withinCap",
];

/** Names of things (an operating system, a device) in camelCase, which are neither code nor parameters. */
const README_PROPER_NAMES = ["iPad", "macOS"];

/** Library functions README names (what the pane does or does not use), each imported from its package. */
const README_LIBRARY_WORDS: Record<string, unknown> = { makeStyles, useId };

/** The repository's code and tests but this file: where README_CODE_WORDS must each be found. */
function codeText(): string {
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const where = path.join(dir, entry.name);
      if (entry.isDirectory()) return files(where);
      return /\.(ts|tsx|js|cjs)$/.test(entry.name) && path.join(ROOT, where) !== __filename ? [where] : [];
    });
  return [...["src", "scripts", "test"].flatMap(files), "webpack.config.js", "package.json"].map((file) => fs.readFileSync(path.join(ROOT, file), "utf8")).join("\n");
}

/** Each signature in the first column of a README table row: `| \`ID(a, [b])\` | …`. */
const SIGNATURES = [...README.matchAll(/^\| `([A-Z]+)\(([^)`]*)\)` \|/gm)].map((m) => ({ id: m[1], parameters: m[2] }));

/** A function's signature as README writes it, from its declaration. */
const signatureOf = (id: string) =>
  CATALOG.find((f) => f.id === id)!
    .parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))
    .join(", ");

describe("README's table of functions", () => {
  it("has one signature row per registered function, and none for a function not registered", () => {
    expect(SIGNATURES.map((row) => row.id).sort()).toEqual(CATALOG.map((f) => f.id).sort());
  });

  it.each(SIGNATURES.map((row) => [row.id, row.parameters] as const))("%s: names the function's parameters in order, the optional ones in brackets", (id, parameters) => {
    expect(parameters).toBe(signatureOf(id));
  });

  it("names in backticks, and in camelCase anywhere, only parameters some function has, assumption keys and the code words it lists; a word a user types is quoted", () => {
    const parameters = new Set(CATALOG.flatMap((f) => f.parameters.map((p) => p.name)));
    // README quotes a word a user types (`"growth"`, `"value"`), so a bare `value` is the parameter:
    // a renamed one cannot pass as targetKind's word "value".
    const known = new Set([...parameters, ...ASSUMPTION_TABLE.map((entry) => entry.key), ...README_CODE_WORDS, ...Object.keys(README_LIBRARY_WORDS), ...README_PROPER_NAMES]);
    // A camelCase word is a name wherever it stands, in backticks or not.
    const named = [...README.matchAll(/`([a-z][A-Za-z]*)`|(?<![\w.$/-])([a-z]+[A-Z][A-Za-z]*)(?![\w(/-])/g)].map((m) => m[1] ?? m[2]);
    expect([...new Set(named.filter((word) => !known.has(word)))]).toEqual([]);
  });

  it("lists as code words only words in the code that are no parameter's name", () => {
    const code = codeText();
    const parameters = new Set(CATALOG.flatMap((f) => f.parameters.map((p) => p.name)));
    expect(README_CODE_WORDS.filter((word) => parameters.has(word) || !new RegExp(`\\b${word}\\b`).test(code))).toEqual([]);
    // And each is still in README: a word README no longer names leaves the list.
    expect([...README_CODE_WORDS, ...README_PROPER_NAMES].filter((word) => !new RegExp(`\\b${word}\\b`).test(README))).toEqual([]);
    for (const [word, library] of Object.entries(README_LIBRARY_WORDS)) expect([word, typeof library]).toEqual([word, "function"]);
  });
});
