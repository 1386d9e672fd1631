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

  it("sends a newcomer to docs/DOMAIN.md and docs/STYLE.md, the shared notes word for word where they are present", () => {
    for (const name of ["DOMAIN.md", "STYLE.md"]) {
      expect(guide).toContain(`docs/${name}`);
      const ours = fs.readFileSync(path.join(ROOT, "docs", name), "utf8");
      const shared = path.resolve(ROOT, "..", "shared", name);
      if (fs.existsSync(shared)) expect(ours).toBe(fs.readFileSync(shared, "utf8"));
    }
  });
});
