import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAuditMetrics } from '../audit/metrics';
import { localDayIndex } from '../audit/localDayIndex';
import type { Charter, InterruptionChannel } from '../domain';
import { INTERRUPTION_CHANNELS } from '../domain';
import { CAT, auditInput, t } from '../../../tests/helpers/auditFixtures';
import { lateAndDayOffSubset } from './metricsSubset';

// Three weeks around the spring DST change in Paris.
const FROM = t('2026-03-16T00:00+01:00');
const TO = t('2026-04-06T00:00+02:00');
const HOUR = 3_600_000;

const hours = fc.option(
  fc.record({ start: fc.integer({ min: 0, max: 1300 }), len: fc.integer({ min: 1, max: 600 }) }).map(({ start, len }) => ({ start, end: Math.min(1440, start + len) })),
  { nil: null },
);
const charter: fc.Arbitrary<Charter> = fc.record({ days: fc.array(hours, { minLength: 7, maxLength: 7 }), disconnect: fc.integer({ min: 0, max: 1440 }) });
const entry = fc.record({ start: fc.integer({ min: FROM - 30 * HOUR, max: TO }), minutes: fc.integer({ min: 1, max: 24 * 60 }), cat: fc.constantFrom(CAT.content, CAT.moderation, CAT.meetings) });
const interruption = fc.record({ at: fc.integer({ min: FROM - HOUR, max: TO + HOUR }), channel: fc.constantFrom<InterruptionChannel>(...INTERRUPTION_CHANNELS) });

describe('the metrics subset of a long span', () => {
  it('property: late evenings, and the minutes of days off, are the same as on the whole input', () => {
    fc.assert(
      fc.property(charter, fc.array(entry, { maxLength: 40 }), fc.array(interruption, { maxLength: 40 }), (ch, es, is) => {
        const input = auditInput({
          from: FROM,
          to: TO,
          charter: ch,
          now: TO + HOUR,
          entries: es.map((e, id) => ({ id: id + 1, start: e.start, end: e.start + e.minutes * 60_000, tz: 'Europe/Paris', categoryId: e.cat, note: '', platform: null, responsibilityId: null, visibility: null, source: 'manual' })),
          interruptions: is.map((x, id) => ({ id: id + 1, at: x.at, tz: 'Europe/Paris', channel: x.channel, who: '', note: '', refocusMinutes: 15 })),
        });
        const days = localDayIndex(FROM, TO, input.tz);
        const all = computeAuditMetrics(input);
        const some = computeAuditMetrics(lateAndDayOffSubset(input, days));
        expect(some.lateEvenings).toEqual(all.lateEvenings);
        const off = (d: { day: string }) => ch.days[days.find((x) => x.day === d.day)!.weekday] === null;
        expect(some.perDay.filter(off)).toEqual(all.perDay.filter(off));
      }),
      { numRuns: 300 },
    );
  });
});
