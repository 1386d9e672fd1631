/*
 * Files a newcomer can find and read: no two source files of src/ share a name across folders (a
 * name says what one file does, so `portfolio.ts` in two folders is two things under one name), and
 * no source file of src/ outgrows 300 lines (a longer one is split by concern). Each case names the
 * offending files. The core's unit tests mirror its folders.
 */
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "..", "..", "src");
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const relative = (file: string) => path.relative(SRC, file).split(path.sep).join("/");

/** The names `files` (relative paths) share across folders, each with its files; `index` is a folder's entry, named by its folder. */
export function sharedNames(files: readonly string[]): Record<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const name = path.posix.basename(file).replace(/\.tsx?$/, "");
    if (name === "index") continue;
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return Object.fromEntries([...byName].filter(([, found]) => found.length > 1));
}

/** Each of `files` (path → text) longer than `max` lines, as "path: n lines". */
export function longFiles(files: ReadonlyMap<string, string>, max = MAX_LINES): string[] {
  return [...files].flatMap(([file, text]) => {
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    return lines > max ? [`${file}: ${lines} lines`] : [];
  });
}

describe("the source files of src/", () => {
  const files = sourceFiles(SRC);

  it("do not share a name across folders", () => {
    expect(sharedNames(files.map(relative))).toEqual({});
  });

  it(`are at most ${MAX_LINES} lines each`, () => {
    expect(longFiles(new Map(files.map((file) => [relative(file), fs.readFileSync(file, "utf8")])))).toEqual([]);
  });

  it("are all seen, in every folder (the walk is not empty and goes down into folders)", () => {
    const seen = files.map(relative);
    expect(seen).toContain("core/index.ts");
    expect(seen).toContain("functions/catalog/lists/red-allocate.ts");
    expect(seen).toContain("taskpane/App.tsx");
  });

  it("are mirrored by the core's unit tests: each test of test/core sits in the folder of its source", () => {
    const folders = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const TESTS = path.resolve(__dirname, "..", "core");
    expect(folders(TESTS)).toEqual(folders(path.join(SRC, "core")));
    expect(fs.readdirSync(TESTS).filter((name) => name.endsWith(".ts"))).toEqual([]);
  });

  it("name what they catch: a shared name with both files, a long file with its length", () => {
    expect(sharedNames(["core/portfolio.ts", "functions/portfolio.ts", "core/index.ts", "functions/catalog/index.ts", "a/words.ts", "b/words.tsx"])).toEqual({
      portfolio: ["core/portfolio.ts", "functions/portfolio.ts"],
      words: ["a/words.ts", "b/words.tsx"],
    });
    const text = (lines: number) => "x\n".repeat(lines);
    expect(longFiles(new Map([["short.ts", text(300)], ["long.ts", text(301)]]))).toEqual(["long.ts: 301 lines"]);
  });
});
