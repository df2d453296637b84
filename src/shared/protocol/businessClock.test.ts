import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER, type Charter } from '../domain';
import { localDayAt, localWallTimeToInstant, minutesSinceLocalMidnight, weekdayOf, type LocalDay } from '../time';
import { businessWindow, clockMinutesBetween, dueAt, isBusinessTime, slaStatus, type BusinessCalendar } from './businessClock';

const TZ = 'Europe/Paris';
const at = (day: LocalDay, hh: number, mm = 0, tz = TZ) => localWallTimeToInstant(day, hh * 60 + mm, tz);
const nineToSix = { start: 540, end: 1080 };
/** Monday to Friday 09:00–18:00 (the example). */
const WEEKDAYS_9_18: Charter = { days: [null, nineToSix, nineToSix, nineToSix, nineToSix, nineToSix, null], disconnect: 1200 };
const cal = (charter: Charter = WEEKDAYS_9_18, daysOff: LocalDay[] = [], tz = TZ): BusinessCalendar => ({ charter, daysOff: new Set(daysOff), tz });

describe('business SLA clocks', () => {
  it('a case logged Friday 17:50 with a one-hour business SLA is due Monday 09:50', () => {
    expect(dueAt(at('2026-11-20', 17, 50), 60, 'business', cal())).toBe(at('2026-11-23', 9, 50));
  });

  it('with the default charter (Friday ends at 17:00) the same case is due Monday 10:00', () => {
    expect(dueAt(at('2026-11-20', 17, 50), 60, 'business', cal(DEFAULT_CHARTER))).toBe(at('2026-11-23', 10, 0));
  });

  it('a case logged on a Saturday starts counting on Monday morning', () => {
    expect(dueAt(at('2026-11-21', 11, 0), 30, 'business', cal())).toBe(at('2026-11-23', 9, 30));
  });

  it('across the spring DST change the due time keeps its wall time (Monday 09:50 CEST, one hour less in UTC)', () => {
    // Clocks go forward on Sunday 29 March 2026 in Paris.
    const due = dueAt(at('2026-03-27', 17, 50), 60, 'business', cal())!;
    expect(due).toBe(at('2026-03-30', 9, 50));
    expect(new Date(due).toISOString()).toBe('2026-03-30T07:50:00.000Z');
    // and across the autumn change
    expect(new Date(dueAt(at('2026-10-23', 17, 50), 60, 'business', cal())!).toISOString()).toBe('2026-10-26T08:50:00.000Z');
  });

  it('around the clock, 24 hours across the spring change are 24 elapsed hours (wall time moves by 25)', () => {
    const start = at('2026-03-28', 10, 0);
    const due = dueAt(start, 24 * 60, 'always', cal())!;
    expect(due - start).toBe(24 * 3_600_000);
    expect(due).toBe(at('2026-03-29', 11, 0));
  });

  it('skips days off: with Monday a holiday the Friday 17:50 case is due Tuesday 09:50', () => {
    expect(dueAt(at('2026-11-20', 17, 50), 60, 'business', cal(WEEKDAYS_9_18, ['2026-11-23']))).toBe(at('2026-11-24', 9, 50));
    // Christmas and Boxing Day off, a Friday and a Saturday
    expect(dueAt(at('2026-12-24', 17, 0), 120, 'business', cal(WEEKDAYS_9_18, ['2026-12-25']))).toBe(at('2026-12-28', 10, 0));
  });

  it('a clock reaching the end of a window falls due at that end, not the next morning', () => {
    expect(dueAt(at('2026-11-20', 17, 0), 60, 'business', cal())).toBe(at('2026-11-20', 18, 0));
  });

  it('spans several days: 20 business hours from Monday 09:00 end Tuesday 18:00 + 2 h = Wednesday 11:00', () => {
    expect(dueAt(at('2026-11-23', 9, 0), 20 * 60, 'business', cal())).toBe(at('2026-11-25', 11, 0));
  });

  it('never falls due with a charter without a working day', () => {
    const none: Charter = { days: [null, null, null, null, null, null, null], disconnect: 1200 };
    expect(dueAt(at('2026-11-20', 10, 0), 60, 'business', cal(none))).toBeNull();
    expect(clockMinutesBetween(at('2026-11-20', 10, 0), at('2026-11-27', 10, 0), 'business', cal(none))).toBe(0);
  });

  it('counts business minutes between two instants, weekends and nights excluded', () => {
    expect(clockMinutesBetween(at('2026-11-20', 17, 50), at('2026-11-23', 9, 50), 'business', cal())).toBe(60);
    expect(clockMinutesBetween(at('2026-11-20', 17, 50), at('2026-11-23', 9, 50), 'always', cal())).toBe(64 * 60);
    expect(clockMinutesBetween(at('2026-11-23', 10, 0), at('2026-11-23', 9, 0), 'business', cal())).toBe(0);
  });

  it('"waiting on the customer" pauses the clock: the due time moves by the paused business time', () => {
    const start = at('2026-11-23', 9, 0);
    const pauses = [{ from: at('2026-11-23', 9, 30), to: at('2026-11-23', 11, 0) }];
    expect(dueAt(start, 60, 'business', cal(), pauses)).toBe(at('2026-11-23', 11, 30));
    // a pause over the night takes only its business part
    const overnight = [{ from: at('2026-11-23', 17, 0), to: at('2026-11-24', 10, 0) }];
    expect(dueAt(at('2026-11-23', 16, 0), 120, 'business', cal(), overnight)).toBe(at('2026-11-24', 11, 0));
    // an ongoing pause: never due while it lasts
    expect(dueAt(start, 60, 'business', cal(), [{ from: at('2026-11-23', 9, 30), to: null }])).toBeNull();
  });

  it('slaStatus: running, overdue, paused, met and missed', () => {
    const start = at('2026-11-20', 17, 50);
    const c = cal();
    expect(slaStatus(start, 60, null, at('2026-11-21', 12, 0), 'business', c)).toMatchObject({ state: 'running', due: at('2026-11-23', 9, 50), remainingMinutes: 50 });
    expect(slaStatus(start, 60, null, at('2026-11-23', 10, 0), 'business', c)).toMatchObject({ state: 'overdue', remainingMinutes: -10 });
    expect(slaStatus(start, 60, at('2026-11-23', 9, 40), at('2026-11-24', 9, 0), 'business', c)).toMatchObject({ state: 'met', remainingMinutes: null, elapsedMinutes: 50 });
    expect(slaStatus(start, 60, at('2026-11-23', 10, 40), at('2026-11-24', 9, 0), 'business', c)).toMatchObject({ state: 'missed', elapsedMinutes: 110 });
    const waiting = [{ from: at('2026-11-23', 9, 0), to: null }];
    expect(slaStatus(start, 60, null, at('2026-11-25', 12, 0), 'business', c, waiting)).toMatchObject({ state: 'paused', due: null, remainingMinutes: 50 });
  });

  it('isBusinessTime and businessWindow follow the charter and the days off', () => {
    expect(isBusinessTime(at('2026-11-20', 17, 59), cal())).toBe(true);
    expect(isBusinessTime(at('2026-11-20', 18, 0), cal())).toBe(false);
    expect(isBusinessTime(at('2026-11-21', 11, 0), cal())).toBe(false);
    expect(isBusinessTime(at('2026-11-23', 11, 0), cal(WEEKDAYS_9_18, ['2026-11-23']))).toBe(false);
    expect(businessWindow('2026-11-22', cal())).toBeNull();
    // a window is read in the calendar's zone
    expect(businessWindow('2026-11-23', cal(WEEKDAYS_9_18, [], 'America/New_York'))).toEqual([Date.parse('2026-11-23T14:00:00Z'), Date.parse('2026-11-23T23:00:00Z')]);
  });

  it('property: the clock has run exactly `minutes` at the due time, and less just before', () => {
    const hours = fc.option(fc.record({ start: fc.integer({ min: 0, max: 1380 }), len: fc.integer({ min: 30, max: 600 }) }), { nil: null });
    const charter = fc.array(hours, { minLength: 7, maxLength: 7 }).filter((d) => d.some((x) => x !== null));
    fc.assert(
      fc.property(
        charter,
        fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2027-12-31') }),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('business' as const, 'always' as const),
        fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC'),
        (days, start, minutes, clock, tz) => {
          const c = cal({ days: days.map((d) => (d ? { start: d.start, end: Math.min(1440, d.start + d.len) } : null)), disconnect: 1200 }, [], tz);
          const due = dueAt(start, minutes, clock, c);
          expect(due).not.toBeNull();
          expect(clockMinutesBetween(start, due!, clock, c)).toBeCloseTo(minutes, 6);
          expect(clockMinutesBetween(start, due! - 60_000, clock, c)).toBeLessThan(minutes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: with pauses and days off, and through the memo, the two ways of counting agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2026-12-01') }),
        fc.integer({ min: 1, max: 6000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.integer({ min: 1, max: 5 * 86_400_000 })), { maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
        fc.boolean(),
        (start, minutes, rawPauses, offDays, memo) => {
          // disjoint pauses after the start
          const pauses: { from: number; to: number }[] = [];
          let cursor = start;
          for (const [gap, len] of rawPauses) {
            pauses.push({ from: cursor + gap, to: cursor + gap + len });
            cursor += gap + len;
          }
          const days = offDays.map((n) => new Date(start + n * 86_400_000).toISOString().slice(0, 10));
          const c = { ...cal(WEEKDAYS_9_18, days), ...(memo ? { memo: new Map() } : {}) };
          const due = dueAt(start, minutes, 'business', c, pauses)!;
          expect(clockMinutesBetween(start, due, 'business', c, pauses)).toBeCloseTo(minutes, 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('running sums of whole business days', () => {
  it('a calendar with a memo (running sums, shared between reads) counts exactly what the day-by-day loop counts', () => {
    const days: LocalDay[] = ['2026-01-01', '2026-03-30', '2026-05-01', '2026-10-26', '2026-12-25'];
    const memo = new Map<number, [number, number] | null>();
    const base = Date.UTC(2025, 0, 1);
    const span = fc.tuple(fc.integer({ min: 0, max: 900 * 86_400_000 }), fc.integer({ min: 0, max: 400 * 86_400_000 }));
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 6 }), (spans) => {
        // several reads on one memo, in any order (a later read may start before the sums' first day)
        for (const [offset, length] of spans) {
          const from = base + offset;
          const to = from + length;
          const withSums = clockMinutesBetween(from, to, 'business', { ...cal(WEEKDAYS_9_18, days), memo });
          expect(withSums).toBeCloseTo(clockMinutesBetween(from, to, 'business', cal(WEEKDAYS_9_18, days)), 6);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('wall readings of instants placed once per read (cal.walls)', () => {
  it('slaStatus and isBusinessTime give exactly the same answers with and without the maps, across DST changes and zones', () => {
    const base = Date.UTC(2025, 0, 1);
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 700 * 86_400_000 }), fc.integer({ min: 1, max: 3000 }), fc.option(fc.integer({ min: 0, max: 60 * 86_400_000 }), { nil: null })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 800 * 86_400_000 }),
        (tz, cases, nowOffset) => {
          const now = base + nowOffset;
          // one calendar with both maps shared by every case of the read, as the board does
          const shared = { ...cal(WEEKDAYS_9_18, ['2025-12-25', '2026-05-01'], tz), memo: new Map(), walls: new Map<number, number>() };
          for (const [offset, minutes, doneAfter] of cases) {
            const start = base + offset;
            const done = doneAfter === null ? null : start + doneAfter;
            const plain = cal(WEEKDAYS_9_18, ['2025-12-25', '2026-05-01'], tz);
            for (const clock of ['business', 'always'] as const) expect(slaStatus(start, minutes, done, now, clock, shared)).toEqual(slaStatus(start, minutes, done, now, clock, plain));
            // the reference: the local day and minute each from its own conversion
            const day = localDayAt(start, tz);
            const hours = plain.charter.days[weekdayOf(day)];
            const minute = minutesSinceLocalMidnight(start, tz);
            const reference = !!hours && !plain.daysOff.has(day) && minute >= hours.start && minute < hours.end;
            expect(isBusinessTime(start, shared)).toBe(reference);
            expect(isBusinessTime(start, plain)).toBe(reference);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
