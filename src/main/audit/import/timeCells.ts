// Clock times and durations in cells, as the tools and people write them.

import { dayPeriodOf } from './dayPeriods';

/** Spaces of every kind (ICU writes "9:00 AM" with U+202F) become one plain space. */
function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007]+/g, ' ').trim();
}

const CLOCK = /^(\d{1,2})(?:(?::|h)(\d{2}))?(?::(\d{2})(?:[.,]\d{1,9})?)?(h)?$/i;

/**
 * Seconds since midnight for "9:05", "09:05:00", "09:05:00.000", "9h05", "9h", "09:05:00 AM",
 * "9 PM", "9:05 p.m.", "09:00 a. m.", "오후 3:00", "15:00 nachm." — a 12-hour marker before or after
 * the time, in any language Intl knows (see dayPeriods.ts). "24:00" (= 86400) is accepted for end
 * times. Null if not a time.
 */
export function parseClockCell(cell: string): number | null {
  const text = squeeze(cell);
  const m = /^(\D*?) ?(\d{1,2}(?:[:h]\d{2})?(?::\d{2}(?:[.,]\d{1,9})?)?h?) ?(\D*)$/i.exec(text);
  if (!m) return null;
  const [, before, time, after] = m;
  if (before && after) return null;
  const markerText = before || after;
  let period: 0 | 1 | null = null;
  if (markerText) {
    period = dayPeriodOf(markerText);
    if (period === null) return null;
  }
  const c = CLOCK.exec(time);
  if (!c) return null;
  const [, hh, mm, ss, hSuffix] = c;
  if (mm === undefined && period === null && !hSuffix) return null; // "9" alone is not a time
  if (hSuffix && mm !== undefined) return null; // "09:05h"
  let hours = Number(hh);
  const minutes = mm === undefined ? 0 : Number(mm);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (minutes > 59 || seconds > 59) return null;
  if (period !== null) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (period === 1 ? 12 : 0);
  } else if (hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(h|hr|hrs|hour|hours|heure|heures|std|stunden?)$/, 3600],
  [/^(m|mn|min|mins|minute|minutes)$/, 60],
  [/^(s|sec|secs|second|seconds|seconde|secondes)$/, 1],
];

function unitSeconds(unit: string): number | null {
  for (const [re, s] of UNIT_SECONDS) if (re.test(unit)) return s;
  return null;
}

const NUMBER = '(\\d{1,7}(?:[.,]\\d{1,9})?)';

/**
 * Signed seconds of a duration cell, in every display format of Toggl, Clockify and Harvest and
 * the ways people type them:
 * - clock forms: "1:30:00", "01:30" (h:mm), "30:00:00"; with a unit, the unit names the first
 *   part: "18:25 min" is 18 min 25 s (Toggl's "minutes" display), "1:30 h" is 1 h 30;
 * - decimal hours: "1.5", "1,5", "0.31 h", "1,5 h" (Toggl's and Clockify's decimal display);
 * - units: "65 min", "90 s", "1h05", "1 h 5 min", "2h 30m 10s", "1 hour 5 minutes" (larger units
 *   first; a last number without a unit is in the next smaller unit: "1h05" = 1 h 5 min).
 * Null if not a duration.
 */
export function parseDurationCell(cell: string): number | null {
  const text = squeeze(cell).toLowerCase();
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+] ?/, '');
  const seconds = readDuration(body);
  if (seconds === null) return null;
  return seconds === 0 ? 0 : sign * seconds;
}

function readDuration(body: string): number | null {
  let m: RegExpExecArray | null;
  // clock forms, with an optional unit naming the first part
  if ((m = /^(\d{1,6}):([0-5]\d)(?::([0-5]\d)(?:[.,]\d{1,9})?)?(?: ?([a-z]+))?$/.exec(body))) {
    const [, a, b, c, unit] = m;
    const first = unit === undefined ? 3600 : unitSeconds(unit);
    if (first === null || first === 1) return null;
    if (first === 60 && c !== undefined) return null; // "1:02:03 min" is not a display format
    return Number(a) * first + Number(b) * (first / 60) + Number(c ?? 0);
  }
  // a sequence of numbers with units, larger units first
  const token = new RegExp(`^${NUMBER} ?([a-z]*) ?`);
  let rest = body;
  let total = 0;
  let lastUnit = Infinity;
  let count = 0;
  while (rest !== '') {
    m = token.exec(rest);
    if (!m || m[0] === '') return null;
    const [whole, num, unit] = m;
    rest = rest.slice(whole.length);
    const value = Number(num.replace(',', '.'));
    let size: number | null;
    if (unit === '') {
      if (count === 0) size = rest === '' ? 3600 : null; // a bare number is decimal hours
      else size = rest === '' && lastUnit > 1 ? lastUnit / 60 : null; // "1h05", "5m30"
    } else size = unitSeconds(unit);
    if (size === null || size >= lastUnit) return null;
    if (count > 0 && !Number.isInteger(value)) return null; // "1h 5.5m"
    total += value * size;
    lastUnit = size;
    count++;
  }
  return count === 0 ? null : Math.round(total);
}
