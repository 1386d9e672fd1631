/*
 * How big an .xlsx (a zip) is once unpacked, read from its central directory before anything is
 * unpacked: a small file can hold a huge workbook (1.2 MB of repeated shared strings unpack to
 * 1.2 GB), and the workbench refuses those instead of spending seconds and gigabytes on them.
 */

/** The most an opened .xlsx may unpack to, all its parts together: 50 MB. */
export const UNPACKED_LIMIT = 50 * 1024 * 1024;
/** The most parts an opened .xlsx may have (a workbook has tens). */
export const ENTRY_LIMIT = 10_000;

export interface ZipSize {
  entries: number;
  /** The sum of the entries' uncompressed sizes, as the central directory states them. */
  unpacked: number;
}

export type ZipProblem = "notZip" | "zip64";

export class ZipSizeError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
    this.name = "ZipSizeError";
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * The entries and unpacked size a zip declares. Throws ZipSizeError for what is not a zip, and for
 * ZIP64 archives (sizes past 4 GB, or more than 65,535 entries: no workbook the workbench can open).
 */
export function zipSize(bytes: Uint8Array): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is the last 22 bytes, followed by a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY && at + 22 + view.getUint16(at + 20, true) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipSizeError("notZip");
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (entries === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) throw new ZipSizeError("zip64");
  if (directoryStart + directorySize > end) throw new ZipSizeError("notZip");
  let unpacked = 0;
  let at = directoryStart;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipSizeError("notZip");
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) throw new ZipSizeError("zip64");
    unpacked += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, unpacked };
}
