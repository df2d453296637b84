import { describe, expect, it } from 'vitest';
import { findTransitions, inferYearlyRule, zoneObservances } from './zoneRules';

const w = (year: number, month: number, day: number) => ({ year, month, day, minutes: 120 });

describe('findTransitions', () => {
  it('finds the two 2025 changes of Europe/Paris to the minute', () => {
    expect(findTransitions('Europe/Paris', Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1))).toEqual([
      { at: Date.UTC(2025, 2, 30, 1), from: 60, to: 120 },
      { at: Date.UTC(2025, 9, 26, 1), from: 120, to: 60 },
    ]);
  });

  it('finds half-hour aligned changes (America/St_Johns, 02:00 local at -03:30)', () => {
    expect(findTransitions('America/St_Johns', Date.UTC(2025, 0, 1), Date.UTC(2025, 5, 1))).toEqual([{ at: Date.UTC(2025, 2, 9, 5, 30), from: -210, to: -150 }]);
  });

  it('finds none in a zone without DST', () => {
    expect(findTransitions('Asia/Tokyo', Date.UTC(2025, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
  });
});

describe('inferYearlyRule', () => {
  it('recognises last, nth and "on or after" weekday rules and fixed days', () => {
    expect(inferYearlyRule([w(2025, 3, 30), w(2026, 3, 29), w(2027, 3, 28)])).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(inferYearlyRule([w(2025, 3, 9), w(2026, 3, 8), w(2027, 3, 14)])).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(inferYearlyRule([w(2025, 3, 28), w(2026, 3, 27), w(2027, 3, 26), w(2028, 3, 24), w(2029, 3, 23), w(2030, 3, 29)])).toBe(
      'FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29',
    );
    expect(inferYearlyRule([w(2025, 3, 21), w(2026, 3, 21)])).toBe('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=21');
    expect(inferYearlyRule([w(2025, 3, 21), w(2026, 3, 22)])).toBeNull();
  });
});

describe('zoneObservances', () => {
  it('writes RRULE-based DAYLIGHT and STANDARD for Europe/Paris', () => {
    expect(zoneObservances('Europe/Paris', 2024, 2035)).toEqual([
      { kind: 'DAYLIGHT', start: { year: 2024, month: 3, day: 31, minutes: 120 }, offsetFrom: 60, offsetTo: 120, rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', name: undefined },
      { kind: 'STANDARD', start: { year: 2024, month: 10, day: 27, minutes: 180 }, offsetFrom: 120, offsetTo: 60, rrule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', name: undefined },
    ]);
  });

  it('writes a single STANDARD for a zone without DST', () => {
    expect(zoneObservances('Asia/Kolkata', 2024, 2035)).toMatchObject([{ kind: 'STANDARD', offsetFrom: 330, offsetTo: 330 }]);
  });

  it('lists transitions one by one for irregular zones (Africa/Casablanca)', () => {
    const obs = zoneObservances('Africa/Casablanca', 2024, 2030);
    expect(obs.length).toBeGreaterThan(10);
    expect(obs.every((o) => o.rrule === undefined)).toBe(true);
  });
});
