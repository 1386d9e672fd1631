/*
 * Dates and times written as text, read as Excel reads them (excel-number.ts holds the rule that
 * calls these): a year-first date (2026-11-30, 2026/11/30, 2026年11月30日 as Excel in zh-CN reads
 * it), a time of day (12:30, 9:05:30), a date with a time (2026-11-30 12:30) and an elapsed time
 * past a day (36:00 is 1.5, shown [h]:mm:ss as Excel shows it). Each is a number with the format
 * that shows it as written. Day-first and month-first dates (30/11/2026, 3/4) stay text: which one
 * is meant depends on a locale a browser page does not have.
 */
/** A number read from a date or time, with the format that shows it as written. */
interface Dated {
  value: number;
  format: string;
}

const DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const TIME = /^(\d{1,4}):(\d{2})(?::(\d{2}))?$/;
const DATE_TIME = /^(\S+)\s+(\S+)$/;
/** The hours Excel reads in an elapsed time (9999:59:59 is its largest). */
const MOST_HOURS = 9999;

/** Days from Excel's 1900 epoch to a calendar date (1 March 1900 on: day 0 is 30 December 1899). */
function serialOf(year: number, month: number, day: number): number | undefined {
  const at = Date.UTC(year, month - 1, day);
  const back = new Date(at);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || year < 1901) return undefined;
  return Math.round((at - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A date written year first (2026-11-30, 2026/11/30, 2026年11月30日) as its serial, shown as it was written. */
export function excelDate(text: string): Dated | undefined {
  const dashed = DATE.exec(text);
  const chinese = dashed ? null : CHINESE_DATE.exec(text);
  if (!dashed && !chinese) return undefined;
  const [year, month, day] = dashed ? [dashed[1], dashed[3], dashed[4]] : [chinese![1], chinese![2], chinese![3]];
  const value = serialOf(Number(year), Number(month), Number(day));
  if (value === undefined) return undefined;
  const part = (digits: string, token: string) => (digits.length === 2 ? token + token : token);
  const format = dashed
    ? ["yyyy", part(month, "m"), part(day, "d")].join(dashed[2])
    : `yyyy"年"${part(month, "m")}"月"${part(day, "d")}"日"`;
  return { value, format };
}

/**
 * A time (12:30, 9:05:30) as the fraction of a day it is, shown as written (h:mm, h:mm:ss); from 24
 * hours on, an elapsed time (36:00 is 1.5), which Excel shows [h]:mm:ss. `ofDay`: a time of day only
 * (the time after a date).
 */
export function excelTime(text: string, ofDay = false): Dated | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3] ?? "0"].map(Number);
  if (hours > (ofDay ? 23 : MOST_HOURS) || minutes > 59 || seconds > 59) return undefined;
  const value = (hours * 3600 + minutes * 60 + seconds) / 86_400;
  if (hours > 23) return { value, format: "[h]:mm:ss" };
  return { value, format: match[3] === undefined ? "h:mm" : "h:mm:ss" };
}

/** A date with a time of day (2026-11-30 12:30) as its serial and fraction, shown as written (yyyy-mm-dd h:mm). */
export function excelDateTime(text: string): Dated | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const date = excelDate(match[1]);
  const time = date && excelTime(match[2], true);
  if (!date || !time) return undefined;
  return { value: date.value + time.value, format: `${date.format} ${time.format}` };
}
