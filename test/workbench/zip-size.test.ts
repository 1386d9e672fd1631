/* Issue 14 item 14: an .xlsx's unpacked size, read from its zip directory before anything is unpacked. */
import fs from "fs";
import path from "path";
import fc from "fast-check";
import { UNPACKED_LIMIT, zipSize, ZipSizeError } from "../../src/workbench/zip-size";
import { makeZip } from "../support/zip";

describe("zipSize", () => {
  it("reads the planner template's parts and unpacked size, well inside the limit", () => {
    const size = zipSize(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "..", "..", "assets", "spillsplit-planner.xlsx"))));
    expect(size.entries).toBeGreaterThan(5);
    expect(size.unpacked).toBeGreaterThan(10_000);
    expect(size.unpacked).toBeLessThan(UNPACKED_LIMIT);
  });

  it("sees that a small file unpacks to more than the limit, without unpacking it", () => {
    const bomb = makeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/sharedStrings.xml", data: Buffer.alloc(UNPACKED_LIMIT + 1, 0x61) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const size = zipSize(new Uint8Array(bomb));
    expect(size.unpacked).toBe(UNPACKED_LIMIT + 1 + 8);
    expect(size.unpacked).toBeGreaterThan(UNPACKED_LIMIT);
  });

  it("property: the stated sizes add up, whatever the entries and the archive comment", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), size: fc.nat(5000) }), { maxLength: 12 }), fc.string({ maxLength: 300 }), (entries, comment) => {
        const zip = makeZip(entries.map((e) => ({ name: e.name, data: Buffer.alloc(e.size, 7) })), comment);
        expect(zipSize(new Uint8Array(zip))).toEqual({ entries: entries.length, unpacked: entries.reduce((sum, e) => sum + e.size, 0) });
      }),
    );
  });

  it("refuses what is not a zip, a cut-off one, and ZIP64, instead of guessing", () => {
    const notZip = (bytes: Buffer) => () => zipSize(new Uint8Array(bytes));
    expect(notZip(Buffer.from("just text, not a workbook"))).toThrow(ZipSizeError);
    expect(notZip(Buffer.alloc(0))).toThrow(ZipSizeError);
    const zip = makeZip([{ name: "a.xml", data: Buffer.from("<a/>") }]);
    expect(notZip(zip.subarray(0, zip.length - 5))).toThrow(ZipSizeError);
    expect(notZip(zip.subarray(40))).toThrow(ZipSizeError);
    const zip64 = Buffer.from(zip);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 22 - 46 - 5 + 24); // the entry's size: "see ZIP64"
    expect(() => zipSize(new Uint8Array(zip64))).toThrow(expect.objectContaining({ problem: "zip64" }));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const size = zipSize(bytes);
          expect(Number.isFinite(size.unpacked)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ZipSizeError);
        }
      }),
    );
  });
});
