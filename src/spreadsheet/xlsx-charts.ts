/*
 * Native charts in an .xlsx, written as Excel writes them, because ExcelJS writes none: per sheet a
 * drawing part (xl/drawings/drawingN.xml, one twoCellAnchor with a graphicFrame per chart) with its
 * relationships, per chart a chart part (xl/charts/chartN.xml, a c:chartSpace), the sheet's
 * <drawing r:id> and relationship, and the content types (ECMA-376 Part 1, 21.2 DrawingML Charts
 * and 20.5 SpreadsheetML Drawing). Each series refers to its sheet range and carries the values
 * those cells cache in this same package, so the chart shows the planner's numbers before any
 * recalculation, in Excel and in LibreOffice alike, and agrees with the cells to the last digit.
 */
import JSZip from "jszip";
import type { ChartSpec } from "../template/charts";
import { a1Of, abs, parseA1, sheetPrefix } from "../template/references-syntax";
import { sheetParts } from "./xlsx-excel-form";
import { decodeXml, escapeXml, XML_HEAD } from "./xml-text";
import { addRelationship, relationshipsXml } from "./xlsx-relationships";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_RELATIONSHIP = `${NS.r}/chart`;
export const DRAWING_RELATIONSHIP = `${NS.r}/drawing`;

/** "B10:B21" → "$B$10:$B$21" with its sheet: the absolute reference a chart series stores. */
export function seriesFormula(sheet: string, range: string): string {
  return sheetPrefix(sheet) + range.split(":").map(abs).join(":");
}

/** Each cell of a one-column or one-row range, in order (a row may run past Z: Y1:AB1). */
export function cellsOf(range: string): string[] {
  const [start, end = start] = range.split(":");
  const [from, to] = [parseA1(start), parseA1(end)];
  if (from.column !== to.column && from.row !== to.row) throw new Error(`a chart range is one column or one row: ${range}`);
  const length = Math.max(to.row - from.row, to.column - from.column) + 1;
  return Array.from({ length }, (_, i) => (from.column === to.column ? a1Of(from.row + i, from.column) : a1Of(from.row, from.column + i)));
}

/** What a cell caches in the package: its text (shared or inline) or its number; undefined for blank or error. */
type Cached = { text: string } | { number: number } | undefined;

async function cachedCells(zip: JSZip, part: string, shared: string[]): Promise<Map<string, Cached>> {
  const xml = await zip.file(part)!.async("string");
  const cells = new Map<string, Cached>();
  for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const type = /\bt="(\w+)"/.exec(c[2])?.[1];
    const v = /<v>(.*?)<\/v>/.exec(c[3] ?? "")?.[1];
    const inline = /<is>(.*?)<\/is>/.exec(c[3] ?? "")?.[1];
    if (type === "s" && v !== undefined) cells.set(c[1], { text: shared[Number(v)] });
    else if (type === "str" && v !== undefined) cells.set(c[1], { text: decodeXml(v) });
    else if (type === "inlineStr" && inline !== undefined) cells.set(c[1], { text: textRuns(inline) });
    else if ((type === undefined || type === "n") && v !== undefined) cells.set(c[1], { number: Number(v) });
  }
  return cells;
}

/** The text of a shared or inline string: its <t> runs joined (rich text keeps its words, loses its fonts). */
function textRuns(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>(.*?)<\/t>/gs)].map((m) => decodeXml(m[1])).join("");
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = await zip.file("xl/sharedStrings.xml")?.async("string");
  return xml ? [...xml.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => textRuns(m[1])) : [];
}

