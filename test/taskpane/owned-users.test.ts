/*
 * Minefield 6 in the pane: it reads the NPL sheet's own cells and agrees with the sheet — on the
 * template and on workbooks whose Assumptions were edited (the workbench's host on HyperFormula,
 * computing with the add-in's functions) — and reads the same through Office.js (office-addin-mock,
 * fed the very values the workbook computed), naming a cell that shows an error instead of judging.
 */
import type { HyperFormula } from "hyperformula";
import { assumptionRef } from "../../src/template/assumptions-sheet";
import { CellValue, splitAddress, WorkbookHost } from "../../src/taskpane/host";
import { officeHost } from "../../src/taskpane/office-host";
import { ownedUsersEvidence, readOwnedUsers } from "../../src/taskpane/owned-users";
import { UI } from "../../src/taskpane/ui-strings";
import { NPL_LAYOUT as L, NPL_SHEET, plannerWorkbook, sheetAsRows } from "../../src/template/planner";
import { WorkbenchDocument, workbenchHost } from "../../src/workbench/workbench-host";
import { engine } from "../support/engine";
import { Block, blocksBySheet, mockExcel } from "../support/office-mock";

jest.setTimeout(120_000);

let hf: HyperFormula;
let doc: WorkbenchDocument;
const host = workbenchHost(() => doc, { changed: () => undefined }, () => "en");
const shipped = Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)]));

beforeAll(async () => {
  hf = await engine(shipped);
  doc = { hf, formats: {}, sheet: "Growth", selection: "B10" };
});
afterAll(() => hf.destroy());
beforeEach(() => hf.setSheetContent(hf.getSheetId("Assumptions")!, shipped.Assumptions as never));

const address = (sheet: string, a1: string) => hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!;
const cell = (sheet: string, a1: string) => hf.getCellValue(address(sheet, a1)) as number;
const npl = (a1: string) => cell(NPL_SHEET, a1);
/** Sets an assumption on the Assumptions sheet, as a planner types it. */
const setRate = (key: string, value: number) => {
  const [sheet, a1] = assumptionRef(key).replace(/\$/g, "").split("!");
  hf.setCellContents(address(sheet, a1), [[value]]);
};
const rate = (key: string) => {
  const [sheet, a1] = assumptionRef(key).replace(/\$/g, "").split("!");
  return cell(sheet, a1);
};
const pane = async (on: WorkbookHost = host) => (await readOwnedUsers(on, await host.sheets()))!;

describe("minefield 6 in the pane, on the NPL sheet", () => {
  it("quotes the sheet's own loyal share and GMV, and is clear on the template", async () => {
    const owned = await pane();
    expect(owned.problems).toEqual([]);
    expect(owned.check!.loyalShare).toBe(npl(L.figures.loyalShare));
    expect(owned.check!.gmv).toBe(npl(L.figures.gmv));
    expect(owned.check!.ladderGmv).toBe(Math.round(npl(L.figures.gmv) * 100) / 100);
    expect(owned.check!.status).toBe("clear");
    expect(ownedUsersEvidence(owned, UI.en, "en")).toContain("5.1×");
    expect(ownedUsersEvidence(owned, UI.zh, "zh")).toContain("5.1 倍");
  });

  it("agrees with the sheet on an edited workbook: a rate changed on the Assumptions sheet moves both alike", async () => {
    for (const [key, value] of [["returning_to_loyal", 0.12], ["loyal_order_multiple", 3], ["interest_to_buy", 0.02], ["loyal_lapse", 0.2]] as const) {
      setRate(key, value);
      const owned = await pane();
      expect({ key, share: owned.check!.loyalShare }).toEqual({ key, share: npl(L.figures.loyalShare) });
      expect({ key, gmv: owned.check!.ladderGmv }).toEqual({ key, gmv: Math.round(npl(L.figures.gmv) * 100) / 100 });
      expect(owned.check!.addedGmv).toBeDefined();
    }
  });

  it("agrees with the sheet where an assumption is blank, and reads an input typed as 100万 as the RED functions do", async () => {
    const shippedShare = npl(L.figures.loyalShare);
    const [sheet, a1] = assumptionRef("loyal_order_multiple").replace(/\$/g, "").split("!");
    hf.setCellContents(address(sheet, a1), [[null]]);
    const blanked = await pane();
    expect(blanked.check!.loyalShare).toBe(npl(L.figures.loyalShare));
    expect(blanked.check!.loyalShare).toBe(shippedShare);
    expect(blanked.check!.status).toBe("clear");
    // The start's returning customers typed as text the functions read: the pane reads them alike.
    const startCell = address(NPL_SHEET, `E${L.startRow}`);
    const typed = hf.getCellValue(startCell) as number;
    hf.setCellContents(startCell, [[`${typed / 10_000}万`]]);
    try {
      const owned = await pane();
      expect(owned.problems).toEqual([]);
      expect(owned.check!.ladderGmv).toBe(Math.round(npl(L.figures.gmv) * 100) / 100);
    } finally {
      hf.setCellContents(startCell, [[typed]]);
    }
  });

  it("adds what the sheet itself shows when the planner raises the group-chat join rate one point", async () => {
    setRate("returning_to_loyal", 0.07);
    const owned = await pane();
    const before = npl(L.figures.gmv);
    setRate("returning_to_loyal", owned.check!.raisedJoinRate);
    expect(rate("returning_to_loyal")).toBeCloseTo(0.08, 12);
    expect(Math.round(owned.check!.addedGmv! * 100)).toBe(Math.round((npl(L.figures.gmv) - before) * 100));
    expect(owned.check!.addedGmv!).toBeGreaterThan(0);
  });

  it("is risk where loyal customers bring no GMV (no group chats at the start, no one joining)", async () => {
    setRate("returning_to_loyal", 0);
    hf.setCellContents(address(NPL_SHEET, `F${L.startRow}`), [[0]]);
    try {
      const owned = await pane();
      expect(npl(L.figures.loyalShare)).toBe(0);
      expect(owned.check!.status).toBe("risk");
    } finally {
      hf.setCellContents(address(NPL_SHEET, `F${L.startRow}`), [[shipped[NPL_SHEET][L.startRow - 1][5]]]);
    }
  });

  it("is watch where the group-chat line is cleared (no budget this year), the sheet still computing the year", async () => {
    const row = L.firstLineRow + L.peopleLine;
    const cleared = ["A", "B", "C", "D"].map((c) => address(NPL_SHEET, `${c}${row}`));
    const saved = cleared.map((a) => hf.getCellSerialized(a));
    for (const a of cleared) hf.setCellContents(a, [[null]]);
    try {
      const owned = await pane();
      expect(owned.problems).toEqual([]);
      expect(owned.check!.gmv).toBe(npl(L.figures.gmv));
      expect(owned.check!.status).toBe("watch");
    } finally {
      cleared.forEach((a, i) => hf.setCellContents(a, [[saved[i]]]));
    }
  });

  it("names the assumptions table it refuses rather than judge over it", async () => {
    setRate("returning_to_loyal", 0.99);
    const owned = await pane();
    expect(owned.check).toBeUndefined();
    expect(owned.refused?.why.en).toContain("returning_lapse");
    expect(ownedUsersEvidence(owned, UI.en, "en")).toMatch(/^Not checked/);
  });
});

