/* TRUE and FALSE typed in formulas mean what Excel means in the workbench's engine (review: #NAME?). */
import { engine } from "../support/engine";
import { expectClose } from "../support/cells";

describe("TRUE and FALSE in formulas", () => {
  it("are Excel's booleans in native and RED formulas", async () => {
    const hf = await engine({
      S: [
        [100_000, 60, "=VLOOKUP(2,E1:F2,2,FALSE)", null, 1, "one", null, "=RED.CPMFIT(A1:A3,B1:B3,,TRUE,0.9)"],
        [200_000, 80, "=IF(TRUE,1,2)", null, 2, "two"],
        [400_000, 100, "=AND(TRUE,NOT(FALSE))"],
        [null, null, '=RED.HOTNOTES({1000;2000;500},{100;80;60},{10;20;30},,,TRUE)'],
      ],
    });
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    expect([at(0, 2), at(1, 2), at(2, 2)]).toEqual(["two", 1, true]);
    expect(at(0, 7)).toBe("cpm_elasticity"); // the header row TRUE asked for
    expect(at(0, 13)).toBe("n");
    expectClose(at(1, 13), 3);
    // detail = TRUE: each note's label, engagement rate and jump rate.
    expectClose(at(3, 3), 0.1);
    expectClose(at(3, 4), 0.01);
    hf.destroy();
  });
});
