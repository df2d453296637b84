import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER } from '../domain';
import { channelWindows, crossesMidnight, insideWindows, slotMinutes, weekWindows } from './slots';

const FRI = 5;
const SAT = 6;

describe('reachability slots', () => {
  it('a slot that crosses midnight covers the end of its day and the start of the next', () => {
    const week = weekWindows([{ weekday: FRI, start: 22 * 60, end: 60 }]);
    expect(week[FRI]).toEqual([{ start: 1320, end: 1440 }]);
    expect(week[SAT]).toEqual([{ start: 0, end: 60 }]);
    expect(insideWindows(week, FRI, 21 * 60 + 59)).toBe(false);
    expect(insideWindows(week, FRI, 22 * 60)).toBe(true);
    expect(insideWindows(week, SAT, 30)).toBe(true);
    expect(insideWindows(week, SAT, 60)).toBe(false);
    expect(crossesMidnight({ start: 1320, end: 60 })).toBe(true);
    expect(slotMinutes({ start: 1320, end: 60 })).toBe(180);
  });

  it('Saturday night runs into Sunday (weekday 0)', () => {
    const week = weekWindows([{ weekday: SAT, start: 23 * 60, end: 2 * 60 }]);
    expect(week[0]).toEqual([{ start: 0, end: 120 }]);
  });

  it('a channel without a slot of its own follows the working hours', () => {
    const { windows, fallback } = channelWindows([{ weekday: 1, start: 600, end: 660, channels: ['phone'] }], DEFAULT_CHARTER);
    expect(fallback).toEqual(['email', 'chat', 'social']);
    expect(insideWindows(windows.phone, 1, 9 * 60 + 30)).toBe(false);
    expect(insideWindows(windows.phone, 1, 10 * 60 + 30)).toBe(true);
    expect(insideWindows(windows.email, 1, 9 * 60 + 30)).toBe(true);
    expect(insideWindows(windows.email, 0, 10 * 60)).toBe(false);
  });

  it('property: a minute is inside exactly when it falls in a slot counted in minutes of the week (wrapping Saturday → Sunday)', () => {
    const slot = fc
      .record({ weekday: fc.integer({ min: 0, max: 6 }), start: fc.integer({ min: 0, max: 1439 }), end: fc.integer({ min: 1, max: 1440 }) })
      .filter((s) => s.start !== s.end);
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1439 }), (slots, weekday, minute) => {
        const p = weekday * 1440 + minute;
        const expected = slots.some((s) => {
          const len = s.end > s.start ? s.end - s.start : 1440 - s.start + s.end;
          return (((p - (s.weekday * 1440 + s.start)) % 10080) + 10080) % 10080 < len;
        });
        expect(insideWindows(weekWindows(slots), weekday, minute)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
