/*
 * Scenario workbooks in a real formula engine (HyperFormula) with the add-in's own functions: the
 * planner template's Assumptions, three stage sheets of twelve months, Notes and Summary; fills,
 * copies, edits, blanks, errors and spills — and every figure reconciled with native formulas.
 */
import type { HyperFormula } from "hyperformula";
import { ASSUMPTION_TABLE } from "../../src/core";
import {
  assumptionRef,
  NOTES_LAST_ROW,
  BUDGET_NEGATIVE,
  BUDGET_NOT_A_NUMBER,
  CAP_INPUT_MISSING,
  INPUT_MISSING,
  OVER_CAP,
  plannerWorkbook,
  SCENARIO_LAYOUT as L,
  SCENARIOS,
  sheetAsRows,
  WITHIN_CAP,
} from "../../src/template/planner";
import { engine, metadata } from "../support/engine";
import { setLanguage } from "../../src/functions/boundary";

const e = assumptionRef("cpm_elasticity");
const g = assumptionRef("cvr_elasticity");
const ref = assumptionRef("ref_spend");
const floor = assumptionRef("floor_spend");
const SHARE_KEY: Record<string, string> = { "cold-start": "spill_cold_start", growth: "spill_growth", mature: "spill_mature" };

/** The same figures as the RED columns, in plain native formulas from DOMAIN §3 (columns K–P). */
function reconciliationColumns(sheet: unknown[][], stage: string): void {
  const share = assumptionRef(SHARE_KEY[stage]);
  for (let m = 0; m < L.months; m++) {
    const r = L.firstMonthRow + m;
    const row = sheet[r - 1];
    while (row.length < 12) row.push(null);
    row.push(
      `=ROUND(B${r}*${share},2)`,
      `=B${r}-M${r}`,
      `=$B$4*(MAX(B${r},${floor})/${ref})^${e}`,
      `=IF(B${r}>${floor},O${r}/(1-${e}),O${r})`,
      `=1000*B${r}/O${r}`,
      `=$B$5*(MAX(B${r},${floor})/${ref})^(${e}-${g})/IF(B${r}>${floor},1-${e}+${g},1)`,
    );
  }
  const capRow = sheet[6];
  while (capRow.length < 12) capRow.push(null);
  // The cap is a spend, in whole cents: the closed form's largest cent.
  capRow.push(`=ROUNDDOWN(${ref}*($B$6*(1-${e}+${g})/$B$5)^(1/(${e}-${g})),2)`);
}

function templateSheets(): Record<string, unknown[][]> {
  const sheets: Record<string, unknown[][]> = {};
  for (const definition of plannerWorkbook()) sheets[definition.name] = sheetAsRows(definition);
  for (const scenario of SCENARIOS) reconciliationColumns(sheets[scenario.name], scenario.stage);
  return sheets;
}

let hf: HyperFormula;
const at = (sheet: string, a1: string) => {
  const address = hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!;
  return hf.getCellValue(address);
};
const set = (sheet: string, a1: string, value: unknown) => {
  hf.setCellContents(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!, [[value as never]]);
};
const close = (actual: unknown, expected: unknown) => {
  expect(typeof actual).toBe("number");
  expect(typeof expected).toBe("number");
  const scale = Math.max(1, Math.abs(expected as number));
  expect(Math.abs((actual as number) - (expected as number))).toBeLessThanOrEqual(1e-9 * scale);
};
const errorType = (value: unknown) => (value as { type?: string })?.type;

beforeEach(async () => {
  hf = await engine(templateSheets());
});

afterEach(() => hf.destroy());

describe("the harness", () => {
  it("registers every function of functions.json under RED.", () => {
    const names = metadata.functions.map((f) => `RED.${f.name}`);
    const registered = (hf.constructor as typeof HyperFormula).getRegisteredFunctionNames("enGB");
    expect(registered).toEqual(expect.arrayContaining(names));
  });

  it("passes omitted optionals as null and checks the argument count", () => {
    set("Growth", "K30", "=RED.AVGCPM(500000,,)");
    close(at("Growth", "K30"), 1.4);
    set("Growth", "K31", "=RED.AVGCPM()");
    expect(errorType(at("Growth", "K31"))).toBe("NA");
    expect((at("Growth", "K31") as { message: string }).message).toBe("Wrong number of arguments.");
  });

  it("words its own errors in the functions' language, as Excel would", () => {
    setLanguage("zh");
    try {
      set("Growth", "K31", "=RED.AVGCPM()");
      expect((at("Growth", "K31") as { message: string }).message).toBe("参数个数不对。");
      set("Growth", "K32", "=RED.STAGEPLAN(B10:B11)");
      expect(errorType(at("Growth", "K32"))).toBe("VALUE");
      expect((at("Growth", "K32") as { message: string }).message).toBe("stage 只接受一个单元格");
    } finally {
      setLanguage(undefined);
    }
  });
});

