import { addDays, localDayAt, localWallTimeToInstant, startOfLocalWeek } from '../../../../shared/time';

/** [from, to) of the week holding `now`, shifted by `offset` weeks, in `tz`. */
export function weekBounds(now: number, tz: string, weekStartsOn: 0 | 1, offset = 0): { from: number; to: number } {
  const first = addDays(localDayAt(startOfLocalWeek(now, tz, weekStartsOn), tz), 7 * offset);
  return { from: localWallTimeToInstant(first, 0, tz), to: localWallTimeToInstant(addDays(first, 7), 0, tz) };
}

/** A civil date (YYYY-MM-DD) in `tz` → the instant its day starts. */
export function dayStart(day: string, tz: string): number {
  return localWallTimeToInstant(day, 0, tz);
}

export function dayKey(ms: number, tz: string): string {
  return localDayAt(ms, tz);
}

export function nextDayStart(day: string, tz: string): number {
  return localWallTimeToInstant(addDays(day, 1), 0, tz);
}
