import { describe, expect, it } from 'vitest';
import { buildIcs } from './buildIcs';
import type { IcsEvent } from './icsTypes';
import { occurrenceStarts, physicalLines, readIcs } from '../../../tests/helpers/ics';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const HOUR = 3_600_000;

const slot = (over: Partial<IcsEvent> = {}): IcsEvent =>
  ({
    uid: 'slot-1@coulisses',
    summary: 'Créneau réactif',
    start: { date: '2025-03-17', minutes: 9 * 60 },
    durationMinutes: 90,
    tz: 'Europe/Paris',
    ...over,
  }) as IcsEvent;

describe('buildIcs — structure', () => {
  it('uses CRLF everywhere and ends with CRLF', () => {
    const text = buildIcs([slot({ description: 'a\nb\r\nc\rd' } as Partial<IcsEvent>)], { now: NOW, calName: 'Semaine type' });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes calendar, zone and event properties', () => {
    const text = buildIcs([slot({ categories: ['deep', 'veille, marché'] } as Partial<IcsEvent>)], { now: NOW, calName: 'Semaine type', prodId: '-//Test//X//FR' });
    expect(text).toContain('PRODID:-//Test//X//FR\r\n');
    expect(text).toContain('X-WR-CALNAME:Semaine type\r\n');
    expect(text).toContain('DTSTAMP:20250601T120000Z\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20250317T090000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Paris:20250317T103000\r\n');
    expect(text).toContain('CATEGORIES:deep,veille\\, marché\r\n');
    const { calendar, events } = readIcs(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(events[0].uid).toBe('slot-1@coulisses');
    expect(events[0].startDate.toJSDate().getTime()).toBe(Date.UTC(2025, 2, 17, 8, 0));
    expect(events[0].endDate.toJSDate().getTime()).toBe(Date.UTC(2025, 2, 17, 9, 30));
    expect(events[0].component.getFirstProperty('categories')!.getValues()).toEqual(['deep', 'veille, marché']);
  });

  it('writes one VTIMEZONE per zone and none for UTC-only or all-day files', () => {
    const two = buildIcs([slot(), slot({ uid: 'x', tz: 'America/New_York' } as Partial<IcsEvent>), slot({ uid: 'y' } as Partial<IcsEvent>)], { now: NOW });
    expect(two.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    const utc = buildIcs(
      [
        { uid: 'u', summary: 'Publication', startUtc: Date.UTC(2025, 0, 2, 17, 30, 15), durationMinutes: 15 },
        { uid: 'd', summary: 'Carrousel', allDay: '2025-12-31', days: 2 },
      ],
      { now: NOW },
    );
    expect(utc).not.toContain('VTIMEZONE');
    expect(utc).toContain('DTSTART:20250102T173015Z\r\n');
    expect(utc).toContain('DTEND:20250102T174515Z\r\n');
    expect(utc).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260102\r\n');
    const { events } = readIcs(utc);
    expect(events[0].startDate.toJSDate().getTime()).toBe(Date.UTC(2025, 0, 2, 17, 30, 15));
    expect(events[1].startDate.isDate).toBe(true);
  });

  it('rejects invalid input with a RangeError', () => {
    expect(() => buildIcs([slot({ tz: 'Mars/Olympus' } as Partial<IcsEvent>)], { now: NOW })).toThrow(RangeError);
    expect(() => buildIcs([slot({ start: { date: '2025-02-29', minutes: 0 } } as Partial<IcsEvent>)], { now: NOW })).toThrow(RangeError);
    expect(() => buildIcs([slot({ start: { date: '2025-02-01', minutes: 1440 } } as Partial<IcsEvent>)], { now: NOW })).toThrow(RangeError);
    expect(() => buildIcs([slot({ durationMinutes: 0 })], { now: NOW })).toThrow(RangeError);
    expect(() => buildIcs([slot({ uid: ' ' })], { now: NOW })).toThrow(RangeError);
    expect(() => buildIcs([slot({ weeklyOn: [7] } as Partial<IcsEvent>)], { now: NOW })).toThrow(RangeError);
  });
});

describe('buildIcs — weekly recurrence across DST (Europe/Paris)', () => {
  it('keeps 09:00 local when Paris springs forward on 2025-03-30', () => {
    const { events } = readIcs(buildIcs([slot({ weeklyOn: [1] } as Partial<IcsEvent>)], { now: NOW }));
    expect(events[0].isRecurring()).toBe(true);
    expect(occurrenceStarts(events[0], 3)).toEqual([Date.UTC(2025, 2, 17, 8), Date.UTC(2025, 2, 24, 8), Date.UTC(2025, 2, 31, 7)]);
  });

  it('keeps 14:00 local on Tuesdays and Thursdays when Paris falls back on 2025-10-26', () => {
    const text = buildIcs([slot({ start: { date: '2025-10-21', minutes: 14 * 60 }, weeklyOn: [4, 2], durationMinutes: 240 } as Partial<IcsEvent>)], { now: NOW });
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n');
    const { events } = readIcs(text);
    const starts = occurrenceStarts(events[0], 4);
    expect(starts).toEqual([Date.UTC(2025, 9, 21, 12), Date.UTC(2025, 9, 23, 12), Date.UTC(2025, 9, 28, 13), Date.UTC(2025, 9, 30, 13)]);
    const details = events[0].getOccurrenceDetails(events[0].iterator().next()!);
    expect(details.endDate.toJSDate().getTime() - details.startDate.toJSDate().getTime()).toBe(4 * HOUR);
  });

  it('moves DTSTART to the first listed weekday on or after the given date', () => {
    // 2025-03-19 is a Wednesday; the slot repeats on Mondays only.
    const text = buildIcs([slot({ start: { date: '2025-03-19', minutes: 600 }, weeklyOn: [1] } as Partial<IcsEvent>)], { now: NOW });
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20250324T100000\r\n');
    expect(occurrenceStarts(readIcs(text).events[0], 2)).toEqual([Date.UTC(2025, 2, 24, 9), Date.UTC(2025, 2, 31, 8)]);
  });
});

describe('buildIcs — text', () => {
  const summary =
    'Atelier « stratégie éditoriale » 🎯📅 — préparer le mois : carrousels, réels 👩🏽‍💻🇫🇷, réponses à la communauté, veille concurrentielle & reporting mensuel ✨';

  it('folds a long summary with emoji and French accents at 75 octets without splitting a character', () => {
    const text = buildIcs([slot({ summary })], { now: NOW });
    const lines = physicalLines(text);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow();
    }
    const folded = /SUMMARY:[^\r]*(?:\r\n [^\r]*)+/.exec(text)![0];
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    expect(readIcs(text).events[0].summary).toBe(summary);
  });

  it('escapes comma, semicolon, backslash and newlines', () => {
    const tricky = 'a,b;c\\d\ne\r\nf';
    const text = buildIcs([slot({ summary: tricky, description: tricky })], { now: NOW });
    expect(text).toContain('SUMMARY:a\\,b\\;c\\\\d\\ne\\nf\r\n');
    const event = readIcs(text).events[0];
    expect(event.summary).toBe('a,b;c\\d\ne\nf');
    expect(event.description).toBe('a,b;c\\d\ne\nf');
  });
});
