/*
 * The NPL sheet (笔记 · 人群 · 直播, DOMAIN §9, [004]): notes, group-chat and live lines valued at
 * the LTV of the customers they win; the year's FLIGHTPLAN over them; its impressions ÷ a frequency
 * as the ladder's reach and its conversions as the ladder's first buyers; ASSETLADDER month by
 * month; and the year's GMV, closed loop vs spillover, the loyal customers' share and LTV × users.
 * Every figure is a live formula over the inputs and the one assumptions table.
 */
import { ASSUMPTIONS_RANGE } from "./assumptions-sheet";
import { EXAMPLE_SEASONALITY } from "./lines-sheet";
import { LADDER_COLUMNS as C, LINE_COLUMNS as LC, NPL_LABELS as W, NPL_LAYOUT as L, NPL_LINES, NPL_SHEET, NPL_START } from "./npl-labels";
import { abs, columnLetter, FORMATS, INPUTS_NOTE, MONTHS, TOTAL_LABEL } from "./sheet";
import type { CellDefinition, SheetDefinition } from "./sheet";

/** A month's column: B for January … M for December. */
const monthColumn = (m: number) => columnLetter(m + 1);
const FIRST_MONTH = monthColumn(0);
const LAST_MONTH = monthColumn(L.months - 1);

/** The flight plan's and the ladder's spills, by their top-left cells. */
const FLIGHT = abs(`${columnLetter(1)}${L.flightRow}`);
const LADDER = abs(`${C.month}${L.ladderRow}`);
/**
 * `formula`, or the error of the spill it reads where that spill is an error: Excel shows a custom
 * function's thrown error in its top-left cell alone and leaves the rest of its range empty, so a
 * guard that reads empty cells as "no plan" must look there first, or the error would show as blanks.
 */
const unlessError = (spill: string, formula: string) => `IF(ISERROR(${spill}),${spill},${formula})`;
/** A sum that is blank where its range holds no number: a blank plan shows no year of 0. */
const sumOrBlank = (range: string) => unlessError(FLIGHT, `IF(COUNT(${range})=0,"",SUM(${range}))`);

