/*
 * Each function's module (src/functions/catalog/) declares its parameters once, and functions.json
 * is generated from it (pinned by the golden copy): every function is in both, with the same
 * parameters in the same order and the same optionals; each number parameter reads by its quantity's rule.
 */
import { ASSUMPTION_TABLE, COUNT, MONEY, PRICE, TYPED_WORDS } from "../../src/core";
import { CATALOG, DECLARATIONS, declared } from "../../src/functions/catalog";
import { ruleOf } from "../../src/functions/declarations";
import { functionMetadata, MENTION } from "../../src/functions/metadata";
import { ASSUMPTIONS } from "../../src/functions/parameters";
import { metadata } from "../support/engine";

/** A word beside " | " names a spilled column (value | marginal ROI), not a parameter. */
const SPILLED_COLUMN = /\S+(?= \|)|(?<=\| )\S+/g;

describe("the declarations", () => {
  it("declare exactly the functions of the golden functions.json, each id once", () => {
    expect(CATALOG.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    expect(Object.keys(DECLARATIONS)).toHaveLength(CATALOG.length);
  });

  it.each(metadata.functions.map((f) => [f.id, f] as const))("%s: agree with the golden functions.json on names, order, optionals and how Excel hands each", (id, spec) => {
    const declaration = DECLARATIONS[id];
    expect(declaration.parameters.map((p) => [p.name, p.optional, p.takes === "range"])).toEqual(spec.parameters.map((p) => [p.name, !!p.optional, p.dimensionality === "matrix"]));
  });

  it("give each number parameter the rule of its quantity, and a fallback only to optionals", () => {
    expect(ruleOf(declared("SPILLSPLIT", "budget"))).toBe(MONEY);
    expect(ruleOf(declared("MARGINALCPA", "baseCPA"))).toBe(PRICE);
    expect(ruleOf(declared("HOTNOTES", "reads"))).toBe(COUNT);
    expect(ruleOf(declared("ALLOCATE", "maxSpend"))).toBe(MONEY);
    expect(declared("AVGCPM", "baseCPM").read?.fallback).toBe(1);
    expect(declared("ALLOCATE", "maxSpend").read?.fallback).toBe(Infinity);
    for (const declaration of CATALOG) {
      for (const p of declaration.parameters) if (!p.optional) expect([declaration.id, p.name, p.fallback]).toEqual([declaration.id, p.name, undefined]);
    }
  });

  it("a parameter several functions share is one declaration (the same reader), whatever help each gives it", () => {
    expect(declared("FLIGHTPLAN", "baseCPA").read).toBe(declared("ALLOCATE", "baseCPA").read);
    expect(declared("FLIGHTPLAN", "baseCPA").help.en).not.toBe(declared("ALLOCATE", "baseCPA").help.en);
    expect(declared("SWEEP", "maxSpend")).toBe(declared("ALLOCATE", "maxSpend"));
  });

  it.each(CATALOG.map((f) => [f.id, f] as const))("%s: its help writes a parameter's name only as a mention, {name}, in every language", (_id, declaration) => {
    // A mention is written out from the declaration (metadata.ts refuses one the function lacks), so
    // a parameter renamed in its module cannot leave its help telling the user to fill in the old
    // name. A bare word spelt as one of its parameters, outside a mention and a typed word in double
    // quotes ("value"), would be such a name written twice: the help says it otherwise (a number,
    // the total), and a camelCase word is always a parameter's name.
    const own = declaration.parameters.map((p) => p.name);
    const texts = [declaration.description, declaration.returns, ...declaration.parameters.map((p) => p.help)].flatMap((help) => Object.values(help));
    const bare = texts.flatMap((text) => {
      const left = text.replace(MENTION, "").replace(/"[^"]*"/g, "").replace(SPILLED_COLUMN, "");
      return [...left.matchAll(/(?<![\p{L}\p{N}_-])[\p{L}\p{N}_]+(?![\p{L}\p{N}_(-])/gu)].map((m) => m[0]).filter((word) => own.some((name) => name.toLowerCase() === word.toLowerCase()) || /^[a-z]+[A-Z]/.test(word));
    });
    expect(bare).toEqual([]);
  });

  it("refuses a help that mentions a parameter its function does not have, in whichever language", () => {
    const ltv = DECLARATIONS.LTV;
    const mentioning = (zh: string) => ({ ...ltv, description: { en: ltv.description.en, zh } });
    expect(functionMetadata(mentioning("{Aov} × {margin}"), "zh").description).toBe("Aov × margin");
    expect(() => functionMetadata(mentioning("× {aov} × {grossMargin}"), "zh")).toThrow("LTV's zh-CN help names {grossMargin}, a parameter LTV does not have");
  });

  it.each(CATALOG.map((f) => [f.id, f] as const))("%s: its Chinese help names, in Latin letters, only its own parameters", (id, declaration) => {
    // Chinese help keeps a parameter's name as Excel shows it ("填写 value 时"); in English such a word
    // may be plain English ("a value of"), so only the other languages are held to it. REDDEFAULTS'
    // help is about the assumptions parameter of the other functions.
    // Any other Latin word there is a word a user types (a stage, a part, a target kind), an assumption's
    // key, a spilled column's snake_case name or a one-letter symbol (k, n): so a parameter renamed
    // (parameters are camelCase or one lower-case word) leaves no old name in the Chinese help unnoticed.
    // Its own parameters are mentions ({name}), held by the test above.
    const own = id === "REDDEFAULTS" ? [ASSUMPTIONS.name] : [];
    const typed = Object.values(TYPED_WORDS.en).flatMap((table) => Object.values(table as Record<string, readonly string[]>).flat());
    const allowed = new Set([...own, ...typed, ...ASSUMPTION_TABLE.map((entry) => entry.key)]);
    const texts = [declaration.description, declaration.returns, ...declaration.parameters.map((p) => p.help)].flatMap(({ en: _en, ...others }) => Object.values(others).map((text) => text.replace(MENTION, "")));
    const words = texts.flatMap((text) => [...text.matchAll(/(?<![\w"-])[a-z]\w*(?![\w"(-])/g)].map((m) => m[0]));
    expect(words.filter((word) => !allowed.has(word) && !word.includes("_") && word.length > 1)).toEqual([]);
  });

  it("refuse a parameter no function declares", () => {
    expect(() => declared("AVGCPM", "budget")).toThrow("AVGCPM declares no parameter budget");
  });
});
