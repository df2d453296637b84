// Date and time values of RFC 5545 (3.3.4, 3.3.5, 3.3.14), computed on wall-clock fields.
import { daysInMonth } from '../gregorian';

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  minutes: number; // since midnight
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses 'YYYY-MM-DD' strictly (real calendar date, years 1–9999), or returns null. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Epoch ms of the given fields read as UTC; handles years below 100 and overflowing fields. */
export function utcMs(year: number, month: number, day: number, minutes = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, minutes, 0, 0);
  return d.getTime();
}

/** Weekday of a calendar date, 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(utcMs(year, month, day)).getUTCDay();
}

/** Adds minutes to a wall time as plain clock arithmetic (days carry over). */
export function addWallMinutes(t: WallTime, minutes: number): WallTime {
  return wallFromUtcFields(utcMs(t.year, t.month, t.day, t.minutes + minutes));
}

/** Reads the UTC fields of an epoch ms as a wall time (seconds dropped). */
export function wallFromUtcFields(ms: number): WallTime {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

export function formatDate(t: { year: number; month: number; day: number }): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`;
}

/** 'YYYYMMDDTHHMMSS' (local or floating form). */
export function formatLocalDateTime(t: WallTime): string {
  return `${formatDate(t)}T${pad(Math.floor(t.minutes / 60))}${pad(t.minutes % 60)}00`;
}

/** 'YYYYMMDDTHHMMSSZ' for an instant. */
export function formatUtcDateTime(ms: number): string {
  const d = new Date(ms);
  return `${formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** UTC offset as '+HHMM' (or '+HHMMSS' when it has seconds). */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(offsetMinutes) * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

export const BYDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
