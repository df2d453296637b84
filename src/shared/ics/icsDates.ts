// Date and time values of RFC 5545 (3.3.4, 3.3.5, 3.3.14): formatting of wall-clock fields and
// instants. The date arithmetic itself lives in src/shared/time.
import { isLocalDay, parseLocalDay, type DayFields, type WallTime } from '../time';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses 'YYYY-MM-DD' strictly (real calendar date, years 1–9999: RFC 5545 has no year 0), or returns null. */
export function parseIcsDate(date: string): DayFields | null {
  if (!isLocalDay(date)) return null;
  const fields = parseLocalDay(date);
  return fields.year >= 1 ? fields : null;
}

/** 'YYYYMMDD' (DATE value). */
export function formatDate(t: DayFields): string {
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
