/*
 * Text typed with a leading apostrophe ('123, 'abc), saved as Excel saves it: the cell's style with
 * quotePrefix="1" (a copy of the style it had), so Excel keeps it text — 123 shown as typed, the
 * apostrophe in its formula bar alone — and typing over it later does not turn it into a number.
 * ExcelJS neither reads nor writes quotePrefix. No DOM.
 */
import type JSZip from "jszip";

const STYLES_PART = "xl/styles.xml";

/** The element `<c r="…">` of each cell in `cells` (A1) in a sheet part: its attributes as written. */
function cellPattern(a1: string): RegExp {
  return new RegExp(`<c r="${a1}"((?:\\s+[\\w:]+="[^"]*")*)\\s*(/?)>`);
}

/** The style index a cell element's attributes name (0 without one). */
function styleIn(attributes: string): number {
  return Number(/\ss="(\d+)"/.exec(attributes)?.[1] ?? 0);
}

/**
 * Gives the cells `quoted` names (A1 addresses by sheet part) a copy of their style with
 * quotePrefix="1", one copy for each style among them, added to the package's cell styles.
 */
export async function withQuotePrefixes(zip: JSZip, quoted: Map<string, string[]>): Promise<void> {
  const styles = zip.file(STYLES_PART);
  if (!styles || ![...quoted.values()].some((cells) => cells.length)) return;
  let stylesXml = await styles.async("string");
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!xfs) return;
  const existing = [...xfs[1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const added: string[] = [];
  const copies = new Map<number, number>();
  const quotedStyle = (style: number): number => {
    let copy = copies.get(style);
    if (copy === undefined) {
      const xf = existing[style] ?? existing[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      copy = existing.length + added.length;
      added.push(/\squotePrefix="/.test(xf) ? xf.replace(/\squotePrefix="[^"]*"/, ' quotePrefix="1"') : xf.replace(/^<xf\b/, '<xf quotePrefix="1"'));
      copies.set(style, copy);
    }
    return copy;
  };
  for (const [part, cells] of quoted) {
    const file = zip.file(part);
    if (!file || cells.length === 0) continue;
    let xml = await file.async("string");
    for (const a1 of cells) {
      xml = xml.replace(cellPattern(a1), (_, attributes: string, empty: string) => {
        const style = quotedStyle(styleIn(attributes));
        const rest = attributes.replace(/\ss="\d+"/, "");
        return `<c r="${a1}" s="${style}"${rest}${empty ? "/" : ""}>`;
      });
    }
    zip.file(part, xml);
  }
  if (added.length === 0) return;
  const count = existing.length + added.length;
  stylesXml = stylesXml.replace(xfs[0], xfs[0].replace(/<cellXfs\b[^>]*>/, `<cellXfs count="${count}">`).replace("</cellXfs>", `${added.join("")}</cellXfs>`));
  zip.file(STYLES_PART, stylesXml);
}
