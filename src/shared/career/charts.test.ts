import { describe, expect, it } from 'vitest';
import { BURN_UP_EXTRA_MONTHS, burnUp, skillRadar, timelineEvents } from './charts';
import { defaultMilestones } from './plan';
import { certificationFromTemplate } from './templates';
import type { Certification, Milestone, Skill } from './types';

const plan = { startDate: '2024-01-01', targetDate: '2027-01-01' };
const NOW = Date.UTC(2024, 3, 15, 10); // 2024-04-15

function ms(...items: [due: string, done: string | null][]): Milestone[] {
  return items.map(([dueDate, doneDate], i) => ({ id: i + 1, phase: 0, key: null, title: '', dueDate, doneDate, evidence: { note: '', links: [] } }));
}

describe('burn-up', () => {
  const items = ms(['2024-03-31', '2024-02-10'], ['2024-03-15', '2024-04-01'], ['2024-06-30', null]);

  it('one point per plan month, cumulative, done only up to the current month', () => {
    const s = burnUp(plan, items, NOW);
    expect(s).toHaveLength(36);
    expect(s[0].month).toBe('2024-01');
    expect(s.at(-1)!.month).toBe('2026-12');
    expect(s.slice(0, 7)).toEqual([
      { month: '2024-01', plannedCumulative: 0, doneCumulative: 0 },
      { month: '2024-02', plannedCumulative: 0, doneCumulative: 1 },
      { month: '2024-03', plannedCumulative: 2, doneCumulative: 1 },
      { month: '2024-04', plannedCumulative: 2, doneCumulative: 2 },
      { month: '2024-05', plannedCumulative: 2, doneCumulative: null },
      { month: '2024-06', plannedCumulative: 3, doneCumulative: null },
      { month: '2024-07', plannedCumulative: 3, doneCumulative: null },
    ]);
    expect(s.at(-1)).toEqual({ month: '2026-12', plannedCumulative: 3, doneCumulative: null });
  });

  it('the default milestones reach 12 on the last plan month', () => {
    const s = burnUp(plan, defaultMilestones(plan.startDate).map((m, i) => ({ ...m, id: i + 1 })), NOW);
    expect(s.filter((p) => p.month.endsWith('-12')).map((p) => p.plannedCumulative)).toEqual([4, 8, 12]);
    expect(s.find((p) => p.month === '2024-03')!.plannedCumulative).toBe(1);
  });

  it('earlier dates count from the first point; later ones extend the series, within a cap', () => {
    const early = burnUp(plan, ms(['2023-11-30', '2023-12-01']), NOW);
    expect(early[0]).toEqual({ month: '2024-01', plannedCumulative: 1, doneCumulative: 1 });
    const late = burnUp(plan, ms(['2027-06-30', null]), NOW);
    expect(late).toHaveLength(42);
    expect(late.at(-1)).toMatchObject({ month: '2027-06', plannedCumulative: 1 });
    const far = burnUp(plan, ms(['2040-01-01', null]), NOW);
    expect(far).toHaveLength(36 + BURN_UP_EXTRA_MONTHS);
    expect(far.at(-2)!.plannedCumulative).toBe(0);
    expect(far.at(-1)!.plannedCumulative).toBe(1);
  });

  it('after the plan, every point has its done count', () => {
    const s = burnUp(plan, items, Date.UTC(2028, 0, 1));
    expect(s.every((p) => p.doneCumulative !== null)).toBe(true);
    expect(s.at(-1)!.doneCumulative).toBe(2);
  });
});

describe('timeline', () => {
  it('lists phases, milestones, attempts, passes, renewal window and expiry in date order', () => {
    const fail = Date.UTC(2024, 2, 10, 9);
    const pass = Date.UTC(2024, 2, 12, 9);
    const ga: Certification = {
      id: 7,
      ...certificationFromTemplate('google-analytics'),
      attempts: [
        { id: 2, at: pass, score: 86 },
        { id: 1, at: fail, score: 72 },
      ],
      earnedDate: '2024-03-12',
      expiryDate: '2025-03-12',
    };
    const manual: Certification = { id: 8, ...certificationFromTemplate('blank'), earnedDate: '2024-05-01', expiryDate: null };
    const events = timelineEvents(plan, ms(['2024-03-31', '2024-03-12']), [ga, manual]);
    expect(events).toEqual([
      { kind: 'phase', date: '2024-01-01', endDate: '2025-01-01', phase: 0, key: 'data-mastery' },
      { kind: 'attempt', date: '2024-03-10', at: fail, certId: 7, attemptId: 1, score: 72, passed: false },
      { kind: 'milestone-done', date: '2024-03-12', milestoneId: 1, phase: 0 },
      { kind: 'pass', date: '2024-03-12', at: pass, certId: 7, attemptId: 2, score: 86 },
      { kind: 'milestone-due', date: '2024-03-31', milestoneId: 1, phase: 0, done: true },
      { kind: 'earned', date: '2024-05-01', certId: 8 },
      { kind: 'phase', date: '2025-01-01', endDate: '2026-01-01', phase: 1, key: 'decision-portfolio' },
      { kind: 'renewal-window', date: '2025-02-10', endDate: '2025-03-12', certId: 7 },
      { kind: 'expiry', date: '2025-03-12', certId: 7 },
      { kind: 'phase', date: '2026-01-01', endDate: '2027-01-01', phase: 2, key: 'leadership' },
    ]);
  });
});

describe('skills radar', () => {
  it('latest level against target per skill', () => {
    const skills: Skill[] = [
      {
        id: 1,
        key: 'analytics',
        name: '',
        kind: 'hard',
        target: 4,
        assessments: [
          { date: '2024-06-01', level: 3 },
          { date: '2024-01-01', level: 2 },
          { date: '2024-06-01', level: 4 },
        ],
        evidence: [{ kind: 'certification', id: 7 }],
      },
      { id: 2, key: null, name: 'TikTok live', kind: 'hard', target: 3, assessments: [], evidence: [] },
    ];
    expect(skillRadar(skills)).toEqual([
      { skillId: 1, key: 'analytics', name: '', kind: 'hard', target: 4, level: 4, assessedOn: '2024-06-01', gap: 0 },
      { skillId: 2, key: null, name: 'TikTok live', kind: 'hard', target: 3, level: null, assessedOn: null, gap: null },
    ]);
  });
});
