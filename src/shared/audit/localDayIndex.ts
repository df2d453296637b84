// The local days of a period with their bounds, for fast lookups over long periods. Pure.
import { localDayBounds, localDayAt, localHour, weekdayOf, zoneOffsetMs, addDays, MS_PER_HOUR, type LocalDay } from '../time';

export interface IndexedDay {
  day: LocalDay;
  /** start of the whole local day (may be before the period), epoch ms */
  start: number;
  /** end of the whole local day (exclusive), epoch ms */
  end: number;
  /** 0 = Sunday */
  weekday: number;
  /** true when the day lasts 24 hours at one UTC offset, so wall time = start + elapsed */
  uniform: boolean;
}

/** Every local day that [from, to) touches, in order, with full-day bounds. */
export function localDayIndex(from: number, to: number, tz: string): IndexedDay[] {
  const days: IndexedDay[] = [];
  if (!(to > from)) return days;
  let day = localDayAt(from, tz);
  for (;;) {
    const { start, end } = localDayBounds(day, tz);
    if (start >= to) break;
    const uniform = end - start === 24 * MS_PER_HOUR && zoneOffsetMs(start, tz) === zoneOffsetMs(end - 1, tz);
    days.push({ day, start, end, weekday: weekdayOf(day), uniform });
    day = addDays(day, 1);
  }
  return days;
}

/** Index of the day containing `ms`, or -1 when outside the index. */
export function findLocalDay(days: IndexedDay[], ms: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms < days[mid].start) hi = mid - 1;
    else if (ms >= days[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Local wall hour of an instant inside `day`. */
export function hourInDay(day: IndexedDay, ms: number, tz: string): number {
  return day.uniform ? Math.floor((ms - day.start) / MS_PER_HOUR) : localHour(ms, tz);
}
