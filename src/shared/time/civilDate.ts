// Calendar days of the proleptic Gregorian calendar, with no time and no zone: 'YYYY-MM-DD'
// strings (LocalDay), their months ('YYYY-MM', LocalMonth) and their numeric fields.
//
// Why integer arithmetic here rather than date-fns: these are the primitives of the measured hot
// paths. The CSV import validates a date and turns it into a day number for every row (twice per
// row of a 100,000-row file, bench import_vs_insert), the audit metrics and the trend report step
// through every local day of three years of data (bench trend_vs_sql), the CSV export reads a
// day per entry. Date or TZDate objects there cost an allocation and, for TZDate, Intl calls per
// step; the formulas below cost a few integer operations and are independent of the process
// time zone. Calendar rules that are not on those paths (month arithmetic with clamping, week
// numbering) use date-fns, in calendarRules.ts.

/** A local calendar day, 'YYYY-MM-DD' (years 0000–9999): the day a wall calendar shows, no zone. */
export type LocalDay = string;
/** A calendar month, 'YYYY-MM'. */
export type LocalMonth = string;

/** A calendar day as numbers: month 1–12, day 1–31. */
export interface DayFields {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for the leap years of the Gregorian calendar (every 4th year, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12; months outside that range roll into the neighbouring years) of `year`. */
export function daysInMonth(year: number, month: number): number {
  const m0 = (((month - 1) % 12) + 12) % 12;
  const y = year + Math.floor((month - 1) / 12);
  return m0 === 1 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m0];
}

/** The number made of `length` ASCII digits of `s` from `at`, or NaN when one is not a digit. */
function digitsAt(s: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Day number of a well-formed, existing 'YYYY-MM-DD' day, or NaN. Reads the digits in place:
 * no regex, no allocation (the import validates a date per row, reports step through days).
 */
function readDayNumber(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return daysFromCivil(year, month, day);
}

/**
 * Days since 1970-01-01 of year/month/day; the month may overflow (13 = January of the next
 * year), the day may be any integer. H. Hinnant, "chrono-Compatible Low-Level Date Algorithms",
 * days_from_civil.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const yearCarry = Math.floor((month - 1) / 12);
  const m = month - 1 - yearCarry * 12 + 1;
  const y = year + yearCarry - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468 + (day - 1);
}

/** True when `s` is 'YYYY-MM-DD' and names a day that exists (2024-02-29 yes, 2025-02-29 no). */
export function isLocalDay(s: string): boolean {
  return !Number.isNaN(readDayNumber(s));
}

/** The fields of a LocalDay. Throws RangeError when `s` is not an existing 'YYYY-MM-DD' day. */
export function parseLocalDay(s: LocalDay): DayFields {
  if (!isLocalDay(s)) throw new RangeError(`Not a YYYY-MM-DD date: ${s}`);
  return { year: digitsAt(s, 0, 4), month: digitsAt(s, 5, 2), day: digitsAt(s, 8, 2) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** 'YYYY-MM-DD' of the fields (not normalised: give fields of a real day). */
export function formatLocalDay({ year, month, day }: DayFields): LocalDay {
  return `${year >= 1000 ? year : pad(year, 4)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Days since 1970-01-01 (negative before) of a LocalDay or of day fields. Fields may overflow
 * as with Date.UTC (month 13 is January of the next year, day 0 the last day of the previous
 * month); years below 100 are read as they are. Throws RangeError on a string that is not an
 * existing 'YYYY-MM-DD' day.
 */
export function dayNumber(day: LocalDay | DayFields): number {
  if (typeof day !== 'string') return daysFromCivil(day.year, day.month, day.day);
  const n = readDayNumber(day);
  if (Number.isNaN(n)) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  return n;
}

/** The day fields of a day number (days since 1970-01-01). Inverse of dayNumber (civil_from_days, same source). */
export function dayFieldsOf(dayNo: number): DayFields {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The LocalDay of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNo: number): LocalDay {
  return formatLocalDay(dayFieldsOf(dayNo));
}

/** The day `days` calendar days after (before, if negative) `day`. Throws RangeError on a bad day. */
export function addDays(day: LocalDay, days: number): LocalDay {
  return fromDayNumber(dayNumber(day) + days);
}

/** b − a in calendar days. */
export function daysBetween(a: LocalDay, b: LocalDay): number {
  return dayNumber(b) - dayNumber(a);
}

/** Weekday of a day, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: LocalDay | DayFields): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** First day of the week containing `day`, weeks starting on `weekStartsOn` (0 Sunday, 1 Monday). */
export function startOfWeek(day: LocalDay, weekStartsOn: 0 | 1): LocalDay {
  const n = dayNumber(day);
  const weekday = (((n + 4) % 7) + 7) % 7;
  return fromDayNumber(n - ((weekday - weekStartsOn + 7) % 7));
}

/** True when `s` is 'YYYY-MM' with a month 01–12. */
export function isLocalMonth(s: string): boolean {
  return typeof s === 'string' && s.length === 7 && s.charCodeAt(4) === 45 && digitsAt(s, 0, 4) >= 0 && digitsAt(s, 5, 2) >= 1 && digitsAt(s, 5, 2) <= 12;
}

/** The month of a day: '2025-03-17' → '2025-03'. */
export function monthOf(day: LocalDay): LocalMonth {
  return day.slice(0, 7);
}

/** '2025-03' → '2025-03-01'. */
export function firstDayOfMonth(month: LocalMonth): LocalDay {
  return `${month}-01`;
}

/** '2024-02' → '2024-02-29'. */
export function lastDayOfMonth(month: LocalMonth): LocalDay {
  return `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))), 2)}`;
}
