// SLA clocks: how long a clock has run, and when it reaches a number of minutes, either in the
// business hours of the user's working charter (settings.charter, in an IANA zone, minus the days
// off) or around the clock; "waiting on the customer" pauses stop it. Instants are UTC epoch ms;
// business windows are built from local wall times through src/shared/time, so a DST change
// moves them with the wall clock (Monday 09:50 stays 09:50 after the clocks go forward).
//
// Worked example (the issue's): a charter with Friday 09:00–18:00 and Monday 09:00–18:00, a case
// logged Friday 17:50 with a one-hour business SLA: 10 minutes run on Friday, none on the
// weekend, 50 on Monday: due Monday 09:50.
import type { Charter } from '../domain';
import { dayNumber, fromDayNumber, localWallTimeToInstant, wallMsAt, weekdayOf, type LocalDay } from '../time';
import { MS_PER_DAY, MS_PER_MINUTE } from '../time/units';
import type { SlaClock } from './constants';

/** Business hours: the charter's hours per weekday, the days off (public holidays, leave), the zone. */
export interface BusinessCalendar {
  charter: Charter;
  /** Local days on which the business clock does not run, whatever the weekday. */
  daysOff: ReadonlySet<LocalDay>;
  /** IANA zone the charter's hours are read in. */
  tz: string;
  /**
   * Business windows already computed, by day number (give a new Map per calendar: a board of
   * cases opened months ago then converts each day's hours once, not once per case).
   */
  memo?: Map<number, [number, number] | null>;
  /**
   * Wall-clock readings (wallMsAt) of the instants already placed, by instant (give a new Map per
   * read: a board converts each case's opening instant and `now` once, not once per clock and
   * once more for "after hours"). An instant's wall reading in a zone never changes, so the map
   * only saves work.
   */
  walls?: Map<number, number>;
}

/** A span during which the clock is stopped ("waiting on the customer"); `to` null while it lasts. */
export interface Pause {
  from: number;
  to: number | null;
}

/** How far ahead a business clock looks for working hours: beyond this the SLA is never reached. */
export const HORIZON_DAYS = 800;

function hasWorkingDay(charter: Charter): boolean {
  return charter.days.some((d) => d !== null);
}

/** The business window [start, end) of one local day, or null (not a working day, or a day off). */
export function businessWindow(day: LocalDay, cal: BusinessCalendar): [number, number] | null {
  return windowOfDayNumber(dayNumber(day), cal);
}

/** businessWindow by day number, through the memo when there is one (hot path: no string per day on a hit). */
function windowOfDayNumber(dayNo: number, cal: BusinessCalendar): [number, number] | null {
  if (!cal.memo) return computeWindow(fromDayNumber(dayNo), cal);
  let w = cal.memo.get(dayNo);
  if (w === undefined) cal.memo.set(dayNo, (w = computeWindow(fromDayNumber(dayNo), cal)));
  return w;
}

/** wallMsAt(ms, cal.tz), through `cal.walls` when there is one. */
function wallAt(ms: number, cal: BusinessCalendar): number {
  if (!cal.walls) return wallMsAt(ms, cal.tz);
  let w = cal.walls.get(ms);
  if (w === undefined) cal.walls.set(ms, (w = wallMsAt(ms, cal.tz)));
  return w;
}

/** The local day number of the instant `ms` in the calendar's zone: dayNumber(localDayAt(ms, tz)), from its wall reading. */
function dayNumberAt(ms: number, cal: BusinessCalendar): number {
  return Math.floor(wallAt(ms, cal) / MS_PER_DAY);
}

function computeWindow(day: LocalDay, cal: BusinessCalendar): [number, number] | null {
  const hours = cal.charter.days[weekdayOf(day)];
  if (!hours || cal.daysOff.has(day)) return null;
  return [localWallTimeToInstant(day, hours.start, cal.tz), localWallTimeToInstant(day, hours.end, cal.tz)];
}

