/*
 * The task pane's workbook interface on the workbench's spreadsheet (HyperFormula): the same
 * promises as Excel's (office-host.ts) — sheets known by id, text written as text, a taken name
 * refused — so the pane behaves here as it does in Excel. Development only.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { CellValue, HostError, joinAddress, SheetRef, splitAddress, WorkbookHost } from "../taskpane/host";
import { sameSheetName } from "../spreadsheet/sheet-names";
import { CellDefinition, parseA1, SheetDefinition } from "../template/planner";
import { withSheetPrefixes } from "../template/formula-sheets";
import { tableLook } from "../template/styles";
import type { SheetLook } from "../template/styles";
import type { Cell, LooksChange, Place } from "./undo-step";

/** One opened workbook, as the workbench page holds it. */
export interface WorkbenchDocument {
  hf: HyperFormula;
  /** Sheet name → "row,column" → number format. */
  formats: Record<string, Record<string, string>>;
  /** Sheet name → how a sheet inserted here looks (styles, widths, frozen panes), for the download. */
  looks?: Record<string, SheetLook>;
  /** The sheet on screen. */
  sheet: string;
  /** The selected cells on that sheet ("B10" or "B10:C12"). */
  selection: string;
  /** What the pane saved for this workbook: it belongs to the workbook, never to its file name. */
  settings?: unknown;
}

export interface WorkbenchEvents {
  /** The contents changed (redraw); `switched` when the pane also moved to another sheet. */
  changed(switched: boolean): void;
  /**
   * The pane wrote, as one step of the engine's undo: where, and the looks it replaced (for undo-places.ts's
   * record), joined to the step `into` when given (undo-places.ts remember). Returns the step it is part of.
   */
  stepped?(place: Place, into?: Place): Place | undefined;
  /** Shows another sheet, the one left keeping its selection (sheet-places.ts); without it, `sheet` is set. */
  showSheet?(name: string): void;
  /** The user's last change (undo-places.ts lastStep): the step a write following it joins, or "undone". */
  lastStep?(): Place | "undone" | undefined;
}

/**
 * Text as HyperFormula keeps it: a leading apostrophe marks it as text, as in Excel, so "=1+1",
 * "10%", "TRUE" or "2026-01-01" typed in a note stay those characters instead of a formula, a
 * number, a boolean or a date.
 */
export function asText(text: string): string {
  return `'${text}`;
}

/** A template cell as HyperFormula takes it: "=formula", text as text, a number. */
function cellContent(cell: CellDefinition): string | number | null {
  return cell.formula !== undefined ? `=${cell.formula}` : typeof cell.value === "string" ? asText(cell.value) : (cell.value ?? null);
}

function engineValue(value: unknown): CellValue {
  if (value instanceof DetailedCellError) return value.value;
  return (value ?? null) as CellValue;
}

/** A look map's entry set by a pane write, kept with what it was, for undo (LooksChange). */
type SetLook = (map: Record<string, unknown>, key: string, after: unknown) => void;

/** The cells a write covered (any cells of it, its corners will do): the first selected, and the far corner of a range. */
function extentOf(cells: readonly Cell[]): { selected: Cell; extent: Cell | undefined } {
  if (cells.length === 0) return { selected: { row: 0, column: 0 }, extent: undefined };
  const selected = { row: Math.min(...cells.map((c) => c.row)), column: Math.min(...cells.map((c) => c.column)) };
  const far = { row: Math.max(...cells.map((c) => c.row)), column: Math.max(...cells.map((c) => c.column)) };
  return { selected, extent: far.row > selected.row || far.column > selected.column ? far : undefined };
}

/**
 * One write of the pane as one step of the user's undo, as Excel keeps an add-in's actions on it:
 * the engine's operations in one batch (one undo entry), remembered (undo-places.ts) with the sheet
 * and cells written and the looks they replaced, and with where the user was, for an undo that
 * takes away the sheet written.
 */
function oneStep<T>(doc: WorkbenchDocument, events: WorkbenchEvents, into: Place | undefined, write: (setLook: SetLook) => { sheet: number; cells: Cell[]; result: T }): { result: T; step: Place | undefined } {
  const entries: LooksChange["entries"] = [];
  const setLook: SetLook = (map, key, after) => {
    entries.push({ map, key, before: map[key], after });
    if (after === undefined) delete map[key];
    else map[key] = after;
  };
  const fromSheet = doc.hf.getSheetId(doc.sheet);
  const [first, last] = doc.selection.split(":").map(parseA1);
  let written: { sheet: number; cells: Cell[]; result: T } | undefined;
  doc.hf.batch(() => {
    written = write(setLook);
  });
  const { sheet, cells, result } = written!;
  const from = fromSheet === undefined ? undefined : { sheet: fromSheet, selected: first, extent: last };
  const step = events.stepped?.({ sheet, ...extentOf(cells), looks: { entries }, from }, into);
  return { result, step };
}

