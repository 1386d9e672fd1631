/*
 * A 40,000-row workbook — the most the workbench's engine holds a sheet — for the browser test that
 * opens it and the benchmark that times opening it and an edit: a header row frozen, a note, a spend
 * and a CPM on every row, each row's impressions computed, and their total at the top.
 */
import ExcelJS from "exceljs";

export const BIG_ROWS = 40_000;

/** Row r's (1-based, from 2) spend and CPM. */
export const bigRowSpend = (r: number) => 1_000 + (r % 97) * 10;
export const bigRowCpm = (r: number) => 50 + (r % 13);

export async function writeBigSheet(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Notes 40k", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  sheet.getColumn(1).width = 24;
  sheet.getRow(1).values = ["Note", "Spend", "CPM", "Impressions", "", "Total impressions"];
  sheet.getCell("G1").value = { formula: `SUM(D2:D${BIG_ROWS})` } as ExcelJS.CellFormulaValue;
  for (let r = 2; r <= BIG_ROWS; r++) {
    const row = sheet.getRow(r);
    row.getCell(1).value = `Note ${r}`;
    row.getCell(2).value = bigRowSpend(r);
    row.getCell(3).value = bigRowCpm(r);
    row.getCell(4).value = { formula: `B${r}/C${r}*1000` } as ExcelJS.CellFormulaValue;
    row.getCell(4).numFmt = "#,##0";
  }
  await workbook.xlsx.writeFile(file);
}
