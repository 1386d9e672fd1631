/*
 * A page for the built bundles in a vm context, as a browser runs them: a script a bundle adds to
 * the page (webpack fetching a chunk such as lists.js) runs from dist/ after a turn of the event
 * loop, then its onload fires; a file named in `unreachable` fires onerror instead, as a failed fetch.
 */
import fs from "fs";
import path from "path";
import vm from "vm";

export interface BundlePage {
  /** The page's global object (window, self and globalThis are it). */
  page: Record<string, unknown>;
  /** Runs a script of dist/ on the page now, as a <script> tag of the HTML does. */
  run: (file: string) => void;
  /** The files the bundles asked for, in order. */
  fetched: string[];
}

interface ScriptElement {
  src?: string;
  onload?: ((event: unknown) => void) | null;
  onerror?: ((event: unknown) => void) | null;
  parentNode?: null;
  setAttribute: (name: string, value: string) => void;
  getAttribute: (name: string) => string | undefined;
}

export function bundlePage(dist: string, globals: Record<string, unknown>, unreachable: ReadonlySet<string> = new Set()): BundlePage {
  const fetched: string[] = [];
  const page: Record<string, unknown> = { ...globals, setTimeout, clearTimeout };
  const run = (file: string) => vm.runInContext(fs.readFileSync(path.join(dist, file), "utf8"), page, { filename: file });
  const createElement = (): ScriptElement => {
    const attributes = new Map<string, string>();
    return { parentNode: null, setAttribute: (name, value) => attributes.set(name, value), getAttribute: (name) => attributes.get(name) };
  };
  const appendChild = (script: ScriptElement) => {
    const file = path.posix.basename(String(script.src));
    fetched.push(file);
    setTimeout(() => {
      if (unreachable.has(file) || !fs.existsSync(path.join(dist, file))) {
        script.onerror?.({ type: "error", target: script });
        return;
      }
      run(file);
      script.onload?.({ type: "load", target: script });
    }, 0);
  };
  page.document = { createElement, head: { appendChild }, getElementsByTagName: () => [] };
  page.self = page.window = page.globalThis = page;
  vm.createContext(page);
  return { page, run, fetched };
}
