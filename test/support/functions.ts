/*
 * The entry points of the registry, by id: `RED.ALLOCATE(...)` is the entry Excel calls for
 * ALLOCATE (src/functions/catalog/), taking the arguments in the order of its parameters. It is
 * read from the registry when a test touches it, so a function added to the catalog is reachable
 * here with no edit. Campaigns that must cover every function iterate the registry (registry.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands mixed ranges as any[][] */
import { DECLARATIONS } from "../../src/functions/catalog";

type Entry = (...args: any[]) => any[][];

/** The entry point of function `id`; an id the registry does not hold fails the test that asks for it. */
export function entry(id: string): Entry {
  const f = DECLARATIONS[id];
  if (!f) throw new Error(`${id} is not registered`);
  return f.entry as Entry;
}

/** Every registered function's entry point under its id, as a formula names it (`RED.SWEEP`). */
export const RED: Readonly<Record<string, Entry>> = new Proxy({} as Record<string, Entry>, {
  get: (_, id) => (typeof id === "string" ? entry(id) : undefined),
});
