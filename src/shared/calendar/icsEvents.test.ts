import { beforeAll, describe, expect, it } from 'vitest';
import { publishIcsEvents, sessionIcsEvents } from './icsEvents';
import { channels, item, items, session } from '../../../tests/helpers/calendarFixtures';
import { translator } from '../i18n';
import type { IcsLocalEvent } from '../ics';
import { DEFAULT_RITUAL, type BatchSession, type Translate } from './types';

const GOLDEN = '../../../tests/fixtures/calendar/';

describe('ICS events', () => {
  let t: Translate;
  beforeAll(() => {
    t = translator('en');
  });
  const second: BatchSession = { ...session, id: 2, date: '2025-11-24', start: 14 * 60, end: 18 * 60, targetMonth: '2025-12' };

  it('maps sessions and the weekly ritual (golden)', async () => {
    const events = sessionIcsEvents([second, session], DEFAULT_RITUAL, { t, locale: 'en' });
    expect(events).toEqual([
      {
        uid: 'batch-session-1@coulisses.local',
        summary: 'Batch session — November 2025',
        description: 'Prepare the content of November 2025 in five timed phases.',
        start: { date: '2025-10-27', minutes: 780 },
        durationMinutes: 240,
        tz: 'Europe/Paris',
      },
      {
        uid: 'batch-session-2@coulisses.local',
        summary: 'Batch session — December 2025',
        description: 'Prepare the content of December 2025 in five timed phases.',
        start: { date: '2025-11-24', minutes: 840 },
        durationMinutes: 240,
        tz: 'Europe/Paris',
      },
      {
        uid: 'performance-ritual@coulisses.local',
        summary: 'Performance follow-up',
        description: "Weekly review of last week's results.",
        start: { date: '2025-10-27', minutes: 570 }, // 27 Oct 2025 is a Monday
        durationMinutes: 30,
        tz: 'Europe/Paris',
        weeklyOn: [1],
      },
    ]);
    await expect(`${JSON.stringify(events, null, 2)}\n`).toMatchFileSnapshot(`${GOLDEN}ics-sessions.json`);
  });

  it('anchors the ritual on the first matching weekday from ritualFrom', () => {
    const fr = translator('fr');
    const events = sessionIcsEvents([], { weekday: 5, start: 960, minutes: 30 }, { t: fr, locale: 'fr', ritualFrom: '2025-11-01', ritualTz: 'Europe/Paris' });
    expect(events).toEqual([
      expect.objectContaining({ summary: 'Suivi des performances', start: { date: '2025-11-07', minutes: 960 }, weeklyOn: [5] }),
    ]);
    expect(sessionIcsEvents([], DEFAULT_RITUAL, { t, locale: 'en' })).toEqual([]);
    expect(sessionIcsEvents([session], null, { t, locale: 'en' })).toHaveLength(1);
    expect(sessionIcsEvents([session], null, { t: fr, locale: 'fr' })[0].summary).toBe('Session batch — novembre 2025');
  });

  it('maps publish times to local wall-clock events (golden)', async () => {
    const events = publishIcsEvents(items, { channels, t });
    expect(events.map((e) => e.uid)).toEqual([1, 2, 3, 5, 7, 8, 10, 9].map((id) => `publish-${id}@coulisses.local`));
    expect(events[0]).toEqual({
      uid: 'publish-1@coulisses.local',
      summary: 'Instagram · Coulisses du shooting',
      description: 'On vous montre tout 📸\n"Avant", pendant; après, enfin !\n\nhttps://example.com/shooting',
      start: { date: '2025-11-04', minutes: 18 * 60 + 2 },
      durationMinutes: 15,
      tz: 'Europe/Paris',
    });
    expect(events.find((e) => e.uid.startsWith('publish-5@'))!.summary).toBe('Sans canal');
    await expect(`${JSON.stringify(events, null, 2)}\n`).toMatchFileSnapshot(`${GOLDEN}ics-publish.json`);
  });

  it("uses the item's own zone, across a DST change", () => {
    const ny = item({ tz: 'America/New_York', publishAt: Date.UTC(2025, 2, 9, 7, 30), copy: '' }); // 03:30 EDT, just after the jump
    const [event] = publishIcsEvents([ny], { durationMinutes: 5 });
    expect(event).toMatchObject({ start: { date: '2025-03-09', minutes: 210 }, tz: 'America/New_York', durationMinutes: 5 });
    expect(event.description).toBeUndefined();
  });
});

describe('ICS events through the ICS writer', () => {
  it('are accepted by buildIcs as local events', async () => {
    const { buildIcs } = await import('../ics');
    const t = translator('en');
    const events: IcsLocalEvent[] = [...sessionIcsEvents([session], DEFAULT_RITUAL, { t, locale: 'en' }), ...publishIcsEvents(items, { channels, t })];
    const ics = buildIcs(events, { now: Date.UTC(2025, 9, 1) });
    expect(ics).toContain('UID:performance-ritual@coulisses.local');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20251027T130000');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
  });
});
