/*
 * The pane's answers where Excel keeps an add-in's document settings: a web-extension part
 * (xl/webextensions/webextension1.xml, [MS-OWEXML]) that names the add-in by its manifest id and
 * holds one property per setting, reached from the package through a task-pane part
 * (xl/webextensions/taskpanes.xml). Office.context.document.settings reads and writes exactly these
 * properties, each value stored as JSON. ExcelJS neither reads nor writes the parts, so Download adds
 * them to what it wrote and Open reads them from the file. Development (the workbench) only.
 */
import JSZip from "jszip";
import { SETTINGS_KEY } from "../taskpane/host";
import { addRelationship, relationshipsXml } from "../spreadsheet/xlsx-relationships";
import { decodeXml, escapeXml, XML_HEAD } from "../spreadsheet/xml-text";

/** The add-in's id and version as manifest.xml declares them (a test holds them equal). */
export const ADDIN_ID = "245a6564-1d1b-44cf-aa96-3d3955619823";
export const ADDIN_VERSION = "0.1.0.0";

const TASKPANES_PART = "xl/webextensions/taskpanes.xml";
const TASKPANES_RELS = "xl/webextensions/_rels/taskpanes.xml.rels";
const WEBEXTENSION_PART = "xl/webextensions/webextension1.xml";
const TASKPANES_RELATIONSHIP = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const WEBEXTENSION_RELATIONSHIP = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const TASKPANES_TYPE = "application/vnd.ms-office.webextensiontaskpanes+xml";
const WEBEXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";
const NS_WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const NS_WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The web extension's own id in this package (a GUID Excel keeps; any fixed one will do). */
const INSTANCE_ID = "{6A3C0C86-5B7E-4F43-9D8B-52B5E2D1A0F7}";

/**
 * The web-extension part for `settings`: the pane saves its state as one setting holding a JSON
 * string (office-host.ts), and the part stores every setting's value as JSON, so the attribute
 * holds that string JSON-encoded once more, as Excel writes it.
 */
export function webExtensionXml(settings: unknown): string {
  // JSON escapes every character XML 1.0 forbids except U+FFFE and U+FFFF: escaped here as JSON does.
  const value = JSON.stringify(JSON.stringify(settings)).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return (
    XML_HEAD +
    `<we:webextension xmlns:we="${NS_WE}" id="${INSTANCE_ID}">` +
    `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/>` +
    "<we:alternateReferences/>" +
    `<we:properties><we:property name="${escapeXml(SETTINGS_KEY)}" value="${escapeXml(value)}"/></we:properties>` +
    "<we:bindings/>" +
    `<we:snapshot xmlns:r="${NS_R}"/>` +
    "</we:webextension>"
  );
}

const TASKPANES_XML =
  XML_HEAD +
  `<wetp:taskpanes xmlns:wetp="${NS_WETP}">` +
  `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
  `<wetp:webextensionref xmlns:r="${NS_R}" r:id="rId1"/>` +
  "</wetp:taskpane></wetp:taskpanes>";

const TASKPANES_RELS_XML = relationshipsXml([{ id: "rId1", type: WEBEXTENSION_RELATIONSHIP, target: "webextension1.xml" }]);

/**
 * The package with the pane's answers written where Excel keeps an add-in's settings. `settings`
 * undefined (the pane saved nothing) leaves the package as it is. The package is ExcelJS's, which
 * carries no web-extension part of its own.
 */
export async function withSettings(bytes: Uint8Array, settings: unknown): Promise<Uint8Array> {
  if (settings === undefined) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) if (name.startsWith("xl/webextensions/")) zip.remove(name);
  zip.file(WEBEXTENSION_PART, webExtensionXml(settings));
  zip.file(TASKPANES_PART, TASKPANES_XML);
  zip.file(TASKPANES_RELS, TASKPANES_RELS_XML);
  const rels = (await zip.file("_rels/.rels")!.async("string")).replace(/<Relationship\b[^>]*webextensiontaskpanes[^>]*\/>/g, "");
  zip.file("_rels/.rels", addRelationship(rels, TASKPANES_RELATIONSHIP, TASKPANES_PART).xml);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  types = types.replace(/<Override PartName="\/xl\/webextensions\/[^"]*"[^>]*\/>/g, "");
  types = types.replace(
    "</Types>",
    `<Override PartName="/${WEBEXTENSION_PART}" ContentType="${WEBEXTENSION_TYPE}"/><Override PartName="/${TASKPANES_PART}" ContentType="${TASKPANES_TYPE}"/></Types>`,
  );
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** An element's start tag, its attribute values quoted either way and holding any character but their quote (">" too). */
const ELEMENT = (tag: string) => new RegExp(`<${tag}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`);

/** An attribute's value in a start tag, decoded; undefined when the tag has none. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[1] ?? match[2]) : undefined;
}

/**
 * The pane's answers a file carries for this add-in: the setting of the web-extension part that
 * names the add-in's id (whatever store it came from), parsed as the pane saved it. Undefined when
 * the file has none, names another add-in, or holds a value that is not the pane's JSON.
 */
export async function settingsOfFile(buffer: ArrayBuffer | Uint8Array): Promise<unknown> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return undefined;
  }
  const parts = Object.keys(zip.files).filter((name) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    const reference = ELEMENT("we:reference").exec(xml)?.[0];
    const id = reference && attribute(reference, "id");
    if (id === undefined || id.toLowerCase() !== ADDIN_ID) continue;
    for (const [property] of xml.matchAll(new RegExp(ELEMENT("we:property").source, "g"))) {
      const value = attribute(property, "value");
      if (attribute(property, "name") !== SETTINGS_KEY || value === undefined) continue;
      try {
        const saved: unknown = JSON.parse(value);
        return typeof saved === "string" ? JSON.parse(saved) : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
