// Local days and weeks as spans of instants in an IANA zone. A local day runs from the first
// instant its wall clock shows 00:00 (or the end of the gap when midnight does not exist) to the
// next day's; a Paris DST day lasts 23 or 25 hours. Instants are UTC epoch milliseconds.

import { addDays, startOfWeek, type LocalDay } from './civilDate';
import { localDayAt, localWallTimeToInstant } from './zoned';

/** The part of an interval that falls on one local day: [start, end) in epoch ms. */
export interface DayPart {
  day: LocalDay;
  start: number;
  end: number;
}

/** Start of the local day containing the instant, epoch ms. */
export function startOfLocalDay(ms: number, tz: string): number {
  return localWallTimeToInstant(localDayAt(ms, tz), 0, tz);
}

/** Start and end (exclusive) of a local day, epoch ms. A Paris DST day lasts 23 or 25 hours. */
export function localDayBounds(day: LocalDay, tz: string): { start: number; end: number } {
  return { start: localWallTimeToInstant(day, 0, tz), end: localWallTimeToInstant(addDays(day, 1), 0, tz) };
}

/** Start of the local week containing the instant (weekStartsOn 0 = Sunday, 1 = Monday), epoch ms. */
export function startOfLocalWeek(ms: number, tz: string, weekStartsOn: 0 | 1): number {
  return localWallTimeToInstant(startOfWeek(localDayAt(ms, tz), weekStartsOn), 0, tz);
}

/** Split [start, end) into its parts on each local day, in order. Empty when end <= start. */
export function splitByLocalDay(start: number, end: number, tz: string): DayPart[] {
  const parts: DayPart[] = [];
  let cursor = start;
  while (cursor < end) {
    const day = localDayAt(cursor, tz);
    const next = localWallTimeToInstant(addDays(day, 1), 0, tz);
    if (!(next > cursor)) throw new Error(`Local day did not advance at ${cursor} in ${tz}`);
    const partEnd = Math.min(end, next);
    parts.push({ day, start: cursor, end: partEnd });
    cursor = partEnd;
  }
  return parts;
}

/** Every local day that [from, to) touches, in order. */
export function localDaysInRange(from: number, to: number, tz: string): LocalDay[] {
  return splitByLocalDay(from, to, tz).map((p) => p.day);
}
