// RFC 5545 writer for Coulisses' exports (template week, batch sessions, planned content).
//
// Why a small serializer rather than ical.js's Component/stringify: ical.js folds at 75 octets
// *plus* the leading space of continuation lines (76-octet physical lines), its fold length
// and newline are global mutable module state, and it would bring a full parser into the
// renderer bundle for what is a few dozen lines of output. ical.js stays the reference
// *reader*: the tests parse every output back with ICAL.parse / ICAL.Event.

import { addWallMinutes, wallTimeMs, wallTimeOfMs, weekdayOf, type WallTime } from '../time';
import { BYDAY_CODES, formatDate, formatLocalDateTime, formatUtcDateTime, parseIcsDate } from './icsDates';
import { escapeText, foldLine, paramValue } from './icsText';
import type { BuildIcsOptions, IcsAllDayEvent, IcsEvent, IcsLocalEvent, IcsUtcEvent } from './icsTypes';
import { vtimezoneLines } from './vtimezone';

export const DEFAULT_PROD_ID = '-//Coulisses//Coulisses//EN';
/** Zone rules are written for the years of the events and `now`, plus this many years ahead. */
const RULE_YEARS_AHEAD = 10;

function fail(message: string): never {
  throw new RangeError(`buildIcs: ${message}`);
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

const isLocal = (e: IcsEvent): e is IcsLocalEvent => 'start' in e;
const isUtc = (e: IcsEvent): e is IcsUtcEvent => 'startUtc' in e;

function checkDuration(e: { uid: string; durationMinutes: number }): void {
  if (!Number.isInteger(e.durationMinutes) || e.durationMinutes <= 0) fail(`event ${e.uid}: durationMinutes must be a positive integer`);
}

/** First wall time at or after the start whose weekday is in weeklyOn (RFC 5545: DTSTART should be an occurrence). */
function localStart(e: IcsLocalEvent): WallTime {
  const date = parseIcsDate(e.start.date) ?? fail(`event ${e.uid}: invalid date ${e.start.date}`);
  const { minutes } = e.start;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 1440) fail(`event ${e.uid}: minutes must be 0–1439`);
  let start: WallTime = { ...date, minutes };
  const days = weeklyDays(e);
  while (days.length > 0 && !days.includes(weekdayOf(start))) start = addWallMinutes(start, 1440);
  return start;
}

function weeklyDays(e: IcsLocalEvent): number[] {
  const days = [...new Set(e.weeklyOn ?? [])].sort((a, b) => a - b);
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) fail(`event ${e.uid}: weeklyOn values must be 0–6`);
  return days;
}

function timingLines(e: IcsEvent): string[] {
  if (isLocal(e)) {
    checkDuration(e);
    if (!isValidTimeZone(e.tz)) fail(`event ${e.uid}: unknown time zone ${e.tz}`);
    const start = localStart(e);
    const tzid = `TZID=${paramValue(e.tz)}`;
    const days = weeklyDays(e);
    return [
      `DTSTART;${tzid}:${formatLocalDateTime(start)}`,
      `DTEND;${tzid}:${formatLocalDateTime(addWallMinutes(start, e.durationMinutes))}`,
      ...(days.length ? [`RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY_CODES[d]).join(',')}`] : []),
    ];
  }
  if (isUtc(e)) {
    checkDuration(e);
    if (!Number.isFinite(e.startUtc) || Math.abs(e.startUtc) > 8.64e15) fail(`event ${e.uid}: invalid startUtc`);
    return [`DTSTART:${formatUtcDateTime(e.startUtc)}`, `DTEND:${formatUtcDateTime(e.startUtc + e.durationMinutes * 60_000)}`];
  }
  return allDayLines(e);
}

function allDayLines(e: IcsAllDayEvent): string[] {
  const date = parseIcsDate(e.allDay) ?? fail(`event ${e.uid}: invalid date ${e.allDay}`);
  const days = e.days ?? 1;
  if (!Number.isInteger(days) || days < 1) fail(`event ${e.uid}: days must be a positive integer`);
  const end = wallTimeOfMs(wallTimeMs(date.year, date.month, date.day + days));
  return [`DTSTART;VALUE=DATE:${formatDate(date)}`, `DTEND;VALUE=DATE:${formatDate(end)}`];
}

function eventLines(e: IcsEvent, dtstamp: string): string[] {
  if (!e.uid || !e.uid.trim()) fail('every event needs a uid');
  const categories = (e.categories ?? []).filter((c) => c.length > 0);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${dtstamp}`,
    ...timingLines(e),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(categories.length ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
    'END:VEVENT',
  ];
}

/** Zones used by local events, with the span of years their rules must cover. */
function zoneSpans(events: IcsEvent[], nowYear: number): Map<string, { from: number; to: number }> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const e of events) {
    if (!isLocal(e)) continue;
    const year = parseIcsDate(e.start.date)?.year ?? nowYear;
    const span = spans.get(e.tz) ?? { from: nowYear, to: nowYear };
    spans.set(e.tz, { from: Math.min(span.from, year), to: Math.max(span.to, year) });
  }
  return spans;
}

/**
 * Builds an iCalendar file: CRLF line endings, lines folded at 75 octets, TEXT escaped, one
 * VTIMEZONE per zone used. Throws RangeError on invalid input (bad date, zone, duration, uid).
 */
export function buildIcs(events: IcsEvent[], opts: BuildIcsOptions): string {
  if (!Number.isFinite(opts.now)) fail('opts.now must be epoch milliseconds');
  const dtstamp = formatUtcDateTime(opts.now);
  const nowYear = new Date(opts.now).getUTCFullYear();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(opts.prodId ?? DEFAULT_PROD_ID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (opts.calName) lines.push(`NAME:${escapeText(opts.calName)}`, `X-WR-CALNAME:${escapeText(opts.calName)}`);
  const body = events.flatMap((e) => eventLines(e, dtstamp)); // validates before zones are computed
  for (const [tz, span] of [...zoneSpans(events, nowYear)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...vtimezoneLines(tz, span.from - 1, span.to + RULE_YEARS_AHEAD));
  }
  lines.push(...body, 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