/** True when `ms` falls inside the charter's hours of a working day that is not a day off. */
export function isBusinessTime(ms: number, cal: BusinessCalendar): boolean {
  // the local day and minute from one zone conversion (localDayAt and minutesSinceLocalMidnight both read wallMsAt)
  const wall = wallAt(ms, cal);
  const day = fromDayNumber(Math.floor(wall / MS_PER_DAY));
  const hours = cal.charter.days[weekdayOf(day)];
  if (!hours || cal.daysOff.has(day)) return false;
  const minute = (((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE;
  return minute >= hours.start && minute < hours.end;
}

/** The spans [start, end) after `from` during which the clock could run, before pauses, in order. */
function* clockWindows(from: number, clock: SlaClock, cal: BusinessCalendar): Generator<[number, number]> {
  if (clock === 'always') {
    yield [from, Number.POSITIVE_INFINITY];
    return;
  }
  if (!hasWorkingDay(cal.charter)) return;
  const first = dayNumberAt(from, cal);
  for (let i = 0; i < HORIZON_DAYS; i++) {
    const w = windowOfDayNumber(first + i, cal);
    if (!w || w[1] <= from) continue;
    yield [Math.max(w[0], from), w[1]];
  }
}

/** Pauses as closed spans sorted by start; an ongoing pause runs to infinity. */
function normalisePauses(pauses: readonly Pause[]): [number, number][] {
  return pauses.map((p): [number, number] => [p.from, p.to ?? Number.POSITIVE_INFINITY]).sort((a, b) => a[0] - b[0]);
}

/** The spans after `from` during which the clock runs: its windows minus the pauses. */
function* runningSpans(from: number, clock: SlaClock, cal: BusinessCalendar, pauses: readonly Pause[]): Generator<[number, number]> {
  const stops = normalisePauses(pauses);
  for (const [a, b] of clockWindows(from, clock, cal)) {
    let cursor = a;
    for (const [p, q] of stops) {
      if (q <= cursor || p >= b) continue;
      if (p > cursor) yield [cursor, p];
      cursor = Math.max(cursor, q);
      if (cursor >= b) break;
    }
    if (cursor < b) yield [cursor, b];
    if (cursor === Number.POSITIVE_INFINITY) return;
  }
}

/**
 * Per memo (so per calendar, kept as long as its memo is): business ms of the whole days from
 * `base` on as running sums (`sums[i]` = the days base … base + i − 1), so that a clock running
 * for months costs two lookups, not a loop over its days.
 */
const prefixes = new WeakMap<Map<number, [number, number] | null>, { base: number; sums: number[] }>();

/** Business ms of the whole days [a, b) (day numbers), through the running sums when the calendar has a memo. */
/** Business ms of the whole day `d` (day number). (Helpers here are module functions, not closures: the board calls them per case.) */
function dayLengthMs(d: number, cal: BusinessCalendar): number {
  const w = windowOfDayNumber(d, cal);
  return w ? w[1] - w[0] : 0;
}

function wholeDaysMs(a: number, b: number, cal: BusinessCalendar): number {
  if (b <= a) return 0;
  if (!cal.memo) {
    let ms = 0;
    for (let d = a; d < b; d++) ms += dayLengthMs(d, cal);
    return ms;
  }
  let p = prefixes.get(cal.memo);
  if (!p || a < p.base) {
    // (re)start the sums at the earliest day asked (the board asks for its oldest case first)
    prefixes.set(cal.memo, (p = { base: a, sums: [0] }));
  }
  while (p.base + p.sums.length - 1 < b) {
    const d = p.base + p.sums.length - 1;
    p.sums.push(p.sums[p.sums.length - 1] + dayLengthMs(d, cal));
  }
  return p.sums[b - p.base] - p.sums[a - p.base];
}

/** Business ms of day `d` (day number) inside [from, to). */
function dayPartMs(d: number, from: number, to: number, cal: BusinessCalendar): number {
  const w = windowOfDayNumber(d, cal);
  if (!w) return 0;
  const a = Math.max(w[0], from);
  const b = Math.min(w[1], to);
  return b > a ? b - a : 0;
}

/** Business milliseconds in [from, to), pauses not considered: the first and last days cut, whole days between. */
function businessMsBetween(from: number, to: number, cal: BusinessCalendar): number {
  if (!(to > from) || !hasWorkingDay(cal.charter)) return 0;
  const first = dayNumberAt(from, cal);
  const last = dayNumberAt(to, cal);
  if (first === last) return dayPartMs(first, from, to, cal);
  return dayPartMs(first, from, to, cal) + wholeDaysMs(first + 1, last, cal) + dayPartMs(last, from, to, cal);
}

/** Ms the clock could run in [a, b), pauses not considered. */
function clockSpanMs(a: number, b: number, clock: SlaClock, cal: BusinessCalendar): number {
  return clock === 'always' ? Math.max(0, b - a) : businessMsBetween(a, b, cal);
}

/**
 * Minutes (fractional) the clock ran in [from, to): business minutes for 'business', elapsed
 * minutes for 'always', pauses excluded (pauses do not overlap one another; an ongoing one runs
 * to `to`). 0 when `to` <= `from`.
 */
export function clockMinutesBetween(from: number, to: number, clock: SlaClock, cal: BusinessCalendar, pauses: readonly Pause[] = []): number {
  if (!(to > from)) return 0;
  let ms = clockSpanMs(from, to, clock, cal);
  for (const p of pauses) {
    const a = Math.max(p.from, from);
    const b = Math.min(p.to ?? to, to);
    if (b > a) ms -= clockSpanMs(a, b, clock, cal);
  }
  return Math.max(0, ms) / MS_PER_MINUTE;
}

/**
 * The instant (epoch ms) at which the clock started at `start` has run `minutes`, or null when it
 * never does: an ongoing pause, or no business hours within HORIZON_DAYS (a charter without a
 * working day). Reaching the end of a window exactly gives that end (Friday 17:00, not Monday).
 */
export function dueAt(start: number, minutes: number, clock: SlaClock, cal: BusinessCalendar, pauses: readonly Pause[] = []): number | null {
  let left = minutes * MS_PER_MINUTE;
  if (left <= 0) return start;
  for (const [a, b] of runningSpans(start, clock, cal, pauses)) {
    if (b - a >= left) return a + left;
    left -= b - a;
  }
  return null;
}

/** Where one SLA stands: met or missed once done; running, overdue or paused while not. */
export type SlaState = 'met' | 'missed' | 'running' | 'overdue' | 'paused';

export interface SlaStatus {
  state: SlaState;
  /** When the SLA falls due (epoch ms); null while paused, or when it never does. */
  due: number | null;
  /** Minutes of clock left (negative past the due time); null once done. */
  remainingMinutes: number | null;
  /** Minutes the clock ran until done, or until now. */
  elapsedMinutes: number;
}

/**
 * The status of an SLA of `minutes` started at `start`, done at `doneAt` (null: not yet), seen
 * at `now`. Done: met when the clock had run at most `minutes` by then. Not done: paused while a
 * pause is ongoing, overdue once the clock has run more than `minutes`, running otherwise.
 */
export function slaStatus(start: number, minutes: number, doneAt: number | null, now: number, clock: SlaClock, cal: BusinessCalendar, pauses: readonly Pause[] = []): SlaStatus {
  const closed = doneAt === null ? pauses : pauses.map((p) => ({ from: p.from, to: p.to ?? doneAt }));
  const end = doneAt ?? now;
  const elapsedMinutes = clockMinutesBetween(start, end, clock, cal, closed);
  const due = dueAt(start, minutes, clock, cal, closed);
  if (doneAt !== null) return { state: elapsedMinutes <= minutes ? 'met' : 'missed', due, remainingMinutes: null, elapsedMinutes };
  const remainingMinutes = minutes - elapsedMinutes;
  const paused = pauses.some((p) => p.to === null && p.from <= now);
  return { state: remainingMinutes < 0 ? 'overdue' : paused ? 'paused' : 'running', due, remainingMinutes, elapsedMinutes };
}
