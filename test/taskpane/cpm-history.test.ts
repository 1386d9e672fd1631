/*
 * The task pane reads the CPM history sheet — the planner's months, the fit and its interval — by
 * its labels, through the workbook interface, and minefield 2 judges the proposal against the band.
 */
import { budgetStep } from "../../src/taskpane/budget-step";
import { readCpmHistory } from "../../src/taskpane/history-notes";
import { assumptionRef } from "../../src/template/assumptions-sheet";
import { readScenario } from "../../src/taskpane/scenario";
import { emptySheetState } from "../../src/taskpane/state";
import { EXAMPLE_HISTORY, HISTORY_LABELS, HISTORY_LAYOUT, HISTORY_MONTH_HEADER, HISTORY_SHEET, plannerWorkbook, sheetAsRows } from "../../src/template/planner";
import { WorkbenchDocument, workbenchHost } from "../../src/workbench/workbench-host";
import { engine } from "../support/engine";
import { MAX_ROWS } from "../../src/spreadsheet/limits";

async function templateHost(edit: (rows: Record<string, unknown[][]>) => void = () => undefined) {
  const rows = Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s) as unknown[][]]));
  edit(rows);
  const hf = await engine(rows);
  const doc: WorkbenchDocument = { hf, formats: {}, sheet: "Growth", selection: "B10" };
  return { hf, host: workbenchHost(() => doc, { changed: () => undefined }, () => "en") };
}

describe("the CPM history sheet in the task pane", () => {
  it("reads the months, the fit and the 90% band the sheet computes", async () => {
    const { hf, host } = await templateHost();
    const history = (await readCpmHistory(host, await host.sheets()))!;
    expect(history.months).toEqual(EXAMPLE_HISTORY.map(([, spend, cpm]) => ({ spend, cpm })));
    const sheet = hf.getSheetId(HISTORY_SHEET)!;
    const cell = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, sheet)!) as number;
    expect(history.fit).toEqual({ elasticity: cell(HISTORY_LAYOUT.results.elasticity), baseCpm: cell(HISTORY_LAYOUT.results.baseCpm) });
    expect(history.band).toEqual({ low: cell(HISTORY_LAYOUT.results.low), high: cell(HISTORY_LAYOUT.results.high), confidence: 0.9 });
    hf.destroy();
  });

  it("gives every scenario the band, so minefield 2 reads the cap as a band", async () => {
    const { hf, host } = await templateHost();
    const scenario = await readScenario(host, "Growth", emptySheetState());
    expect(scenario.history?.band).toBeDefined();
    const check = budgetStep(scenario)!.check!;
    expect(check.capBand?.pessimistic).toBeLessThan(check.capBand!.optimistic!);
    expect(check.verdict.en).toContain("(90% interval)");
    hf.destroy();
  });

  it("skips blank months and gives no band where the fit does not compute", async () => {
    const { hf, host } = await templateHost((rows) => {
      // Two months left: too few to fit (#NUM!), so no band, and the point verdict stands.
      const history = rows[HISTORY_SHEET];
      for (let i = 2; i < EXAMPLE_HISTORY.length; i++) history[HISTORY_LAYOUT.firstMonthRow - 1 + i][1] = null;
    });
    const history = (await readCpmHistory(host, await host.sheets()))!;
    expect(history.months).toHaveLength(2);
    expect(history.band).toBeUndefined();
    expect(history.fit).toBeUndefined();
    hf.destroy();
  });

  // A report of n months pasted from the first month row down: spends rising, CPMs off a curve by a wobble.
  const report = (n: number) => Array.from({ length: n }, (_, i) => {
    const spend = 100_000 + 12_500 * i;
    return [`M${i + 1}`, spend, Math.round(8_000 * (spend / 200_000) ** 0.4 * (1 + 0.08 * Math.sin(i * 1.7))) / 100];
  });
  it.each([36, 110])("fits every one of %i pasted months, as CPMFIT on exactly those months, and the pane reads them all", async (n) => {
    const months = report(n);
    const ref = /^(.+)!\$B\$(\d+)$/.exec(assumptionRef("ref_spend"))!;
    const { hf, host } = await templateHost((rows) => {
      const history = rows[HISTORY_SHEET];
      months.forEach((month, i) => {
        const r = HISTORY_LAYOUT.firstMonthRow - 1 + i;
        history[r] = [...month, ...(history[r] ?? []).slice(3)];
      });
      // The check: CPMFIT on the n months alone, with the sheet's reference spend and 90% level.
      rows.Check = months.map(([, spend, cpm], i) => [spend, cpm, i === 0 ? `=TRANSPOSE(RED.CPMFIT(A1:A${n},B1:B${n},${ref[1]}!$B$${ref[2]},,0.9))` : null]);
    });
    const read = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
    const keys = Object.keys(HISTORY_LAYOUT.results) as (keyof typeof HISTORY_LAYOUT.results)[];
    expect(read(HISTORY_SHEET, HISTORY_LAYOUT.results.months)).toBe(n);
    keys.forEach((key, i) => expect({ key, value: read(HISTORY_SHEET, HISTORY_LAYOUT.results[key]) }).toEqual({ key, value: read("Check", `C${i + 1}`) }));
    const history = (await readCpmHistory(host, await host.sheets()))!;
    expect(history.months).toEqual(months.map(([, spend, cpm]) => ({ spend, cpm })));
    expect(history.fit?.elasticity).toBe(read("Check", "C1"));
    hf.destroy();
  });

  /** The template with these months pasted from the first month row down (null: a blank row). */
  const pasted = (months: readonly (unknown[] | null)[]) =>
    templateHost((rows) => {
      const history = rows[HISTORY_SHEET];
      months.forEach((month, i) => {
        const r = HISTORY_LAYOUT.firstMonthRow - 1 + i;
        history[r] = [...(month ?? [null, null, null]), ...(history[r] ?? []).slice(3)];
      });
    });

  it("says how many pasted months fall below the 120 rows the fit reads, which the fit leaves out (none said for 110)", async () => {
    const paste = async (n: number) => {
      const { hf, host } = await pasted(report(n));
      const used = hf.getCellValue(hf.simpleCellAddressFromString(HISTORY_LAYOUT.results.months, hf.getSheetId(HISTORY_SHEET)!)!);
      const history = (await readCpmHistory(host, await host.sheets()))!;
      hf.destroy();
      return { used, read: history.months.length, beyond: history.beyond };
    };
    // The evidence: 130 months pasted, the sheet's fit uses 120 of them.
    expect(await paste(130)).toEqual({ used: 120, read: 120, beyond: 10 });
    expect(await paste(110)).toEqual({ used: 110, read: 110, beyond: undefined });
  });

  // A report however long, read to the sheet's last used row (issue 25: 365 months were counted as 161 left out); the
  // workbench's sheets end at MAX_ROWS (100,000 months, as Excel's rows hold them: office-host.test.ts).
  const most = MAX_ROWS - HISTORY_LAYOUT.firstMonthRow + 1;
  it.each([
    [365, 245],
    [most, most - HISTORY_LAYOUT.monthRows],
  ])("counts every one of %i pasted months below the fit's rows: %i left out", async (n, left) => {
    const { hf, host } = await pasted(report(n));
    const history = (await readCpmHistory(host, await host.sheets()))!;
    expect({ read: history.months.length, beyond: history.beyond }).toEqual({ read: HISTORY_LAYOUT.monthRows, beyond: left });
    hf.destroy();
  });

  it("skips the blank rows inside a pasted block, wherever they are, and counts a month far below the rest", async () => {
    const months: (unknown[] | null)[] = report(400);
    // Every seventh row blanked, a row of text, and one month 5,000 rows below the block.
    months.forEach((_, i) => i % 7 === 3 && (months[i] = null));
    months[200] = ["note", "n/a", "—"];
    for (let i = 400; i < 5_400; i++) months.push(null);
    months.push(["Late", 150_000, 61.5]);
    const { hf, host } = await pasted(months);
    const isMonth = (month: unknown[] | null) => typeof month?.[1] === "number";
    const history = (await readCpmHistory(host, await host.sheets()))!;
    expect(history.months.length).toBe(months.slice(0, HISTORY_LAYOUT.monthRows).filter(isMonth).length);
    expect(history.beyond).toBe(months.slice(HISTORY_LAYOUT.monthRows).filter(isMonth).length);
    // Rows 121–400 of the block: 280, less 40 blanked and 1 of text, and the late month: 240.
    expect(history.beyond).toBe(240);
    hf.destroy();
  });

  it("is absent where the workbook has no CPM history sheet", async () => {
    const { hf, host } = await templateHost((rows) => delete rows[HISTORY_SHEET]);
    expect(await readCpmHistory(host, await host.sheets())).toBeUndefined();
    hf.destroy();
  });
});

