/*
 * README's error table against the catalogue: every code of the catalogue (src/core/maths/errors.ts,
 * worded in messages.ts) is listed exactly once, beside the Excel error the boundary turns it into
 * (src/functions/excel-errors.ts). A code added, removed or remapped without the table fails here.
 */
import fs from "fs";
import path from "path";
import { ERROR_WORDS } from "../../src/core";
import { EXCEL_KIND } from "../../src/functions/boundary";

const README = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");

/** The rows of the table under "### Errors": Excel error, code, when. */
function errorTable(): { excel: string; code: string; when: string }[] {
  const section = README.split(/^### Errors$/m)[1]?.split(/^#{2,3} /m)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => /^\| `#/.test(line))
    .map((line) => {
      const [excel, code, when] = line.split("|").slice(1, 4).map((cell) => cell.trim());
      return { excel: excel.replace(/`/g, ""), code: code.replace(/`/g, ""), when };
    });
}

describe("README's error table", () => {
  const rows = errorTable();

  it("is found, with a description in every row", () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row.when.length).toBeGreaterThan(5);
  });

  it("lists every code of the catalogue exactly once, and no other", () => {
    const listed = rows.map((row) => row.code);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(ERROR_WORDS.en).sort());
    expect(Object.keys(EXCEL_KIND).sort()).toEqual(Object.keys(ERROR_WORDS.en).sort());
  });

  it("shows each code as the Excel error the boundary maps it to", () => {
    const shown = Object.fromEntries(rows.map((row) => [row.code, row.excel]));
    expect(shown).toEqual({ ...EXCEL_KIND });
  });
});
