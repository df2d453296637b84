// Calendar events for the ICS writer: batch sessions, the weekly performance ritual, and
// publication times. Wall-clock start in a named zone; the writer emits DTSTART;TZID=…
import { TZDate } from '@date-fns/tz';
import { format as formatDate } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { addDays, localParts, weekdayOf, type LocalDay } from '../time';
import { displayName, type BatchSession, type Channel, type ContentItem, type RitualSlot, type Translate } from './types';

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  start: { date: LocalDay; minutes: number };
  durationMinutes: number;
  tz: string;
  /** weekly recurrence on these weekdays (0 = Sunday … 6 = Saturday) */
  weeklyOn?: number[];
}

export const ICS_UID_DOMAIN = 'coulisses.local';

export interface SessionIcsOptions {
  t: Translate;
  locale: 'en' | 'fr';
  /** first day the ritual may fall on; default the earliest session's date */
  ritualFrom?: LocalDay;
  /** zone of the ritual; default the earliest session's zone */
  ritualTz?: string;
}

/** A 'YYYY-MM' month in words in the language: 'December 2026', 'décembre 2026'. */
export function monthLabel(month: string, locale: 'en' | 'fr'): string {
  const [y, m] = month.split('-').map(Number);
  return formatDate(new TZDate(y, m - 1, 1, 'UTC'), 'LLLL yyyy', { locale: locale === 'fr' ? fr : enGB });
}

/**
 * One event per session (its date, start and length in its zone; summary
 * 'calendar.ics.sessionSummary' { month }, description 'calendar.ics.sessionDescription'
 * { month }), then the ritual as a weekly event ('calendar.ics.ritualSummary') starting on
 * the first matching weekday on or after `ritualFrom`. The ritual is left out when it is
 * null or when there is neither a session nor ritualFrom + ritualTz to anchor it.
 */
export function sessionIcsEvents(sessions: readonly BatchSession[], ritual: RitualSlot | null, opts: SessionIcsOptions): IcsEvent[] {
  const sorted = sessions.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start || a.id - b.id));
  const events: IcsEvent[] = sorted.map((s) => {
    const month = monthLabel(s.targetMonth, opts.locale);
    return {
      uid: `batch-session-${s.id}@${ICS_UID_DOMAIN}`,
      summary: opts.t('calendar.ics.sessionSummary', { month }),
      description: opts.t('calendar.ics.sessionDescription', { month }),
      start: { date: s.date, minutes: s.start },
      durationMinutes: Math.max(0, s.end - s.start),
      tz: s.tz,
    };
  });
  const from = opts.ritualFrom ?? sorted[0]?.date;
  const tz = opts.ritualTz ?? sorted[0]?.tz;
  if (ritual && from !== undefined && tz !== undefined) {
    const first = addDays(from, (ritual.weekday - weekdayOf(from) + 7) % 7);
    events.push({
      uid: `performance-ritual@${ICS_UID_DOMAIN}`,
      summary: opts.t('calendar.ics.ritualSummary'),
      description: opts.t('calendar.ics.ritualDescription'),
      start: { date: first, minutes: ritual.start },
      durationMinutes: ritual.minutes,
      tz,
      weeklyOn: [ritual.weekday],
    });
  }
  return events;
}

export interface PublishIcsOptions {
  channels?: readonly Channel[];
  /** translates seeded channel names; without it they show raw */
  t?: Translate;
  /** default 15 */
  durationMinutes?: number;
}

/**
 * One event per item with a publish time (archived items left out), at its local time in
 * the item's zone. Summary: '<channel> · <title>' (or the title alone); description: the
 * copy, then the link.
 */
export function publishIcsEvents(items: readonly ContentItem[], opts: PublishIcsOptions = {}): IcsEvent[] {
  const channels = new Map((opts.channels ?? []).map((c) => [c.id, c]));
  return items
    .filter((item): item is ContentItem & { publishAt: number } => item.publishAt !== null && item.status !== 'archived')
    .slice()
    .sort((a, b) => a.publishAt - b.publishAt || a.id - b.id)
    .map((item) => {
      const { date, minutes } = localParts(item.publishAt, item.tz);
      const channel = item.channelId === null ? undefined : channels.get(item.channelId);
      const summary = channel ? `${displayName(channel.name, opts.t)} · ${item.title}` : item.title;
      const description = [item.copy, item.link].filter((s) => s.trim() !== '').join('\n\n');
      const event: IcsEvent = {
        uid: `publish-${item.id}@${ICS_UID_DOMAIN}`,
        summary,
        start: { date, minutes },
        durationMinutes: opts.durationMinutes ?? 15,
        tz: item.tz,
      };
      if (description !== '') event.description = description;
      return event;
    });
}
