// Instants ↔ wall time in an IANA time zone. Instants are UTC epoch milliseconds; the "wall"
// of an instant is what a clock on the wall shows in the zone. Offsets come from the runtime's
// Intl data through @date-fns/tz's tzOffset.
//
// Why offsets and integer arithmetic rather than TZDate objects: wall → instant runs twice per
// row of a 100,000-row CSV import (bench import_vs_insert) and for every local day of the
// metrics and trend reports (bench trend_vs_sql), instant → wall once or twice per entry of a
// CSV export. One tzOffset call (memoised per UTC day on the wall → instant path) and a few
// integer operations do what a TZDate does with several Intl calls and allocations.

import { tzOffset } from '@date-fns/tz';
import { dayNumber, fromDayNumber, type DayFields, type LocalDay } from './civilDate';
import { hhmm } from './wallTime';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './units';

/** UTC offset of the zone at an instant, in ms (Paris in winter: +3 600 000). Throws RangeError on an unknown zone. */
export function zoneOffsetMs(ms: number, tz: string): number {
  const minutes = tzOffset(tz, new Date(ms));
  if (!Number.isFinite(minutes)) throw new RangeError(`Unknown time zone: ${tz}`);
  return Math.round(minutes * 60) * 1000; // whole seconds: historical offsets such as Paris's +00:09:21
}

/** True when `tz` is a zone name (≤ 100 characters) known to the runtime's Intl data. */
export function isValidTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 100) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The wall ms of an instant: epoch ms whose UTC fields are the wall clock in `tz`. */
export function wallMsAt(ms: number, tz: string): number {
  return ms + zoneOffsetMs(ms, tz);
}

/** The local calendar day of an instant in `tz`. Throws RangeError on an unknown zone. */
export function localDayAt(ms: number, tz: string): LocalDay {
  return fromDayNumber(Math.floor(wallMsAt(ms, tz) / MS_PER_DAY));
}

/**
 * Wall-clock minutes since local midnight (fractional). On a DST day this is the clock reading:
 * 03:00 CEST on 2026-03-29 gives 180 although only 120 minutes have elapsed since midnight.
 */
export function minutesSinceLocalMidnight(ms: number, tz: string): number {
  const wall = wallMsAt(ms, tz);
  return (((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE;
}

/** Local wall hour 0..23. */
export function localHour(ms: number, tz: string): number {
  return Math.floor(minutesSinceLocalMidnight(ms, tz) / 60);
}

/** Local weekday of an instant, 0 = Sunday. */
export function localWeekday(ms: number, tz: string): number {
  return (((Math.floor(wallMsAt(ms, tz) / MS_PER_DAY) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Wall-clock day and whole minutes since midnight (0–1439) of an instant in `tz`. */
export function localParts(ms: number, tz: string): { date: LocalDay; minutes: number } {
  const wall = wallMsAt(ms, tz);
  const dayNo = Math.floor(wall / MS_PER_DAY);
  return { date: fromDayNumber(dayNo), minutes: Math.floor((wall - dayNo * MS_PER_DAY) / MS_PER_MINUTE) };
}

/** 'YYYY-MM-DD HH:mm' of an instant in `tz`. */
export function localDateTime(ms: number, tz: string): string {
  const p = localParts(ms, tz);
  return `${p.date} ${hhmm(p.minutes)}`;
}

/**
 * Rounds an instant UP to the next wall-clock minute whose minute of the hour is a multiple of
 * `step` (minutes, 1–60) in `tz`; an instant already on such a minute, with zero seconds, is kept.
 */
export function ceilToLocalStep(ms: number, tz: string, step: number): number {
  const wall = wallMsAt(ms, tz);
  const into = (((wall % MS_PER_HOUR) + MS_PER_HOUR) % MS_PER_HOUR) % (step * MS_PER_MINUTE);
  return into === 0 ? ms : ms + step * MS_PER_MINUTE - into;
}

/** Offsets in ms at 00:00 UTC of day numbers, per zone; zone rules do not change while the app runs. */
const offsetsAtUtcMidnight = new Map<string, Map<number, number>>();

/** Offset at 00:00 UTC of a day number, memoised (an import or a report spans few distinct days). Bounded. */
function offsetAtUtcMidnight(tz: string, dayNo: number): number {
  let byDay = offsetsAtUtcMidnight.get(tz);
  if (byDay === undefined || byDay.size > 50_000) {
    if (offsetsAtUtcMidnight.size > 100) offsetsAtUtcMidnight.clear();
    byDay = new Map();
    offsetsAtUtcMidnight.set(tz, byDay);
  }
  let offset = byDay.get(dayNo);
  if (offset === undefined) {
    offset = zoneOffsetMs(dayNo * MS_PER_DAY, tz);
    byDay.set(dayNo, offset);
  }
  return offset;
}

/** The distinct offsets in force within a day either side of a wall ms. */
function offsetsAround(wall: number, tz: string): number[] {
  return [...new Set([wall - MS_PER_DAY, wall, wall + MS_PER_DAY].map((t) => zoneOffsetMs(t, tz)))];
}

/**
 * Every instant (epoch ms, ascending) at which the wall clock in `tz` shows `day` +
 * `secondsOfDay` (seconds since midnight; 86 400 is the next midnight): none inside a
 * spring-forward gap, two inside a fall-back overlap, one otherwise. In Paris, 2026-03-29 02:30
 * gives [] and 2026-10-25 02:30 gives [00:30Z, 01:30Z]. Throws RangeError on a bad day or zone.
 */
export function wallTimeToInstants(day: LocalDay | DayFields, secondsOfDay: number, tz: string): number[] {
  const wall = dayNumber(day) * MS_PER_DAY + Math.round(secondsOfDay * 1000);
  // Fast path: the same offset at the UTC midnights a day before and two days after the wall
  // date means no change in between (zones never change offset twice within three days), so
  // the answer is unique.
  const wallDay = Math.floor(wall / MS_PER_DAY);
  const before = offsetAtUtcMidnight(tz, wallDay - 1);
  if (before === offsetAtUtcMidnight(tz, wallDay + 2)) return [wall - before];
  const out: number[] = [];
  for (const offset of offsetsAround(wall, tz)) {
    const instant = wall - offset;
    if (zoneOffsetMs(instant, tz) === offset && !out.includes(instant)) out.push(instant);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The instant at which the wall clock of `day` first shows `minute` (minutes since local
 * midnight; 1440 = the next midnight). Ambiguous times (autumn) give the first occurrence;
 * times inside a spring gap give the end of the gap (02:30 on 2026-03-29 in Paris → 03:00 CEST).
 * Throws RangeError on a bad day or zone.
 */
export function localWallTimeToInstant(day: LocalDay, minute: number, tz: string): number {
  const instants = wallTimeToInstants(day, minute * 60, tz);
  if (instants.length > 0) return instants[0];
  // Gap: the wall time does not exist. Find the transition between the two candidate instants.
  const wall = dayNumber(day) * MS_PER_DAY + minute * MS_PER_MINUTE;
  const offsets = offsetsAround(wall, tz);
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  const before = zoneOffsetMs(lo, tz);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
