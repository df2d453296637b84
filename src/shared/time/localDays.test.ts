import { describe, expect, it } from 'vitest';
import { t } from '../../../tests/helpers/auditFixtures';
import { localDayBounds, localDaysInRange, splitByLocalDay, startOfLocalDay, startOfLocalWeek } from './localDays';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
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

  it('handles a zone whose midnight does not exist (Santiago, 2026-09-06)', () => {
    expect(startOfLocalDay(t('2026-09-06T12:00-03:00'), 'America/Santiago')).toBe(t('2026-09-06T01:00-03:00'));
    expect(splitByLocalDay(t('2026-09-05T23:00-04:00'), t('2026-09-06T02:00-03:00'), 'America/Santiago').map((p) => p.day)).toEqual([
      '2026-09-05',
      '2026-09-06',
    ]);
  });

  it('gives New York its 23- and 25-hour days', () => {
    const spring = localDayBounds('2026-03-08', NEW_YORK);
    expect(spring).toEqual({ start: t('2026-03-08T00:00-05:00'), end: t('2026-03-09T00:00-04:00') });
    expect(spring.end - spring.start).toBe(23 * H);
    const autumn = localDayBounds('2026-11-01', NEW_YORK);
    expect(autumn.end - autumn.start).toBe(25 * H);
    expect(startOfLocalDay(t('2026-11-01T01:30-05:00'), NEW_YORK)).toBe(t('2026-11-01T00:00-04:00'));
  });
});

describe('weeks', () => {
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
});
