/*
 * The native charts of the committed planner template (issue 26, item 1), read from the saved file
 * as Excel reads it: each chart part is there and well-formed, reached from its sheet through the
 * drawing and their relationships, declared in the content types; its series refer to the sheet's
 * ranges; its caches hold exactly what those cells cache; and it covers no cell of the sheet.
 */
import { DOMParser } from "@xmldom/xmldom";
import fs from "fs";
import JSZip from "jszip";
import { plannerFile, TEMPLATE_PATH } from "../../scripts/build-template";
import { CHART_TITLES, ChartSpec, plannerCharts, scenarioCharts } from "../../src/template/charts";
import { columnLetter, LINES_LAYOUT, LINES_SHEET, parseA1, plannerWorkbook, SCENARIO_LAYOUT, SCENARIOS, sheetAsRows } from "../../src/template/planner";
import { MONTHS } from "../../src/template/sheet";
import { sheetParts } from "../../src/spreadsheet/xlsx-excel-form";
import { CHART_CONTENT_TYPE, CHART_RELATIONSHIP, DRAWING_CONTENT_TYPE, DRAWING_RELATIONSHIP, seriesFormula, withCharts } from "../../src/spreadsheet/xlsx-charts";
import ExcelJS from "exceljs";
import { roundTrip, xmlCells } from "../support/xlsx-xml";
import { engine } from "../support/engine";
import { chartsOfFile, keptChartSpecs } from "../../src/workbench/kept-charts";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const L_MONTHS = SCENARIO_LAYOUT.months;

