import { describe, expect, it } from 'vitest';
import { isValidTimeZone, wallTimeToUtc } from './localTime';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const s = (h: number, m: number) => h * 3600 + m * 60;

describe('wallTimeToUtc', () => {
  it('uses the offset in force on that date', () => {
    expect(wallTimeToUtc('Europe/Paris', d(2025, 1, 15), s(9, 0))).toEqual([Date.UTC(2025, 0, 15, 8)]);
    expect(wallTimeToUtc('Europe/Paris', d(2025, 7, 15), s(9, 0))).toEqual([Date.UTC(2025, 6, 15, 7)]);
    expect(wallTimeToUtc('America/St_Johns', d(2025, 1, 15), s(9, 0))).toEqual([Date.UTC(2025, 0, 15, 12, 30)]);
  });

  it('returns nothing in a spring-forward gap and both instants in a fall-back overlap', () => {
    expect(wallTimeToUtc('Europe/Paris', d(2025, 3, 30), s(2, 30))).toEqual([]);
    expect(wallTimeToUtc('Europe/Paris', d(2025, 10, 26), s(2, 30))).toEqual([Date.UTC(2025, 9, 26, 0, 30), Date.UTC(2025, 9, 26, 1, 30)]);
  });

  it('validates zone names', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Lutece')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
  });
});
