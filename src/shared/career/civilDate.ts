// Calendar arithmetic on civil dates ('YYYY-MM-DD'), independent of the host time zone.
// Month and year addition clamp to the end of the month (Jan 31 + 1 month = Feb 28 or 29;
// Feb 29 + 1 year = Feb 28), the same convention as date-fns addMonths/addYears.

import { TZDate } from '@date-fns/tz';
import type { CivilDate, MonthKey } from './types';
import { daysInMonth } from '../gregorian';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export function isCivilDate(s: string): boolean {
  const r = DATE_RE.exec(s);
  if (!r) return false;
  const m = Number(r[2]);
  const d = Number(r[3]);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(r[1]), m);
}

export function parseCivil(s: CivilDate): Ymd {
  if (!isCivilDate(s)) throw new RangeError(`Not a YYYY-MM-DD date: ${s}`);
  return { y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) };
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

export function formatCivil({ y, m, d }: Ymd): CivilDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function utcMs({ y, m, d }: Ymd): number {
  // Date.UTC maps years 0..99 to 1900+; setUTCFullYear avoids that.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

/** Days since 1970-01-01. */
export function dayNumber(s: CivilDate): number {
  return Math.round(utcMs(parseCivil(s)) / DAY_MS);
}

export function fromDayNumber(n: number): CivilDate {
  const t = new Date(n * DAY_MS);
  return formatCivil({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

export function addDays(s: CivilDate, n: number): CivilDate {
  return fromDayNumber(dayNumber(s) + n);
}

/** b − a in days. */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addMonths(s: CivilDate, n: number): CivilDate {
  const { y, m, d } = parseCivil(s);
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12);
  const nm = idx - ny * 12 + 1;
  return formatCivil({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

export function addYears(s: CivilDate, n: number): CivilDate {
  return addMonths(s, 12 * n);
}

/**
 * Calendar months from a to b (b ≥ a), with the remainder as a fraction of the next month:
 * whole months k such that addMonths(a, k) ≤ b, plus the days left over divided by the
 * length of the month that follows. 2024-01-01 → 2027-01-01 is exactly 36.
 */
export function monthsBetween(a: CivilDate, b: CivilDate): number {
  if (b < a) return -monthsBetween(b, a);
  const pa = parseCivil(a);
  const pb = parseCivil(b);
  let whole = (pb.y - pa.y) * 12 + (pb.m - pa.m);
  while (whole > 0 && addMonths(a, whole) > b) whole--;
  const from = addMonths(a, whole);
  const rest = daysBetween(from, b);
  if (rest === 0) return whole;
  return whole + rest / daysBetween(from, addMonths(a, whole + 1));
}

export function monthKey(s: CivilDate): MonthKey {
  return s.slice(0, 7);
}

export function addMonthKey(k: MonthKey, n: number): MonthKey {
  return monthKey(addMonths(`${k}-01`, n));
}

/** The civil date of an instant in an IANA time zone. */
export function civilDateAt(epochMs: number, tz: string): CivilDate {
  const t = new TZDate(epochMs, tz);
  const y = t.getFullYear();
  if (Number.isNaN(y)) throw new RangeError(`Bad instant or time zone: ${epochMs} ${tz}`);
  return formatCivil({ y, m: t.getMonth() + 1, d: t.getDate() });
}
