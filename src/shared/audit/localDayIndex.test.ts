import { describe, expect, it } from 'vitest';
import { t } from '../../../tests/helpers/auditFixtures';
import { findLocalDay, hourInDay, localDayIndex } from './localDayIndex';
import { localHour } from '../time';

const PARIS = 'Europe/Paris';

describe('local day index', () => {
  const days = localDayIndex(t('2026-03-28T12:00+01:00'), t('2026-03-30T00:00+02:00'), PARIS);

  it('lists full local days touching the period, flagging DST days as not uniform', () => {
    expect(days).toEqual([
      { day: '2026-03-28', start: t('2026-03-28T00:00+01:00'), end: t('2026-03-29T00:00+01:00'), weekday: 6, uniform: true },
      { day: '2026-03-29', start: t('2026-03-29T00:00+01:00'), end: t('2026-03-30T00:00+02:00'), weekday: 0, uniform: false },
    ]);
    expect(localDayIndex(5, 5, PARIS)).toEqual([]);
  });

  it('finds the day of an instant and its wall hour', () => {
    expect(findLocalDay(days, t('2026-03-28T00:00+01:00'))).toBe(0);
    expect(findLocalDay(days, t('2026-03-29T00:00+01:00'))).toBe(1);
    expect(findLocalDay(days, t('2026-03-30T00:00+02:00'))).toBe(-1);
    expect(findLocalDay(days, t('2026-03-27T23:59+01:00'))).toBe(-1);
    const after = t('2026-03-29T03:15+02:00');
    expect(hourInDay(days[1], after, PARIS)).toBe(3);
    expect(hourInDay(days[0], t('2026-03-28T23:59+01:00'), PARIS)).toBe(23);
    for (let ms = days[0].start; ms < days[1].end; ms += 7 * 60_000) {
      expect(hourInDay(days[findLocalDay(days, ms)], ms, PARIS)).toBe(localHour(ms, PARIS));
    }
  });
});
