import { describe, expect, it } from 'vitest';
import { t } from '../../../tests/helpers/auditFixtures';
import {
  addDaysToKey,
  isValidTimeZone,
  localDayBounds,
  localDayKey,
  localDaysInRange,
  localHour,
  localWallTimeToInstant,
  localWeekday,
  minutesSinceLocalMidnight,
  splitByLocalDay,
  startOfLocalDay,
  startOfLocalWeek,
  weekdayOfKey,
} from './localTime';

const PARIS = 'Europe/Paris';
const H = 3_600_000;

describe('local days across daylight saving time in Europe/Paris', () => {
  it('2026-03-29 lasts 23 hours and 2026-10-25 lasts 25 hours', () => {
    const spring = localDayBounds('2026-03-29', PARIS);
    expect(spring).toEqual({ start: t('2026-03-29T00:00+01:00'), end: t('2026-03-30T00:00+02:00') });
    expect(spring.end - spring.start).toBe(23 * H);
    const autumn = localDayBounds('2026-10-25', PARIS);
    expect(autumn).toEqual({ start: t('2026-10-25T00:00+02:00'), end: t('2026-10-26T00:00+01:00') });
    expect(autumn.end - autumn.start).toBe(25 * H);
  });

  it('splits an interval into per-local-day parts', () => {
    const parts = splitByLocalDay(t('2026-03-28T22:00+01:00'), t('2026-03-30T02:00+02:00'), PARIS);
    expect(parts).toEqual([
      { day: '2026-03-28', start: t('2026-03-28T22:00+01:00'), end: t('2026-03-29T00:00+01:00') },
      { day: '2026-03-29', start: t('2026-03-29T00:00+01:00'), end: t('2026-03-30T00:00+02:00') },
      { day: '2026-03-30', start: t('2026-03-30T00:00+02:00'), end: t('2026-03-30T02:00+02:00') },
    ]);
    const autumn = splitByLocalDay(t('2026-10-25T00:00+02:00'), t('2026-10-26T00:00+01:00'), PARIS);
    expect(autumn).toHaveLength(1);
    expect(autumn[0].end - autumn[0].start).toBe(25 * H);
  });

  it('returns no part for an empty or inverted interval, one part inside a day', () => {
    expect(splitByLocalDay(5, 5, PARIS)).toEqual([]);
    expect(splitByLocalDay(9, 5, PARIS)).toEqual([]);
    const a = t('2026-03-29T04:00+02:00');
    expect(splitByLocalDay(a, a + H, PARIS)).toEqual([{ day: '2026-03-29', start: a, end: a + H }]);
  });

  it('reads wall-clock minutes, hours and day keys', () => {
    expect(minutesSinceLocalMidnight(t('2026-03-29T03:00+02:00'), PARIS)).toBe(180);
    expect(minutesSinceLocalMidnight(t('2026-03-29T01:59+01:00'), PARIS)).toBe(119);
    expect(minutesSinceLocalMidnight(t('2026-10-25T02:30+01:00'), PARIS)).toBe(150); // the second 02:30
    expect(minutesSinceLocalMidnight(t('2026-03-23T09:00:30+01:00'), PARIS)).toBe(540.5);
    expect(localHour(t('2026-10-25T02:59+02:00'), PARIS)).toBe(2);
    expect(localDayKey(t('2026-03-22T23:30:00Z'), PARIS)).toBe('2026-03-23');
    expect(localDayKey(t('2026-03-22T23:30:00Z'), 'UTC')).toBe('2026-03-22');
    expect(localDayKey(t('2025-12-31T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-01-01');
    expect(localDayKey(t('2025-12-31T18:14:59Z'), 'Asia/Kathmandu')).toBe('2025-12-31');
  });

  it('maps wall times to instants: gaps jump forward, repeated times give the first one', () => {
    expect(localWallTimeToInstant('2026-03-29', 150, PARIS)).toBe(t('2026-03-29T03:00+02:00'));
    expect(localWallTimeToInstant('2026-03-29', 180, PARIS)).toBe(t('2026-03-29T03:00+02:00'));
    expect(localWallTimeToInstant('2026-03-29', 540, PARIS)).toBe(t('2026-03-29T09:00+02:00'));
    expect(localWallTimeToInstant('2026-10-25', 150, PARIS)).toBe(t('2026-10-25T02:30+02:00'));
    expect(localWallTimeToInstant('2026-10-25', 1200, PARIS)).toBe(t('2026-10-25T20:00+01:00'));
    expect(localWallTimeToInstant('2026-10-25', 1440, PARIS)).toBe(t('2026-10-26T00:00+01:00'));
  });

  it('handles a zone whose midnight does not exist (Santiago, 2026-09-06)', () => {
    expect(startOfLocalDay(t('2026-09-06T12:00-03:00'), 'America/Santiago')).toBe(t('2026-09-06T01:00-03:00'));
    expect(splitByLocalDay(t('2026-09-05T23:00-04:00'), t('2026-09-06T02:00-03:00'), 'America/Santiago').map((p) => p.day)).toEqual([
      '2026-09-05',
      '2026-09-06',
    ]);
  });
});

describe('weekdays and weeks', () => {
  it('gives the local weekday, 0 = Sunday', () => {
    expect(localWeekday(t('2026-03-29T12:00+02:00'), PARIS)).toBe(0);
    expect(localWeekday(t('2026-03-22T23:30:00Z'), PARIS)).toBe(1);
    expect(weekdayOfKey('2026-03-23')).toBe(1);
    expect(addDaysToKey('2026-03-23', 7)).toBe('2026-03-30');
    expect(addDaysToKey('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('starts the local week on Monday or Sunday', () => {
    const sunday = t('2026-03-29T12:00+02:00');
    expect(startOfLocalWeek(sunday, PARIS, 1)).toBe(t('2026-03-23T00:00+01:00'));
    expect(startOfLocalWeek(sunday, PARIS, 0)).toBe(t('2026-03-29T00:00+01:00'));
    const monday = t('2026-10-26T08:00+01:00');
    expect(startOfLocalWeek(monday, PARIS, 1)).toBe(t('2026-10-26T00:00+01:00'));
    expect(startOfLocalWeek(monday, PARIS, 0)).toBe(t('2026-10-25T00:00+02:00'));
  });

  it('lists every local day a range touches', () => {
    expect(localDaysInRange(t('2026-03-23T00:00+01:00'), t('2026-03-30T00:00+02:00'), PARIS)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    expect(localDaysInRange(10, 10, PARIS)).toEqual([]);
  });

  it('rejects an unknown zone', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localDayKey(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
