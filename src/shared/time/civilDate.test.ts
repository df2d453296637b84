import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayFieldsOf,
  dayNumber,
  daysBetween,
  daysInMonth,
  firstDayOfMonth,
  formatLocalDay,
  fromDayNumber,
  isLeapYear,
  isLocalDay,
  isLocalMonth,
  lastDayOfMonth,
  monthOf,
  parseLocalDay,
  startOfWeek,
  weekdayOf,
} from './civilDate';

/** Reference: the UTC midnight of a day read by Date (setUTCFullYear keeps years below 100). */
function dateUtc(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

describe('daysInMonth', () => {
  it('knows February in leap and common years, and the long and short months', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
    expect([daysInMonth(2025, 1), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual([31, 30, 31]);
    expect([isLeapYear(2024), isLeapYear(2100), isLeapYear(2400)]).toEqual([true, false, true]);
  });

  it('agrees with Date for any year and month, rolling months outside 1–12 into the next or previous year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: -30, max: 30 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('local days', () => {
  it('validates YYYY-MM-DD', () => {
    expect(isLocalDay('2024-02-29')).toBe(true);
    expect(isLocalDay('2025-02-29')).toBe(false);
    expect(isLocalDay('2025-13-01')).toBe(false);
    expect(isLocalDay('2025-1-01')).toBe(false);
    expect(() => parseLocalDay('nope')).toThrow(RangeError);
  });

  it('rejects what is not a real day, accepts leap days and years 0000–9999', () => {
    for (const bad of ['2100-02-29', '2025-04-31', '2025-00-10', '2025-01-00', '2025-01-32', '2025/01/01', ' 2025-01-01', '2025-01-01T00:00', '+2025-01-01', '２０２５-01-01', '']) {
      expect(isLocalDay(bad), bad).toBe(false);
    }
    for (const good of ['2000-02-29', '2400-02-29', '0000-02-29', '0099-12-31', '9999-12-31', '1970-01-01']) expect(isLocalDay(good), good).toBe(true);
    expect(parseLocalDay('0099-12-31')).toEqual({ year: 99, month: 12, day: 31 });
    expect(() => parseLocalDay('2025-02-29')).toThrow(RangeError);
    expect(() => dayNumber('2025-02-30')).toThrow(RangeError);
    expect(() => addDays('2025-2-3', 1)).toThrow(RangeError);
  });

  it('accepts exactly the days Date accepts (the contract isoDate rule)', () => {
    const viaDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(isLocalDay(s)).toBe(viaDate(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts days across leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2028-03-01')).toBe(366);
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('2026-03-23', 7)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });

  it('numbers days from 1970-01-01 like Date, both ways, for years 0000–9999', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(20_000)).toBe('2024-10-04');
    const min = dateUtc(0, 1, 1).getTime() / 86_400_000;
    const max = dateUtc(9999, 12, 31).getTime() / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        const iso = isoOf(new Date(n * 86_400_000));
        expect(fromDayNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
        expect(weekdayOf(iso)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
      { numRuns: 3000 },
    );
  });

  it('reads overflowing fields like Date.UTC, years below 100 as they are', () => {
    expect(fromDayNumber(dayNumber({ year: 2025, month: 13, day: 1 }))).toBe('2026-01-01');
    expect(fromDayNumber(dayNumber({ year: 2024, month: 3, day: 0 }))).toBe('2024-02-29');
    expect(fromDayNumber(dayNumber({ year: 2025, month: 0, day: 1 }))).toBe('2024-12-01');
    expect(fromDayNumber(dayNumber({ year: 2025, month: 1, day: 32 }))).toBe('2025-02-01');
    expect(dayFieldsOf(dayNumber({ year: 50, month: 6, day: 15 }))).toEqual({ year: 50, month: 6, day: 15 });
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -400, max: 400 }), (year, month, day) => {
        expect(dayNumber({ year, month, day })).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives weekdays, 0 = Sunday, from a day or its fields', () => {
    expect(weekdayOf('2026-03-23')).toBe(1);
    expect(weekdayOf('2026-03-29')).toBe(0);
    expect(weekdayOf({ year: 2026, month: 3, day: 28 })).toBe(6);
  });

  it('starts weeks on Monday or Sunday', () => {
    expect(startOfWeek('2026-03-29', 1)).toBe('2026-03-23');
    expect(startOfWeek('2026-03-29', 0)).toBe('2026-03-29');
    expect(startOfWeek('2026-03-23', 1)).toBe('2026-03-23');
    expect(startOfWeek('2026-01-01', 1)).toBe('2025-12-29');
    expect(startOfWeek('2026-01-01', 0)).toBe('2025-12-28');
  });

  it('formats fields with zero padding', () => {
    expect(formatLocalDay({ year: 7, month: 3, day: 9 })).toBe('0007-03-09');
    expect(formatLocalDay(parseLocalDay('2025-11-30'))).toBe('2025-11-30');
  });
});

describe('local months', () => {
  it('validates YYYY-MM and gives the first and last day, leap Februaries included', () => {
    expect([isLocalMonth('2025-01'), isLocalMonth('2025-12'), isLocalMonth('2025-13'), isLocalMonth('2025-00'), isLocalMonth('2025-1'), isLocalMonth('2025-01-01')]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(monthOf('2025-03-17')).toBe('2025-03');
    expect(firstDayOfMonth('2025-03')).toBe('2025-03-01');
    expect([lastDayOfMonth('2024-02'), lastDayOfMonth('2025-02'), lastDayOfMonth('2100-02'), lastDayOfMonth('2000-02')]).toEqual(['2024-02-29', '2025-02-28', '2100-02-28', '2000-02-29']);
    expect([lastDayOfMonth('2025-04'), lastDayOfMonth('2025-12')]).toEqual(['2025-04-30', '2025-12-31']);
  });
});
