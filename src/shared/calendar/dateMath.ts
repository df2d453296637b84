// Calendar-date arithmetic on 'YYYY-MM-DD' strings (no zone, independent of the process
// time zone) and wall-clock reading of instants in an IANA zone.
import { TZDate } from '@date-fns/tz';
import type { IsoDate, IsoMonth } from './types';

const DAY_MS = 86_400_000;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  const dt = new Date(n * DAY_MS);
  return `${dt.getUTCFullYear()}-${pad2(dt.getUTCMonth() + 1)}-${pad2(dt.getUTCDate())}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isValidIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  return fromDayNumber(dayNumber(date)) === date;
}

export function isValidIsoMonth(month: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const [y, m] = month.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m, 0));
  return `${month}-${pad2(dt.getUTCDate())}`;
}

/** Start of the week containing `date`, weeks starting on `weekStartsOn` (0 Sunday, 1 Monday). */
export function startOfWeek(date: IsoDate, weekStartsOn: 0 | 1): IsoDate {
  const back = (weekdayOf(date) - weekStartsOn + 7) % 7;
  return addDays(date, -back);
}

/** ISO 8601 week number and week-numbering year (weeks start Monday; week 1 holds 4 January). */
export function isoWeek(date: IsoDate): { week: number; year: number } {
  const thursday = addDays(startOfWeek(date, 1), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return { week, year };
}

/**
 * Sunday-start week number as used in the US and in date-fns `getWeek` with its defaults
 * (weekStartsOn 0, firstWeekContainsDate 1): week 1 is the week holding 1 January, so the
 * week across New Year belongs to the new year.
 */
export function sundayWeek(date: IsoDate): { week: number; year: number } {
  const sunday = startOfWeek(date, 0);
  const year = Number(addDays(sunday, 6).slice(0, 4));
  const week1 = startOfWeek(`${year}-01-01`, 0);
  return { week: (dayNumber(sunday) - dayNumber(week1)) / 7 + 1, year };
}

export function weekNumber(date: IsoDate, weekStartsOn: 0 | 1): { week: number; year: number } {
  return weekStartsOn === 1 ? isoWeek(date) : sundayWeek(date);
}

/** Wall-clock date and minutes since midnight of an instant in `tz`. */
export function localParts(ms: number, tz: string): { date: IsoDate; minutes: number } {
  const d = new TZDate(ms, tz);
  return {
    date: `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`,
    minutes: d.getHours() * 60 + d.getMinutes(),
  };
}

/** Minutes since midnight as 'HH:mm'. */
export function hhmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** 'YYYY-MM-DD HH:mm' of an instant in `tz`. */
export function localDateTime(ms: number, tz: string): string {
  const p = localParts(ms, tz);
  return `${p.date} ${hhmm(p.minutes)}`;
}

/**
 * Rounds an instant UP to the next wall-clock minute that is a multiple of `step` in `tz`
 * (an instant already on such a minute, with zero seconds, is kept).
 */
export function ceilToLocalStep(ms: number, tz: string, step: number): number {
  const d = new TZDate(ms, tz);
  const into = ((d.getMinutes() % step) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds();
  return into === 0 ? ms : ms + step * 60_000 - into;
}