describe("the template, evaluated", () => {
  it("computes the growth scenario's reference figures", () => {
    expect(Math.round(at("Growth", "B7") as number)).toBe(547_756); // target 60 = 2 × base 30
    expect(at("Growth", "C15")).toBe(250_000); // June: 500,000 in growth
    expect(at("Growth", "D15")).toBe(250_000);
    close(at("Growth", "F15"), (80 * 1.4) / (1 - Math.log(1.4) / Math.log(2.5))); // 176.99
    expect(at("Growth", "I17")).toBe(OVER_CAP); // August: 550,000 > cap
    expect(at("Growth", "I22")).toBe(2);
  });

  it("labels the example notes with every label, as HOTNOTES over the whole table does", () => {
    const labels = Array.from({ length: 8 }, (_, i) => at("Notes", `G${i + 2}`));
    expect(new Set(labels)).toEqual(new Set(["effective hot", "hollow hot", "hidden converter", "ordinary"]));
    // Over the table's whole room: the blank rows below the notes take no part (trailing blanks are dropped).
    set("Notes", "L2", `=RED.HOTNOTES(B2:B${NOTES_LAST_ROW},C2:C${NOTES_LAST_ROW},D2:D${NOTES_LAST_ROW})`);
    expect(Array.from({ length: 8 }, (_, i) => at("Notes", `L${i + 2}`))).toEqual(labels);
    expect([null, ""]).toContain(at("Notes", "L10"));
  });

  it("sums each scenario into the Summary", () => {
    for (const [i, scenario] of SCENARIOS.entries()) {
      const r = 4 + i;
      expect(at("Summary", `C${r}`)).toBe(scenario.budgets.reduce((a, b) => a + b, 0));
      expect((at("Summary", `D${r}`) as number) + (at("Summary", `E${r}`) as number)).toBe(at("Summary", `C${r}`));
    }
  });
});

describe("reconciliation with native formulas (DOMAIN §3)", () => {
  it.each(SCENARIOS.map((s) => [s.name]))("%s: every month agrees to 1e-9", (name) => {
    for (let m = 0; m < L.months; m++) {
      const r = L.firstMonthRow + m;
      close(at(name, `C${r}`), at(name, `M${r}`));
      close(at(name, `D${r}`), at(name, `N${r}`));
      close(at(name, `E${r}`), at(name, `O${r}`));
      close(at(name, `F${r}`), at(name, `P${r}`));
      close(at(name, `G${r}`), at(name, `Q${r}`));
      close(at(name, `H${r}`), at(name, `R${r}`));
    }
    close(at(name, "B7"), at(name, "M7"));
  });

  it("still agrees after the assumptions are edited", () => {
    expect(ASSUMPTION_TABLE[1].key).toBe("cpm_elasticity");
    set("Assumptions", "B3", 0.25); // cpm_elasticity
    set("Assumptions", "B7", 0.55); // spill_growth
    set("Assumptions", "B5", 0); // no floor
    for (let m = 0; m < L.months; m++) {
      const r = L.firstMonthRow + m;
      for (const [red, native] of [["C", "M"], ["E", "O"], ["F", "P"], ["H", "R"]]) close(at("Growth", `${red}${r}`), at("Growth", `${native}${r}`));
    }
    expect(at("Growth", "C10")).toBe(165_000);
  });
});

describe("editing inputs recalculates every dependent", () => {
  it("a budget: its split, prices, cap check, totals and the Summary", () => {
    const summaryBefore = at("Summary", "C5") as number;
    set("Growth", "B10", 700_000);
    expect(at("Growth", "C10")).toBe(350_000);
    close(at("Growth", "E10"), at("Growth", "O10"));
    expect(at("Growth", "I10")).toBe(OVER_CAP);
    expect(at("Growth", "I22")).toBe(3);
    expect(at("Summary", "C5")).toBe(summaryBefore + 400_000);
    expect(at("Summary", "H5")).toBe(3);
  });

  it("an assumption: only the sheets that use it", () => {
    const coldBefore = at("Cold start", "C10");
    set("Assumptions", "B7", 0.6); // spill_growth
    expect(at("Growth", "C10")).toBe(180_000);
    expect(at("Cold start", "C10")).toBe(coldBefore);
  });

  it("the stage cell: a typed Chinese stage or a glide-path number", () => {
    set("Growth", "B3", "成熟期");
    expect(at("Growth", "C10")).toBe(120_000);
    set("Growth", "B3", 1.5);
    expect(at("Growth", "C10")).toBe(180_000);
  });
});

