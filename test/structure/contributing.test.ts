/*
 * CONTRIBUTING.md lives in the repository: every file it cites is here, and the domain notes it sends
 * a newcomer to (docs/DOMAIN.md, docs/STYLE.md) are the team's shared notes word for word wherever
 * those are present beside the repository.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const guide = fs.readFileSync(path.join(ROOT, "CONTRIBUTING.md"), "utf8");

describe("CONTRIBUTING.md", () => {
  it("cites only files and folders that are in the repository", () => {
    // Backticked paths: a folder of ours followed by more path (src/…, test/…, docs/…, scripts/…).
    const cited = [...guide.matchAll(/`((?:src|test|docs|scripts|assets)\/[^`\s…<>*]+)`/g)].map((m) => m[1].replace(/[.,:;]+$/, ""));
    expect(cited.length).toBeGreaterThan(10);
    const missing = cited.filter((p) => !fs.existsSync(path.join(ROOT, p)));
    expect(missing).toEqual([]);
  });

  it("names only code that is there: every constant and function it cites is exported by src/ or scripts/", () => {
    // Backticked names that read as code (CONSTANT_CASE or camelCase), with or without their arguments.
    const named = [...new Set([...guide.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)(?:\([^`]*\))?`/g)].map((m) => m[1]))].filter((n) => /^[A-Z][A-Z0-9_]+$/.test(n) || /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(n));
    expect(named.length).toBeGreaterThan(15);
    const exported = new Set<string>();
    const read = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) read(full);
        else if (/\.(ts|tsx|js)$/.test(entry.name)) for (const m of fs.readFileSync(full, "utf8").matchAll(/export (?:async )?(?:const|function|type|interface|class) ([A-Za-z_][A-Za-z0-9_]*)/g)) exported.add(m[1]);
      }
    };
    read(path.join(ROOT, "src"));
    read(path.join(ROOT, "scripts"));
    // What the guide's own example defines (its step-1 core function) and the functions' namespace, from the manifest.
    const ownExample = new Set([...guide.matchAll(/import \{[^}]*\b(my[A-Z]\w*)/g)].map((m) => m[1]));
    const namespace = /id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))?.[1];
    expect(named.filter((n) => !exported.has(n) && !ownExample.has(n) && n !== namespace)).toEqual([]);
  });

  it("sends a newcomer to docs/DOMAIN.md and docs/STYLE.md, the shared notes word for word where they are present", () => {
    for (const name of ["DOMAIN.md", "STYLE.md"]) {
      expect(guide).toContain(`docs/${name}`);
      const ours = fs.readFileSync(path.join(ROOT, "docs", name), "utf8");
      const shared = path.resolve(ROOT, "..", "shared", name);
      if (fs.existsSync(shared)) expect(ours).toBe(fs.readFileSync(shared, "utf8"));
    }
  });
});
