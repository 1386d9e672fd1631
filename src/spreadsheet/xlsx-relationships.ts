/*
 * A package's relationship parts (`_rels/*.rels`), one rule for every part the workbench and the
 * template build write or edit — charts, the dynamic-array metadata, the add-in's settings: a rels
 * part is written whole by `relationshipsXml`, and a relationship is added to one that exists by
 * `addRelationship`, whose id is the next rIdN after those there (never one the part already uses).
 */
import { escapeXml, XML_HEAD } from "./xml-text";
const NS_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

const entryXml = (r: Relationship) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;

/** A whole rels part holding these relationships. */
export function relationshipsXml(entries: readonly Relationship[]): string {
  return XML_HEAD + `<Relationships xmlns="${NS_PACKAGE_RELATIONSHIPS}">${entries.map(entryXml).join("")}</Relationships>`;
}

/** The id a relationship added to this rels part gets: the next rIdN after those there. */
export function nextRelationshipId(xml: string): string {
  const ids = [...xml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...ids) + 1}`;
}

/** Adds a relationship to a rels part (creating it when there is none), returning the part and the new id. */
export function addRelationship(existing: string | undefined, type: string, target: string): { xml: string; id: string } {
  const xml = existing ?? relationshipsXml([]);
  const id = nextRelationshipId(xml);
  const entry = entryXml({ id, type, target });
  const added = /<Relationships\b[^>]*\/>/.test(xml) ? xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${entry}</Relationships>`) : xml.replace("</Relationships>", `${entry}</Relationships>`);
  return { xml: added, id };
}
