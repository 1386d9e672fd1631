/*
 * No import cycle among the modules of src/: each module can be read (and loaded) after the ones
 * it imports. Every import counts, `import type` and `export … from` included: a cycle of types is
 * still two modules that cannot be understood one without the other.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

const SRC = path.resolve(__dirname, "..", "..", "src");

/**
 * Cycles known and owned by other work, each to be removed from here when it is broken (the test
 * below fails on an entry that is no longer a cycle, so this list cannot go stale). None now.
 */
const KNOWN: string[][] = [];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined; // a package, not one of ours
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

/** Each module of src/ (relative to it) with the modules of src/ it imports. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const target = resolve(file, fileName);
      if (target === undefined && fileName.startsWith(".")) throw new Error(`${path.relative(SRC, file)}: cannot resolve ${fileName}`);
      return target === undefined ? [] : [path.relative(SRC, target).split(path.sep).join("/")];
    });
    graph.set(path.relative(SRC, file).split(path.sep).join("/"), [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one module (or a module importing itself): Tarjan. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

describe("imports among src/ modules", () => {
  const graph = importGraph();
  const found = cycles(graph);
  const key = (component: string[]) => [...component].sort().join(" ↔ ");

  it("form no cycle (beyond the known ones listed above)", () => {
    const known = new Set(KNOWN.map(key));
    expect(found.map(key).filter((cycle) => !known.has(cycle))).toEqual([]);
  });

  it("list as known only cycles that still exist", () => {
    const present = new Set(found.map(key));
    expect(KNOWN.map(key).filter((cycle) => !present.has(cycle))).toEqual([]);
  });

  it("are found: the walk sees the barrel, type imports and re-exports", () => {
    expect(graph.get("functions/catalog/lists/red-allocate.ts")).toContain("core/index.ts");
    expect(graph.get("core/index.ts")).toContain("core/maths/assumptions.ts");
    expect(graph.get("core/words/format.ts")).toContain("core/words/language.ts"); // `import type`
    // The detector itself: a made-up loop of three is one cycle, a chain none.
    const loop = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
    expect(cycles(loop)).toEqual([["a", "b", "c"]]);
    expect(cycles(new Map([["a", ["b"]], ["b", []]]))).toEqual([]);
  });
});

describe("the sheet-name rule's home", () => {
  it("is spreadsheet/sheet-names.ts, which imports nothing; of the workbench only the pane's interface it implements (workbench-host.ts) and the pane's setting it writes (xlsx-addin-settings.ts) import taskpane/host.ts", () => {
    const graph = importGraph();
    expect(graph.get("spreadsheet/sheet-names.ts")).toEqual([]);
    const reachingHost = [...graph].filter(([file, targets]) => file.startsWith("workbench/") && targets.includes("taskpane/host.ts")).map(([file]) => file);
    expect(reachingHost.sort()).toEqual(["workbench/workbench-host.ts", "workbench/xlsx-addin-settings.ts"]);
    expect(graph.get("workbench/tabs.ts")).toContain("spreadsheet/sheet-names.ts");
  });
});

describe("what ships does not depend on the tests or the workbench", () => {
  /** Every file `entry` reaches by relative imports. */
  const reached = (entry: string): string[] => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { fileName } of ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles) {
        const target = resolve(file, fileName) ?? resolve(file, `${fileName}.js`); // scripts/metadata.js is required
        if (target) walk(target);
      }
    };
    walk(entry);
    return [...seen].map((file) => path.relative(path.resolve(SRC, ".."), file).split(path.sep).join("/"));
  };

  it("the template build (scripts/build-template.ts) and src/ import nothing from test/", () => {
    const files = reached(path.resolve(SRC, "..", "scripts", "build-template.ts"));
    expect(files).toContain("scripts/red-engine.ts"); // the walk follows the build's imports
    expect(files.filter((file) => file.startsWith("test/"))).toEqual([]);
    expect([...importGraph().values()].flat().filter((file) => file.startsWith("../test"))).toEqual([]);
  });

  it("the template build (scripts/build-template.ts, scripts/red-engine.ts) reaches nothing of the workbench (src/workbench/) or test/: what both need is in src/spreadsheet/", () => {
    const files = ["build-template.ts", "red-engine.ts"].flatMap((script) => reached(path.resolve(SRC, "..", "scripts", script)));
    expect([...new Set(files.filter((file) => file.startsWith("src/workbench/") || file.startsWith("test/")))].sort()).toEqual([]);
    // The walk goes through the shared module to what it imports (the plugin, the engine words, the core).
    expect(files).toEqual(expect.arrayContaining(["src/spreadsheet/hyperformula-plugin.ts", "src/spreadsheet/xlsx-charts.ts", "src/core/index.ts"]));
  });
});
