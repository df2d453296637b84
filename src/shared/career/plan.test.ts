import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, daysBetween, fromDayNumber, isLocalDay } from '../time';
import { defaultMilestones, defaultPlan, phaseOf, planPhases, planProgress, roundMonths } from './plan';
import type { Milestone } from './types';

const at = (date: string, hour = 12) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

/** `total` milestones, the first `done` of them done; all due at the plan's end unless `dueDate` says otherwise. */
function milestones(total: number, done: number, dueDate = '2026-12-31'): Milestone[] {
  return Array.from({ length: total }, (_, i) => ({
    id: i + 1,
    phase: 0,
    key: null,
    title: `m${i + 1}`,
    dueDate,
    doneDate: i < done ? '2024-05-01' : null,
    evidence: { note: '', links: [] },
  }));
}

describe('default plan', () => {
  it('targets start + 3 years with three yearly phases', () => {
    const p = defaultPlan('2025-01-15');
    expect(p.targetDate).toBe('2028-01-15');
    expect(p.phases).toEqual([
      { index: 0, key: 'data-mastery', start: '2025-01-15', end: '2026-01-15' },
      { index: 1, key: 'decision-portfolio', start: '2026-01-15', end: '2027-01-15' },
      { index: 2, key: 'leadership', start: '2027-01-15', end: '2028-01-15' },
    ]);
  });

  it('a Feb 29 start ends on Feb 28 (clamped), every phase 365 days', () => {
    const p = defaultPlan('2024-02-29');
    expect(p.targetDate).toBe('2027-02-28');
    expect(p.phases.map((x) => [x.start, x.end])).toEqual([
      ['2024-02-29', '2025-02-28'],
      ['2025-02-28', '2026-02-28'],
      ['2026-02-28', '2027-02-28'],
    ]);
    expect(p.phases.map((x) => daysBetween(x.start, x.end))).toEqual([365, 365, 365]);
  });

  it('a 2027-03-01 start: the first phase crosses 2028-02-29 and lasts 366 days', () => {
    const p = defaultPlan('2027-03-01');
    expect(p.targetDate).toBe('2030-03-01');
    expect(p.phases.map((x) => [x.start, x.end])).toEqual([
      ['2027-03-01', '2028-03-01'],
      ['2028-03-01', '2029-03-01'],
      ['2029-03-01', '2030-03-01'],
    ]);
    expect(p.phases.map((x) => daysBetween(x.start, x.end))).toEqual([366, 365, 365]);
    expect(phaseOf('2027-03-01', '2028-02-29')?.key).toBe('data-mastery');
    expect(phaseOf('2027-03-01', '2028-03-01')?.key).toBe('decision-portfolio');
    expect(phaseOf('2027-03-01', '2030-03-01')).toBeNull();
  });

  it('property: phases are contiguous, cover start → target exactly, 365 or 366 days each', () => {
    const anyDay = fc.integer({ min: -25_000, max: 100_000 }).map(fromDayNumber); // 1901 … 2243
    const leapDay = fc.integer({ min: 476, max: 560 }).map((q) => `${4 * q}-02-29`).filter(isLocalDay); // 1904 … 2240, not 2100/2200
    const day = fc.oneof(anyDay, leapDay);
    fc.assert(
      fc.property(day, (start) => {
        const p = defaultPlan(start);
        expect(p.targetDate).toBe(addYears(start, 3));
        expect(p.phases.map((x) => x.index)).toEqual([0, 1, 2]);
        expect(p.phases[0].start).toBe(start);
        expect(p.phases[2].end).toBe(p.targetDate);
        for (let i = 0; i < 2; i++) expect(p.phases[i].end).toBe(p.phases[i + 1].start);
        for (const x of p.phases) expect([365, 366]).toContain(daysBetween(x.start, x.end));
        expect(p.phases.reduce((n, x) => n + daysBetween(x.start, x.end), 0)).toBe(daysBetween(start, p.targetDate));
      }),
      { numRuns: 2000 },
    );
  });

  it('spreads the preset milestones through their phases', () => {
    const ms = defaultMilestones('2024-01-01');
    expect(ms).toHaveLength(12);
    expect(ms.filter((m) => m.phase === 0).map((m) => m.dueDate)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    const phases = planPhases('2024-02-29');
    for (const m of defaultMilestones('2024-02-29')) {
      const ph = phases[m.phase];
      expect(m.dueDate >= ph.start && m.dueDate < ph.end).toBe(true);
    }
    expect(defaultMilestones('2024-02-29').at(-1)!.dueDate).toBe('2027-02-27');
    expect(ms[0]).toEqual({ phase: 0, key: 'week-audit', title: '', dueDate: '2024-03-31', doneDate: null, evidence: { note: '', links: [] } });
  });
});

describe('plan progress', () => {
  const plan = { startDate: '2024-01-01', targetDate: '2027-01-01' }; // 36 months, 1096 days

  it('ahead: 4 of 11 done after 213 days is 6 months ahead', () => {
    const p = planProgress(plan, milestones(11, 4), at('2024-08-01'));
    expect(p).toMatchObject({ done: 4, total: 11, deltaMonths: 6, status: 'ahead' });
    expect(p.shareDone).toBeCloseTo(4 / 11, 12);
    expect(p.shareElapsed).toBeCloseTo(213 / 1096, 12);
  });

  it('behind: 1 of 11 done after a year is 9 months behind', () => {
    expect(planProgress(plan, milestones(11, 1), at('2025-01-01'))).toMatchObject({ done: 1, total: 11, deltaMonths: -9, status: 'behind' });
  });

  it('on track: 4 of 12 done after a third of the plan', () => {
    const p = planProgress(plan, milestones(12, 4), at('2025-01-01'));
    expect(p.status).toBe('on-track');
    expect(Object.is(p.deltaMonths, 0)).toBe(true);
  });

  it('clamps elapsed time before the start and after the target', () => {
    expect(planProgress(plan, milestones(10, 0), at('2023-06-01'))).toMatchObject({ shareElapsed: 0, deltaMonths: 0, status: 'on-track' });
    expect(planProgress(plan, milestones(10, 10), at('2030-01-01'))).toMatchObject({ shareElapsed: 1, shareDone: 1, deltaMonths: 0 });
    expect(planProgress(plan, milestones(10, 5), at('2030-01-01'))).toMatchObject({ deltaMonths: -18, status: 'behind' });
  });

  it('with no milestone, reports on track', () => {
    expect(planProgress(plan, [], at('2025-06-01'))).toEqual({ done: 0, total: 0, shareDone: 0, shareElapsed: expect.any(Number), deltaMonths: 0, status: 'on-track', overdue: [] });
  });

  it('an overdue milestone makes the plan behind and is named, however far ahead the pace', () => {
    const ms = milestones(11, 4);
    ms[6] = { ...ms[6], key: 'week-audit', title: '', dueDate: '2024-07-31' };
    ms[8] = { ...ms[8], dueDate: '2024-07-15' };
    // 4 of 11 done after 213 days is 6 months ahead, but two milestones are past due
    const p = planProgress(plan, ms, at('2024-08-01'));
    expect(p).toMatchObject({ deltaMonths: 6, status: 'behind' });
    expect(p.overdue).toEqual([
      { id: 9, key: null, title: 'm9', dueDate: '2024-07-15' },
      { id: 7, key: 'week-audit', title: '', dueDate: '2024-07-31' },
    ]);
    // due today is not overdue yet; done is never overdue
    expect(planProgress(plan, milestones(3, 0, '2024-08-01'), at('2024-08-01')).overdue).toEqual([]);
    expect(planProgress(plan, milestones(3, 3, '2024-07-01'), at('2024-08-01')).overdue).toEqual([]);
  });

  it('today is the local date in the user zone', () => {
    const lateEvening = Date.UTC(2023, 11, 31, 23, 30); // already 2024-01-01 in Paris
    expect(planProgress(plan, milestones(3, 0), lateEvening, 'UTC').shareElapsed).toBe(0);
    expect(planProgress(plan, milestones(3, 0), lateEvening, 'Europe/Paris').shareElapsed).toBe(0);
    expect(planProgress(plan, milestones(3, 0), Date.UTC(2024, 0, 1, 23, 30), 'Europe/Paris').shareElapsed).toBeCloseTo(1 / 1096, 12);
  });

  it('rounds half months away from zero and never returns -0', () => {
    expect(roundMonths(2.5)).toBe(3);
    expect(roundMonths(-2.5)).toBe(-3);
    expect(Object.is(roundMonths(-0.2), 0)).toBe(true);
    expect(roundMonths(5.499999999999)).toBe(6); // floating-point noise around .5 counts as .5
  });
});
