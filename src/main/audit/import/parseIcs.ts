// Meetings from a calendar file (.ics exported by Google Calendar, Outlook or Apple Calendar):
// timed events of a chosen period become rows, recurring events expanded by ical.js (RRULE,
// EXDATE, RECURRENCE-ID overrides), times read in the event's VTIMEZONE or IANA zone; all-day
// events, declined invitations and cancelled events are left out and said. Parses only.

import { hash } from 'node:crypto';
import ICAL from 'ical.js';
import { decodeCsvBytes } from './decodeCsvBytes';
import { IMPORT_LIMITS, type ImportError, type ImportNotice, type ImportResult, type ParsedTimeRow } from './importTypes';
import { isValidTimeZone, wallTimeToInstants } from '../../../shared/time';

/** A row made from one occurrence of a calendar event, keyed by UID and RECURRENCE-ID. */
export interface IcsRow extends ParsedTimeRow {
  uid: string;
  /** The occurrence's RECURRENCE-ID as UTC ISO text, '' for an event that does not repeat. */
  recurrenceId: string;
}

export interface IcsResult extends ImportResult {
  rows: IcsRow[];
}

export interface ParseIcsOptions {
  /** The user's zone: floating times (no zone, no Z) are read in it. */
  tz: string;
  /** The period to import, epoch ms [from, to): occurrences overlapping it are kept. */
  from: number;
  to: number;
}

/** At most this many occurrences of one recurring event are looked at (an RRULE without an end). */
const MAX_OCCURRENCES = 5000;

/** True when `bytes` start like a calendar file (after a BOM and blank lines). */
export function looksLikeIcs(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '').trimStart();
  return /^BEGIN:VCALENDAR/i.test(head);
}

/** Epoch ms of an ICAL.Time: UTC, a zone from the file's VTIMEZONE, an IANA name, or floating (the user's zone). */
function instantOf(time: ICAL.Time, tzid: string | null, tz: string): number | null {
  if (time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC' || (tzid && /^(utc|gmt|etc\/utc|z)$/i.test(tzid))) return time.toUnixTime() * 1000;
  if (tzid && ICAL.TimezoneService.has(tzid)) return time.toUnixTime() * 1000;
  const zone = tzid && isValidTimeZone(tzid.replace(/^\//, '')) ? tzid.replace(/^\//, '') : tz;
  const instants = wallTimeToInstants({ year: time.year, month: time.month, day: time.day }, time.hour * 3600 + time.minute * 60 + time.second, zone);
  return instants[0] ?? null;
}

function tzidOf(component: ICAL.Component, name: string): string | null {
  const prop = component.getFirstProperty(name);
  const tzid = prop?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : null;
}

function addressOf(value: unknown): string {
  return String(value ?? '').replace(/^mailto:/i, '').trim().toLowerCase();
}

/**
 * Whether the calendar's owner declined the event. The owner is the calendar's name when it is
 * an address (Google names a calendar after its owner's address); otherwise the event counts as
 * declined when every attendee other than the organizer declined it (the exported calendar
 * holds one attendee's answer: its owner's).
 */
function isDeclined(event: ICAL.Component, owner: string | null): boolean {
  const organizer = addressOf(event.getFirstPropertyValue('organizer'));
  const attendees = event.getAllProperties('attendee').map((p) => ({ address: addressOf(p.getFirstValue()), status: String(p.getParameter('partstat') ?? '').toUpperCase() }));
  if (owner) return attendees.some((a) => a.address === owner && a.status === 'DECLINED');
  const others = attendees.filter((a) => a.address !== organizer);
  return others.length > 0 && others.every((a) => a.status === 'DECLINED');
}

/** 1-based line of each UID in the text (the line numbers the preview gives). */
function uidLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    const m = /^UID[;:](?:.*:)?(.*)$/i.exec(line);
    if (m && !lines.has(m[1].trim())) lines.set(m[1].trim(), i + 1);
  });
  return lines;
}

function rowId(uid: string, recurrenceId: string): string {
  return 'ics1:' + hash('sha256', JSON.stringify([uid, recurrenceId]), 'hex').slice(0, 32);
}

/** Parses a calendar file. Never throws: a file ical.js cannot read is one `invalid_calendar` error. */
export function parseIcs(bytes: Uint8Array, opts: ParseIcsOptions): IcsResult {
  const fail = (error: ImportError): IcsResult => ({ format: 'ics', rows: [], errors: [error] });
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) return fail({ line: 0, code: 'file_too_large', params: { maxBytes: IMPORT_LIMITS.maxFileBytes, bytes: bytes.byteLength } });
  if (!isValidTimeZone(opts.tz)) return fail({ line: 0, code: 'invalid_time_zone', params: { tz: String(opts.tz).slice(0, 50) } });
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fail({ line: decoded.line, code: decoded.code });
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(decoded.text) as unknown[]);
  } catch (err) {
    return fail({ line: 0, code: 'invalid_calendar', params: { detail: String((err as Error)?.message ?? err).slice(0, 120) } });
  }
  if (root.name !== 'vcalendar') return fail({ line: 0, code: 'not_a_calendar' });
  try {
    return expand(root, decoded.text, opts);
  } catch (err) {
    return fail({ line: 0, code: 'invalid_calendar', params: { detail: String((err as Error)?.message ?? err).slice(0, 120) } });
  } finally {
    ICAL.TimezoneService.reset();
  }
}

