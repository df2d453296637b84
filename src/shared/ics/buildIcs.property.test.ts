import fc from 'fast-check';
import ICAL from 'ical.js';
import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { buildIcs } from './buildIcs';
import { sanitizeText } from './icsText';
import { physicalLines, readIcs } from '../../../tests/helpers/ics';

const NOW = Date.UTC(2025, 5, 1);
const specials = fc.constantFrom(',', ';', '\\', '\n', '\r\n', ':', '"', ' ', '\t', 'é', 'œ', '€', '🇫🇷', '👩🏽‍💻', 'e\u0301', '\\n', '\\,');
const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), specials, fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 12 }).map((parts) => parts.join(''));
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const noControls = text.map((s) => s.replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, ''));

function roundTrip(summary: string, description: string) {
  const ics = buildIcs(
    [{ uid: 'p@coulisses', summary, description, start: { date: '2025-06-02', minutes: 600 }, durationMinutes: 60, tz: 'Europe/Paris' }],
    { now: NOW },
  );
  return { ics, event: readIcs(ics).events[0] };
}

describe('buildIcs — properties', () => {
  it('summaries and descriptions without control characters round-trip through ical.js exactly', () => {
    fc.assert(
      fc.property(noControls, noControls, (summary, description) => {
        const { event } = roundTrip(summary, description);
        expect(event.summary).toBe(summary);
        expect(event.description ?? '').toBe(description);
      }),
      { numRuns: 300 },
    );
  });

  it('any string round-trips to its sanitized form, in 75-octet valid UTF-8 CRLF lines', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(text, text, fc.string({ unit: 'binary', maxLength: 20 }), (summary, description, raw) => {
        const { ics, event } = roundTrip(summary + raw, description);
        expect(event.summary).toBe(sanitizeText(summary + raw));
        expect(event.description ?? '').toBe(sanitizeText(description));
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of physicalLines(ics)) {
          expect(line.length).toBeLessThanOrEqual(75);
          strict.decode(line);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the written VTIMEZONEs give the same offsets as Intl, for any instant of the next ten years', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Tokyo', 'Asia/Jerusalem', 'Africa/Casablanca', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham'];
    const ics = buildIcs(
      zones.map((tz, i) => ({ uid: `z${i}`, summary: tz, start: { date: '2025-06-02', minutes: 600 }, durationMinutes: 60, tz })),
      { now: NOW },
    );
    readIcs(ics);
    const HOUR = 3_600_000;
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2034, 11, 31) }), (tz, instant) => {
        const offset = tzOffset(tz, new Date(instant));
        // skip wall times within 3 hours of a change: they are ambiguous or do not exist
        fc.pre([-3, -2, -1, 1, 2, 3].every((h) => tzOffset(tz, new Date(instant + h * HOUR)) === offset));
        const wall = new Date(instant + offset * 60_000);
        const time = ICAL.Time.fromData(
          { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() },
          ICAL.TimezoneService.get(tz),
        );
        expect(time.toJSDate().getTime()).toBe(Math.floor(instant / 60_000) * 60_000);
      }),
      { numRuns: 2000 },
    );
  });
});