describe("reading the CPM history sheet's fit, each figure by its rule", () => {
  const hostWith = (fit: Record<string, unknown>) => {
    const rows: unknown[][] = [[HISTORY_MONTH_HEADER]];
    for (const [label, value] of Object.entries(fit)) rows.push([null, null, null, null, label, value]);
    return { readRanges: async () => [rows], lastUsedRow: async () => rows.length, sheets: async () => [{ id: "1", name: HISTORY_SHEET }] } as unknown as Parameters<typeof readCpmHistory>[0];
  };

  it("keeps an interval end below 0 as fitted (never clipped), and reads the level and base CPM by their rules", async () => {
    const host = hostWith({
      [HISTORY_LABELS.elasticity]: 0.2,
      [HISTORY_LABELS.baseCpm]: 80,
      [HISTORY_LABELS.low]: -0.15,
      [HISTORY_LABELS.high]: 0.55,
      [HISTORY_LABELS.confidence]: 0.9,
    });
    const history = (await readCpmHistory(host, await host.sheets()))!;
    expect(history.band).toEqual({ low: -0.15, high: 0.55, confidence: 0.9 });
    expect(history.fit).toEqual({ elasticity: 0.2, baseCpm: 80 });
  });

  it("does not quote a confidence level the functions would refuse (90 typed for 90%), nor a base CPM of 0", async () => {
    const host = hostWith({
      [HISTORY_LABELS.elasticity]: 0.2,
      [HISTORY_LABELS.baseCpm]: 0,
      [HISTORY_LABELS.low]: 0.1,
      [HISTORY_LABELS.high]: 0.3,
      [HISTORY_LABELS.confidence]: 90,
    });
    const history = (await readCpmHistory(host, await host.sheets()))!;
    expect(history.band).toEqual({ low: 0.1, high: 0.3, confidence: undefined });
    expect(history.fit).toBeUndefined();
  });
});
