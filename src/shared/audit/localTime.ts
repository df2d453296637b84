// Local-time helpers for an IANA zone. Pure and runtime-neutral.
// Instants are UTC epoch milliseconds. "Wall" values are what a clock on the wall shows in the zone.
import { tzOffset } from '@date-fns/tz';

export const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A local calendar day, 'YYYY-MM-DD'. */
export type DayKey = string;

/** The part of an interval that falls on one local day: [start, end) in epoch ms. */
export interface DayPart {
  day: DayKey;
  start: number;
  end: number;
}

/** UTC offset of the zone at an instant, in ms (Paris in winter: +3 600 000). Throws on an unknown zone. */
export function zoneOffsetMs(ms: number, tz: string): number {
  const minutes = tzOffset(tz, new Date(ms));
  if (!Number.isFinite(minutes)) throw new RangeError(`Unknown time zone: ${tz}`);
  return minutes * MS_PER_MINUTE;
}

/** True when the zone is known to the runtime's Intl data. */
export function isValidTimeZone(tz: string): boolean {
  try {
    zoneOffsetMs(0, tz);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of the instant, as a Date whose UTC fields are the local fields. */
function wall(ms: number, tz: string): Date {
  return new Date(ms + zoneOffsetMs(ms, tz));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function keyOfUtcFields(d: Date): DayKey {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Wall midnight of the day key, read as if it were UTC. */
function keyToUtcMidnight(day: DayKey): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Not a day key: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Local day key 'YYYY-MM-DD' of an instant. */
export function localDayKey(ms: number, tz: string): DayKey {
  return keyOfUtcFields(wall(ms, tz));
}

/** The day key `days` calendar days after (or before, if negative) `day`. */
export function addDaysToKey(day: DayKey, days: number): DayKey {
  return keyOfUtcFields(new Date(keyToUtcMidnight(day) + days * MS_PER_DAY));
}

/** Weekday of a day key, 0 = Sunday. */
export function weekdayOfKey(day: DayKey): number {
  return new Date(keyToUtcMidnight(day)).getUTCDay();
}

/**
 * Wall-clock minutes since local midnight (fractional). On a DST day this is the clock reading:
 * 03:00 CEST on 2026-03-29 gives 180 although only 120 minutes have elapsed since midnight.
 */
export function minutesSinceLocalMidnight(ms: number, tz: string): number {
  const local = ms + zoneOffsetMs(ms, tz);
  return (((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE;
}

/** Local wall hour 0..23. */
export function localHour(ms: number, tz: string): number {
  return Math.floor(minutesSinceLocalMidnight(ms, tz) / 60);
}

/** Local weekday of an instant, 0 = Sunday. */
export function localWeekday(ms: number, tz: string): number {
  return wall(ms, tz).getUTCDay();
}

/**
 * The instant at which the wall clock of `day` first shows `minute` (minutes since local
 * midnight; 1440 = the next midnight). Ambiguous times (autumn) give the first occurrence;
 * times inside a spring gap give the end of the gap (02:30 on 2026-03-29 in Paris → 03:00 CEST).
 */
export function localWallTimeToInstant(day: DayKey, minute: number, tz: string): number {
  const key = `${tz}|${day}|${minute}`;
  let instant = wallInstantCache.get(key);
  if (instant === undefined) {
    instant = resolveWallTime(day, minute, tz);
    if (wallInstantCache.size >= WALL_CACHE_LIMIT) wallInstantCache.clear();
    wallInstantCache.set(key, instant);
  }
  return instant;
}

/** Memo of resolved wall times: zone rules do not change while the app runs. Bounded. */
const wallInstantCache = new Map<string, number>();
const WALL_CACHE_LIMIT = 20_000;

function resolveWallTime(day: DayKey, minute: number, tz: string): number {
  const base = keyToUtcMidnight(day) + minute * MS_PER_MINUTE;
  const offsets = [...new Set([base - MS_PER_DAY, base, base + MS_PER_DAY].map((t) => zoneOffsetMs(t, tz)))];
  const valid = offsets.filter((o) => zoneOffsetMs(base - o, tz) === o).map((o) => base - o);
  if (valid.length > 0) return Math.min(...valid);
  // Gap: the wall time does not exist. Find the transition between the two candidate instants.
  let lo = base - Math.max(...offsets);
  let hi = base - Math.min(...offsets);
  const before = zoneOffsetMs(lo, tz);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Start of the local day containing the instant, epoch ms. */
export function startOfLocalDay(ms: number, tz: string): number {
  return localWallTimeToInstant(localDayKey(ms, tz), 0, tz);
}

/** Start and end (exclusive) of a local day, epoch ms. A Paris DST day lasts 23 or 25 hours. */
export function localDayBounds(day: DayKey, tz: string): { start: number; end: number } {
  return { start: localWallTimeToInstant(day, 0, tz), end: localWallTimeToInstant(addDaysToKey(day, 1), 0, tz) };
}

/** Start of the local week containing the instant (weekStartsOn 0 = Sunday, 1 = Monday), epoch ms. */
export function startOfLocalWeek(ms: number, tz: string, weekStartsOn: 0 | 1): number {
  const day = localDayKey(ms, tz);
  const back = (weekdayOfKey(day) - weekStartsOn + 7) % 7;
  return localWallTimeToInstant(addDaysToKey(day, -back), 0, tz);
}

/** Split [start, end) into its parts on each local day, in order. Empty when end <= start. */
export function splitByLocalDay(start: number, end: number, tz: string): DayPart[] {
  const parts: DayPart[] = [];
  let cursor = start;
  while (cursor < end) {
    const day = localDayKey(cursor, tz);
    const next = localWallTimeToInstant(addDaysToKey(day, 1), 0, tz);
    if (!(next > cursor)) throw new Error(`Local day did not advance at ${cursor} in ${tz}`);
    const partEnd = Math.min(end, next);
    parts.push({ day, start: cursor, end: partEnd });
    cursor = partEnd;
  }
  return parts;
}

/** Every local day that [from, to) touches, in order. */
export function localDaysInRange(from: number, to: number, tz: string): DayKey[] {
  return splitByLocalDay(from, to, tz).map((p) => p.day);
}
