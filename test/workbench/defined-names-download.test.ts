/*
 * Download writes the opened file's defined names as the file has them: ExcelJS alone (a load and a
 * write) makes a sheet's own name the workbook's, drops constants and cuts or garbles formulas.
 * Each name keeps its attributes, follows its sheet when renamed on the page, and reopens computing
 * what it did; LibreOffice, recalculating the Download, agrees.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { renameRecorded } from "../../src/workbench/sheet-rename";
import type { State } from "../../src/workbench/store";
import { readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { definedNamesOfFile, withFileNames } from "../../src/spreadsheet/xlsx-defined-names";
import { decodeXml } from "../../src/spreadsheet/xml-text";
import { engine } from "../support/engine";
import { recalculatedRows } from "../support/libreoffice-recalc";
import { downloadOf, openedState } from "../support/xlsx-xml";
import { CALC, NAMES, namesFile } from "../support/names-file";

const opened = async (): Promise<State> => openedState(new Uint8Array(await namesFile()), "Calc");

/** Each defined name's element with its text decoded (`"a<b&c"`, `'A1'!`), attributes as written. */
const decoded = (element: string): string => element.replace(/>([^<]*)</, (_, text: string) => `>${decodeXml(text)}<`);

/** The defined names of a package's workbook part (decoded). */
async function namesOf(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => decoded(m[0]));
}

/** What the page shows in Calc's A1:A9 when it opens `bytes`. */
async function reopened(bytes: Uint8Array): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const hf = await engine(readWorkbook(book), await definedNamesOfFile(bytes));
  const calc = hf.getSheetId(hf.getSheetNames()[0])!;
  const values = CALC.map((_, row) => hf.getCellValue({ sheet: calc, row, col: 0 }));
  hf.destroy();
  return values;
}

/** What Excel computes in Calc's A1:A9, but Across (A8): a range of sheets, which the engine cannot compute. */
const PAGE_SHOWS = CALC.map(([, , value], i) => (i === 7 ? expect.anything() : value));

describe("Download keeps the file's defined names", () => {
  it("writes every name as the file has it when nothing is changed: a sheet's own, constants, whole formulas, hidden, a comment, one print area", async () => {
    const state = await opened();
    expect(await reopened(state.bytes)).toEqual(PAGE_SHOWS);
    const bytes = await downloadOf(state);
    state.hf.destroy();
    expect(await namesOf(bytes)).toEqual(NAMES.map(decoded));
    expect(await reopened(bytes)).toEqual(PAGE_SHOWS);
  });

  it("names the sheets renamed on the page, quoted where Excel needs quotes (A1, TRUE), a range of sheets quoted whole", async () => {
    const state = await opened();
    renameRecorded(state, state.hf.getSheetId("Data")!, "A1");
    renameRecorded(state, state.hf.getSheetId("Other")!, "TRUE");
    const bytes = await downloadOf(state);
    state.hf.destroy();
    const names = await namesOf(bytes);
    expect(names).toEqual(
      NAMES.map((name) =>
        decoded(name)
          .replace(/>Data!/g, ">'A1'!")
          .replace(/\+Data!/g, "+'A1'!")
          .replace(">Other!", ">'TRUE'!")
          .replace("Data:Data2!", "'A1:Data2'!"),
      ),
    );
    expect(names).toContain('<definedName name="Amounts" localSheetId="2">\'TRUE\'!$B$1:$B$2</definedName>');
    expect(await reopened(bytes)).toEqual(PAGE_SHOWS);
  });
});

describe("withFileNames", () => {
  const part = (sheets: string[], names: string[]) =>
    `<workbook><sheets>${sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    "<calcPr/></workbook>";
  const file = part(["Calc", "Data", "Other", "Data2"], NAMES);

  it("follows sheets moved, drops a deleted sheet's own names and makes references to it #REF! (as Excel; a range of sheets ending at it too), keeps an added sheet's print area, not ExcelJS's copies", () => {
    // As ExcelJS would write it: Data gone, the sheets reordered, New added with its print area, and its own copy of a name.
    const written = part(["Other", "Calc", "Data2", "New"], ['<definedName name="Amounts">Other!$B$1:$B$2</definedName>', '<definedName name="_xlnm.Print_Area" localSheetId="3">New!$A$1:$C$3</definedName>']);
    const names = [...withFileNames(written, file, new Map()).matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => decoded(m[0]));
    expect(names).toEqual([
      '<definedName name="Amounts">#REF!$B$1:$B$4</definedName>',
      '<definedName name="Amounts" localSheetId="0">Other!$B$1:$B$2</definedName>',
      '<definedName name="Local" localSheetId="1">#REF!$B$4</definedName>',
      '<definedName name="Local" localSheetId="0">Other!$B$2</definedName>',
      decoded(NAMES[4]),
      decoded(NAMES[5]),
      '<definedName name="Both">#REF!$B$1+Data2!$B$1</definedName>',
      '<definedName name="Across">SUM(#REF!$B$1)</definedName>',
      '<definedName name="Secret" hidden="1">#REF!$B$2</definedName>',
      '<definedName name="_xlnm.Print_Area" localSheetId="3">New!$A$1:$C$3</definedName>',
    ]);
  });

  it("writes no definedNames where neither the file nor an added sheet has a name, and puts them after the sheets where ExcelJS wrote none", () => {
    const none = part(["Calc"], []);
    expect(withFileNames(none, none, new Map())).toBe(none);
    expect(withFileNames(part(["Calc", "Data", "Other", "Data2"], []), file, new Map())).toBe(file.replace('"a&lt;b&amp;c"', "&quot;a&lt;b&amp;c&quot;"));
  });

  it("leaves ExcelJS's names where the file writes its names in a way it does not read (a namespace prefix)", () => {
    const written = part(["Calc"], ['<definedName name="A">Calc!$A$1</definedName>']);
    const prefixed = part(["Calc"], []).replace("</sheets>", '</sheets><x:definedNames><x:definedName name="A">Calc!$A$1</x:definedName></x:definedNames>');
    expect(withFileNames(written, prefixed, new Map())).toBe(written);
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findSoffice } = require("../support/find-soffice.js");

describe("LibreOffice computing the Download", () => {
  const soffice: string | undefined = findSoffice();
  (soffice ? it : it.skip)("recalculates SUM(Amounts) to 13 and each sheet's own name to its own value", async () => {
    const state = await opened();
    renameRecorded(state, state.hf.getSheetId("Other")!, "Other 2");
    const bytes = await downloadOf(state);
    state.hf.destroy();
    const rows = recalculatedRows(soffice!, bytes);
    expect(rows.map((row) => row.split(",")[0])).toEqual(["13", "30", "7", "20", expect.stringMatching(/^0\.434/), "a<b&c", "101", "111", "2"]);
  }, 180_000);
});

