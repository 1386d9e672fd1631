/*
 * README's table of functions against the registry: one row per registered function, its signature
 * `ID(a, b, [c])` naming the function's parameters in order, an optional one in brackets. A parameter
 * added, renamed, reordered or made optional in its module, and not in README, fails here.
 */
import fs from "fs";
import path from "path";
import { CATALOG } from "../../src/functions/catalog";

const README = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");

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
});
