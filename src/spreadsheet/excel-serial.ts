/*
 * Excel's 1900 date system, defined once here for reading a date (excel-date-time.ts), showing one
 * (number-format.ts) and reading a file's (xlsx-read.ts): a date is the count of days whose 1 is
 * 1 January 1900. Excel counts 29 February 1900, a day that never was (as Lotus 1-2-3 did), as 60;
 * so 1 March 1900 is 61, and from it on day 0 is 30 December 1899. Day 0 itself Excel shows as
 * 1900-01-00, and weekdays run on through the day that never was (1 January 1900 is a Sunday there).
 */

export const MS_PER_DAY = 86_400_000;
/** Day 0 of the days from 1 March 1900 on: 30 December 1899, in JavaScript's UTC milliseconds. */
const EPOCH = Date.UTC(1899, 11, 30);
/** The day 1 January 1970 is (25569), from which JavaScript's dates count. */
export const UNIX_EPOCH_DAY = -EPOCH / MS_PER_DAY;
/** 29 February 1900, which Excel counts. */
const LEAP_DAY = 60;
/** 31 December 9999, the last date Excel has. */
export const LAST_DAY = 2_958_465;

/** A day of Excel's calendar: month 1 to 12, day of the month, weekday 0 (Sunday) to 6. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

/** A calendar date (1 January 1900 to 31 December 9999, 29 February 1900 too) as Excel's day number; undefined when Excel has no such date. */
export function serialOf(year: number, month: number, day: number): number | undefined {
  if (year === 1900 && month === 2 && day === 29) return LEAP_DAY;
  const at = Date.UTC(year, month - 1, day);
  const back = new Date(at);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  const days = Math.round((at - EPOCH) / MS_PER_DAY);
  if (days < 2 || days > LAST_DAY) return undefined;
  return days <= LEAP_DAY ? days - 1 : days;
}

/** The calendar day of one of Excel's whole day numbers (0 to 31 December 9999), as Excel shows it. */
export function calendarOf(days: number): CalendarDay {
  const weekday = (days + 6) % 7;
  if (days === 0) return { year: 1900, month: 1, day: 0, weekday };
  if (days === LEAP_DAY) return { year: 1900, month: 2, day: 29, weekday };
  const at = new Date(EPOCH + (days < LEAP_DAY ? days + 1 : days) * MS_PER_DAY);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), weekday };
}
