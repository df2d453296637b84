// Derives the observances of a VTIMEZONE (RFC 5545 3.6.5) from the runtime's zone data (Intl,
// through @date-fns/tz's tzOffset). Transitions are found by scanning, then, when every year of
// the window follows the same two yearly rules, written as RRULE-based STANDARD/DAYLIGHT
// components; otherwise (irregular zones) each transition is written as its own observance.

import { tzOffset } from '@date-fns/tz';
import { daysInMonth, wallTimeMs, wallTimeOfMs, weekdayOf, type WallTime } from '../time';
import { BYDAY_CODES } from './icsDates';

const MINUTE = 60_000;
const DAY = 86_400_000;
const SCAN_STEP = 7 * DAY; // no zone changes offset twice within a week in modern tzdata

export interface ZoneTransition {
  at: number; // epoch ms of the first instant at the new offset
  from: number; // offset before, minutes east of UTC
  to: number; // offset after
}

export interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Onset as wall time at `offsetFrom`. */
  start: WallTime;
  offsetFrom: number;
  offsetTo: number;
  rrule?: string;
  name?: string;
}

export function offsetAt(tz: string, ms: number): number {
  return tzOffset(tz, new Date(ms));
}

/** Every offset change in [fromMs, toMs), to the minute. */
export function findTransitions(tz: string, fromMs: number, toMs: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  let prevT = Math.floor(fromMs / MINUTE) * MINUTE;
  let prevOff = offsetAt(tz, prevT);
  while (prevT < toMs) {
    const t = Math.min(prevT + SCAN_STEP, Math.ceil(toMs / MINUTE) * MINUTE);
    const off = offsetAt(tz, t);
    if (off === prevOff) {
      prevT = t;
      continue;
    }
    let lo = prevT / MINUTE; // offset === prevOff
    let hi = t / MINUTE; // offset !== prevOff
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(tz, mid * MINUTE) === prevOff) lo = mid;
      else hi = mid;
    }
    const to = offsetAt(tz, hi * MINUTE);
    out.push({ at: hi * MINUTE, from: prevOff, to });
    prevT = hi * MINUTE;
    prevOff = to;
  }
  return out;
}

/** Short zone name such as "EST", when the runtime knows one (not "GMT+1"). */
function abbreviation(tz: string, ms: number): string | undefined {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'short' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value;
    return part && /^[A-Za-z]{2,6}$/.test(part) && !/^(GMT|UTC)$/.test(part) ? part : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A yearly rule reproducing every given onset (same month and time of day), or null.
 * Prefers the forms every client understands: last weekday, nth weekday; then
 * "weekday on or after day D" (BYDAY + 7 BYMONTHDAY values), then a fixed day.
 */
export function inferYearlyRule(onsets: WallTime[]): string | null {
  const month = onsets[0].month;
  if (onsets.some((o) => o.month !== month)) return null;
  const days = onsets.map((o) => o.day);
  const weekdays = new Set(onsets.map((o) => weekdayOf(o)));
  const head = `FREQ=YEARLY;BYMONTH=${month}`;
  if (weekdays.size === 1) {
    const code = BYDAY_CODES[[...weekdays][0]];
    if (onsets.every((o) => o.day > daysInMonth(o.year, o.month) - 7)) return `${head};BYDAY=-1${code}`;
    const nth = Math.ceil(days[0] / 7);
    if (nth <= 4 && days.every((d) => Math.ceil(d / 7) === nth)) return `${head};BYDAY=${nth}${code}`;
    const min = Math.min(...days);
    const shortest = month === 2 ? 28 : 30;
    if (Math.max(...days) - min <= 6 && min + 6 <= shortest) {
      const window = Array.from({ length: 7 }, (_, i) => min + i).join(',');
      return `${head};BYDAY=${code};BYMONTHDAY=${window}`;
    }
    return null;
  }
  return days.every((d) => d === days[0]) ? `${head};BYMONTHDAY=${days[0]}` : null;
}

function ruleBased(tz: string, transitions: ZoneTransition[], years: number[]): Observance[] | null {
  const groups = new Map<string, { t: ZoneTransition; wall: WallTime }[]>();
  for (const t of transitions) {
    const wall = wallTimeOfMs(t.at + t.from * MINUTE);
    const key = `${wall.month}|${wall.minutes}|${t.from}|${t.to}`;
    groups.set(key, [...(groups.get(key) ?? []), { t, wall }]);
  }
  if (groups.size !== 2) return null;
  const [a, b] = [...groups.values()];
  if (a[0].t.from !== b[0].t.to || a[0].t.to !== b[0].t.from) return null;
  const observances: Observance[] = [];
  for (const group of [a, b]) {
    const groupYears = group.map((g) => g.wall.year);
    if (groupYears.length !== years.length || years.some((y, i) => groupYears[i] !== y)) return null;
    const rrule = inferYearlyRule(group.map((g) => g.wall));
    if (!rrule) return null;
    const { t, wall } = group[0];
    observances.push({
      kind: t.to > t.from ? 'DAYLIGHT' : 'STANDARD',
      start: wall,
      offsetFrom: t.from,
      offsetTo: t.to,
      rrule,
      name: abbreviation(tz, t.at),
    });
  }
  return observances;
}

/**
 * Observances describing `tz` for wall times in the years [fromYear, toYear]. Years are
 * clamped to 1970–2200; dates outside follow the nearest rule, as in every exported VTIMEZONE.
 */
export function zoneObservances(tz: string, fromYear: number, toYear: number): Observance[] {
  const first = Math.min(Math.max(fromYear, 1970), 2200);
  const last = Math.min(Math.max(toYear, first), 2200);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const windowStart = wallTimeMs(first, 1, 1);
  const transitions = findTransitions(tz, windowStart - DAY, wallTimeMs(last + 1, 1, 1) + DAY).filter((t) => {
    const year = wallTimeOfMs(t.at + t.from * MINUTE).year;
    return year >= first && year <= last;
  });
  const initialOffset = offsetAt(tz, windowStart);
  const initial: Observance = {
    kind: 'STANDARD',
    start: { year: first, month: 1, day: 1, minutes: 0 },
    offsetFrom: initialOffset,
    offsetTo: initialOffset,
    name: abbreviation(tz, windowStart),
  };
  if (transitions.length === 0) return [initial];
  const rules = ruleBased(tz, transitions, years);
  if (rules) return rules;
  return [
    initial,
    ...transitions.map(
      (t): Observance => ({
        kind: t.to > t.from ? 'DAYLIGHT' : 'STANDARD',
        start: wallTimeOfMs(t.at + t.from * MINUTE),
        offsetFrom: t.from,
        offsetTo: t.to,
        name: abbreviation(tz, t.at),
      }),
    ),
  ];
}
