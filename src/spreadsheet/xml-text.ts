/*
 * Text in and out of the XML of an .xlsx package: what the workbench and the template build edit in
 * a package (charts, the add-in's settings, sheet names) they escape and decode by one rule.
 */

/** The declaration every XML part the workbench and the template build write starts with, as Excel writes it. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text as an XML attribute or element holds it. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** XML text back to what it says, in one pass (so `&amp;lt;` is `&lt;`, never `<`), numeric references included. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name];
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
