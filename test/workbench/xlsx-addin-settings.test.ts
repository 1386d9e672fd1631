/*
 * The pane's answers in a downloaded file, where Excel keeps an add-in's document settings (issue 25,
 * item 3): a web-extension part naming the add-in by its manifest id, reached from the package's
 * relationships through the task-pane part, each setting's value stored as JSON.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { SETTINGS_KEY } from "../../src/taskpane/host";
import { ADDIN_ID, ADDIN_VERSION, settingsOfFile, webExtensionXml, withSettings } from "../../src/workbench/xlsx-addin-settings";

async function plainWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Growth").getCell("A1").value = "plan";
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, message: string) => void (level !== "warning" && errors.push(message)) }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

const ANSWERS = {
  version: 1,
  answers: { "Growth:5": { status: "clear", note: '=WEBSERVICE("x")&"<b>" 随文件 & \'quoted\' \u{1F600} typed as is: &lt; &#38; &amp;amp;' } },
  bound: { Growth: { stage: "B3" } },
};

describe("the pane's answers in the file (web-extension part)", () => {
  it("names the add-in exactly as manifest.xml declares it", () => {
    const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(ADDIN_ID);
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(ADDIN_VERSION);
  });

  it("round-trips any answers, hostile text included, through a file", async () => {
    const bytes = await withSettings(await plainWorkbook(), ANSWERS);
    expect(await settingsOfFile(bytes)).toEqual(ANSWERS);
  });

  it("stores the setting as Office.context.document.settings does: the pane's JSON string, JSON-encoded", async () => {
    const doc = parse(webExtensionXml(ANSWERS));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe("http://schemas.microsoft.com/office/webextensions/webextension/2010/11");
    expect(root.localName).toBe("webextension");
    const reference = root.getElementsByTagName("we:reference")[0];
    expect(reference.getAttribute("id")).toBe(ADDIN_ID);
    const property = root.getElementsByTagName("we:property")[0];
    expect(property.getAttribute("name")).toBe(SETTINGS_KEY);
    // settings.set(key, JSON.stringify(state)) → the part keeps JSON.stringify of that string.
    expect(JSON.parse(JSON.parse(property.getAttribute("value")!))).toEqual(ANSWERS);
    // Element order as [MS-OWEXML] CT_OsfWebExtension has it.
    expect(Array.from(root.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName)).toEqual(["reference", "alternateReferences", "properties", "bindings", "snapshot"]);
  });

  it("links the parts as Excel does: package → task pane part → web extension, with content types", async () => {
    const zip = await JSZip.loadAsync(await withSettings(await plainWorkbook(), ANSWERS));
    const rels = parse(await zip.file("_rels/.rels")!.async("string"));
    const toPanes = Array.from(rels.getElementsByTagName("Relationship")).filter((r) => r.getAttribute("Type") === "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes");
    expect(toPanes.map((r) => r.getAttribute("Target"))).toEqual(["xl/webextensions/taskpanes.xml"]);
    const ids = Array.from(rels.getElementsByTagName("Relationship")).map((r) => r.getAttribute("Id"));
    expect(new Set(ids).size).toBe(ids.length);
    const panes = parse(await zip.file("xl/webextensions/taskpanes.xml")!.async("string"));
    const ref = panes.getElementsByTagName("wetp:webextensionref")[0];
    const paneRels = parse(await zip.file("xl/webextensions/_rels/taskpanes.xml.rels")!.async("string"));
    const target = Array.from(paneRels.getElementsByTagName("Relationship")).find((r) => r.getAttribute("Id") === ref.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
    expect(target?.getAttribute("Type")).toBe("http://schemas.microsoft.com/office/2011/relationships/webextension");
    expect(zip.file(`xl/webextensions/${target!.getAttribute("Target")}`)).not.toBeNull();
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>');
    expect(types).toContain('<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>');
    // Still a workbook ExcelJS reads, its cells untouched.
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await zip.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
    expect(back.getWorksheet("Growth")!.getCell("A1").value).toBe("plan");
  });

  it("writing twice keeps one part and one relationship (a file that already carried answers)", async () => {
    const once = await withSettings(await plainWorkbook(), { version: 1, answers: {} });
    const twice = await withSettings(once, ANSWERS);
    const zip = await JSZip.loadAsync(twice);
    expect(Object.keys(zip.files).filter((n) => n.startsWith("xl/webextensions/") && n.endsWith(".xml"))).toHaveLength(2);
    expect((await zip.file("_rels/.rels")!.async("string")).match(/webextensiontaskpanes/g)).toHaveLength(1);
    expect((await zip.file("[Content_Types].xml")!.async("string")).match(/webextension1\.xml/g)).toHaveLength(1);
    expect(await settingsOfFile(twice)).toEqual(ANSWERS);
  });

  it("writes characters XML forbids (U+FFFE, U+FFFF) escaped, so the part stays well-formed, and reads them back", async () => {
    const odd = { version: 1, answers: { "Growth:1": { status: "risk", note: "a\uFFFFb\uFFFEc\u0001d\ud800e" } } };
    parse(webExtensionXml(odd));
    expect(await settingsOfFile(await withSettings(await plainWorkbook(), odd))).toEqual(odd);
  });

  it("reads the part however valid XML writes it: single quotes, a '>' inside a value, spaces around '='", async () => {
    const zip = await JSZip.loadAsync(await withSettings(await plainWorkbook(), ANSWERS));
    const value = JSON.stringify(JSON.stringify({ version: 1, note: "a > b" })).replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    zip.file(
      "xl/webextensions/webextension1.xml",
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id='{X}'><we:reference id = '${ADDIN_ID}' version='1.0.0.0' store='x' storeType='OMEX'/><we:properties><we:property name='other' value='1'/><we:property name = '${SETTINGS_KEY}' value='${value}' /></we:properties></we:webextension>`,
    );
    expect(await settingsOfFile(await zip.generateAsync({ type: "uint8array" }))).toEqual({ version: 1, note: "a > b" });
  });

  it("no answers: the file is left as it was", async () => {
    const bytes = await plainWorkbook();
    expect(await withSettings(bytes, undefined)).toBe(bytes);
    expect(await settingsOfFile(bytes)).toBeUndefined();
  });

  it("reads nothing from another add-in's part, a broken value or a file that is not a zip", async () => {
    const other = await JSZip.loadAsync(await withSettings(await plainWorkbook(), ANSWERS));
    const part = await other.file("xl/webextensions/webextension1.xml")!.async("string");
    other.file("xl/webextensions/webextension1.xml", part.replace(ADDIN_ID, "00000000-0000-0000-0000-000000000000"));
    expect(await settingsOfFile(await other.generateAsync({ type: "uint8array" }))).toBeUndefined();
    const broken = await JSZip.loadAsync(await withSettings(await plainWorkbook(), ANSWERS));
    broken.file("xl/webextensions/webextension1.xml", part.replace(/value="[^"]*"/, 'value="{not json"'));
    expect(await settingsOfFile(await broken.generateAsync({ type: "uint8array" }))).toBeUndefined();
    // A value Excel wrote that is not the pane's string (another shape of setting) is not taken for answers.
    const number = await JSZip.loadAsync(await withSettings(await plainWorkbook(), ANSWERS));
    number.file("xl/webextensions/webextension1.xml", part.replace(/value="[^"]*"/, 'value="42"'));
    expect(await settingsOfFile(await number.generateAsync({ type: "uint8array" }))).toBeUndefined();
    expect(await settingsOfFile(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it("finds the add-in's part whatever its number or store, id in any case (as another Excel may save it)", async () => {
    const zip = await JSZip.loadAsync(await withSettings(await plainWorkbook(), ANSWERS));
    const part = await zip.file("xl/webextensions/webextension1.xml")!.async("string");
    zip.remove("xl/webextensions/webextension1.xml");
    zip.file("xl/webextensions/webextension3.xml", part.replace(ADDIN_ID, ADDIN_ID.toUpperCase()).replace('storeType="Registry"', 'storeType="EXCatalog"'));
    expect(await settingsOfFile(await zip.generateAsync({ type: "uint8array" }))).toEqual(ANSWERS);
  });
});