describe("filling and copying", () => {
  it("a formula filled down from the first month gives every month its own result", () => {
    for (const column of ["C", "E", "H"]) {
      hf.setCellContents(hf.simpleCellAddressFromString(`${column}11`, hf.getSheetId("Growth")!)!, Array.from({ length: 11 }, () => [null]));
      hf.copy({ start: hf.simpleCellAddressFromString(`${column}10`, hf.getSheetId("Growth")!)!, end: hf.simpleCellAddressFromString(`${column}10`, hf.getSheetId("Growth")!)! });
      for (let r = 11; r <= 21; r++) hf.paste(hf.simpleCellAddressFromString(`${column}${r}`, hf.getSheetId("Growth")!)!);
    }
    for (let r = 10; r <= 21; r++) {
      close(at("Growth", `C${r}`), at("Growth", `M${r}`));
      close(at("Growth", `E${r}`), at("Growth", `O${r}`));
      close(at("Growth", `H${r}`), at("Growth", `R${r}`));
    }
    expect(hf.getCellFormula(hf.simpleCellAddressFromString("C21", hf.getSheetId("Growth")!)!)).toBe(
      '=RED.SPILLSPLIT($B$3,B21,"spillover",Assumptions!$A$1:$B$22)',
    );
  });

  it("a formula filled across months laid out in a row", () => {
    hf.addSheet("Across");
    const id = hf.getSheetId("Across")!;
    hf.setSheetContent(id, [
      ["growth", 100, 200, 300, 400],
      [null, '=RED.SPILLSPLIT($A$1,B1,"closed",Assumptions!$A$1:$B$22)'],
    ]);
    hf.copy({ start: { sheet: id, row: 1, col: 1 }, end: { sheet: id, row: 1, col: 1 } });
    for (let c = 2; c <= 4; c++) hf.paste({ sheet: id, row: 1, col: c });
    expect(hf.getSheetValues(id)[1]).toEqual([null, 50, 100, 150, 200]);
  });

  it("a copied scenario sheet computes the same, and then edits apart from the original", () => {
    const source = hf.getSheetId("Growth")!;
    hf.addSheet("Growth (copy)");
    const copy = hf.getSheetId("Growth (copy)")!;
    // A sheet copy carries what was typed, not what a formula spilled: the copy's own formulas spill again.
    const typed = (hf.getSheetSerialized(source) as unknown[][]).map((line, row) => line.map((content, col) => (hf.getCellType({ sheet: source, row, col }) === "ARRAY" ? null : content)));
    hf.setSheetContent(copy, typed as never);
    expect(hf.getSheetValues(copy)).toEqual(hf.getSheetValues(source));
    set("Growth (copy)", "B10", 0);
    expect(at("Growth (copy)", "C10")).toBe(0);
    expect(at("Growth", "C10")).toBe(150_000);
  });
});

