import JSZip from "jszip";
import { addRelationship, nextRelationshipId, relationshipsXml } from "../../src/spreadsheet/xlsx-relationships";
import { withExcelForm } from "../../src/spreadsheet/xlsx-excel-form";

const TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
const ids = (xml: string) => [...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]);

describe("a package's relationship parts", () => {
  it("gives an added relationship the next rIdN after the highest there, whatever the gaps and order", () => {
    const part = relationshipsXml([
      { id: "rId7", type: TYPE, target: "a.xml" },
      { id: "rId2", type: TYPE, target: "b.xml" },
    ]);
    expect(nextRelationshipId(part)).toBe("rId8");
    const { xml, id } = addRelationship(part, TYPE, "c.xml");
    expect(id).toBe("rId8");
    expect(ids(xml)).toEqual(["rId7", "rId2", "rId8"]);
  });

  it("starts a part that is missing or empty (also written as one self-closing element) at rId1", () => {
    expect(addRelationship(undefined, TYPE, "a.xml").id).toBe("rId1");
    const selfClosing = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    const added = addRelationship(selfClosing, TYPE, "a.xml");
    expect(added.id).toBe("rId1");
    expect(added.xml).toMatch(/<Relationships [^>]*><Relationship Id="rId1" [^>]*\/><\/Relationships>$/);
  });

  it("never counts an id that only ends in rId (a custom id such as xrId9) and escapes what it writes", () => {
    const part = relationshipsXml([{ id: "xrId9", type: TYPE, target: "a.xml" }]);
    const { xml, id } = addRelationship(part, TYPE, "sheet & <1>.xml");
    expect(id).toBe("rId1");
    expect(xml).toContain('Target="sheet &amp; &lt;1&gt;.xml"');
  });

  it("adds the dynamic-array metadata to a workbook whose rels already use rId1..rId9 with gaps, by the same rule", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>');
    zip.file("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1" r:id="rId3"/></sheets></workbook>');
    zip.file("xl/worksheets/p3.xml", '<worksheet><sheetData><row r="1"><c r="A1"><f>SEQUENCE(2)</f><v>1</v></c></row></sheetData></worksheet>');
    const existing = relationshipsXml([1, 3, 9].map((n) => ({ id: `rId${n}`, type: "x", target: `worksheets/p${n}.xml` })));
    zip.file("xl/_rels/workbook.xml.rels", existing);
    const out = await JSZip.loadAsync(await withExcelForm(await zip.generateAsync({ type: "uint8array" }), [{ name: "S", masters: ["A1"] }]));
    const rels = await out.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(ids(rels)).toEqual(["rId1", "rId3", "rId9", "rId10"]);
    expect(rels).toContain(`Id="rId10" Type="${TYPE}" Target="metadata.xml"`);
  });
});
