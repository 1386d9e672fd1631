/*
 * The opened file's worksheets (ExcelJS) named as the engine's sheets are now. ExcelJS refuses a
 * name any worksheet of the workbook has, in any case — the one renamed included ("Growth" to
 * "growth") — and renaming several one by one collides where they trade names ("2026" to "2027",
 * then "2025" to "2026"; a swap): each goes through a name no sheet has first.
 */
import type ExcelJS from "exceljs";

/** Each worksheet renamed here → the name the file gave it (kept through every rename, undo and redo). */
const asOpened = new WeakMap<ExcelJS.Worksheet, string>();

/**
 * The workbook's sheets by the name the file gave them → their names now (the same for a sheet not
 * renamed): what a formula or defined name of the file that the engine does not hold must be renamed by.
 */
export function sheetRenames(book: ExcelJS.Workbook): Map<string, string> {
  return new Map(book.worksheets.map((worksheet) => [asOpened.get(worksheet) ?? worksheet.name, worksheet.name]));
}

/** Names each worksheet as given; throws, having named none, when a name is another worksheet's (not renamed here) or one ExcelJS refuses. */
export function nameWorksheets(book: ExcelJS.Workbook, names: (readonly [ExcelJS.Worksheet, string])[]): void {
  const renamed = names.filter(([worksheet, name]) => worksheet.name !== name);
  const was = renamed.map(([worksheet]) => worksheet.name);
  const taken = (name: string) => book.worksheets.some((worksheet) => worksheet.name.toLowerCase() === name.toLowerCase());
  let n = 0;
  const free = () => {
    let name;
    do name = `~${n++}`;
    while (taken(name));
    return name;
  };
  for (const [worksheet] of renamed) if (!asOpened.has(worksheet)) asOpened.set(worksheet, worksheet.name);
  try {
    for (const [worksheet] of renamed) worksheet.name = free();
    for (const [worksheet, name] of renamed) worksheet.name = name;
  } catch (error) {
    // All or nothing: every worksheet its name back (through free names again: some may have traded).
    for (const [worksheet] of renamed) worksheet.name = free();
    renamed.forEach(([worksheet], i) => (worksheet.name = was[i]));
    throw error;
  }
}

/** The file's worksheets named as the kept contents say (kept-form.ts `replayed`: each name as opened → its name now); a worksheet the file lacks is skipped. */
export function nameAsKept(book: ExcelJS.Workbook, renamed: Map<string, string>): void {
  // Each found by its name as opened before any is renamed: two may have traded names.
  const named = [...renamed].flatMap(([was, now]) => {
    const worksheet = book.getWorksheet(was);
    return worksheet ? [[worksheet, now] as const] : [];
  });
  nameWorksheets(book, named);
}