describe("blanks, errors and spills", () => {
  it("a cleared budget leaves its row blank, and the totals carry on", () => {
    set("Growth", "B12", null);
    for (const column of ["C", "D", "E", "F", "G", "H", "I"]) expect(at("Growth", `${column}12`)).toBe("");
    expect(at("Growth", "B22")).toBe(5_400_000 - 350_000);
  });

  it("errors keep their type as they travel to totals and the Summary", () => {
    set("Growth", "B13", -5);
    expect(errorType(at("Growth", "C13"))).toBe("NUM");
    expect(errorType(at("Growth", "E13"))).toBe("NUM");
    set("Growth", "B14", "a lot");
    expect(errorType(at("Growth", "C14"))).toBe("VALUE");
    expect(errorType(at("Growth", "C22"))).toBe("NUM");
    expect(errorType(at("Summary", "D5"))).toBe("NUM");
    set("Growth", "B3", "launch");
    expect(errorType(at("Growth", "C10"))).toBe("VALUE");
    expect((at("Growth", "C10") as { message: string }).message).toContain("is not a stage");
  });

  describe("README, derived cells over a bad input: a derived cell over a bad input says so, never a verdict or a silent total", () => {
    it.each([["35万"], ["TBD"], ["500,000 yuan"]])("a budget typed as %s: not counted over the cap, not left out of the year", (typed) => {
      set("Growth", "B17", typed);
      expect(at("Growth", "I17")).toBe(BUDGET_NOT_A_NUMBER);
      expect(at("Growth", "B22")).toBe(BUDGET_NOT_A_NUMBER);
      expect(at("Growth", "I22")).toBe(BUDGET_NOT_A_NUMBER);
      expect(at("Summary", "C5")).toBe(BUDGET_NOT_A_NUMBER);
      expect(at("Summary", "H5")).toBe(BUDGET_NOT_A_NUMBER);
      expect(at("Growth", "I16")).toBe(WITHIN_CAP); // the other months keep their verdicts
    });

    it("a blank target CPA (or base CPA) gives no cap: every month says the input is missing", () => {
      for (const input of ["B6", "B5"]) {
        set("Growth", input, null);
        expect(at("Growth", "B7")).toBe("");
        for (let r = 10; r <= 21; r++) expect(at("Growth", `I${r}`)).toBe(CAP_INPUT_MISSING);
        expect(at("Growth", "I22")).toBe(CAP_INPUT_MISSING);
        expect(at("Summary", "H5")).toBe(CAP_INPUT_MISSING);
        set("Growth", input, input === "B6" ? 60 : 30);
      }
      expect(at("Growth", "I22")).toBe(2);
    });

    it("a budget typed as 35万, which the functions read as 350,000: every total after the budget, and every Summary figure, says what the budget total says — none counts the month the budget total refuses", () => {
      set("Growth", "B17", "35万");
      expect(at("Growth", "C17")).toBe(175_000);
      for (const column of ["C", "D", "G", "J"]) expect([column, at("Growth", `${column}22`)]).toEqual([column, BUDGET_NOT_A_NUMBER]);
      for (const column of ["C", "D", "E", "F", "H", "I", "J", "K"]) expect([column, at("Summary", `${column}5`)]).toEqual([column, BUDGET_NOT_A_NUMBER]);
      // A budget the functions refuse too ("TBD") is their error in the month and in the totals, its type kept.
      set("Growth", "B17", "TBD");
      expect(errorType(at("Growth", "C22"))).toBe("VALUE");
      expect(at("Summary", "C5")).toBe(BUDGET_NOT_A_NUMBER);
    });

    it("a blank input behind a derived column: its year total and the Summary name the input, never 0", () => {
      set("Growth", "B5", null); // base CPA
      expect(at("Growth", "J22")).toBe(INPUT_MISSING.conversions);
      for (const column of ["I", "J", "K"]) expect([column, at("Summary", `${column}5`)]).toEqual([column, INPUT_MISSING.conversions]);
      set("Growth", "B5", 30);
      set("Growth", "B4", null); // base CPM
      expect(at("Growth", "G22")).toBe(INPUT_MISSING.impressions);
      expect(at("Summary", "F5")).toBe(INPUT_MISSING.impressions);
      set("Growth", "B4", 80);
      set("Growth", "B3", null); // stage
      expect(at("Growth", "C22")).toBe(INPUT_MISSING.spillover);
      expect(at("Growth", "D22")).toBe(INPUT_MISSING.closedLoop);
      expect(at("Summary", "D5")).toBe(INPUT_MISSING.spillover);
      set("Growth", "B3", "growth");
      expect(at("Summary", "I5")).toBeCloseTo(at("Growth", "J22") as number, 9);
    });

    it("a year with no budgets: totals 0, no average CPA and no highest marginal CPA on the Summary", () => {
      for (let r = 10; r <= 21; r++) set("Growth", `B${r}`, null);
      expect(at("Growth", "B22")).toBe(0);
      expect(at("Summary", "I5")).toBe(0);
      expect(at("Summary", "J5")).toBe("");
      expect(at("Summary", "K5")).toBe("");
      // Budgets of 0: no budget either, so no highest marginal CPA, though each month prices its first conversion.
      for (let r = 10; r <= 21; r++) set("Growth", `B${r}`, 0);
      expect(at("Growth", "H10")).toBeGreaterThan(0);
      expect(at("Summary", "K5")).toBe("");
      set("Growth", "B10", 1);
      expect(at("Summary", "K5")).toBe(at("Growth", "H10"));
    });

    it("a blank stage or budget cap is blank or said missing on the Summary, never 0", () => {
      set("Growth", "B7", null);
      expect(at("Summary", "G5")).toBe(CAP_INPUT_MISSING);
      set("Growth", "B3", null);
      expect(at("Summary", "B5")).toBe("");
    });

    it("a budget shown as the cap (a formula's residue below the cent) is within it, as the totals count it in cents", () => {
      set("Growth", "B10", "=B7+0.004");
      expect(at("Growth", "I10")).toBe(WITHIN_CAP);
      set("Growth", "B10", "=B7+0.005");
      expect(at("Growth", "I10")).toBe(OVER_CAP);
      set("Growth", "B10", "=B7");
      expect(at("Growth", "I10")).toBe(WITHIN_CAP);
      set("Growth", "B10", "=B7+0.01");
      expect(at("Growth", "I10")).toBe(OVER_CAP);
    });

    it("budgets off the cent (=1000000/12, 0.005): the year counts each month in cents as the functions do, so spillover and closed loop add up to it, on the sheet and the Summary", () => {
      for (let r = 10; r <= 21; r++) set("Growth", `B${r}`, "=1000000/12");
      expect(at("Growth", "B22")).toBeCloseTo(999_999.96, 6);
      expect((at("Growth", "C22") as number) + (at("Growth", "D22") as number)).toBeCloseTo(at("Growth", "B22") as number, 6);
      expect((at("Summary", "D5") as number) + (at("Summary", "E5") as number)).toBeCloseTo(at("Summary", "C5") as number, 6);
      for (let r = 10; r <= 21; r++) set("Growth", `B${r}`, r % 2 ? 100_000.005 : 99_999.995);
      expect((at("Growth", "C22") as number) + (at("Growth", "D22") as number)).toBeCloseTo(at("Growth", "B22") as number, 6);
    });

    it('a budget cell showing a formula\'s "": the year and the months over the cap both say the budget is not a number, neither counts', () => {
      set("Growth", "B10", '=""');
      expect(at("Growth", "B22")).toBe(BUDGET_NOT_A_NUMBER);
      expect(at("Growth", "I22")).toBe(BUDGET_NOT_A_NUMBER);
      expect(at("Summary", "H5")).toBe(BUDGET_NOT_A_NUMBER);
    });

    it("a negative budget: its marginal CPA's error in vs cap, and in the months over the cap; the year's total says it is negative rather than net it off", () => {
      set("Growth", "B17", -5);
      expect(at("Growth", "B22")).toBe(BUDGET_NEGATIVE);
      expect(errorType(at("Growth", "H17"))).toBe("NUM");
      expect(errorType(at("Growth", "I17"))).toBe("NUM");
      expect(errorType(at("Growth", "I22"))).toBe("NUM");
      expect(errorType(at("Summary", "H5"))).toBe("NUM");
    });

    it("a refused assumptions table (cpm_elasticity 1.5): every verdict is the cap's error", () => {
      set("Assumptions", "B3", 1.5);
      expect(errorType(at("Growth", "B7"))).toBe("VALUE");
      for (let r = 10; r <= 21; r++) expect(errorType(at("Growth", `I${r}`))).toBe("VALUE");
      expect(errorType(at("Summary", "H5"))).toBe("VALUE");
    });
  });

  it("spilled results land where expected", () => {
    hf.addSheet("Spills");
    const id = hf.getSheetId("Spills")!;
    hf.setSheetContent(id, [
      [null, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200],
      [],
      [null, '=RED.SPILLSPLIT("成长期", B1:M1)'],
      [],
      [],
      ["=RED.REDDEFAULTS(\"zh\")"],
    ]);
    const values = hf.getSheetValues(id);
    expect(values[2].slice(1)).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600]);
    expect(values[3].slice(1)).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600]);
    expect(values[5]).toEqual(["键", "值", "含义"]);
    expect(values[12][0]).toBe("spill_mature");
    set("Spills", "A20", '=RED.STAGEPLAN("mature")');
    expect(at("Spills", "A20")).toBe("Stage: mature");
    expect(String(at("Spills", "A25"))).toMatch(/140,000/);
  });

  it("a spill blocked by a value is #SPILL!", () => {
    // (Excel spills again once the value is cleared; HyperFormula, even with its own SEQUENCE, keeps #SPILL!.)
    set("Growth", "L40", "in the way");
    set("Growth", "K40", '=RED.SPILLSPLIT("growth", 100)');
    expect(errorType(at("Growth", "K40"))).toBe("SPILL");
    set("Growth", "K41", '=RED.SPILLSPLIT("growth", 100)');
    expect(at("Growth", "L41")).toBe(50);
  });
});
