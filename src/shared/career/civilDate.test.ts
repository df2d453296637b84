import { describe, expect, it } from 'vitest';
import { addDays, addMonthKey, addMonths, addYears, civilDateAt, daysBetween, isCivilDate, monthsBetween, parseCivil } from './civilDate';

describe('civil dates', () => {
  it('validates YYYY-MM-DD', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('2025-13-01')).toBe(false);
    expect(isCivilDate('2025-1-01')).toBe(false);
    expect(() => parseCivil('nope')).toThrow(RangeError);
  });

  it('adds months with end-of-month clamping', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts days across leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2028-03-01')).toBe(366);
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('measures calendar months', () => {
    expect(monthsBetween('2024-01-01', '2027-01-01')).toBe(36);
    expect(monthsBetween('2024-02-29', '2027-02-28')).toBe(36);
    expect(monthsBetween('2024-01-01', '2024-01-16')).toBeCloseTo(15 / 31, 10);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-03-01', '2024-01-01')).toBe(-2);
  });

  it('shifts month keys', () => {
    expect(addMonthKey('2024-12', 1)).toBe('2025-01');
    expect(addMonthKey('2024-01', -1)).toBe('2023-12');
  });

  it('gives the local date of an instant in a time zone', () => {
    const t = Date.UTC(2025, 2, 10, 23, 30); // 2025-03-10 23:30 UTC
    expect(civilDateAt(t, 'UTC')).toBe('2025-03-10');
    expect(civilDateAt(t, 'Europe/Paris')).toBe('2025-03-11');
    expect(civilDateAt(t, 'America/New_York')).toBe('2025-03-10');
  });
});
