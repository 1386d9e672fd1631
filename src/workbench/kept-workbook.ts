/*
 * The open workbook kept in this browser (IndexedDB), so a reload finds it as it was: the bytes it
 * was opened from with its contents since (kept-form.ts), its file name, the pane's answers and the
 * selection. Saved soon after every change; nothing leaves the machine.
 */
import { keptChartSpecs } from "./kept-charts";
import { keptContents } from "./kept-form";
import { State, store } from "./store";
import { engineSheets } from "../spreadsheet/xlsx-saved-sheets";
import { withSettings } from "./xlsx-addin-settings";
import { KeptPlace, keptPlaces, placeOf } from "./sheet-places";
import { downloadFile, freshCopy } from "./xlsx-write";

/** What is kept of the open workbook. */
export interface KeptWorkbook {
  /**
   * The file it was opened from (or, kept by an earlier version, the .xlsx a Download wrote). Blobs
   * are kept by the browser apart from the page: storing one again copies nothing on the page.
   */
  bytes: Uint8Array | Blob;
  /** Its contents since it was opened from `bytes` (JSON text of kept-form.ts); none while unchanged. */
  contents?: Blob;
  fileName: string;
  settings: unknown;
  sheet: string;
  selected: { row: number; column: number };
  extent: { row: number; column: number } | undefined;
  /** Each sheet's own selection by name, the one on screen's included (none kept by an earlier version): sheet-places.ts. */
  places?: Record<string, KeptPlace>;
  /** Whether it had changes not downloaded: Open and Start over still ask after a reload. */
  unsaved: boolean;
  /** How many times it was kept: a tab keeps over only the copy it last kept or reopened. */
  stamp?: number;
}

const DATABASE = "spillsplit-workbench";
const STORE = "workbook";
const KEY = "open";
/**
 * How long after the last change the workbook is kept. Keeping reads the engine's contents a slice
 * of rows at a time (kept-form.ts), so even a 40,000-row sheet never holds the page for long.
 */
const DELAY_MS = 400;

/** The open workbook as the .xlsx a Download writes. */
export async function workbookBytes(state: State): Promise<Uint8Array> {
  // Where the user was: the sheet on screen and each sheet's active cell, as Excel saves them.
  const places = Object.fromEntries(state.hf.getSheetNames().map((name) => [name, placeOf(state, name)]));
  const sheets = engineSheets(state.hf, state.formats, state.opened, state.looks);
  // Written into a copy of the file: the open workbook stays as opened, for the next Download after an undo.
  const bytes = await downloadFile(await freshCopy(state.bytes, state.opened.map((sheet) => sheet.name)), sheets, state.opened, keptChartSpecs(state.charts, state.hf), state.fileLooks, { sheet: state.sheet, places });
  // The pane's answers travel in the file, where Excel keeps an add-in's document settings.
  return withSettings(bytes, state.settings);
}

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One request on the store, the database closed once its transaction is done. */
async function withStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? request.error);
    });
  } finally {
    db.close();
  }
}

