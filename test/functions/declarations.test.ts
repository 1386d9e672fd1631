/*
 * Each function's declaration (src/functions/declarations.ts) and its JSDoc (the source of
 * functions.json, pinned by the golden copy) name the same parameters, in the same order, with the
 * same optionals; every function is declared, and nothing else is.
 */
import { COUNT, MONEY, PRICE } from "../../src/core";
import { DECLARATIONS, declared, ruleOf } from "../../src/functions/declarations";
import { metadata } from "../support/engine";

describe("the declarations", () => {
  it("declare exactly the functions of functions.json", () => {
    expect(Object.keys(DECLARATIONS).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it.each(metadata.functions.map((f) => [f.id, f] as const))("%s: agree with its JSDoc on names, order and optionals", (id, spec) => {
    const declaration = DECLARATIONS[id];
    expect(declaration.parameters.map((p) => [p.name, p.optional])).toEqual(spec.parameters.map((p) => [p.name, !!p.optional]));
  });

  it("give each number parameter the rule of its quantity, and a fallback only to optionals", () => {
    expect(ruleOf(declared("SPILLSPLIT", "budget"))).toBe(MONEY);
    expect(ruleOf(declared("MARGINALCPA", "baseCPA"))).toBe(PRICE);
    expect(ruleOf(declared("HOTNOTES", "reads"))).toBe(COUNT);
    expect(ruleOf(declared("ALLOCATE", "maxSpend"))).toBe(MONEY);
    expect(declared("AVGCPM", "baseCPM").read?.fallback).toBe(1);
    expect(declared("ALLOCATE", "maxSpend").read?.fallback).toBe(Infinity);
    for (const declaration of Object.values(DECLARATIONS)) {
      for (const p of declaration.parameters) if (!p.optional) expect([declaration.id, p.name, p.fallback]).toEqual([declaration.id, p.name, undefined]);
    }
  });

  it("refuse a parameter no function declares", () => {
    expect(() => declared("AVGCPM", "budget")).toThrow("AVGCPM declares no parameter budget");
  });
});
