/*
 * The workbench's language switch: the cells that called a function say what they say in the new
 * language (as reopening in it would show), what depends on them follows, and the undo history is
 * what it was.
 */
import { assumptionRows } from "../../src/core";
import { setLanguage } from "../../src/functions/boundary";
import { rewordCells, rewordingCells } from "../../src/workbench/language-cells";
import { engine } from "../support/engine";

afterEach(() => setLanguage(undefined));

describe("rewordCells", () => {
  it("computes again every formula that called a function, and only the language changes", async () => {
    setLanguage("en");
    const row = (k1: number) => ["=RED.REDDEFAULTS()", null, null, null, '=RED.REDDEFAULTS("en")', null, null, null, "=LEN(C2)", "=1+1", k1, '=RED.REDDEFAULTS("fr")'];
    const hf = await engine({ S: [row(5)] });
    const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
    const zh = assumptionRows("zh");
    const en = assumptionRows("en");
    expect(at("C2")).toBe(en[1][2]);
    const english = (at("L1") as { message?: string }).message;
    // An edit, as a planner makes one: undo must still take back this edit, and only it.
    hf.setCellContents(hf.simpleCellAddressFromString("K1", 0)!, 7);
    const updates: boolean[] = [];
    hf.on("valuesUpdated", () => updates.push(rewordingCells()));

    expect(rewordCells(hf, "zh")).toBe(3);

    expect(at("A1")).toBe(zh[0][0]);
    expect(at("C2")).toBe(zh[1][2]);
    expect(at("I1")).toBe(String(zh[1][2]).length); // a native formula over a reworded cell follows it
    expect(at("G2")).toBe(en[1][2]); // asked for in English: stays English
    // Every cell as the same workbook opened in Chinese shows it (error messages included).
    const reopened = await engine({ S: [row(7)] });
    expect(hf.getAllSheetsValues()).toEqual(reopened.getAllSheetsValues());
    expect((at("L1") as { message?: string }).message).not.toBe(english);
    reopened.destroy();
    expect(at("J1")).toBe(2);
    expect(updates).toEqual([true]);
    expect(rewordingCells()).toBe(false);
    hf.undo();
    expect(at("K1")).toBe(5);
    expect(hf.isThereSomethingToUndo()).toBe(false);
    expect(at("C2")).toBe(zh[1][2]);
    hf.destroy();
  });

  it("sets the functions' language even with no workbook open, and marks nothing where no function was called", async () => {
    expect(rewordCells(undefined, "zh")).toBe(0);
    const hf = await engine({ S: [["=1+1"]] });
    expect(rewordCells(hf, "en")).toBe(0);
    hf.destroy();
  });
});
