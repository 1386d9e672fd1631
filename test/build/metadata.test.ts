/*
 * functions.json is generated from the JSDoc, never edited by hand. The golden copy pins it: a
 * change to a function's name, parameters or help shows up here and must be accepted on purpose
 * with `npm run golden`.
 */
import fs from "fs";
import path from "path";
import * as functions from "../../src/functions/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GOLDEN, generateMetadata } = require("../../scripts/metadata");

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string; optional?: boolean }[] }[];
}

const golden: Metadata = JSON.parse(fs.readFileSync(GOLDEN, "utf8"));

describe("functions.json", () => {
  it("generated from the source equals the golden copy", async () => {
    expect(JSON.parse(await generateMetadata())).toEqual(golden);
  });

  it("in the production build equals the golden copy", () => {
    const built = path.resolve(__dirname, "..", "..", "dist", "functions.json");
    expect(JSON.parse(fs.readFileSync(built, "utf8"))).toEqual(golden);
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

  it("has an exported implementation for every declared parameter count", () => {
    const exported = Object.values(functions).filter((f) => typeof f === "function") as ((...a: unknown[]) => unknown)[];
    expect(exported).toHaveLength(golden.functions.length);
    const arities = exported.map((f) => f.length).sort();
    expect(golden.functions.map((f) => f.parameters.length).sort()).toEqual(arities);
  });
});
