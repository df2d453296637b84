// Local wall time → UTC instants in an IANA zone, DST-correct (offsets from @date-fns/tz).

import { tzOffset } from '@date-fns/tz';
import type { CalendarDate } from './dateCells';

const DAY_MS = 86_400_000;

export function isValidTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 100) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Offsets at 00:00 UTC of day numbers, per zone (numeric keys: this runs twice per imported row). */
const dayOffsets = new Map<string, Map<number, number>>();

/** Offset at 00:00 UTC of a day number, memoised (a file spans few distinct days). */
function offsetAtUtcDay(tz: string, day: number): number {
  let byDay = dayOffsets.get(tz);
  if (byDay === undefined || byDay.size > 50_000) {
    if (dayOffsets.size > 100) dayOffsets.clear();
    byDay = new Map();
    dayOffsets.set(tz, byDay);
  }
  let offset = byDay.get(day);
  if (offset === undefined) {
    offset = tzOffset(tz, new Date(day * DAY_MS));
    byDay.set(day, offset);
  }
  return offset;
}

/**
 * Every instant whose wall time in `tz` is `date` + `secondsOfDay`, ascending:
 * none inside a spring-forward gap, two inside a fall-back overlap, one otherwise.
 */
export function wallTimeToUtc(tz: string, date: CalendarDate, secondsOfDay: number): number[] {
  const dayStart = Date.UTC(date.year, date.month - 1, date.day);
  const wall = dayStart + secondsOfDay * 1000;
  // Fast path: the same offset a day before and two days after the wall date means no change
  // in between (zones never change twice within three days), so the answer is unique.
  const day = Math.floor(dayStart / DAY_MS);
  const before = offsetAtUtcDay(tz, day - 1);
  if (before === offsetAtUtcDay(tz, day + 2)) return [Math.round(wall - before * 60_000)];
  const offsets = new Set([wall - DAY_MS, wall, wall + DAY_MS].map((t) => tzOffset(tz, new Date(t))));
  const out = new Set<number>();
  for (const offset of offsets) {
    const utc = Math.round(wall - offset * 60_000);
    if (tzOffset(tz, new Date(utc)) === offset) out.add(utc);
  }
  return [...out].sort((a, b) => a - b);
}
