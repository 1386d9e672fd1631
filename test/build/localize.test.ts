/*
 * The Chinese function help (functions.zh-CN.json): generated from the same modules as
 * functions.json, each text beside its English one, complete, names kept English.
 */
import fs from "fs";
import path from "path";
import { LANGUAGE_TAGS, LANGUAGES } from "../../src/core";
import { CATALOG } from "../../src/functions/catalog";
import { functionsJson, metadataFileName, metadataFiles } from "../../src/functions/metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest");

const root = path.resolve(__dirname, "..", "..");
const han = /[\u4e00-\u9fff]/;

interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string }[];
}

describe("functions.zh-CN.json", () => {
  const english: Fn[] = JSON.parse(functionsJson("en")).functions;
  const chinese: Fn[] = JSON.parse(functionsJson("zh")).functions;

  it("translates every function and every parameter, and keeps the English names and the rest of the metadata", () => {
    expect(chinese.map((f) => f.name)).toEqual(english.map((f) => f.name));
    chinese.forEach((fn, i) => {
      expect(fn.description).toMatch(han);
      expect(fn.parameters.map((p) => p.name)).toEqual(english[i].parameters.map((p) => p.name));
      for (const p of fn.parameters) expect(p.description).toMatch(han);
    });
    const strip = (functions: Fn[]) => functions.map((f) => ({ ...f, description: "", parameters: f.parameters.map((p) => ({ ...p, description: "" })) }));
    expect(strip(chinese)).toEqual(strip(english));
  });

  it("fails, naming what is missing, when a function or parameter lacks a translation", () => {
    const withoutFunction = CATALOG.map((f) => (f.id === "HOTNOTES" ? { ...f, description: { ...f.description, zh: "" } } : f));
    expect(() => functionsJson("zh", withoutFunction)).toThrow(/HOTNOTES has no zh-CN description/);
    const withoutParameter = CATALOG.map((f) =>
      f.id === "SPILLSPLIT" ? { ...f, parameters: f.parameters.map((p) => (p.name === "part" ? { ...p, help: { ...p.help, zh: " " } } : p)) } : f,
    );
    expect(() => functionsJson("zh", withoutParameter)).toThrow(/SPILLSPLIT\(part\) has no zh-CN description/);
  });

  it("is one file per language beside functions.json, named by the language's tag", () => {
    expect(Object.keys(metadataFiles())).toEqual(LANGUAGES.map(metadataFileName));
    expect(LANGUAGES.filter((l) => l !== "en").map(metadataFileName)).toEqual(LANGUAGES.filter((l) => l !== "en").map((l) => `functions.${LANGUAGE_TAGS[l]}.json`));
    expect(metadataFileName("zh")).toBe("functions.zh-CN.json");
  });

  it("is in the production build, and the manifest points Chinese Excel at it", () => {
    const built = fs.readFileSync(path.join(root, "dist", "functions.zh-CN.json"), "utf8");
    expect(built).toBe(functionsJson("zh"));
    const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(manifest).toContain('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>');
    const misplaced = manifest.replace("3000/functions.zh-CN.json", "3000/zh/functions.json");
    expect(checkManifest(misplaced).join()).toMatch(/zh-CN functions metadata is not a .json beside functions.json/);
  });
});
