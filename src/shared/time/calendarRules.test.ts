import { getISOWeek, getISOWeekYear, getWeek, getWeekYear } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, addMonthsToMonth, addYears, isoWeek, monthsBetween, sundayWeek, weekNumber } from './calendarRules';
import { daysInMonth, fromDayNumber, parseLocalDay } from './civilDate';

describe('months and years', () => {
  it('adds months with end-of-month clamping', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('clamps to the end of shorter months, leap Februaries and century years included', () => {
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-05-31', -1)).toBe('2025-04-30');
    expect(addMonths('2099-12-31', 2)).toBe('2100-02-28');
    expect(addMonths('1999-12-31', 2)).toBe('2000-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
    expect(addYears('2028-02-29', -4)).toBe('2024-02-29');
    expect(addMonths('0099-12-31', 2)).toBe('0100-02-28');
    expect(addMonths('2025-01-31', 0)).toBe('2025-01-31');
  });

  it('agrees with the clamping rule for any day and month count', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500_000, max: 2_900_000 }), fc.integer({ min: -1200, max: 1200 }), (dayNo, n) => {
        const { year, month, day } = parseLocalDay(fromDayNumber(dayNo));
        const index = year * 12 + (month - 1) + n;
        const ny = Math.floor(index / 12);
        const nm = index - ny * 12 + 1;
        if (ny < 0 || ny > 9999) return;
        const expected = `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(day, daysInMonth(ny, nm))).padStart(2, '0')}`;
        expect(addMonths(fromDayNumber(dayNo), n)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('measures calendar months', () => {
    expect(monthsBetween('2024-01-01', '2027-01-01')).toBe(36);
    expect(monthsBetween('2024-02-29', '2027-02-28')).toBe(36);
    expect(monthsBetween('2024-01-01', '2024-01-16')).toBeCloseTo(15 / 31, 10);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-03-01', '2024-01-01')).toBe(-2);
  });

  it('shifts months', () => {
    expect(addMonthsToMonth('2024-12', 1)).toBe('2025-01');
    expect(addMonthsToMonth('2024-01', -1)).toBe('2023-12');
    expect(addMonthsToMonth('2024-01', 25)).toBe('2026-02');
  });
});

describe('week numbers', () => {
  it('numbers ISO weeks and Sunday-start weeks across New Year', () => {
    expect(isoWeek('2026-01-01')).toEqual({ week: 1, year: 2026 });
    expect(isoWeek('2025-12-29')).toEqual({ week: 1, year: 2026 });
    expect(isoWeek('2027-01-01')).toEqual({ week: 53, year: 2026 });
    expect(isoWeek('2021-01-03')).toEqual({ week: 53, year: 2020 });
    expect(isoWeek('2025-11-03')).toEqual({ week: 45, year: 2025 });
    expect(sundayWeek('2025-12-28')).toEqual({ week: 1, year: 2026 });
    expect(sundayWeek('2025-12-27')).toEqual({ week: 52, year: 2025 });
    expect(sundayWeek('2025-11-02')).toEqual({ week: 45, year: 2025 });
    expect(weekNumber('2027-01-01', 1)).toEqual({ week: 53, year: 2026 });
    expect(weekNumber('2025-12-28', 0)).toEqual({ week: 1, year: 2026 });
  });

  it('agrees with date-fns on a local Date for any day and week start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 366 }), fc.constantFrom<0 | 1>(0, 1), (days, ws) => {
        const d = new Date(Date.UTC(1950, 0, 1) + days * 86_400_000);
        const iso = d.toISOString().slice(0, 10);
        const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
        const expected =
          ws === 1
            ? { week: getISOWeek(local), year: getISOWeekYear(local) }
            : { week: getWeek(local, { weekStartsOn: 0, firstWeekContainsDate: 1 }), year: getWeekYear(local, { weekStartsOn: 0, firstWeekContainsDate: 1 }) };
        expect(weekNumber(iso, ws)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('independence from the process time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('gives the same answers whatever TZ the process runs in', () => {
    const run = () => [
      addMonths('2025-01-31', 1),
      addMonths('2026-03-29', 1), // a DST day in Paris
      addMonths('2026-10-31', -7),
      addYears('2024-02-29', 1),
      addMonths('0050-01-31', 1),
      monthsBetween('2026-03-29', '2026-11-01'),
      isoWeek('2026-03-29'),
      sundayWeek('2026-11-01'),
    ];
    process.env.TZ = 'UTC';
    const expected = run();
    for (const tz of ['Europe/Paris', 'America/New_York', 'America/Santiago', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu']) {
      process.env.TZ = tz;
      expect(new Date(2026, 6, 1).getTimezoneOffset()).not.toBeNaN();
      expect(run(), tz).toEqual(expected);
    }
    expect(expected.slice(0, 5)).toEqual(['2025-02-28', '2026-04-29', '2026-03-31', '2025-02-28', '0050-02-28']);
  });
});
