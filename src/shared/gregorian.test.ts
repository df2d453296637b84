import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, isLeapYear } from './gregorian';

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
