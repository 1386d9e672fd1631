/* The Chinese function help: generated from functions.json and one translation table, complete. */
import fs from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, TABLE, TABLES } = require("../../scripts/localize");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest");

const root = path.resolve(__dirname, "..", "..");
const golden = fs.readFileSync(path.join(root, "test", "golden", "functions.json"), "utf8");
const table = JSON.parse(fs.readFileSync(TABLE, "utf8"));
const han = /[\u4e00-\u9fff]/;

interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string }[];
}

describe("functions.zh-CN.json", () => {
  const english: Fn[] = JSON.parse(golden).functions;
  const chinese: Fn[] = JSON.parse(localizeMetadata(golden)).functions;

  it("translates every function and every parameter, and keeps the English names", () => {
    expect(chinese.map((f) => f.name)).toEqual(english.map((f) => f.name));
    chinese.forEach((fn, i) => {
      expect(fn.description).toMatch(han);
      expect(fn.parameters.map((p) => p.name)).toEqual(english[i].parameters.map((p) => p.name));
      for (const p of fn.parameters) expect(p.description).toMatch(han);
    });
  });

  it("fails, naming what is missing, when a function or parameter lacks a translation", () => {
    const withoutFunction = { ...table };
    delete withoutFunction.HOTNOTES;
    expect(() => localizeMetadata(golden, withoutFunction)).toThrow(/HOTNOTES has no zh-CN description/);
    const withoutParameter = JSON.parse(JSON.stringify(table));
    delete withoutParameter.SPILLSPLIT.parameters.part;
    expect(() => localizeMetadata(golden, withoutParameter)).toThrow(/SPILLSPLIT\(part\) has no zh-CN description/);
  });

  it("fails on a translation of something that does not exist", () => {
    const stale = JSON.parse(JSON.stringify(table));
    stale.SPILLSPLIT.parameters.amount = "金额";
    expect(() => localizeMetadata(golden, stale)).toThrow(/SPILLSPLIT\(amount\) is translated but is not a parameter/);
  });

  it("is found as a table of its own, as a new language's help.<tag>.json would be", () => {
    expect(TABLES).toEqual({ "zh-CN": TABLE });
    expect(path.basename(TABLE)).toBe("help.zh-CN.json");
  });

  it("is in the production build, and the manifest points Chinese Excel at it", () => {
    const built = fs.readFileSync(path.join(root, "dist", "functions.zh-CN.json"), "utf8");
    expect(JSON.parse(built)).toEqual(JSON.parse(localizeMetadata(golden)));
    const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(manifest).toContain('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>');
    const misplaced = manifest.replace("3000/functions.zh-CN.json", "3000/zh/functions.json");
    expect(checkManifest(misplaced).join()).toMatch(/zh-CN functions metadata is not a .json beside functions.json/);
  });
});