export function nplSheet(): SheetDefinition {
  const A = ASSUMPTIONS_RANGE;
  const cells: Record<string, CellDefinition> = {
    A1: { value: W.title, style: "title" },
    A2: { value: INPUTS_NOTE, style: "subtitle" },
  };
  const label = (row: number, text: string, style: CellDefinition["style"] = "label") => (cells[`A${row}`] = { value: text, style });
  const row = (a1: string) => Number(a1.slice(1));
  const inputs: [string, string, number, string][] = [
    [L.budget, W.budget, 6_000_000, FORMATS.money],
    [L.aov, W.aov, 200, FORMATS.price],
    [L.frequency, W.frequency, 6, "0.0"],
    [L.ltvMonths, W.ltvMonths, 12, "0"],
  ];
  for (const [a1, text, value, format] of inputs) {
    label(row(a1), text);
    cells[a1] = { value, style: "input", format };
  }
  label(row(L.ltv), W.ltv);
  cells[L.ltv] = { formula: `RED.LTV(${abs(L.aov)},${abs(L.ltvMonths)},1,0,${A})`, style: "output", format: FORMATS.money };

  // The five layers at the start, B10:F10.
  label(L.layerHeaderRow, W.layer, "header");
  W.layers.forEach((text, i) => {
    cells[`${columnLetter(i + 1)}${L.layerHeaderRow}`] = { value: text, style: "header" };
    cells[`${columnLetter(i + 1)}${L.startRow}`] = { value: NPL_START[i], style: "input", format: FORMATS.count };
  });
  label(L.startRow, W.start);
  const start = `$B$${L.startRow}:$F$${L.startRow}`;

  // The three lines, each one's value per conversion the LTV of a new customer × its multiple (a
  // blank multiple is a blank value: FLIGHTPLAN then names the line).
  W.lineHeaders.forEach((text, c) => (cells[`${columnLetter(c)}${L.lineHeaderRow}`] = { value: text, style: "header" }));
  const lastLine = L.firstLineRow + NPL_LINES.length - 1;
  NPL_LINES.forEach((line, i) => {
    const r = L.firstLineRow + i;
    const multiple = `${LC.valueMultiple}${r}`;
    cells[`${LC.name}${r}`] = { value: line.name, style: "input" };
    cells[`${LC.baseCpa}${r}`] = { value: line.baseCpa, style: "input", format: FORMATS.price };
    cells[`${LC.baseCpm}${r}`] = { value: line.baseCpm, style: "input", format: FORMATS.price };
    cells[multiple] = { value: line.valueMultiple, style: "input", format: "0.00" };
    cells[`${LC.value}${r}`] = { formula: `IF(ISBLANK(${multiple}),"",${abs(L.ltv)}*${multiple})`, format: FORMATS.money };
    cells[`${LC.spend}${r}`] = { formula: sumOrBlank(`${FIRST_MONTH}${L.flightRow + i}:${LAST_MONTH}${L.flightRow + i}`), format: FORMATS.money };
  });
  const lines = (column: string) => `$${column}$${L.firstLineRow}:$${column}$${lastLine}`;

  // FLIGHTPLAN: the year's budget by line × month, value per conversion from LTV.
  label(L.flightTitleRow, W.flightTitle, "output");
  label(L.seasonalityRow, W.seasonality);
  label(L.flightHeaderRow, W.spend, "header");
  for (let m = 0; m < L.months; m++) {
    const column = monthColumn(m);
    cells[`${column}${L.seasonalityRow}`] = { value: EXAMPLE_SEASONALITY[m], style: "input", format: "0.00" };
    cells[`${column}${L.flightHeaderRow}`] = { value: MONTHS[m], style: "header" };
  }
  // FLIGHTPLAN adds after its months what each line's conversions are worth (value × conversions over
  // the year, an amount) and its marginal ROI (value per yuan).
  W.flightValueHeaders.forEach((header, k) => (cells[`${monthColumn(L.months + k)}${L.flightHeaderRow}`] = { value: header, style: "header" }));
  NPL_LINES.forEach((_, i) => {
    cells[`${monthColumn(L.months)}${L.flightRow + i}`] = { format: FORMATS.money };
    cells[`${monthColumn(L.months + 1)}${L.flightRow + i}`] = { format: "0.00" };
  });
  const valueColumn = monthColumn(L.months);
  cells[`${valueColumn}${L.flightTotalRow}`] = { formula: sumOrBlank(`${valueColumn}${L.flightRow}:${valueColumn}${L.flightRow + NPL_LINES.length - 1}`), style: "total", format: FORMATS.money };
  const seasonality = `$${FIRST_MONTH}$${L.seasonalityRow}:$${LAST_MONTH}$${L.seasonalityRow}`;
  cells[`${FIRST_MONTH}${L.flightRow}`] = { formula: `RED.FLIGHTPLAN(${abs(L.budget)},${lines("A")},${lines("B")},${seasonality},,,,,${A},FALSE,${lines(LC.value)})` };
  label(L.flightTotalRow, TOTAL_LABEL, "total");

  // Per line and month: spend (the spill), impressions and conversions; then the months' reach and first buyers.
  label(L.impressionsTitleRow, W.impressions, "output");
  label(L.reachRow, W.reach, "total");
  label(L.conversionsTitleRow, W.conversions, "output");
  label(L.firstBuyersRow, W.firstBuyers, "total");
  NPL_LINES.forEach((_, i) => {
    // A cleared line's name is blank here too (Excel and LibreOffice show a reference to an empty cell as 0).
    const name = `$A$${L.firstLineRow + i}`;
    for (const top of [L.flightRow, L.impressionsRow, L.conversionsRow]) cells[`A${top + i}`] = { formula: `IF(${name}="","",${name})`, style: "label" };
  });
  for (let m = 0; m < L.months; m++) {
    const column = monthColumn(m);
    const spends = (i: number) => `${column}${L.flightRow + i}`;
    NPL_LINES.forEach((_, i) => {
      const lineRow = L.firstLineRow + i;
      cells[spends(i)] = { ...cells[spends(i)], format: FORMATS.money };
      cells[`${column}${L.impressionsRow + i}`] = { formula: `RED.IMPRESSIONS(${spends(i)},$${LC.baseCpm}$${lineRow}*${column}$${L.seasonalityRow},${A})`, format: FORMATS.count };
      cells[`${column}${L.conversionsRow + i}`] = { formula: `RED.CONVERSIONS(${spends(i)},$${LC.baseCpa}$${lineRow}*${column}$${L.seasonalityRow},${A})`, format: FORMATS.count };
    });
    const block = (top: number) => `${column}${top}:${column}${top + NPL_LINES.length - 1}`;
    // A month with no spend (a blank budget or seasonality) is a blank month, not a month of 0; a line
    // left out (its row cleared) is no line, and an error in a line's figures shows through the SUM.
    const whole = (formula: string) => unlessError(FLIGHT, `IF(COUNT(${block(L.flightRow)})=0,"",${formula})`);
    const firstBuyers = `${column}${L.firstBuyersRow}`;
    cells[`${column}${L.flightTotalRow}`] = { formula: sumOrBlank(block(L.flightRow)), style: "total", format: FORMATS.money };
    // The people reached who do not buy directly become aware; a frequency below 1 (more people than
    // impressions) is no frequency.
    // More first buyers than people reached (a frequency far too high) is no month either.
    const people = `SUM(${block(L.impressionsRow)})/${abs(L.frequency)}`;
    const reached = `IF(${abs(L.frequency)}<1,NA(),IF(${people}<${firstBuyers},NA(),${people}-${firstBuyers}))`;
    cells[`${column}${L.reachRow}`] = { formula: whole(reached), style: "total", format: FORMATS.count };
    cells[firstBuyers] = { formula: whole(`SUM(${block(L.conversionsRow)})`), style: "total", format: FORMATS.count };
  }
  const reach = `$${FIRST_MONTH}$${L.reachRow}:$${LAST_MONTH}$${L.reachRow}`;
  const firstBuyers = `$${FIRST_MONTH}$${L.firstBuyersRow}:$${LAST_MONTH}$${L.firstBuyersRow}`;

  // ASSETLADDER, one row per month, its last two columns the loyal customers' GMV and the new customers
  // won: the ladder's own figures, so the sheet never works §9 out a second time beside it.
  label(L.ladderTitleRow, W.ladderTitle, "output");
  W.ladderHeaders.forEach((text, c) => (cells[`${columnLetter(c)}${L.ladderHeaderRow}`] = { value: text, style: "header" }));
  cells[`A${L.ladderRow}`] = { formula: `RED.ASSETLADDER(${start},${reach},${abs(L.aov)},${firstBuyers},${A})` };
  const lastLadder = L.ladderRow + L.months - 1;
  for (let t = 0; t < L.months; t++) {
    const r = L.ladderRow + t;
    cells[`${C.month}${r}`] = { ...cells[`${C.month}${r}`], format: "0" };
    for (const column of [C.aware, C.interested, C.newCustomers, C.returning, C.loyal, C.orders, C.newWon]) cells[`${column}${r}`] = { ...cells[`${column}${r}`], format: FORMATS.count };
    for (const column of [C.gmv, C.spilloverGmv, C.closedLoopGmv, C.loyalGmv]) cells[`${column}${r}`] = { ...cells[`${column}${r}`], format: FORMATS.money };
  }
  label(L.ladderTotalRow, TOTAL_LABEL, "total");
  for (const column of [C.orders, C.gmv, C.spilloverGmv, C.closedLoopGmv, C.loyalGmv, C.newWon]) {
    const format = column === C.orders || column === C.newWon ? FORMATS.count : FORMATS.money;
    // The year's total only over a whole year: months the ladder left blank make no total of 0, and
    // an error in a month shows through the SUM.
    const months = `${column}${L.ladderRow}:${column}${lastLadder}`;
    cells[`${column}${L.ladderTotalRow}`] = { formula: unlessError(LADDER, `IF(ISERROR(SUM(${months})),SUM(${months}),IF(COUNT(${months})<${L.months},"",SUM(${months})))`), style: "total", format };
  }

  // The year's figures.
  const total = (column: string) => `${column}${L.ladderTotalRow}`;
  const F = L.figures;
  /** A figure of the year, blank where the ladder has no whole year (its GMV total blank); an error shows. */
  const whenYear = (formula: string) => `IF(${total(C.gmv)}="","",${formula})`;
  const figures: [string, string, string, string][] = [
    [F.gmv, W.gmv, total(C.gmv), FORMATS.money],
    [F.closedLoop, W.closedLoop, total(C.closedLoopGmv), FORMATS.money],
    [F.spillover, W.spillover, total(C.spilloverGmv), FORMATS.money],
    [F.loyalShare, W.loyalShare, whenYear(`${total(C.loyalGmv)}/${total(C.gmv)}`), FORMATS.share],
    [F.newCustomers, W.newCustomers, total(C.newWon), FORMATS.count],
    [F.ltvTimesUsers, W.ltvTimesUsers, whenYear(`${abs(L.ltv)}*${total(C.newWon)}`), FORMATS.money],
    [F.loyalAtEnd, W.loyalAtEnd, whenYear(`${C.loyal}${lastLadder}`), FORMATS.count],
  ];
  for (const [a1, text, formula, format] of figures) {
    label(row(a1), text, "output");
    cells[a1] = { formula, style: "output", format };
  }
  cells[`C${row(F.gmv) - 1}`] = { value: W.share, style: "header" };
  for (const a1 of [F.closedLoop, F.spillover]) cells[`C${row(a1)}`] = { formula: whenYear(`${a1}/${F.gmv}`), format: FORMATS.share };
  cells[`A${L.factRow}`] = { value: W.fact, style: "note" };
  return {
    name: NPL_SHEET,
    widths: [50, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15],
    frozen: { rows: 0, columns: 1 },
    cells,
    merges: [`A${L.factRow}:M${L.factRow}`],
    // Room for the fact note as LibreOffice and Excel draw it (header rows are two lines, as on every sheet).
    // The lines' header holds three lines of words ("Value per conversion 单次转化价值").
    rowHeights: { [L.factRow]: 90, [L.lineHeaderRow]: 45 },
  };
}
