import { describe, expect, it } from 'vitest';
import { nextScheduledRun } from './schedule';

const PARIS = 'Europe/Paris';
const paris = (iso: string) => Date.parse(iso);

describe('nextScheduledRun', () => {
  it('is null when the schedule is off (the default)', () => {
    expect(nextScheduledRun({ mode: 'off', everyHours: 6, atMinute: 480 }, null, paris('2026-03-05T10:00+01:00'), PARIS)).toBeNull();
  });

  it('every N hours: N hours after the last run, at once when it never ran', () => {
    const s = { mode: 'every' as const, everyHours: 6, atMinute: 0 };
    const now = paris('2026-03-05T10:00+01:00');
    expect(nextScheduledRun(s, null, now, PARIS)).toBe(now);
    expect(nextScheduledRun(s, paris('2026-03-05T09:00+01:00'), now, PARIS)).toBe(paris('2026-03-05T15:00+01:00'));
  });

  it('daily: the next local time after the last run; a missed run is caught up once', () => {
    const s = { mode: 'daily' as const, everyHours: 6, atMinute: 8 * 60 };
    expect(nextScheduledRun(s, paris('2026-03-04T08:00+01:00'), paris('2026-03-05T07:00+01:00'), PARIS)).toBe(paris('2026-03-05T08:00+01:00'));
    expect(nextScheduledRun(s, paris('2026-03-05T08:00+01:00'), paris('2026-03-05T09:00+01:00'), PARIS)).toBe(paris('2026-03-06T08:00+01:00'));
    // Three days closed: yesterday's 08:00 is due now, once.
    expect(nextScheduledRun(s, paris('2026-03-01T08:00+01:00'), paris('2026-03-05T07:00+01:00'), PARIS)).toBe(paris('2026-03-04T08:00+01:00'));
    expect(nextScheduledRun(s, paris('2026-03-05T07:00+01:00'), paris('2026-03-05T07:01+01:00'), PARIS)).toBe(paris('2026-03-05T08:00+01:00'));
  });

  it('daily across the spring DST change: 08:00 local on both sides', () => {
    const s = { mode: 'daily' as const, everyHours: 6, atMinute: 8 * 60 };
    expect(nextScheduledRun(s, paris('2026-03-28T08:00+01:00'), paris('2026-03-28T20:00+01:00'), PARIS)).toBe(paris('2026-03-29T08:00+02:00'));
    // 02:30 does not exist on 29 March in Paris: the run is at the end of the gap.
    expect(nextScheduledRun({ ...s, atMinute: 150 }, paris('2026-03-28T02:30+01:00'), paris('2026-03-28T20:00+01:00'), PARIS)).toBe(paris('2026-03-29T03:00+02:00'));
  });
});