/**
 * Writes made through one host: a step each (no scope: the pane's host itself), or the writes of one
 * action (oneAction: its first write's step, which the later ones join), or the pane's own reaction
 * to the user's last change (following: the writes join that change's step, or are not made after an
 * undo or a redo).
 */
interface Scope {
  follows?: boolean;
  step?: Place;
}

export function workbenchHost(document: () => WorkbenchDocument | undefined, events: WorkbenchEvents, language: () => string): WorkbookHost {
  const open = (): WorkbenchDocument => {
    const doc = document();
    if (!doc) throw new HostError("SHEET_MISSING", "");
    return doc;
  };
  const refs = (hf: HyperFormula): SheetRef[] => hf.getSheetNames().map((name) => ({ id: String(hf.getSheetId(name)), name }));
  const idOf = (hf: HyperFormula, name: string): number => {
    const id = hf.getSheetId(hf.getSheetNames().find((s) => sameSheetName(s, name)) ?? name);
    if (id === undefined) throw new HostError("SHEET_MISSING", name);
    return id;
  };
  /**
   * The action under way (oneAction, following), ended when it resolves: the pane's writes from
   * outside it (another task of the pane, going on meanwhile) wait for its end, so they neither join
   * its step nor come between its writes, whose step the engine takes back from the top.
   */
  let current: Promise<void> | undefined;
  /** A name any sheet has, in any case, is refused — before anything is written, so a refusal leaves no step to undo. */
  const refuseTaken = (doc: WorkbenchDocument, name: string): void => {
    if (doc.hf.getSheetNames().some((s) => sameSheetName(s, name))) throw new HostError("SHEET_EXISTS", name);
  };
  /** A new sheet called `name` (refuseTaken first). */
  const addNew = (doc: WorkbenchDocument, name: string): number => doc.hf.getSheetId(doc.hf.addSheet(name))!;
  const refOf = (hf: HyperFormula, id: number): SheetRef => ({ id: String(id), name: hf.getSheetName(id)! });
  /** "Sheet!B3:C5" as the engine's range. */
  const rangeOf = (hf: HyperFormula, full: string) => {
    const { sheet, cells } = splitAddress(full);
    const id = idOf(hf, sheet);
    const [from, to] = cells.split(":").map(parseA1);
    const end = to ?? from;
    return { start: { sheet: id, row: from.row, col: from.column }, end: { sheet: id, row: end.row, col: end.column } };
  };

  const host: Omit<WorkbookHost, "writeTable" | "writeCells" | "addSheet"> = {
    kind: "workbench",
    displayLanguage: language,
    activeSheet: async () => {
      const doc = open();
      return refOf(doc.hf, idOf(doc.hf, doc.sheet));
    },
    sheets: async () => {
      const doc = document();
      return doc ? refs(doc.hf) : [];
    },
    selectedAddress: async () => {
      const doc = open();
      return joinAddress(doc.sheet, doc.selection);
    },
    readRanges: async (addresses) => {
      const { hf } = open();
      return addresses.map((full) => hf.getRangeValues(rangeOf(hf, full)).map((row) => row.map(engineValue)));
    },
    lastUsedRow: async (name) => {
      const { hf } = open();
      return hf.getSheetDimensions(idOf(hf, name)).height;
    },
    readFormulas: async (addresses) => {
      const { hf } = open();
      const names = hf.getSheetNames(); // formulas as Excel gives them: '2026'!B2, where the engine writes 2026!B2
      return addresses.map((full) => hf.getRangeFormulas(rangeOf(hf, full)).map((row) => row.map((formula) => (formula === undefined ? null : withSheetPrefixes(formula, names)))));
    },
    loadSettings: async () => document()?.settings,
    saveSettings: async (value) => {
      const doc = document();
      if (doc) doc.settings = JSON.parse(JSON.stringify(value));
    },
  };

  /** The pane's writes through `scope` (none: a step each). */
  const writesOf = (scope: Scope | undefined): Pick<WorkbookHost, "writeTable" | "writeCells" | "addSheet"> => {
    const ready = async () => {
      while (!scope && current) await current;
    };
    // A write following the user's change joins its step (the last one); after an undo or a redo it is not made, as it would end what redo can do again.
    const into = (): Place | undefined => {
      if (!scope?.follows) return scope?.step;
      const last = events.lastStep?.();
      return last === "undone" ? undefined : last;
    };
    const dropped = () => !!scope?.follows && events.lastStep?.() === "undone";
    const step = <T>(doc: WorkbenchDocument, write: Parameters<typeof oneStep<T>>[3]): T => {
      const done = oneStep(doc, events, into(), write);
      if (scope) scope.step = done.step;
      return done.result;
    };
    return {
      writeTable: async (target, rows) => {
        await ready();
        const doc = open();
        const { hf } = doc;
        if (dropped()) throw new Error("The pane's reaction to a change (following) writes cells only");
        const existing = target.id !== undefined && /^\d+$/.test(target.id) && hf.getSheetName(Number(target.id)) !== undefined ? Number(target.id) : undefined;
        if (existing === undefined) refuseTaken(doc, target.name);
        const written = step(doc, (setLook) => {
          const id = existing ?? addNew(doc, target.name);
          hf.setSheetContent(
            id,
            rows.map((row) => row.map((value) => (typeof value === "string" ? asText(value) : value))),
          );
          const name = hf.getSheetName(id)!;
          setLook(doc.formats, name, {});
          // Widths, wrapping and a frozen header as Excel's pane gives the same table (tableLook), for the download.
          setLook((doc.looks ??= {}), name, tableLook(rows));
          const width = Math.max(1, ...rows.map((row) => row.length));
          return { sheet: id, cells: [{ row: 0, column: 0 }, { row: Math.max(rows.length, 1) - 1, column: width - 1 }], result: id };
        });
        events.changed(false);
        return refOf(hf, written);
      },
      writeCells: async (name, cells) => {
        await ready();
        const doc = open();
        if (dropped()) return;
        const id = idOf(doc.hf, name);
        step(doc, (setLook) => {
          const formats = (doc.formats[doc.hf.getSheetName(id)!] ??= {});
          const places: Cell[] = [];
          for (const [a1, cell] of Object.entries(cells)) {
            const { row, column } = parseA1(a1);
            doc.hf.setCellContents({ sheet: id, row, col: column }, [[cell === null ? null : cellContent(cell)]]);
            if ((cell?.format || undefined) !== formats[`${row},${column}`]) setLook(formats, `${row},${column}`, cell?.format || undefined);
            places.push({ row, column });
          }
          return { sheet: id, cells: places, result: undefined };
        });
        events.changed(false);
      },
      addSheet: async (definition: SheetDefinition) => {
        await ready();
        const doc = open();
        if (dropped()) throw new Error("The pane's reaction to a change (following) writes cells only");
        refuseTaken(doc, definition.name);
        const id = step(doc, (setLook) => {
          const added = addNew(doc, definition.name);
          const rows: (string | number | null)[][] = [];
          const formats: Record<string, string> = {};
          const look: SheetLook = { styles: {}, widths: definition.widths, frozen: definition.frozen };
          const places: Cell[] = [];
          for (const [a1, cell] of Object.entries(definition.cells)) {
            const { row, column } = parseA1(a1);
            while (rows.length <= row) rows.push([]);
            rows[row][column] = cellContent(cell);
            if (cell.format) formats[`${row},${column}`] = cell.format;
            if (cell.style) look.styles[`${row},${column}`] = cell.style;
            places.push({ row, column });
          }
          doc.hf.setSheetContent(added, rows.map((row) => Array.from(row, (value) => value ?? null)));
          setLook(doc.formats, definition.name, formats);
          setLook((doc.looks ??= {}), definition.name, look);
          return { sheet: added, cells: places, result: added };
        });
        if (events.showSheet) events.showSheet(definition.name);
        else doc.sheet = definition.name;
        events.changed(true);
        return refOf(doc.hf, id);
      },
    };
  };

  /**
   * Runs `work` as one action: alone (another waits for its end), writing through a host of its own —
   * the host it was asked of (the page's, with what it adds: saving settings, the language shown) but its writes.
   */
  const act = async <T>(asked: WorkbookHost, scope: Scope, work: (host: WorkbookHost) => Promise<T>): Promise<T> => {
    while (current) await current;
    let end = () => undefined as void;
    current = new Promise<void>((resolve) => (end = resolve));
    const scoped: WorkbookHost = { ...asked, ...writesOf(scope) };
    // Within the action, another one's writes are this one's.
    scoped.oneAction = (inner) => inner(scoped);
    scoped.following = async (inner) => void (await inner(scoped));
    try {
      return await work(scoped);
    } finally {
      current = undefined;
      end();
    }
  };
  return {
    ...host,
    ...writesOf(undefined),
    oneAction(work) {
      return act(this, {}, work);
    },
    async following(work) {
      await act(this, { follows: true }, work);
    },
  };
}
