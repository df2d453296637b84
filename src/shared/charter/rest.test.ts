import { describe, expect, it } from 'vitest';
import { localDayIndex } from '../audit/localDayIndex';
import { PARIS, t } from '../../../tests/helpers/auditFixtures';
import { restByDay, type WorkSpan } from './rest';

const span = (start: string, end: string = start): WorkSpan => ({ start: t(start), end: t(end) });
/** The rest of each local day of [from, to) in Paris, as { day: minutes | null }. */
function rest(spans: WorkSpan[], from: string, to: string): Record<string, number | null> {
  const days = localDayIndex(t(from), t(to), PARIS);
  const out = restByDay(spans, days);
  return Object.fromEntries(days.map((d, i) => [d.day, out[i]?.minutes ?? null]));
}

describe('daily rest', () => {
  it('is the stretch from the last work of the evening to the first of the morning', () => {
    const r = rest([span('2026-03-09T09:00+01:00', '2026-03-09T18:00+01:00'), span('2026-03-10T09:00+01:00', '2026-03-10T12:00+01:00'), span('2026-03-10T13:00+01:00', '2026-03-10T18:00+01:00')], '2026-03-10T00:00+01:00', '2026-03-11T00:00+01:00');
    // 18:00 → 09:00 is 15 hours; the lunch break (1 hour) is not the daily rest.
    expect(r).toEqual({ '2026-03-10': 15 * 60 });
  });

  it('counts an interruption answered late: 23:00 → 08:00 is 9 hours', () => {
    const r = rest([span('2026-03-09T09:00+01:00', '2026-03-09T18:00+01:00'), span('2026-03-09T23:00+01:00'), span('2026-03-10T08:00+01:00', '2026-03-10T12:00+01:00')], '2026-03-10T00:00+01:00', '2026-03-11T00:00+01:00');
    expect(r['2026-03-10']).toBe(9 * 60);
  });

  it('across midnight: work until 01:00, back at 09:00, is 8 hours of rest on the second day', () => {
    const r = rest([span('2026-03-09T22:00+01:00', '2026-03-10T01:00+01:00'), span('2026-03-10T09:00+01:00', '2026-03-10T17:00+01:00')], '2026-03-09T00:00+01:00', '2026-03-11T00:00+01:00');
    expect(r).toEqual({ '2026-03-09': Infinity, '2026-03-10': 8 * 60 });
  });

  it('a message at 00:30 splits the night: the longer part counts', () => {
    const r = rest([span('2026-03-09T16:00+01:00', '2026-03-09T23:00+01:00'), span('2026-03-10T00:30+01:00'), span('2026-03-10T09:00+01:00', '2026-03-10T17:00+01:00')], '2026-03-10T00:00+01:00', '2026-03-11T00:00+01:00');
    expect(r['2026-03-10']).toBe(8.5 * 60);
  });

  it('work carried on past midnight with nothing else that day measures no rest for it', () => {
    const r = rest([span('2026-03-09T08:00+01:00', '2026-03-09T12:00+01:00'), span('2026-03-09T22:00+01:00', '2026-03-10T02:00+01:00')], '2026-03-10T00:00+01:00', '2026-03-11T00:00+01:00');
    expect(r['2026-03-10']).toBeNull();
  });

  it('spans that touch or overlap are one stretch of work', () => {
    const r = rest([span('2026-03-09T20:00+01:00', '2026-03-09T23:00+01:00'), span('2026-03-09T23:00+01:00', '2026-03-10T00:30+01:00'), span('2026-03-10T00:00+01:00'), span('2026-03-10T10:00+01:00', '2026-03-10T11:00+01:00')], '2026-03-10T00:00+01:00', '2026-03-11T00:00+01:00');
    expect(r['2026-03-10']).toBe(9.5 * 60);
  });

  it('no earlier work known: a rest of unknown length, which a break later that day does not replace', () => {
    const r = rest([span('2026-03-10T09:00+01:00', '2026-03-10T18:00+01:00'), span('2026-03-10T21:30+01:00')], '2026-03-10T00:00+01:00', '2026-03-11T00:00+01:00');
    expect(r).toEqual({ '2026-03-10': Infinity });
  });

  it('spring forward: 22:00 → 09:00 on the night the clocks go forward is 10 hours, under 11', () => {
    // Paris, Sunday 2026-03-29: 02:00 CET becomes 03:00 CEST.
    const r = rest([span('2026-03-28T14:00+01:00', '2026-03-28T22:00+01:00'), span('2026-03-29T09:00+02:00', '2026-03-29T10:00+02:00')], '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00');
    expect(r['2026-03-29']).toBe(10 * 60);
  });

  it('fall back: 22:00 → 08:00 on the night the clocks go back is 11 hours, enough', () => {
    // Paris, Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET.
    const r = rest([span('2026-10-24T14:00+02:00', '2026-10-24T22:00+02:00'), span('2026-10-25T08:00+01:00', '2026-10-25T10:00+01:00')], '2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00');
    expect(r['2026-10-25']).toBe(11 * 60);
  });
});