/** Parses XML, failing on any error or warning: a part Excel would call corrupt fails here. */
function parse(xml: string, part: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${part}: ${level} ${message}`) }).parseFromString(xml, "text/xml");
  expect(problems).toEqual([]);
  return doc as unknown as Document;
}

/** A part's path from a relationship's target, relative to the part that holds the relationship. */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

interface FoundChart {
  part: string;
  doc: Document;
  anchor: Element;
}

let zip: JSZip;
let bytes: Buffer;
/** Each sheet's charts in drawing order, found from the sheet's <drawing r:id> as Excel finds them. */
async function chartsOf(zip: JSZip): Promise<Map<string, FoundChart[]>> {
  const found = new Map<string, FoundChart[]>();
  for (const [sheet, part] of await sheetParts(zip)) {
    const xml = await zip.file(part)!.async("string");
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(xml)?.[1];
    if (!drawingId) continue;
    const rels = parse(await zip.file(relsOf(part))!.async("string"), relsOf(part));
    const rel = [...Array.from(rels.getElementsByTagName("Relationship"))].find((r) => r.getAttribute("Id") === drawingId)!;
    expect(rel.getAttribute("Type")).toBe(DRAWING_RELATIONSHIP);
    const drawing = resolve(part, rel.getAttribute("Target")!);
    const drawingDoc = parse(await zip.file(drawing)!.async("string"), drawing);
    const drawingRels = parse(await zip.file(relsOf(drawing))!.async("string"), relsOf(drawing));
    const charts: FoundChart[] = [];
    for (const anchor of Array.from(drawingDoc.getElementsByTagName("xdr:twoCellAnchor"))) {
      const id = anchor.getElementsByTagNameNS(C, "chart")[0].getAttribute("r:id");
      const chartRel = Array.from(drawingRels.getElementsByTagName("Relationship")).find((r) => r.getAttribute("Id") === id)!;
      expect(chartRel.getAttribute("Type")).toBe(CHART_RELATIONSHIP);
      const chart = resolve(drawing, chartRel.getAttribute("Target")!);
      expect(zip.file(chart)).not.toBeNull();
      charts.push({ part: chart, doc: parse(await zip.file(chart)!.async("string"), chart), anchor });
    }
    found.set(sheet, charts);
  }
  return found;
}

let found: Map<string, FoundChart[]>;

beforeAll(async () => {
  bytes = fs.readFileSync(TEMPLATE_PATH);
  zip = await JSZip.loadAsync(bytes);
  found = await chartsOf(zip);
});

const text = (el: Element, ns: string, tag: string) => Array.from(el.getElementsByTagNameNS(ns, tag)).map((e) => e.textContent);

describe("the planner template's charts", () => {
  it("puts two charts on every scenario sheet, the flight plan on Lines, and none elsewhere", () => {
    expect([...found.keys()]).toEqual([...SCENARIOS.map((s) => s.name), LINES_SHEET]);
    for (const s of SCENARIOS) {
      expect(found.get(s.name)!.map((c) => text(c.doc.documentElement, A, "t").join(""))).toEqual([CHART_TITLES.budgetVsCap, CHART_TITLES.split]);
    }
    const [flight] = found.get(LINES_SHEET)!;
    expect(text(flight.doc.documentElement, A, "t").join("")).toBe(CHART_TITLES.flightPlan);
    // One stacked series per line, named by the line.
    expect(text(flight.doc.documentElement, C, "f").filter((f) => /!\$A\$\d+$/.test(f!))).toHaveLength(LINES_LAYOUT.lines);
    expect(flight.doc.getElementsByTagNameNS(C, "grouping")[0].getAttribute("val")).toBe("stacked");
  });

  it("declares every drawing and chart part in [Content_Types].xml", async () => {
    const types = parse(await zip.file("[Content_Types].xml")!.async("string"), "[Content_Types].xml");
    const overrides = new Map(Array.from(types.getElementsByTagName("Override")).map((o) => [o.getAttribute("PartName"), o.getAttribute("ContentType")]));
    const charts = zip.file(/^xl\/charts\/chart\d+\.xml$/).map((f) => f.name);
    const drawings = zip.file(/^xl\/drawings\/drawing\d+\.xml$/).map((f) => f.name);
    expect(charts).toHaveLength(SCENARIOS.length * 2 + 1);
    expect(drawings).toHaveLength(SCENARIOS.length + 1);
    for (const chart of charts) expect(overrides.get(`/${chart}`)).toBe(CHART_CONTENT_TYPE);
    for (const drawing of drawings) expect(overrides.get(`/${drawing}`)).toBe(DRAWING_CONTENT_TYPE);
    // Every chart part is reached from a sheet: none is left over.
    expect([...found.values()].flat().map((c) => c.part).sort()).toEqual(charts.sort());
  });

  it("refers each series to its sheet's ranges, quoting a sheet name with a space", () => {
    const specs = plannerCharts();
    for (const [sheet, charts] of found) {
      const mine = specs.filter((s) => s.sheet === sheet);
      charts.forEach((chart, i) => {
        const spec: ChartSpec = mine[i];
        const series = Array.from(chart.doc.getElementsByTagNameNS(C, "ser"));
        expect(series.map((s) => s.getElementsByTagNameNS(C, "val")[0].getElementsByTagNameNS(C, "f")[0].textContent)).toEqual(spec.series.map((s) => seriesFormula(sheet, s.values)));
        expect(series.map((s) => s.getElementsByTagNameNS(C, "cat")[0].getElementsByTagNameNS(C, "f")[0].textContent)).toEqual(spec.series.map(() => seriesFormula(sheet, spec.categories)));
      });
    }
    const L = SCENARIO_LAYOUT;
    const last = L.firstMonthRow + L.months - 1;
    const coldStart = text(found.get("Cold start")![0].doc.documentElement, C, "f");
    expect(coldStart).toEqual([`'Cold start'!$B$${L.headerRow}`, `'Cold start'!$A$${L.firstMonthRow}:$A$${last}`, `'Cold start'!$B$${L.firstMonthRow}:$B$${last}`, `'Cold start'!$${L.capColumn}$${L.headerRow}`, `'Cold start'!$A$${L.firstMonthRow}:$A$${last}`, `'Cold start'!$${L.capColumn}$${L.firstMonthRow}:$${L.capColumn}$${last}`]);
    expect(text(found.get("Growth")![1].doc.documentElement, C, "f")[2]).toBe(`Growth!$C$${L.firstMonthRow}:$C$${last}`);
  });

  it("caches exactly the values the cells cache: month labels, series names and every number", async () => {
    const cells = await xmlCells(bytes);
    const shared = await zip.file("xl/sharedStrings.xml")!.async("string");
    const strings = [...shared.matchAll(/<si><t[^>]*>(.*?)<\/t><\/si>/g)].map((m) => m[1]);
    // Series names: text a cell caches, shared (a typed header) or its own (a formula's result).
    const cellText = (sheet: string, a1: string) => (cells[sheet][a1].type === "s" ? strings[Number(cells[sheet][a1].value)] : cells[sheet][a1].value);
    // A one-column or one-row range's cells, in order.
    const cellsOf = (range: string) => {
      const [from, to] = range.split(":").map(parseA1);
      const cells = [];
      for (let row = from.row; row <= to.row; row++) for (let column = from.column; column <= to.column; column++) cells.push(`${columnLetter(column)}${row + 1}`);
      return cells;
    };
    const specs = plannerCharts();
    let numbers = 0;
    for (const [sheet, charts] of found) {
      const mine = specs.filter((s) => s.sheet === sheet);
      charts.forEach((chart, i) => {
        const spec = mine[i];
        Array.from(chart.doc.getElementsByTagNameNS(C, "ser")).forEach((ser, j) => {
          const cat = ser.getElementsByTagNameNS(C, "cat")[0];
          expect(text(cat, C, "v")).toEqual(MONTHS);
          expect(text(cat, C, "v")).toEqual(cellsOf(spec.categories).map((a1) => cellText(sheet, a1)));
          expect(text(ser.getElementsByTagNameNS(C, "tx")[0], C, "v")).toEqual([cellText(sheet, spec.series[j].name)]);
          const cache = ser.getElementsByTagNameNS(C, "numCache")[0];
          const points = Array.from(cache.getElementsByTagNameNS(C, "pt")).map((pt) => [Number(pt.getAttribute("idx")), pt.getElementsByTagNameNS(C, "v")[0].textContent]);
          const expected = cellsOf(spec.series[j].values).map((a1, idx) => [idx, cells[sheet][a1].value]);
          expect(points).toEqual(expected);
          expect(cache.getElementsByTagNameNS(C, "ptCount")[0].getAttribute("val")).toBe(String(L_MONTHS));
          numbers += points.length;
        });
      });
    }
    expect(numbers).toBe((SCENARIOS.length * 4 + LINES_LAYOUT.lines) * L_MONTHS);
    // The cap line is the budget cap itself on every month.
    const growth = cells["Growth"];
    const [budgetVsCap] = found.get("Growth")!;
    const cap = text(budgetVsCap.doc.getElementsByTagNameNS(C, "ser")[1].getElementsByTagNameNS(C, "numCache")[0], C, "v");
    expect(new Set(cap)).toEqual(new Set([growth[SCENARIO_LAYOUT.budgetCap].value]));
  });

  it("covers no cell the sheet defines: the charts sit below the table they draw, one under the other", () => {
    const definitions = new Map(plannerWorkbook().map((s) => [s.name, s]));
    for (const [sheet, charts] of found) {
      const corners = charts.map((c) =>
        ["from", "to"].map((tag) => {
          const corner = c.anchor.getElementsByTagName(`xdr:${tag}`)[0];
          return { column: Number(corner.getElementsByTagName("xdr:col")[0].textContent), row: Number(corner.getElementsByTagName("xdr:row")[0].textContent) };
        }),
      );
      for (const a1 of Object.keys(definitions.get(sheet)!.cells)) {
        const { row, column } = parseA1(a1);
        for (const [from, to] of corners) expect({ a1, covered: column >= from.column && column < to.column && row >= from.row && row < to.row }).toEqual({ a1, covered: false });
      }
      // One below the other, not over each other.
      for (let i = 1; i < corners.length; i++) expect(corners[i - 1][1].row).toBeLessThanOrEqual(corners[i][0].row);
    }
  });

  it("is not stale: the committed chart parts are those the build writes now (run `npm run template`)", async () => {
    const fresh = await JSZip.loadAsync(await plannerFile());
    const names = (z: JSZip) => Object.keys(z.files).filter((n) => !z.files[n].dir && /^xl\/(charts|drawings)\//.test(n) || /_rels\/sheet\d+\.xml\.rels$/.test(n)).sort();
    expect(names(zip)).toEqual(names(fresh));
    for (const name of names(fresh)) expect({ name, xml: await zip.file(name)!.async("string") }).toEqual({ name, xml: await fresh.file(name)!.async("string") });
  });

  it("come through the workbench's Download (ExcelJS drops charts), cached from the cells as downloaded", async () => {
    const growth = SCENARIO_LAYOUT.firstMonthRow - 1; // zero-based
    const saved = await roundTrip(bytes, (hf) => hf.setCellContents({ sheet: hf.getSheetId("Growth")!, row: growth, col: 1 }, [[123_456]]));
    const charts = await chartsOf(await JSZip.loadAsync(saved));
    expect([...charts.keys()]).toEqual([...found.keys()]);
    const [budget] = charts.get("Growth")!;
    expect(text(budget.doc.documentElement, A, "t").join("")).toBe(CHART_TITLES.budgetVsCap);
    // The first budget's cache is the edited value, as the downloaded cell caches it.
    const values = budget.doc.getElementsByTagNameNS(C, "val")[0];
    expect(text(values, C, "v")[0]).toBe("123456");
    expect((await xmlCells(saved)).Growth[`B${SCENARIO_LAYOUT.firstMonthRow}`].value).toBe("123456");
  });

  it("follow their sheet through the workbench: a renamed sheet's charts under its new name, a deleted sheet's gone, a sheet laid out otherwise now gets none", async () => {
    const hf = await engine(Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)])));
    const kept = await chartsOfFile(bytes, hf);
    expect(kept).toHaveLength(plannerCharts().length);
    hf.renameSheet(hf.getSheetId("Growth")!, "Growth '26");
    hf.removeSheet(hf.getSheetId("Cold start")!);
    const specs = keptChartSpecs(kept, hf);
    expect(specs.map((c) => c.sheet)).toEqual(["Growth '26", "Growth '26", "Mature", "Mature", LINES_SHEET]);
    expect(specs[0]).toEqual(scenarioCharts("Growth '26")[0]);
    // Rows inserted above Mature's table (in Excel the charts moved with them): its charts are not written over the wrong rows.
    hf.addRows(hf.getSheetId("Mature")!, [2, 3]);
    expect(keptChartSpecs(kept, hf).map((c) => c.sheet)).toEqual(["Growth '26", "Growth '26", LINES_SHEET]);
    hf.destroy();
  });
});

describe("a chart whose months run along a row past column Z, on a sheet named like a cell (AB12)", () => {
  it("refers to 'AB12'!$Y$1:$AB$1 and caches every cell of the row, Z to AA included", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("AB12");
    ["Y", "Z", "AA", "AB"].forEach((column, i) => {
      sheet.getCell(`${column}1`).value = MONTHS[i];
      sheet.getCell(`${column}2`).value = (i + 1) * 100;
    });
    sheet.getCell("X2").value = "Budget";
    const spec: ChartSpec = { sheet: "AB12", title: "Past Z", categories: "Y1:AB1", series: [{ name: "X2", values: "Y2:AB2", kind: "column" }], grouping: "clustered", format: "0", from: { column: 0, row: 3 }, to: { column: 8, row: 20 } };
    const zip = await JSZip.loadAsync(await withCharts(await workbook.xlsx.writeBuffer(), [spec]));
    const part = Object.keys(zip.files).find((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))!;
    const doc = parse(await zip.file(part)!.async("string"), part);
    expect(text(doc.documentElement, C, "f")).toEqual(["'AB12'!$X$2", "'AB12'!$Y$1:$AB$1", "'AB12'!$Y$2:$AB$2"]);
    expect(text(doc.getElementsByTagNameNS(C, "cat")[0], C, "v")).toEqual(MONTHS.slice(0, 4));
    expect(text(doc.getElementsByTagNameNS(C, "val")[0], C, "v")).toEqual(["100", "200", "300", "400"]);
  });
});
