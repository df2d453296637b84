import { describe, expect, it } from 'vitest';
import { computeAuditMetrics } from '../audit/metrics';
import { localDayIndex } from '../audit/localDayIndex';
import type { CharterException } from '../contract/charter';
import { DEFAULT_CHARTER, type Interruption } from '../domain';
import { CAT, PARIS, auditInput, entry, interruption, t } from '../../../tests/helpers/auditFixtures';
import { computeCompliance, type ComplianceInput } from './compliance';
import type { SlotLike } from './slots';

// Monday 9 to Sunday 15 March 2026 in Paris (no DST change). Working hours: the default
// (Monday–Thursday 9:00–18:00, Friday 9:00–17:00, weekend off), disconnect at 20:00.
const WEEK = { from: t('2026-03-09T00:00+01:00'), to: t('2026-03-16T00:00+01:00') };
const who = (i: Interruption, name: string): Interruption => ({ ...i, who: name });

const entries = [
  entry('2026-03-09T09:00+01:00', '2026-03-09T18:00+01:00', CAT.content),
  entry('2026-03-10T08:00+01:00', '2026-03-10T17:00+01:00', CAT.content),
  entry('2026-03-11T09:00+01:00', '2026-03-11T17:00+01:00', CAT.content),
  entry('2026-03-12T09:00+01:00', '2026-03-12T17:00+01:00', CAT.content),
  entry('2026-03-13T09:00+01:00', '2026-03-13T12:00+01:00', CAT.content),
  entry('2026-03-14T11:00+01:00', '2026-03-14T11:30+01:00', CAT.moderation),
];
const interruptions = [
  who(interruption('2026-03-09T10:00+01:00', 'email'), 'Anna'), // inside the working hours (email has no slot)
  who(interruption('2026-03-09T21:30+01:00', 'email'), 'Anna'), // late evening, outside
  who(interruption('2026-03-11T19:00+01:00', 'phone'), 'Boss'), // outside the phone slots, before 20:00
  who(interruption('2026-03-12T23:30+01:00', 'phone'), 'Boss'), // inside Thursday's 22:00 → 01:00 slot, late evening
  who(interruption('2026-03-13T00:30+01:00', 'phone'), 'Boss'), // still inside that slot, on Friday
  who(interruption('2026-03-13T10:00+01:00', 'oral'), 'Colleague'), // in person: not measured
  who(interruption('2026-03-14T11:00+01:00', 'chat'), ' anna '), // day off, outside (chat follows the working hours)
];
const slots: SlotLike[] = [
  { weekday: 3, start: 9 * 60, end: 12 * 60, channels: ['phone'] },
  { weekday: 4, start: 22 * 60, end: 60, channels: ['phone'] },
];
const crisis: CharterException = { id: 1, day: '2026-03-12', reason: 'Launch crisis', minutes: 90, recoveryMinutes: 120, createdAt: 0 };
const NOW = t('2026-03-14T18:00+01:00');

function input(over: Partial<ComplianceInput> = {}): ComplianceInput {
  const metrics = computeAuditMetrics(auditInput({ ...WEEK, entries, interruptions, now: NOW }));
  return {
    ...WEEK,
    tz: PARIS,
    now: NOW,
    days: localDayIndex(WEEK.from, WEEK.to, PARIS),
    hours: DEFAULT_CHARTER,
    slots,
    exceptions: [crisis],
    metrics,
    work: [...entries.map((e) => ({ start: e.start, end: e.end! })), ...interruptions.map((i) => ({ start: i.at, end: i.at }))],
    interruptions,
    trackingSince: entries[0].start,
    ...over,
  };
}

