// Calendar rules on LocalDay and LocalMonth that date-fns already encodes: month and year
// addition with end-of-month clamping, calendar-month differences, ISO and US week numbers.
// None of these is on a measured hot path, so they go through date-fns, on a plain Date at
// noon local time of the day: date-fns reads and writes local fields, and noon is never moved
// to another day by a DST change of the process's zone, so the answers do not depend on it.
// (A TZDate fixed to 'UTC' would say the same, but costs 100 to 1000 times more per call: it
// calls Intl on every field write.)

import { addMonths as addMonthsFns, addYears as addYearsFns, differenceInCalendarMonths, getISOWeek, getISOWeekYear, getWeek, getWeekYear } from 'date-fns';
import { addDays, daysBetween, formatLocalDay, monthOf, parseLocalDay, startOfWeek, type LocalDay, type LocalMonth } from './civilDate';

/** The day as a date-fns date: a Date at local noon of that day. Throws RangeError on a bad day. */
function toDate(day: LocalDay): Date {
  const { year, month, day: dayOfMonth } = parseLocalDay(day);
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, dayOfMonth); // not new Date(y, …): it reads years 0–99 as 1900–1999
  return date;
}

function fromDate(date: Date): LocalDay {
  return formatLocalDay({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/**
 * `day` plus `months` calendar months, clamped to the end of the month (date-fns addMonths):
 * 2025-01-31 + 1 → 2025-02-28, 2024-01-31 + 1 → 2024-02-29, 2024-03-31 − 1 → 2024-02-29.
 */
export function addMonths(day: LocalDay, months: number): LocalDay {
  return fromDate(addMonthsFns(toDate(day), months));
}

/** `day` plus `years` years, clamped (date-fns addYears): 2024-02-29 + 1 → 2025-02-28. */
export function addYears(day: LocalDay, years: number): LocalDay {
  return fromDate(addYearsFns(toDate(day), years));
}

/** The month `months` months after (before, if negative) `month`: '2024-12' + 1 → '2025-01'. */
export function addMonthsToMonth(month: LocalMonth, months: number): LocalMonth {
  return monthOf(addMonths(`${month}-01`, months));
}

/**
 * Calendar months from a to b (negative when b < a), with the remainder as a fraction of the
 * next month: whole months k such that addMonths(a, k) ≤ b, plus the days left over divided by
 * the length of the month that follows. 2024-01-01 → 2027-01-01 is exactly 36;
 * 2024-01-01 → 2024-01-16 is 15/31.
 */
export function monthsBetween(a: LocalDay, b: LocalDay): number {
  if (b < a) return -monthsBetween(b, a);
  let whole = differenceInCalendarMonths(toDate(b), toDate(a));
  while (whole > 0 && addMonths(a, whole) > b) whole--;
  const from = addMonths(a, whole);
  const rest = daysBetween(from, b);
  if (rest === 0) return whole;
  return whole + rest / daysBetween(from, addMonths(a, whole + 1));
}

/** ISO 8601 week number and week-numbering year (weeks start Monday; week 1 holds 4 January). */
export function isoWeek(day: LocalDay): { week: number; year: number } {
  const date = toDate(day);
  return { week: getISOWeek(date), year: getISOWeekYear(date) };
}

const SUNDAY_WEEKS = { weekStartsOn: 0, firstWeekContainsDate: 1 } as const;

/**
 * Sunday-start week number as used in the US and in date-fns `getWeek` with the en-US defaults
 * (weekStartsOn 0, firstWeekContainsDate 1): week 1 is the week holding 1 January, so the
 * week across New Year belongs to the new year.
 */
export function sundayWeek(day: LocalDay): { week: number; year: number } {
  const date = toDate(day);
  return { week: getWeek(date, SUNDAY_WEEKS), year: getWeekYear(date, SUNDAY_WEEKS) };
}

/** The week number of `day` for a week start: ISO weeks for Monday (1), US weeks for Sunday (0). */
export function weekNumber(day: LocalDay, weekStartsOn: 0 | 1): { week: number; year: number } {
  return weekStartsOn === 1 ? isoWeek(day) : sundayWeek(day);
}

/** An ISO 8601 week as text, 'YYYY-Www' (week-numbering year, two-digit week): '2026-W09'. */
export type IsoWeekKey = string;

/** The ISO week key of a local day: '2026-03-02' → '2026-W10'; '2027-01-01' → '2026-W53'. */
export function isoWeekKey(day: LocalDay): IsoWeekKey {
  const { week, year } = isoWeek(day);
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/**
 * The Monday of an ISO week key ('2026-W10' → '2026-03-02'), or null when the key is malformed
 * or names a week the year does not have (W53 of a 52-week year). ISO 8601: week 1 is the week
 * that holds 4 January.
 */
export function isoWeekMonday(key: IsoWeekKey): LocalDay | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  const jan4 = formatLocalDay({ year, month: 1, day: 4 });
  const week1Monday = startOfWeek(jan4, 1);
  const monday = addDays(week1Monday, (week - 1) * 7);
  return isoWeekKey(monday) === key ? monday : null;
}