/** Every range `run` reads through a host, with what the workbook computed there. */
async function recorded(run: (on: WorkbookHost) => Promise<unknown>): Promise<{ values: Record<string, CellValue[][]>; formulas: Record<string, (string | null)[][]> }> {
  const values: Record<string, CellValue[][]> = {};
  const formulas: Record<string, (string | null)[][]> = {};
  const key = (a: string) => {
    const { sheet, cells } = splitAddress(a);
    return `${sheet}!${cells}`;
  };
  await run({
    ...host,
    readRanges: async (addresses) => {
      const got = await host.readRanges(addresses);
      addresses.forEach((a, i) => (values[key(a)] = got[i]));
      return got;
    },
    readFormulas: async (addresses) => {
      const got = await host.readFormulas(addresses);
      addresses.forEach((a, i) => (formulas[key(a)] = got[i]));
      return got;
    },
  });
  return { values, formulas };
}

/** The Office.js Excel serving these ranges ("Sheet!B3:C4"), each as Range.values and Range.formulas give it. */
function mockExcelOf(values: Record<string, CellValue[][]>, formulas: Record<string, (string | null)[][]>) {
  const ranges: Record<string, Block> = {};
  for (const [where, grid] of Object.entries(values)) ranges[where] = grid;
  for (const [where, grid] of Object.entries(formulas)) ranges[where] = { values: values[where] ?? grid, formulas: grid };
  return mockExcel(blocksBySheet(ranges)).excel;
}

describe("minefield 6 through Office.js", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

  it("reads the NPL sheet's cells and the table its ladder points at, and reaches the workbench's answer", async () => {
    const { values, formulas } = await recorded((on) => readOwnedUsers(on, [{ id: "npl", name: NPL_SHEET }]));
    expect(Object.keys(formulas)).toEqual([`${NPL_SHEET}!A${L.ladderRow}`]);
    (globalThis as Record<string, unknown>).Excel = mockExcelOf(values, formulas);
    const owned = (await readOwnedUsers(officeHost(), [{ id: "npl", name: NPL_SHEET }]))!;
    expect(owned.check).toEqual((await pane()).check);
  });

  it("names a cell of the sheet that shows an error, and gives no verdict", async () => {
    const { values, formulas } = await recorded((on) => readOwnedUsers(on, [{ id: "npl", name: NPL_SHEET }]));
    values[`${NPL_SHEET}!${L.figures.loyalShare}`] = [["#DIV/0!"]];
    (globalThis as Record<string, unknown>).Excel = mockExcelOf(values, formulas);
    const owned = (await readOwnedUsers(officeHost(), [{ id: "npl", name: NPL_SHEET }]))!;
    expect(owned.check).toBeUndefined();
    expect(owned.problems).toEqual([{ address: `'${NPL_SHEET}'!${L.figures.loyalShare}`, shown: "#DIV/0!" }]);
    expect(ownedUsersEvidence(owned, UI.zh, "zh")).toContain("#DIV/0!");
  });

  it("says what it needs where the workbook has no NPL sheet", async () => {
    expect(await readOwnedUsers(host, [{ id: "g", name: "Growth" }])).toBeUndefined();
    expect(ownedUsersEvidence(undefined, UI.en, "en")).toContain(NPL_SHEET);
  });
});
