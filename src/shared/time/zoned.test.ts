import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { t } from '../../../tests/helpers/auditFixtures';
import {
  ceilToLocalStep,
  isValidTimeZone,
  localDateTime,
  localDayAt,
  localHour,
  localParts,
  localWallTimeToInstant,
  localWeekday,
  minutesSinceLocalMidnight,
  wallMsAt,
  wallTimeToInstants,
  zoneOffsetMs,
} from './zoned';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
const H = 3_600_000;
const d = (year: number, month: number, day: number) => ({ year, month, day });
const s = (h: number, m: number) => h * 3600 + m * 60;

describe('reading the wall clock of an instant', () => {
  it('reads wall-clock minutes, hours and local days', () => {
    expect(minutesSinceLocalMidnight(t('2026-03-29T03:00+02:00'), PARIS)).toBe(180);
    expect(minutesSinceLocalMidnight(t('2026-03-29T01:59+01:00'), PARIS)).toBe(119);
    expect(minutesSinceLocalMidnight(t('2026-10-25T02:30+01:00'), PARIS)).toBe(150); // the second 02:30
    expect(minutesSinceLocalMidnight(t('2026-03-23T09:00:30+01:00'), PARIS)).toBe(540.5);
    expect(localHour(t('2026-10-25T02:59+02:00'), PARIS)).toBe(2);
    expect(localDayAt(t('2026-03-22T23:30:00Z'), PARIS)).toBe('2026-03-23');
    expect(localDayAt(t('2026-03-22T23:30:00Z'), 'UTC')).toBe('2026-03-22');
    expect(localDayAt(t('2025-12-31T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-01-01');
    expect(localDayAt(t('2025-12-31T18:14:59Z'), 'Asia/Kathmandu')).toBe('2025-12-31');
  });

  it('gives the local date of an instant in a time zone', () => {
    const at = Date.UTC(2025, 2, 10, 23, 30); // 2025-03-10 23:30 UTC
    expect(localDayAt(at, 'UTC')).toBe('2025-03-10');
    expect(localDayAt(at, PARIS)).toBe('2025-03-11');
    expect(localDayAt(at, NEW_YORK)).toBe('2025-03-10');
  });

  it('gives the local weekday, 0 = Sunday', () => {
    expect(localWeekday(t('2026-03-29T12:00+02:00'), PARIS)).toBe(0);
    expect(localWeekday(t('2026-03-22T23:30:00Z'), PARIS)).toBe(1);
    expect(localWeekday(t('1969-12-31T23:30:00Z'), PARIS)).toBe(4);
  });

  it('gives offsets, whole minutes and date-times, before 1970 too', () => {
    expect(zoneOffsetMs(t('2026-01-15T12:00Z'), PARIS)).toBe(H);
    expect(zoneOffsetMs(t('2026-07-15T12:00Z'), PARIS)).toBe(2 * H);
    expect(zoneOffsetMs(t('2026-07-15T12:00Z'), 'Asia/Kathmandu')).toBe(5.75 * H);
    expect(zoneOffsetMs(t('1900-01-01T12:00Z'), PARIS)).toBe((9 * 60 + 21) * 1000); // Paris mean time
    expect(wallMsAt(t('2026-03-29T03:00+02:00'), PARIS)).toBe(Date.UTC(2026, 2, 29, 3));
    expect(localParts(t('2026-10-25T02:30:59+01:00'), PARIS)).toEqual({ date: '2026-10-25', minutes: 150 });
    expect(localParts(t('1965-06-01T23:59:59-04:00'), NEW_YORK)).toEqual({ date: '1965-06-01', minutes: 1439 });
    expect(localDateTime(t('2026-03-08T03:05-04:00'), NEW_YORK)).toBe('2026-03-08 03:05');
  });

  it('rounds up to the next wall-clock step of the hour', () => {
    expect(ceilToLocalStep(t('2026-03-17T09:00+01:00'), PARIS, 15)).toBe(t('2026-03-17T09:00+01:00'));
    expect(ceilToLocalStep(t('2026-03-17T09:00:01+01:00'), PARIS, 15)).toBe(t('2026-03-17T09:15+01:00'));
    expect(ceilToLocalStep(t('2026-03-17T09:52+01:00'), PARIS, 15)).toBe(t('2026-03-17T10:00+01:00'));
    // Kathmandu is UTC+05:45: the step follows its wall clock, not UTC's.
    expect(ceilToLocalStep(t('2026-03-17T09:05+05:45'), 'Asia/Kathmandu', 10)).toBe(t('2026-03-17T09:10+05:45'));
    expect(ceilToLocalStep(t('2026-03-17T09:50+05:45'), 'Asia/Kathmandu', 20)).toBe(t('2026-03-17T10:00+05:45'));
  });

  it('rejects an unknown zone', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localDayAt(0, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => zoneOffsetMs(0, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localWallTimeToInstant('2026-01-01', 0, 'Mars/Olympus')).toThrow(RangeError);
  });

  it('validates zone names', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Lutece')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
    expect(isValidTimeZone(`Europe/${'x'.repeat(100)}`)).toBe(false);
  });
});

describe('wall time to instants', () => {
  it('uses the offset in force on that date', () => {
    expect(wallTimeToInstants(d(2025, 1, 15), s(9, 0), PARIS)).toEqual([Date.UTC(2025, 0, 15, 8)]);
    expect(wallTimeToInstants(d(2025, 7, 15), s(9, 0), PARIS)).toEqual([Date.UTC(2025, 6, 15, 7)]);
    expect(wallTimeToInstants(d(2025, 1, 15), s(9, 0), 'America/St_Johns')).toEqual([Date.UTC(2025, 0, 15, 12, 30)]);
    expect(wallTimeToInstants('2025-07-15', s(9, 0) + 30, PARIS)).toEqual([Date.UTC(2025, 6, 15, 7, 0, 30)]);
  });

  it('returns nothing in a spring-forward gap and both instants in a fall-back overlap', () => {
    expect(wallTimeToInstants(d(2025, 3, 30), s(2, 30), PARIS)).toEqual([]);
    expect(wallTimeToInstants(d(2025, 10, 26), s(2, 30), PARIS)).toEqual([Date.UTC(2025, 9, 26, 0, 30), Date.UTC(2025, 9, 26, 1, 30)]);
  });

  it('Europe/Paris 2026: the gap is [02:00, 03:00) on 29 March, the overlap [02:00, 03:00) on 25 October', () => {
    expect(wallTimeToInstants('2026-03-29', s(1, 59), PARIS)).toEqual([t('2026-03-29T01:59+01:00')]);
    expect(wallTimeToInstants('2026-03-29', s(2, 0), PARIS)).toEqual([]);
    expect(wallTimeToInstants('2026-03-29', s(2, 59), PARIS)).toEqual([]);
    expect(wallTimeToInstants('2026-03-29', s(3, 0), PARIS)).toEqual([t('2026-03-29T03:00+02:00')]);
    expect(wallTimeToInstants('2026-10-25', s(1, 59), PARIS)).toEqual([t('2026-10-25T01:59+02:00')]);
    expect(wallTimeToInstants('2026-10-25', s(2, 0), PARIS)).toEqual([t('2026-10-25T02:00+02:00'), t('2026-10-25T02:00+01:00')]);
    expect(wallTimeToInstants('2026-10-25', s(2, 59), PARIS)).toEqual([t('2026-10-25T02:59+02:00'), t('2026-10-25T02:59+01:00')]);
    expect(wallTimeToInstants('2026-10-25', s(3, 0), PARIS)).toEqual([t('2026-10-25T03:00+01:00')]);
  });

  it('America/New_York 2026: the gap is [02:00, 03:00) on 8 March, the overlap [01:00, 02:00) on 1 November', () => {
    expect(wallTimeToInstants('2026-03-08', s(1, 59), NEW_YORK)).toEqual([t('2026-03-08T01:59-05:00')]);
    expect(wallTimeToInstants('2026-03-08', s(2, 30), NEW_YORK)).toEqual([]);
    expect(wallTimeToInstants('2026-03-08', s(3, 0), NEW_YORK)).toEqual([t('2026-03-08T03:00-04:00')]);
    expect(wallTimeToInstants('2026-11-01', s(0, 59), NEW_YORK)).toEqual([t('2026-11-01T00:59-04:00')]);
    expect(wallTimeToInstants('2026-11-01', s(1, 30), NEW_YORK)).toEqual([t('2026-11-01T01:30-04:00'), t('2026-11-01T01:30-05:00')]);
    expect(wallTimeToInstants('2026-11-01', s(2, 0), NEW_YORK)).toEqual([t('2026-11-01T02:00-05:00')]);
    expect(localWallTimeToInstant('2026-03-08', 150, NEW_YORK)).toBe(t('2026-03-08T03:00-04:00'));
    expect(localWallTimeToInstant('2026-11-01', 90, NEW_YORK)).toBe(t('2026-11-01T01:30-04:00'));
    expect(localWallTimeToInstant('2026-11-01', 1440, NEW_YORK) - localWallTimeToInstant('2026-11-01', 0, NEW_YORK)).toBe(25 * H);
  });

  it('maps wall times to instants: gaps jump forward, repeated times give the first one', () => {
    expect(localWallTimeToInstant('2026-03-29', 150, PARIS)).toBe(t('2026-03-29T03:00+02:00'));
    expect(localWallTimeToInstant('2026-03-29', 180, PARIS)).toBe(t('2026-03-29T03:00+02:00'));
    expect(localWallTimeToInstant('2026-03-29', 540, PARIS)).toBe(t('2026-03-29T09:00+02:00'));
    expect(localWallTimeToInstant('2026-10-25', 150, PARIS)).toBe(t('2026-10-25T02:30+02:00'));
    expect(localWallTimeToInstant('2026-10-25', 1200, PARIS)).toBe(t('2026-10-25T20:00+01:00'));
    expect(localWallTimeToInstant('2026-10-25', 1440, PARIS)).toBe(t('2026-10-26T00:00+01:00'));
  });

  it('finds every instant back from its wall time, in zones with and without DST', () => {
    const zones = [PARIS, NEW_YORK, 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }), fc.constantFrom(...zones), (sec, tz) => {
        const instant = sec * 1000;
        const { date, minutes } = localParts(instant, tz);
        const secondsOfDay = minutes * 60 + Math.floor((wallMsAt(instant, tz) / 1000) % 60);
        const found = wallTimeToInstants(date, secondsOfDay, tz);
        expect(found).toContain(instant);
        for (const other of found) expect(localParts(other, tz)).toEqual({ date, minutes });
        expect(localWallTimeToInstant(date, minutes, tz)).toBeLessThanOrEqual(instant - (secondsOfDay % 60) * 1000);
      }),
      { numRuns: 3000 },
    );
  });
});
