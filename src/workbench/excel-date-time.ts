/*
 * Dates and times written as text, read as Excel in en-US reads them, with the forms Excel in zh-CN
 * reads too (excel-number.ts holds the rule that calls these): a year-first date (2026-11-30,
 * 2026/11/30, 2026年11月30日), a month-first one (11/30/2026, 11/30/26), a month and day of this year
 * (11/30, 11月30日 — Excel in en-US and in zh-CN alike read m/d so), a time of day (12:30, 9:05:30,
 * 9:30 PM), a date with a time (2026-11-30 12:30) and an elapsed time past a day (36:00 is 1.5,
 * shown [h]:mm:ss as Excel shows it). Each is a number, in Excel's 1900 date system (excel-serial.ts),
 * with the format that shows it as written (a two-digit year shown with the century Excel chose).
 * Day-first dates (30/11/2026) stay text, as in Excel in en-US: there is no month 30.
 */
import { serialOf } from "../spreadsheet/excel-serial";

/** A number read from a date or time, with the format that shows it as written. */
interface Dated {
  value: number;
  format: string;
}

const DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
const CHINESE_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/;
const TIME = /^(\d{1,4}):(\d{2})(?::(\d{2}))?(?:\s*([ap])m)?$/i;
const DATE_TIME = /^(\S+)\s+(.+)$/;
/** The hours Excel reads in an elapsed time (9999:59:59 is its largest). */
const MOST_HOURS = 9999;

/** A two-digit year as Excel reads it: 00 to 29 this century, 30 to 99 the last. */
const fullYear = (digits: string) => (digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) < 30 ? 2000 : 1900));

/** The year a month and day without one is in: this year, by the page's clock in its time zone. */
const thisYear = () => String(new Date().getFullYear());

/** m or mm, d or dd: a month or day shown as it was written, with or without its leading zero. */
const part = (digits: string, token: string) => (digits.length === 2 ? token + token : token);

/**
 * A date written year first (2026-11-30, 2026/11/30, 2026年11月30日), month first (11/30/2026), or
 * as a month and day of this year (11/30, 11月30日, this year as the page's clock has it, as Excel's
 * is the computer's), as its serial, shown as it was written.
 */
export function excelDate(text: string): Dated | undefined {
  const dashed = DATE.exec(text);
  const monthFirst = MONTH_FIRST.exec(text);
  const chinese = CHINESE_DATE.exec(text);
  let date: [string, string, string];
  let format: string;
  if (dashed) {
    date = [dashed[1], dashed[3], dashed[4]];
    format = ["yyyy", part(dashed[3], "m"), part(dashed[4], "d")].join(dashed[2]);
  } else if (monthFirst) {
    date = [monthFirst[3] ?? thisYear(), monthFirst[1], monthFirst[2]];
    format = [part(monthFirst[1], "m"), part(monthFirst[2], "d"), ...(monthFirst[3] ? ["yyyy"] : [])].join("/");
  } else if (chinese) {
    date = [chinese[1] ?? thisYear(), chinese[2], chinese[3]];
    format = `${chinese[1] ? 'yyyy"年"' : ""}${part(chinese[2], "m")}"月"${part(chinese[3], "d")}"日"`;
  } else return undefined;
  const value = serialOf(fullYear(date[0]), Number(date[1]), Number(date[2]));
  return value === undefined ? undefined : { value, format };
}

/**
 * A time (12:30, 9:05:30) as the fraction of a day it is, shown as written (h:mm, h:mm:ss); from 24
 * hours on, an elapsed time (36:00 is 1.5), which Excel shows [h]:mm:ss. With AM or PM (9:30 PM,
 * 9:30 am, 12:00 AM is 0:00), an hour of 0 to 12, shown h:mm AM/PM. `ofDay`: a time of day only
 * (the time after a date).
 */
export function excelTime(text: string, ofDay = false): Dated | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3] ?? "0"].map(Number);
  const half = match[4]?.toLowerCase();
  if (hours > (half ? 12 : ofDay ? 23 : MOST_HOURS) || minutes > 59 || seconds > 59) return undefined;
  const hour = half ? (hours % 12) + (half === "p" ? 12 : 0) : hours;
  const value = (hour * 3600 + minutes * 60 + seconds) / 86_400;
  if (hour > 23) return { value, format: "[h]:mm:ss" };
  return { value, format: `${match[3] === undefined ? "h:mm" : "h:mm:ss"}${half ? " AM/PM" : ""}` };
}

/** A date with a time of day (2026-11-30 12:30, 11/30/2026 9:30 PM) as its serial and fraction, shown as written (yyyy-mm-dd h:mm). */
export function excelDateTime(text: string): Dated | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const date = excelDate(match[1]);
  const time = date && excelTime(match[2], true);
  if (!date || !time) return undefined;
  return { value: date.value + time.value, format: `${date.format} ${time.format}` };
}