function expand(root: ICAL.Component, text: string, opts: ParseIcsOptions): IcsResult {
  ICAL.TimezoneService.reset();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    try {
      ICAL.TimezoneService.register(vtz);
    } catch {
      // a broken VTIMEZONE: its TZID is then read as an IANA name, or in the user's zone
    }
  }
  const calName = String(root.getFirstPropertyValue('x-wr-calname') ?? '').trim();
  const owner = /^[^@\s]+@[^@\s]+$/.test(calName) ? calName.toLowerCase() : null;
  const lines = uidLines(text);
  const rows: IcsRow[] = [];
  const notices: ImportNotice[] = [];
  const longRows: NonNullable<ImportResult['longRows']> = [];
  const vevents = root.getAllSubcomponents('vevent');
  // Overrides (RECURRENCE-ID) belong to their series: related to it, not read alone.
  const overrides = new Map<string, ICAL.Component[]>();
  const masters: ICAL.Component[] = [];
  for (const v of vevents) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '');
    if (v.hasProperty('recurrence-id') && vevents.some((m) => m !== v && !m.hasProperty('recurrence-id') && String(m.getFirstPropertyValue('uid') ?? '') === uid)) {
      overrides.set(uid, [...(overrides.get(uid) ?? []), v]);
    } else masters.push(v);
  }
  const say = (line: number, code: ImportNotice['code'], summary: string) => {
    if (notices.length < IMPORT_LIMITS.maxErrors) notices.push({ line, code, params: { summary: summary.slice(0, 50) } });
  };

  for (const component of masters) {
    const event = new ICAL.Event(component);
    for (const o of overrides.get(event.uid) ?? []) event.relateException(o);
    const uid = event.uid || rowId(text.slice(0, 100), String(masters.indexOf(component)));
    const line = lines.get(event.uid) ?? 0;
    const summary = event.summary ?? '';
    if (!event.startDate) continue;
    if (event.startDate.isDate) {
      say(line, 'event_all_day', summary);
      continue;
    }
    const startTz = tzidOf(component, 'dtstart');
    const endTz = tzidOf(component, 'dtend') ?? startTz;
    const occurrence = (start: ICAL.Time, end: ICAL.Time, item: ICAL.Event, recurrenceId: string) => {
      const itemComponent = item.component;
      if (String(itemComponent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return say(line, 'event_cancelled', item.summary ?? summary);
      if (isDeclined(itemComponent, owner)) return say(line, 'event_declined', item.summary ?? summary);
      if (start.isDate) return say(line, 'event_all_day', item.summary ?? summary);
      const itemStartTz = item === event ? startTz : (tzidOf(itemComponent, 'dtstart') ?? startTz);
      const itemEndTz = item === event ? endTz : (tzidOf(itemComponent, 'dtend') ?? itemStartTz);
      const startAt = instantOf(start, itemStartTz, opts.tz);
      const endAt = instantOf(end, itemEndTz, opts.tz);
      if (startAt === null || endAt === null || endAt <= startAt) return;
      if (startAt >= opts.to || endAt <= opts.from) return;
      if (endAt - startAt > IMPORT_LIMITS.maxEntryHours * 3_600_000) {
        longRows.push({ line, start: startAt, end: endAt });
        return;
      }
      rows.push({ line, start: startAt, end: endAt, project: calName, description: (item.summary ?? summary).trim(), tags: [], externalId: rowId(uid, recurrenceId), uid, recurrenceId });
    };
    if (!event.isRecurring()) {
      occurrence(event.startDate, event.endDate, event, '');
      continue;
    }
    const iterator = event.iterator();
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const next = iterator.next();
      if (!next) break;
      const details = event.getOccurrenceDetails(next);
      const recurrenceId = new Date(details.recurrenceId.toUnixTime() * 1000).toISOString();
      // Occurrences are in start order; the first one past the period ends the series for us
      // (an override moved later than the period is missed only if it moved past the period's end).
      if (instantOf(next, startTz, opts.tz)! >= opts.to + 7 * 86_400_000) break;
      occurrence(details.startDate, details.endDate, details.item, recurrenceId);
    }
  }
  rows.sort((a, b) => a.start - b.start || a.line - b.line);
  return { format: 'ics', rows, errors: [], ...(notices.length ? { notices } : {}), ...(longRows.length ? { longRows } : {}), encoding: 'utf-8' };
}