function strCache(texts: string[]): string {
  return `<c:strCache><c:ptCount val="${texts.length}"/>${texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

/** Cached numbers as Excel keeps them: a point per number, none for a blank, text or error cell (a gap). */
function numCache(values: Cached[], format: string): string {
  const points = values.map((v, i) => (v && "number" in v ? `<c:pt idx="${i}"><c:v>${v.number}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function text(cached: Cached): string {
  return cached === undefined ? "" : "text" in cached ? cached.text : String(cached.number);
}

const AXIS = { category: 500000001, value: 500000002 };

/** One chart part: columns (clustered or stacked) and any line series over them, on one pair of axes. */
function chartXml(spec: ChartSpec, cells: Map<string, Cached>): string {
  const categories = cellsOf(spec.categories);
  const series = (kind: "column" | "line") =>
    spec.series
      .map((s, index) => ({ ...s, index }))
      .filter((s) => s.kind === kind)
      .map((s) => {
        const name = `<c:tx><c:strRef><c:f>${escapeXml(seriesFormula(spec.sheet, s.name))}</c:f>${strCache([text(cells.get(s.name))])}</c:strRef></c:tx>`;
        const look =
          kind === "line"
            ? '<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>'
            : "<c:invertIfNegative val=\"0\"/>";
        const cat = `<c:cat><c:strRef><c:f>${escapeXml(seriesFormula(spec.sheet, spec.categories))}</c:f>${strCache(categories.map((a1) => text(cells.get(a1))))}</c:strRef></c:cat>`;
        const val = `<c:val><c:numRef><c:f>${escapeXml(seriesFormula(spec.sheet, s.values))}</c:f>${numCache(cellsOf(s.values).map((a1) => cells.get(a1)), spec.format)}</c:numRef></c:val>`;
        return `<c:ser><c:idx val="${s.index}"/><c:order val="${s.index}"/>${name}${look}${cat}${val}${kind === "line" ? '<c:smooth val="0"/>' : ""}</c:ser>`;
      })
      .join("");
  const axes = `<c:axId val="${AXIS.category}"/><c:axId val="${AXIS.value}"/>`;
  const columns = series("column");
  const lines = series("line");
  const bar = columns
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="${spec.grouping}"/><c:varyColors val="0"/>${columns}` +
      `<c:gapWidth val="80"/>${spec.grouping === "stacked" ? '<c:overlap val="100"/>' : ""}${axes}</c:barChart>`
    : "";
  const line = lines ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>` : "";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/>` +
    `<a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${AXIS.category}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${AXIS.value}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  // The value axis starts at zero (minMax with no minimum set lets Excel pick one above zero for a
  // close range, which would make one month's budget look several times another's).
  const valueAxis =
    `<c:valAx><c:axId val="${AXIS.value}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${escapeXml(spec.format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${AXIS.category}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${bar}${line}${categoryAxis}${valueAxis}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    "</c:chartSpace>"
  );
}

/** A sheet's drawing: one anchored graphic frame per chart, each pointing at its chart part by relationship id. */
function drawingXml(specs: ChartSpec[], firstId: number): string {
  const anchors = specs.map((spec, i) => {
    const corner = (tag: string, at: { column: number; row: number }) =>
      `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor>${corner("from", spec.from)}${corner("to", spec.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${firstId + i}" name="Chart ${i + 1}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
      "<xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}

/*
 * Where <drawing> goes in a worksheet: CT_Worksheet is a sequence, and drawing comes after the page
 * setup, header/footer, breaks and ignoredErrors, before legacyDrawing, picture, oleObjects,
 * controls, tableParts and extLst. Excel refuses a file whose elements are out of order.
 */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function withDrawingElement(sheetXml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  const withNamespace = /<worksheet\b[^>]*\bxmlns:r=/.test(sheetXml) ? sheetXml : sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  const next = AFTER_DRAWING.map((tag) => withNamespace.search(new RegExp(`<${tag}\\b`))).filter((i) => i >= 0);
  const at = next.length > 0 ? Math.min(...next) : withNamespace.lastIndexOf("</worksheet>");
  return withNamespace.slice(0, at) + element + withNamespace.slice(at);
}

/**
 * The package with `charts` added. Each chart's categories, names and values are cached from the
 * cells of this package (what ExcelJS wrote from the template's computed results), never computed
 * again here. A sheet named in `charts` that the package lacks is an error: a chart on no sheet is
 * a template bug, not something to drop in silence.
 */
export async function withCharts(buffer: ArrayBuffer | Uint8Array, charts: ChartSpec[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  if (charts.length === 0) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const parts = await sheetParts(zip);
  const shared = await sharedStrings(zip);
  const existing = (folder: string, stem: string) => zip.file(new RegExp(`^xl/${folder}/${stem}\\d+\\.xml$`)).length;
  let drawingNumber = existing("drawings", "drawing");
  let chartNumber = existing("charts", "chart");
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const bySheet = new Map<string, ChartSpec[]>();
  for (const spec of charts) bySheet.set(spec.sheet, [...(bySheet.get(spec.sheet) ?? []), spec]);
  for (const [sheet, specs] of bySheet) {
    const part = parts.get(sheet);
    if (!part) throw new Error(`no sheet named ${sheet} for its charts`);
    const cells = await cachedCells(zip, part, shared);
    const drawing = `xl/drawings/drawing${++drawingNumber}.xml`;
    const chartTargets: { id: string; type: string; target: string }[] = [];
    for (const [i, spec] of specs.entries()) {
      const chart = `xl/charts/chart${++chartNumber}.xml`;
      zip.file(chart, chartXml(spec, cells));
      chartTargets.push({ id: `rId${i + 1}`, type: CHART_RELATIONSHIP, target: `../charts/chart${chartNumber}.xml` });
      types = types.replace("</Types>", `<Override PartName="/${chart}" ContentType="${CHART_CONTENT_TYPE}"/></Types>`);
    }
    zip.file(drawing, drawingXml(specs, 2));
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationshipsXml(chartTargets));
    types = types.replace("</Types>", `<Override PartName="/${drawing}" ContentType="${DRAWING_CONTENT_TYPE}"/></Types>`);
    const [folder, file] = [part.slice(0, part.lastIndexOf("/")), part.slice(part.lastIndexOf("/") + 1)];
    const relsPart = `${folder}/_rels/${file}.rels`;
    const { xml: rels, id } = addRelationship(await zip.file(relsPart)?.async("string"), DRAWING_RELATIONSHIP, `../drawings/drawing${drawingNumber}.xml`);
    zip.file(relsPart, rels);
    zip.file(part, withDrawingElement(await zip.file(part)!.async("string"), id));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The text of a chart part's title (its runs joined), or "" where it has none. */
function chartTitle(xml: string): string {
  const title = /<c:title>[\s\S]*?<\/c:title>/.exec(xml)?.[0] ?? "";
  return [...title.matchAll(/<a:t(?:\s[^>]*)?>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1])).join("");
}

/** A relationship target resolved against the folder of the part that holds it ("../charts/chart1.xml" from xl/drawings). */
function resolvePart(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/");
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/** The targets of a part's relationships of one type. */
async function targetsOf(zip: JSZip, part: string, type: string): Promise<string[]> {
  const folder = part.slice(0, part.lastIndexOf("/"));
  const rels = await zip.file(`${folder}/_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`)?.async("string");
  if (!rels) return [];
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .filter((m) => m[0].includes(`Type="${type}"`))
    .map((m) => resolvePart(folder, /Target="([^"]+)"/.exec(m[0])?.[1] ?? ""));
}

/**
 * The titles of the charts each sheet of a package carries, by sheet name: what the workbench keeps
 * through a download (ExcelJS, which writes it, drops every chart).
 */
export async function chartTitlesBySheet(buffer: ArrayBuffer | Uint8Array): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(buffer);
  const found = new Map<string, string[]>();
  for (const [sheet, part] of await sheetParts(zip)) {
    const titles: string[] = [];
    for (const drawing of await targetsOf(zip, part, DRAWING_RELATIONSHIP)) {
      for (const chart of await targetsOf(zip, drawing, CHART_RELATIONSHIP)) {
        const xml = await zip.file(chart)?.async("string");
        if (xml) titles.push(chartTitle(xml));
      }
    }
    if (titles.length > 0) found.set(sheet, titles);
  }
  return found;
}
