import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekKey, isoWeekMonday } from './calendarRules';
import { addDays, fromDayNumber, weekdayOf } from './civilDate';

describe('ISO week keys', () => {
  it('names the ISO week of a day, across year ends', () => {
    expect(isoWeekKey('2026-03-02')).toBe('2026-W10');
    expect(isoWeekKey('2026-03-08')).toBe('2026-W10');
    expect(isoWeekKey('2025-12-29')).toBe('2026-W01');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
  });

  it('finds the Monday of a week, and refuses a week the year does not have', () => {
    expect(isoWeekMonday('2026-W10')).toBe('2026-03-02');
    expect(isoWeekMonday('2026-W01')).toBe('2025-12-29');
    expect(isoWeekMonday('2026-W53')).toBe('2026-12-28');
    expect(isoWeekMonday('2025-W53')).toBeNull();
    expect(isoWeekMonday('2026-W00')).toBeNull();
    expect(isoWeekMonday('2026-10')).toBeNull();
  });

  it('property: the Monday of the week of any day is a Monday at most 6 days before it, with the same key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150_000 }), (n) => {
        const day = fromDayNumber(n);
        const monday = isoWeekMonday(isoWeekKey(day))!;
        expect(weekdayOf(monday)).toBe(1);
        expect(monday <= day && addDays(monday, 6) >= day).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
