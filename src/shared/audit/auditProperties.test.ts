// Properties of the audit metrics and of the batch rhythm on random valid inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERRUPTION_CHANNELS, MODES, type Charter, type DayHours, type Interruption, type TimeEntry } from '../domain';
import { categories, responsibilities } from '../../../tests/helpers/auditFixtures';
import { proposeBatchRhythm } from './batchRhythm';
import { computeAuditMetrics, type AuditInput } from './metrics';

const MIN = 60_000;
const DAY = 86_400_000;
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago', 'UTC'];
const YEAR_2026 = Date.UTC(2026, 0, 1);

/** Working hours of at least 60 minutes, any start minute. */
const dayHours: fc.Arbitrary<DayHours | null> = fc.option(
  fc.integer({ min: 0, max: 1380 }).chain((start) => fc.integer({ min: start + 60, max: 1440 }).map((end) => ({ start, end }))),
  { nil: null, freq: 3 },
);

const charter: fc.Arbitrary<Charter> = fc.record({
  days: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
  disconnect: fc.integer({ min: 0, max: 1440 }),
});

const auditInput: fc.Arbitrary<AuditInput> = fc
  .record({
    tz: fc.constantFrom(...ZONES),
    from: fc.integer({ min: YEAR_2026, max: YEAR_2026 + 360 * DAY }),
    days: fc.integer({ min: 1, max: 21 }),
    charter,
    entries: fc.array(
      fc.record({
        offset: fc.integer({ min: -DAY, max: 22 * DAY }),
        minutes: fc.integer({ min: 1, max: 600 }),
        categoryId: fc.constantFrom(...categories.map((c) => c.id)),
        running: fc.boolean(),
        responsibilityId: fc.constantFrom(null, 1, 2, 3, 99),
        visibility: fc.constantFrom(null, 'visible' as const, 'invisible' as const),
        note: fc.constantFrom('', 'a', 'b '),
      }),
      { maxLength: 40 },
    ),
    interruptions: fc.array(
      fc.record({ offset: fc.integer({ min: -DAY, max: 22 * DAY }), channel: fc.constantFrom(...INTERRUPTION_CHANNELS), refocus: fc.integer({ min: 0, max: 60 }) }),
      { maxLength: 80 },
    ),
    nowOffset: fc.integer({ min: 0, max: 30 * DAY }),
  })
  .map(({ tz, from, days, charter, entries, interruptions, nowOffset }) => {
    const es: TimeEntry[] = entries.map((e, i) => ({
      id: i + 1,
      start: from + e.offset,
      end: e.running && i === 0 ? null : from + e.offset + e.minutes * MIN,
      tz,
      categoryId: e.categoryId,
      note: e.note,
      platform: null,
      responsibilityId: e.responsibilityId,
      visibility: e.visibility,
      source: 'manual',
    }));
    const is: Interruption[] = interruptions.map((x, i) => ({ id: i + 1, at: from + x.offset, tz, channel: x.channel, who: '', note: '', refocusMinutes: x.refocus }));
    return { from, to: from + days * DAY, tz, charter, entries: es, interruptions: is, categories, responsibilities, now: from + nowOffset };
  });

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

describe('metrics properties', () => {
  it('keep their totals consistent on any valid input', () => {
    fc.assert(
      fc.property(auditInput, (input) => {
        const m = computeAuditMetrics(input);
        const sumModes = MODES.reduce((n, mode) => n + m.minutesByMode[mode], 0);
        const sumDays = m.perDay.reduce((n, d) => n + MODES.reduce((k, mode) => k + d.minutesByMode[mode], 0), 0);
        expect(close(sumModes, m.trackedMinutes)).toBe(true);
        expect(close(sumDays, m.trackedMinutes)).toBe(true);
        expect(close(m.byCategory.reduce((n, c) => n + c.minutes, 0), m.trackedMinutes)).toBe(true);
        expect(m.afterHoursMinutes).toBeGreaterThanOrEqual(-1e-6);
        expect(m.afterHoursMinutes).toBeLessThanOrEqual(m.trackedMinutes + 1e-6);
        expect(m.outOfScope.minutes).toBeLessThanOrEqual(m.trackedMinutes + 1e-6);
        expect(m.invisible.minutes).toBeLessThanOrEqual(m.trackedMinutes + 1e-6);
        expect(m.deepBlocks.blocks.reduce((n, b) => n + b.minutes, 0)).toBeLessThanOrEqual(m.minutesByMode.deep + 1e-6);
        expect(m.interruptions.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(m.interruptions.count);
        expect(m.lateEvenings.count).toBeLessThanOrEqual(m.lateEvenings.daysInPeriod);
        expect(m.lateEvenings.days.every((d) => m.perDay.some((p) => p.day === d))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('batch rhythm properties', () => {
  it('gives slots within the charter, non-overlapping, 2–4 reactive per working day, deep ≥ 90 min', () => {
    fc.assert(
      fc.property(auditInput, (input) => {
        const { slots, reasoning } = proposeBatchRhythm(input);
        expect(proposeBatchRhythm(input)).toEqual({ slots, reasoning });
        for (const s of slots) {
          const hours = input.charter.days[s.weekday];
          expect(hours).not.toBeNull();
          expect(s.start).toBeGreaterThanOrEqual(hours!.start);
          expect(s.end).toBeLessThanOrEqual(hours!.end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.start % 15).toBe(0);
          expect(s.end % 15).toBe(0);
          if (s.kind === 'deep') expect(s.end - s.start).toBeGreaterThanOrEqual(90);
          if (s.kind === 'batch') expect(s.end - s.start).toBe(240);
        }
        expect(slots.filter((s) => s.kind === 'batch').length).toBeLessThanOrEqual(1);
        const target = reasoning.defaultReactiveMinutes ? 60 : reasoning.avgReactiveMinutesPerDay;
        for (let wd = 0; wd < 7; wd += 1) {
          const day = slots.filter((s) => s.weekday === wd);
          for (let i = 1; i < day.length; i += 1) expect(day[i].start).toBeGreaterThanOrEqual(day[i - 1].end);
          const reactive = day.filter((s) => s.kind === 'reactive');
          if (input.charter.days[wd] === null) {
            expect(day).toEqual([]);
            continue;
          }
          expect(reactive.length).toBeGreaterThanOrEqual(2);
          expect(reactive.length).toBeLessThanOrEqual(4);
          const planned = reactive.reduce((n, s) => n + s.end - s.start, 0);
          // Together the slots cover the average reactive minutes, unless the day is flagged as too short.
          if (reasoning.shortWeekdays.includes(wd)) expect(planned).toBeLessThan(target);
          else expect(planned).toBeGreaterThanOrEqual(target - 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });
});
