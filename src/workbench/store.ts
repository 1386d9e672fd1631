/*
 * The workbook open on the page, and the pane's listeners to its changes. Every part of the page
 * reads `store.state` when it acts, so a workbook opened since is the one it acts on.
 */
import type { WorkbenchDocument } from "./workbench-host";
import type { FileLook, LoadedSheet } from "../spreadsheet/xlsx-read";

export interface State extends WorkbenchDocument {
  /** The file it was opened from: each Download reads it afresh and writes into that copy (xlsx-write.ts `freshCopy`). */
  bytes: Uint8Array;
  /**
   * What each of the file's sheets held when opened, in the file's order, each under its name now
   * (sheet-rename.ts renames it): a download leaves the cells nobody changed as the file had them,
   * and names the file's sheets as these are named.
   */
  opened: LoadedSheet[];
  selected: { row: number; column: number };
  /** The far corner of a range selected with Shift. */
  extent: { row: number; column: number } | undefined;
  /** The selection each sheet left had, by the engine's sheet id (a rename keeps it): sheet-places.ts. */
  places?: Record<number, SheetPlace>;
  fileName: string;
  /** Sheet name → how the file shows it (fills, font colours, widths), for the grid. */
  fileLooks?: Record<string, FileLook>;
  /**
   * The template's charts the opened file carried, by the engine's sheet id (it follows a rename) and
   * title: Download writes them again, as ExcelJS drops every chart.
   */
  charts: KeptChart[];
  /** Whether the workbook changed since it was opened or last downloaded: Open asks before replacing it. */
  unsaved?: boolean;
}

/** A sheet's selection (sheet-places.ts): its active cell and the far corner of a range selected with it. */
export interface SheetPlace {
  selected: { row: number; column: number };
  extent: { row: number; column: number } | undefined;
}

export interface KeptChart {
  sheetId: number;
  title: string;
}

/** The open workbook: none until the first one has loaded. */
export const store: { state: State | undefined } = { state: undefined };

/** The pane listens for sheet switches and edits, as it does to Excel's events. */
const listeners = new Set<() => void>();

export function notifyPane(): void {
  listeners.forEach((listener) => listener());
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The engine's id of the sheet on screen. */
export function sheetId(): number {
  return store.state!.hf.getSheetId(store.state!.sheet)!;
}
