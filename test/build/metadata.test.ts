/*
 * functions.json and its translations (functions.zh-CN.json) are generated from the function
 * modules (src/functions/catalog/), never edited by hand. The golden copies (test/golden/, one per
 * language) pin them to the byte: a change to a function's name, parameters or help in any language
 * shows up here and must be accepted on purpose with `npm run golden`.
 */
import fs from "fs";
import path from "path";
import { LANGUAGES, typeAmount } from "../../src/core";
import { CATALOG } from "../../src/functions/catalog";
import { functionsJson, metadataFiles } from "../../src/functions/metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GOLDEN, GOLDEN_DIR, generateMetadata, generateMetadataFiles } = require("../../scripts/metadata");

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string; optional?: boolean }[] }[];
}

const goldenText = fs.readFileSync(GOLDEN, "utf8");
const golden: Metadata = JSON.parse(goldenText);

describe("functions.json", () => {
  it("generateMetadata (scripts/metadata.js) is functions.json, in English", () => {
    expect(generateMetadata()).toBe(goldenText);
    expect(functionsJson("en")).toBe(goldenText);
  });

  it.each(Object.keys(metadataFiles()))("%s, generated as the build and `npm run golden` make it, equals its golden copy to the byte", (name) => {
    const golden = fs.readFileSync(path.join(GOLDEN_DIR, name), "utf8");
    expect(generateMetadataFiles().files[name]).toBe(golden);
    expect(metadataFiles()[name]).toBe(golden);
  });

  it.each(Object.keys(metadataFiles()))("%s in the production build equals its golden copy", (name) => {
    const built = path.resolve(__dirname, "..", "..", "dist", name);
    expect(fs.readFileSync(built, "utf8")).toBe(fs.readFileSync(path.join(GOLDEN_DIR, name), "utf8"));
  });

  it("has a golden copy for every language and nothing else in test/golden/", () => {
    expect(fs.readdirSync(GOLDEN_DIR).sort()).toEqual(Object.keys(metadataFiles()).sort());
  });

  it("declares the foundation's functions, each with help for itself and every parameter", () => {
    expect(golden.functions.map((f) => f.id)).toEqual(
      expect.arrayContaining(["SPILLSPLIT", "AVGCPM", "MARGINALCPM", "INCREMENTALCPM", "IMPRESSIONS", "MARGINALCPA", "BUDGETCAP", "REDDEFAULTS"]),
    );
    for (const fn of golden.functions) {
      expect(fn.description.length).toBeGreaterThan(20);
      for (const p of fn.parameters) expect(p.description.length).toBeGreaterThan(5);
    }
  });

  it("an amount's help says, in every language, how an amount may be typed, as the refusal of one does; no other help does", () => {
    for (const language of LANGUAGES) {
      const metadata: Metadata = JSON.parse(functionsJson(language));
      for (const f of CATALOG) {
        f.parameters.forEach((p, i) => {
          const help = metadata.functions.find((m) => m.id === f.id)!.parameters[i].description;
          expect([f.id, p.name, help.endsWith(typeAmount(language))]).toEqual([f.id, p.name, p.kind === "money"]);
        });
      }
    }
  });

  it("has one registered entry point per function, and every module says what it returns", () => {
    expect(CATALOG.map((f) => f.id)).toEqual(golden.functions.map((f) => f.id));
    for (const f of CATALOG) {
      expect(typeof f.entry).toBe("function");
      expect(f.returns.en.length).toBeGreaterThan(5);
    }
  });
});
