// Wall-clock readings (a day and minutes since midnight) as plain clock arithmetic, with no
// zone: 23:30 + 60 minutes is 00:30 the next day whatever DST does. A "wall ms" is the epoch-ms
// value whose UTC fields are the wall reading; zoned.ts converts between wall ms and instants.

import { dayFieldsOf, dayNumber, type DayFields } from './civilDate';
import { MS_PER_DAY, MS_PER_MINUTE } from './units';

/** A wall-clock reading: a calendar day and minutes since its midnight (0–1439). */
export interface WallTime extends DayFields {
  minutes: number;
}

/**
 * The wall ms of the given fields (epoch ms of the fields read as UTC). Fields may overflow
 * (day 32, minutes 1500, month 13 carry into the next unit, as with Date.UTC); years below 100
 * are read as they are.
 */
export function wallTimeMs(year: number, month: number, day: number, minutes = 0): number {
  return dayNumber({ year, month, day }) * MS_PER_DAY + minutes * MS_PER_MINUTE;
}

/** The wall reading of a wall ms (its UTC fields), seconds and milliseconds dropped. */
export function wallTimeOfMs(wallMs: number): WallTime {
  const dayNo = Math.floor(wallMs / MS_PER_DAY);
  return { ...dayFieldsOf(dayNo), minutes: Math.floor((wallMs - dayNo * MS_PER_DAY) / MS_PER_MINUTE) };
}

/** Adds minutes to a wall time as plain clock arithmetic (days carry over). */
export function addWallMinutes(t: WallTime, minutes: number): WallTime {
  return wallTimeOfMs(wallTimeMs(t.year, t.month, t.day, t.minutes + minutes));
}

/** Minutes since midnight (0–1440) as 'HH:mm': 545 → '09:05'. */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