describe('charter compliance', () => {
  it('measures each day: late evenings (the audit’s), rest, contacts outside the slots, day-off work, exceptions', () => {
    const c = computeCompliance(input());
    const byDay = Object.fromEntries(c.days.map((d) => [d.day, d]));
    expect(byDay['2026-03-09']).toMatchObject({ lateEvening: true, outside: 1, counted: true, kept: false });
    expect(byDay['2026-03-10']).toMatchObject({ restMinutes: 10.5 * 60, shortRest: true, kept: false });
    expect(byDay['2026-03-11']).toMatchObject({ lateEvening: false, outside: 1, restMinutes: 16 * 60, kept: false });
    // Thursday: a late evening, excused by the crisis; the call at 23:30 is inside the slot.
    expect(byDay['2026-03-12']).toMatchObject({ lateEvening: true, outside: 0, kept: true, exception: crisis });
    // Friday: 00:30 is still inside Thursday's slot; 00:30 → 09:00 is 8 h 30 of rest, excused as the morning after the crisis.
    expect(byDay['2026-03-13']).toMatchObject({ outside: 0, restMinutes: 8.5 * 60, shortRest: true, kept: true });
    expect(byDay['2026-03-14']).toMatchObject({ working: false, dayOffWork: true, workedMinutes: 30, outside: 1, counted: true, kept: false });
    expect(byDay['2026-03-15']).toMatchObject({ future: true, counted: false, kept: false });
    expect({ counted: c.counted, kept: c.kept }).toEqual({ counted: 6, kept: 2 });
  });

  it('totals: breaches without the excused ones, contacts by channel and requester', () => {
    const c = computeCompliance(input());
    expect(c.lateEvenings).toMatchObject({ count: 2, excused: 1, daysInPeriod: 7 });
    expect(c.shortRest).toEqual({ count: 1, excused: 1, shortestMinutes: 10.5 * 60 });
    expect(c.outside).toEqual({
      count: 3,
      excused: 0,
      byChannel: { phone: 1, email: 1, chat: 1, social: 0 },
      byRequester: [
        { who: 'Anna', count: 2 },
        { who: 'Boss', count: 1 },
      ],
      otherRequesters: 0,
      notMeasured: 1,
    });
    expect(c.dayOff).toEqual({ count: 1, excused: 0, minutes: 30 });
    expect(c.exceptions).toMatchObject({ count: 1, minutes: 90, recoveryMinutes: 120 });
  });

  it('late evenings and their projection are the audit’s own figures', () => {
    const i = input();
    const c = computeCompliance(i);
    expect(c.lateEvenings.count).toBe(i.metrics.lateEvenings.count);
    expect(c.lateEvenings.projectionPerYear).toBe(i.metrics.lateEvenings.projectionPerYear);
    expect(c.lateEvenings.threshold).toBe(50);
    expect(c.days.filter((d) => d.lateEvening).map((d) => d.day)).toEqual(i.metrics.lateEvenings.days);
  });

  it('without the exception, Thursday and Friday are breaches', () => {
    const c = computeCompliance(input({ exceptions: [] }));
    expect(c.kept).toBe(0);
    expect(c.lateEvenings.excused).toBe(0);
    expect(c.shortRest).toMatchObject({ count: 2, excused: 0, shortestMinutes: 8.5 * 60 });
  });

  it('an exception on a day excuses its contacts outside the slots', () => {
    const c = computeCompliance(input({ exceptions: [{ ...crisis, day: '2026-03-14' }] }));
    expect(c.outside).toMatchObject({ count: 2, excused: 1 });
    expect(c.dayOff).toMatchObject({ count: 0, excused: 1, minutes: 0 });
    expect(c.days.find((d) => d.day === '2026-03-14')).toMatchObject({ kept: true });
  });

  it('a call at 01:30 on Friday falls outside the slot that ended at 01:00', () => {
    const late = who(interruption('2026-03-13T01:30+01:00', 'phone'), 'Boss');
    const c = computeCompliance(input({ interruptions: [...interruptions, late] }));
    expect(c.days.find((d) => d.day === '2026-03-13')).toMatchObject({ outside: 1 });
  });

  it('lists at most 20 requesters and sums the others', () => {
    const many = Array.from({ length: 25 }, (_, k) => who(interruption(`2026-03-11T2${k % 4}:0${k % 10}+01:00`, 'email'), `Person ${String(k).padStart(2, '0')}`));
    const c = computeCompliance(input({ interruptions: many }));
    expect(c.outside.byRequester).toHaveLength(20);
    expect(c.outside.otherRequesters).toBe(5);
    expect(c.outside.count).toBe(25);
  });

  it('counts no day before the first tracked day: no data is not a day kept', () => {
    // Tracking began on Wednesday 11 March at 09:00: Monday and Tuesday are not counted.
    const since = t('2026-03-11T09:00+01:00');
    const c = computeCompliance(input({ trackingSince: since }));
    const all = computeCompliance(input());
    expect(c.days.filter((d) => !d.tracked).map((d) => d.day)).toEqual(['2026-03-09', '2026-03-10']);
    expect(c.days.filter((d) => !d.tracked).every((d) => !d.counted && !d.kept)).toBe(true);
    expect(c.counted).toBe(all.counted - 2);
    // Nothing ever tracked: not one day is counted, so none is reported as kept.
    const none = computeCompliance(input({ interruptions: [], work: [], trackingSince: null }));
    expect(none).toMatchObject({ counted: 0, kept: 0 });
  });
});
