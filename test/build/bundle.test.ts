/* What the production build ships: no GPL spreadsheet engine, no dynamic code, small functions bundle. */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { CATALOG } from "../../src/functions/catalog";

const dist = path.resolve(__dirname, "..", "..", "dist");
const scripts = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));

describe("dist/", () => {
  it("holds the functions and task pane bundles", () => {
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
  });

  it.each(scripts)("%s contains no HyperFormula (GPL-3.0, development only)", (file) => {
    const text = fs.readFileSync(path.join(dist, file), "utf8");
    expect(/hyperformula/i.test(text)).toBe(false);
    expect(text.includes("gpl-v3")).toBe(false);
  });

  it.each(scripts)("%s has no eval or new Function", (file) => {
    const text = fs.readFileSync(path.join(dist, file), "utf8");
    const found = (pattern: RegExp) => {
      const at = text.search(pattern);
      return at < 0 ? null : text.slice(Math.max(0, at - 80), at + 80);
    };
    expect(found(/\beval\s*\(/)).toBeNull();
    expect(found(/new\s+Function\s*\(/)).toBeNull();
  });

  // 25 KB until issue 22 (exact decimal cents, numbers typed as 50万, the bilingual messages naming
  // the error passed in and both sizes of a mismatch) added about 2.7 KB; 30 KB keeps the bound tight.
  it("leaves the function help out of the functions bundle: Excel reads it from functions.json (scripts/strip-help-loader.js)", () => {
    const text = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    const helps = CATALOG.flatMap((f) => [f.description, f.returns, ...f.parameters.map((p) => p.help)]);
    const shipped = helps.flatMap((help) => Object.values(help)).filter((said) => text.includes(JSON.stringify(said).slice(1, -1)));
    expect(shipped).toEqual([]);
    expect(text).toContain("SPILLSPLIT"); // the bundle itself is read
  });

  it("keeps the functions bundle under 30 KB gzipped", () => {
    const size = zlib.gzipSync(fs.readFileSync(path.join(dist, "functions.js"))).length;
    expect(size).toBeLessThan(30 * 1024);
  });
});
