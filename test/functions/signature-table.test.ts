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
import { ASSUMPTION_TABLE, TYPED_WORDS } from "../../src/core";
import { CATALOG } from "../../src/functions/catalog";

const ROOT = path.resolve(__dirname, "..", "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/**
 * The other lower-case words README writes in backticks: code it names (an option, a hook, a chunk,
 * a tool) and words a result spills (`bound`'s `floor`, HOTNOTES' `ordinary`). None is a parameter's
 * name, and each is in the repository's code, so this list cannot hide a renamed parameter or go stale.
 */
const README_CODE_WORDS = [
  "allocateBudget", "basicValue", "bound", "calcId", "checkBudgetStep", "checkLabelledNotes", "cm", "coldstart", "dependOn",
  "eval", "floor", "fullCalcOnLoad", "inEveryLanguageOnFirstUse", "lists", "longtask", "m", "mapNumberPairs", "mapNumbers", "max",
  "mergeUndoGroup", "min", "ordinary", "quotePrefix", "react", "soffice", "splitChunks", "tableLook", "textContent", "usedExtent",
  "withinCap",
];

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

  it("names in backticks only parameters some function has, words a user types, assumption keys and the code words it lists", () => {
    const parameters = new Set(CATALOG.flatMap((f) => f.parameters.map((p) => p.name)));
    const typed = Object.values(TYPED_WORDS).flatMap((words) => Object.values(words).flatMap((table) => Object.values(table as Record<string, readonly string[]>).flat()));
    const known = new Set([...parameters, ...typed, ...ASSUMPTION_TABLE.map((entry) => entry.key), ...README_CODE_WORDS, ...Object.keys(README_LIBRARY_WORDS)]);
    const named = [...README.matchAll(/`([a-z][A-Za-z]*)`/g)].map((m) => m[1]);
    expect([...new Set(named.filter((word) => !known.has(word)))]).toEqual([]);
  });

  it("lists as code words only words in the code that are no parameter's name", () => {
    const code = codeText();
    const parameters = new Set(CATALOG.flatMap((f) => f.parameters.map((p) => p.name)));
    expect(README_CODE_WORDS.filter((word) => parameters.has(word) || !new RegExp(`\\b${word}\\b`).test(code))).toEqual([]);
    for (const [word, library] of Object.entries(README_LIBRARY_WORDS)) expect([word, typeof library]).toEqual([word, "function"]);
  });
});
