/*
 * Cells holding data types (issue 13): functions.json sets allowCustomDataForDataTypeAny, so current
 * Excel hands such a cell as an Excel.CellValue object. The shapes below are typed against
 * @types/office-js, so a change there fails to compile here.
 */
import { setLanguage } from "../../src/functions/boundary";
import { RED } from "../support/functions";
import { isExcelError, oneCell as cell } from "../support/cells";

afterEach(() => setLanguage(undefined));


const double: Excel.DoubleCellValue = { type: "Double", basicValue: 500_000 };
const formatted: Excel.FormattedNumberCellValue = { type: "FormattedNumber", basicValue: 500_000, numberFormat: "¥#,##0" };
const text: Excel.StringCellValue = { type: "String", basicValue: "growth" };
const empty: Excel.EmptyCellValue = { type: "Empty", basicValue: "" };
const divided: Excel.ErrorCellValue = { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" } as Excel.ErrorCellValue;
const entity: Excel.EntityCellValue = { type: "Entity", text: "Campaign A", properties: { Spend: { type: "Double", basicValue: 500_000 } } };
const image: Excel.WebImageCellValue = { type: "WebImage", address: "https://example.org/a.png" };

describe("data-type cells are read by their basicValue", () => {
  it("AVGCPM of a Double data-type cell holding 500,000 is 1.4, as of the plain number", () => {
    expect(cell(() => RED.AVGCPM([[double]]))).toBeCloseTo(1.4, 12);
    expect(cell(() => RED.AVGCPM([[double]]))).toBe(cell(() => RED.AVGCPM([[500_000]])));
  });

  it("a formatted number, a number data type in a range beside plain numbers, and a base CPM as a data type", () => {
    expect(cell(() => RED.AVGCPM([[formatted]]))).toBeCloseTo(1.4, 12);
    const column = RED.MARGINALCPM([[200_000], [double], [formatted]], [[{ type: "Double", basicValue: 80 } satisfies Excel.DoubleCellValue]]);
    expect(column.map((row) => row[0])).toEqual(RED.MARGINALCPM([[200_000], [500_000], [500_000]], [[80]]).map((row) => row[0]));
  });

  it("a text data type as a stage, and an empty one as a blank", () => {
    expect(RED.SPILLSPLIT([[text]], [[double]])).toEqual([[250_000, 250_000]]);
    expect(cell(() => RED.AVGCPM([[empty]]))).toBe("");
  });

  it("an error data type passes on as that error", () => {
    const result = cell(() => RED.AVGCPM([[divided]]));
    expect(isExcelError(result) && result.code).toBe("#DIV/0!");
  });

  it("whole-list arguments (HOTNOTES) read number data types too", () => {
    const reads = [[{ type: "Double", basicValue: 1000 }], [2000], [500]];
    expect(RED.HOTNOTES(reads, [[100], [80], [60]], [[10], [20], [30]])).toEqual(RED.HOTNOTES([[1000], [2000], [500]], [[100], [80], [60]], [[10], [20], [30]]));
  });
});

describe("entities and other objects are #VALUE! naming the argument", () => {
  it.each([
    ["Entity", entity],
    ["WebImage", image],
  ])("%s as a spend", (type, value) => {
    const result = cell(() => RED.AVGCPM([[value]]));
    expect(isExcelError(result) && result.code).toBe("#VALUE!");
    expect(isExcelError(result) && result.message).toBe(`spend: a data type (${type}) is not one value; pass one of its fields (e.g. =A1.Price) or a plain cell.`);
  });

  it("says so in Chinese under a Chinese Office, and errs only its own cell in a range", () => {
    setLanguage("zh");
    const column = RED.AVGCPM([[entity], [double]]);
    expect(isExcelError(column[0][0]) && (column[0][0] as { message?: string }).message).toContain("spend：数据类型（Entity）");
    expect(column[1][0]).toBeCloseTo(1.4, 12);
  });

  it("never reads an object as [object Object] (regression: #VALUE! spend: [object Object] is not a number)", () => {
    const result = cell(() => RED.AVGCPM([[double]]));
    expect(isExcelError(result)).toBe(false);
    const bad = cell(() => RED.AVGCPM([[entity]]));
    expect(String((bad as { message?: string }).message)).not.toContain("[object Object]");
  });
});

describe("data types in the assumptions range", () => {
  it("a number data type is read as the number it holds", () => {
    const table = [["cpm_elasticity", { type: "Double", basicValue: 0.5 } satisfies Excel.DoubleCellValue]];
    expect(cell(() => RED.AVGCPM([[800_000]], [[1]], table))).toBeCloseTo(2, 12);
  });

  it("an entity or an error value is refused by what the planner sees, never [object Object]", () => {
    const asKey = cell(() => RED.AVGCPM([[500_000]], [[1]], [[entity, 1]])) as { code: string; message?: string };
    expect(asKey.code).toBe("#VALUE!");
    expect(asKey.message).toContain('"[Entity]"');
    const asValue = cell(() => RED.AVGCPM([[500_000]], [[1]], [["cpm_elasticity", new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode)]])) as { message?: string };
    expect(String(asValue.message)).not.toContain("[object");
  });
});