/** The workbook kept by an earlier visit, if any (and none where the browser keeps nothing). */
export async function keptWorkbook(): Promise<KeptWorkbook | undefined> {
  try {
    return (await withStore<KeptWorkbook | undefined>("readonly", (s) => s.get(KEY))) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stamp of the copy this tab last kept or reopened; undefined for a workbook this tab opened
 * itself (it takes the kept copy's place). A copy stamped otherwise was kept by another tab since:
 * this tab no longer keeps over it (the other tab's edits would be lost), and says so once.
 */
let ownStamp: number | undefined;
/** What this tab last kept or reopened, apart from the bytes: a keep that would change nothing writes nothing. */
let lastKept: string | undefined;
let takingOver = true;
let otherTabNoticed = false;
/** Called once when another tab has kept the workbook since this tab did (the page says so). */
let onOtherTab: () => void = () => undefined;

export function whenAnotherTabKeeps(notice: () => void): void {
  onOtherTab = notice;
}

/** Saves asked for and not yet stored: leaving the page now would lose them. */
let inFlight = 0;

/** Whether a change (or the pane's answer) is not yet kept: a reload now would lose it. */
export function hasUnkept(): boolean {
  return timer !== undefined || inFlight > 0;
}

/** The page says whether everything is kept (`data-kept` on the body), for whoever waits to leave. */
function showKept(): void {
  if (typeof document !== "undefined" && document.body) document.body.dataset.kept = String(!hasUnkept());
}

/** Changes to the contents since those below were read; a change of selection or answers alone reuses them. */
let version = 0;
let built: { state: State; version: number; contents: Blob | undefined } | undefined;
/** The bytes the open workbook was opened from: what a reload opens before its contents are put back. */
let base: { state: State; bytes: Blob } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Saves run one after another, so an older one never lands after a newer one (or after a Start over). */
let queue: Promise<void> = Promise.resolve();

/** The bytes a workbook was just opened from (and the contents kept with them, reopened): keeping it before any change reads nothing. */
export function seedKept(state: State, bytes: Uint8Array | Blob, stamp?: number, kept?: KeptWorkbook): void {
  base = { state, bytes: bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]) };
  built = { state, version, contents: kept?.contents };
  lastKept = kept && signature(kept, version);
  // Reopened from the kept copy: keep over it only while no other tab has. Opened from a file or the template: take its place.
  ownStamp = stamp;
  takingOver = stamp === undefined;
  otherTabNoticed = false;
}

/** What a kept copy says beyond its bytes and contents, with the contents' version: equal signatures, nothing to keep. */
function signature(kept: Omit<KeptWorkbook, "bytes" | "contents" | "stamp">, contents: number): string {
  const { fileName, settings, sheet, selected, extent, places, unsaved } = kept;
  return JSON.stringify([contents, fileName, settings ?? null, sheet, selected, extent ?? null, places ?? null, unsaved]);
}

/** The contents of the open workbook changed: the next save reads them again. */
export function contentsChanged(): void {
  version++;
  keepSoon();
}

/** Keeps the open workbook soon (after the changes of the moment have settled). */
export function keepSoon(): void {
  if (!store.state) return;
  clearTimeout(timer);
  timer = setTimeout(() => void keepNow(), DELAY_MS);
  showKept();
}

/** Keeps the open workbook now; a workbook replaced meanwhile is not kept. */
export function keepNow(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  inFlight++;
  queue = queue.then(async () => {
    const state = store.state;
    if (!state || otherTabNoticed) return;
    const wanted = version;
    const places = keptPlaces(state);
    const now = signature({ fileName: state.fileName, settings: state.settings, sheet: state.sheet, selected: state.selected, extent: state.extent, places, unsaved: state.unsaved ?? false }, wanted);
    // Reopened and not changed since (a second tab on the same copy): keeping it again would only make the other tab's copy look older.
    if (now === lastKept && built?.state === state) return;
    if (base?.state !== state) return;
    if (built?.state !== state || built.version !== wanted) {
      // Changed again while being read: the keep that change asked for reads them afresh.
      const contents = await keptContents(state.hf, state.formats, state, () => store.state === state && version === wanted);
      if (contents === undefined) return;
      built = { state, version: wanted, contents };
    }
    if (store.state !== state) return;
    const kept: KeptWorkbook = {
      bytes: base.bytes,
      contents: built.contents,
      fileName: state.fileName,
      settings: state.settings,
      sheet: state.sheet,
      selected: state.selected,
      extent: state.extent,
      places,
      unsaved: state.unsaved ?? false,
    };
    const stamp = await putIfOwn(kept);
    if (stamp === undefined) {
      otherTabNoticed = true;
      onOtherTab();
    } else {
      ownStamp = stamp;
      takingOver = false;
      lastKept = now;
    }
  })
    .catch(() => undefined) // a browser that keeps nothing (private windows of some) still has a working page
    .finally(() => {
      inFlight--;
      showKept();
    });
  return queue;
}

/**
 * Stores `kept` over the kept copy in one transaction, when the copy is this tab's own (or this tab
 * takes its place): returns its new stamp, or undefined when another tab kept its copy since.
 */
async function putIfOwn(kept: KeptWorkbook): Promise<number | undefined> {
  const db = await database();
  try {
    return await new Promise<number | undefined>((resolve, reject) => {
      const transaction = db.transaction(STORE, "readwrite");
      const store = transaction.objectStore(STORE);
      let result: number | undefined;
      const current = store.get(KEY);
      current.onsuccess = () => {
        const stamp = (current.result as KeptWorkbook | undefined)?.stamp ?? 0;
        if (!takingOver && stamp !== (ownStamp ?? 0)) return;
        result = stamp + 1;
        store.put({ ...kept, stamp: result }, KEY);
      };
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** Forgets the kept workbook: the next visit opens the template. Saves not yet made are dropped. */
export function forgetKept(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  takingOver = true;
  otherTabNoticed = false;
  lastKept = undefined;
  queue = queue
    .then(() => withStore("readwrite", (s) => s.delete(KEY)))
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(showKept);
  return queue;
}
