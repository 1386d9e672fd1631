/*
 * Text typed with a leading apostrophe that keeps it text ('123, 'TRUE) is text the user meant:
 * Download saves it as Excel does, its cell's style marked quotePrefix="1" (so Excel shows 123, the
 * apostrophe in its formula bar alone, and keeps it text), and Open reads it back as the text 123.
 * Cells nobody typed into stay as the file had them.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { roundTrip } from "../support/xlsx-xml";

/** Each cell's style (cellXfs entry) as written, by A1 address, on the one sheet. */
async function cellStyles(saved: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(saved);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const xfs = [.../<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  expect(styles).toMatch(new RegExp(`<cellXfs count="${xfs.length}"`));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  return Object.fromEntries([...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)\/?>/g)].map((m) => [m[1], xfs[Number(/\ss="(\d+)"/.exec(m[2])?.[1] ?? 0)]]));
}

describe("text typed with an apostrophe that keeps it text ('123, 'TRUE)", () => {
  it("is saved with quotePrefix on a copy of its cell's style, reopens as text, and leaves every other cell's style as it was", async () => {
    const written = new ExcelJS.Workbook();
    const ws = written.addWorksheet("Plan");
    ws.getCell("A1").value = "00123"; // text the file had, nobody typed over
    ws.getCell("A2").value = "x";
    ws.getCell("A2").font = { bold: true };
    ws.getCell("A3").value = 1;
    const file = Buffer.from((await written.xlsx.writeBuffer()) as ArrayBuffer);
    const saved = await roundTrip(file, (hf) => {
      hf.setCellContents({ sheet: 0, row: 1, col: 0 }, [["'123"]]); // over the bold x
      hf.setCellContents({ sheet: 0, row: 3, col: 0 }, [["'abc"]]);
      hf.setCellContents({ sheet: 0, row: 4, col: 0 }, [["456"]]);
      hf.setCellContents({ sheet: 0, row: 5, col: 0 }, [["'TRUE"]]);
    });
    const styles = await cellStyles(saved);
    expect(styles.A2).toMatch(/quotePrefix="1"/);
    expect(styles.A6).toMatch(/quotePrefix="1"/);
    // Text the formula bar shows without its apostrophe ('abc shows abc, as it is text anyway) is plain text, as the pane writes it.
    expect(styles.A4).not.toMatch(/quotePrefix/);
    expect(styles.A1).not.toMatch(/quotePrefix/);
    expect(styles.A3).not.toMatch(/quotePrefix/);
    expect(styles.A5).not.toMatch(/quotePrefix/);
    // The copy keeps the rest of the style: A2 still bold.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as never);
    expect(book.getWorksheet("Plan")!.getCell("A2").font?.bold).toBe(true);
    expect(book.getWorksheet("Plan")!.getCell("A2").value).toBe("123");
    // Open reads the text 123 again (the engine's '123: shown 123, the apostrophe in the formula bar).
    expect(readWorkbook(book)[0].rows.map((row) => row[0])).toEqual(["'00123", "'123", 1, "'abc", 456, "'TRUE"]);
  });
});
