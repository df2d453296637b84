import { describe, expect, it } from 'vitest';
import { addWallMinutes, hhmm, wallTimeMs, wallTimeOfMs } from './wallTime';

describe('wall times', () => {
  it('reads fields as UTC, carrying overflowing fields and keeping years below 100', () => {
    expect(wallTimeMs(2025, 3, 17, 9 * 60)).toBe(Date.UTC(2025, 2, 17, 9));
    expect(wallTimeMs(2025, 1, 31 + 1)).toBe(Date.UTC(2025, 1, 1));
    expect(wallTimeMs(2025, 13, 1)).toBe(Date.UTC(2026, 0, 1));
    expect(wallTimeMs(2024, 2, 28, 1440 + 30)).toBe(Date.UTC(2024, 1, 29, 0, 30));
    const y50 = new Date(0);
    y50.setUTCFullYear(50, 0, 1);
    expect(wallTimeMs(50, 1, 1)).toBe(y50.getTime());
  });

  it('reads a wall ms back to fields, dropping seconds', () => {
    expect(wallTimeOfMs(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toEqual({ year: 2024, month: 2, day: 29, minutes: 1439 });
    expect(wallTimeOfMs(Date.UTC(1969, 11, 31, 12, 30))).toEqual({ year: 1969, month: 12, day: 31, minutes: 750 });
  });

  it('adds minutes as clock arithmetic across days, months and leap days', () => {
    expect(addWallMinutes({ year: 2025, month: 12, day: 31, minutes: 23 * 60 + 30 }, 60)).toEqual({ year: 2026, month: 1, day: 1, minutes: 30 });
    expect(addWallMinutes({ year: 2024, month: 2, day: 28, minutes: 600 }, 1440)).toEqual({ year: 2024, month: 2, day: 29, minutes: 600 });
    expect(addWallMinutes({ year: 2024, month: 3, day: 1, minutes: 10 }, -20)).toEqual({ year: 2024, month: 2, day: 29, minutes: 1430 });
    // No zone: 02:00 + 60 minutes is 03:00 even on a DST night.
    expect(addWallMinutes({ year: 2026, month: 3, day: 29, minutes: 120 }, 60)).toEqual({ year: 2026, month: 3, day: 29, minutes: 180 });
  });

  it('formats minutes since midnight as HH:mm', () => {
    expect([hhmm(0), hhmm(545), hhmm(1439), hhmm(1440)]).toEqual(['00:00', '09:05', '23:59', '24:00']);
  });
});
