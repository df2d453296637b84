// Aggregated series for the career charts: monthly burn-up, timeline events, skills radar.

import { attemptPassed, renewalWindow } from './certification';
import { addDays, addMonthsToMonth, localDayAt, monthOf, type LocalDay, type LocalMonth } from '../time';
import { planPhases } from './plan';
import type { CareerPlan, Certification, Milestone, PhaseIndex, PhaseKey, Skill, SkillKind, SkillLevel } from './types';

/** At most this many months are plotted after the plan's last month; later items count in the last point. */
export const BURN_UP_EXTRA_MONTHS = 24;

export interface BurnUpPoint {
  month: LocalMonth;
  /** milestones due by the end of this month */
  plannedCumulative: number;
  /** milestones done by the end of this month; null for months after the current one */
  doneCumulative: number | null;
}

function countUpTo(sortedMonths: LocalMonth[], month: LocalMonth, last: boolean): number {
  if (last) return sortedMonths.length;
  let n = 0;
  while (n < sortedMonths.length && sortedMonths[n] <= month) n++;
  return n;
}

/**
 * One point per calendar month from the plan's first month to its last (the month holding the
 * day before targetDate), extended to cover later due or done dates (by at most
 * BURN_UP_EXTRA_MONTHS). Earlier dates count from the first point.
 */
export function burnUp(plan: Pick<CareerPlan, 'startDate' | 'targetDate'>, milestones: readonly Milestone[], now: number, tz = 'UTC'): BurnUpPoint[] {
  const first = monthOf(plan.startDate);
  const planLast = plan.targetDate > plan.startDate ? monthOf(addDays(plan.targetDate, -1)) : first;
  const due = milestones.map((m) => monthOf(m.dueDate)).sort();
  const done = milestones.flatMap((m) => (m.doneDate === null ? [] : [monthOf(m.doneDate)])).sort();
  const latestItem = [...due, ...done].reduce((a, b) => (b > a ? b : a), planLast);
  const cap = addMonthsToMonth(planLast, BURN_UP_EXTRA_MONTHS);
  const last = latestItem > cap ? cap : latestItem;
  const current = monthOf(localDayAt(now, tz));

  const points: BurnUpPoint[] = [];
  for (let month = first; month <= last; month = addMonthsToMonth(month, 1)) {
    const isLast = month === last;
    points.push({
      month,
      plannedCumulative: countUpTo(due, month, isLast),
      doneCumulative: month > current ? null : countUpTo(done, month, isLast),
    });
  }
  return points;
}

export type TimelineEvent =
  | { kind: 'phase'; date: LocalDay; endDate: LocalDay; phase: PhaseIndex; key: PhaseKey }
  | { kind: 'milestone-due'; date: LocalDay; milestoneId: number; phase: PhaseIndex; done: boolean }
  | { kind: 'milestone-done'; date: LocalDay; milestoneId: number; phase: PhaseIndex }
  | { kind: 'attempt'; date: LocalDay; at: number; certId: number; attemptId: number; score: number; passed: false | null }
  | { kind: 'pass'; date: LocalDay; at: number; certId: number; attemptId: number; score: number }
  | { kind: 'earned'; date: LocalDay; certId: number }
  | { kind: 'renewal-window'; date: LocalDay; endDate: LocalDay; certId: number }
  | { kind: 'expiry'; date: LocalDay; certId: number };

export type TimelineEventKind = TimelineEvent['kind'];

const KIND_ORDER: readonly TimelineEventKind[] = ['phase', 'milestone-due', 'milestone-done', 'attempt', 'pass', 'earned', 'renewal-window', 'expiry'];

function eventId(e: TimelineEvent): number {
  switch (e.kind) {
    case 'phase':
      return e.phase;
    case 'milestone-due':
    case 'milestone-done':
      return e.milestoneId;
    case 'attempt':
    case 'pass':
      return e.at;
    default:
      return e.certId;
  }
}

/**
 * Everything the career timeline plots, sorted by date then kind: phases (with end),
 * milestone due and done dates, attempts (failed or unknown), passes, an 'earned' date that no
 * recorded pass explains (entered by hand), the current renewal window and the expiry.
 * Attempt dates are local dates in `tz`.
 */
export function timelineEvents(
  plan: Pick<CareerPlan, 'startDate'>,
  milestones: readonly Milestone[],
  certs: readonly Certification[],
  tz = 'UTC',
): TimelineEvent[] {
  const out: TimelineEvent[] = planPhases(plan.startDate).map((p) => ({ kind: 'phase', date: p.start, endDate: p.end, phase: p.index, key: p.key }));
  for (const m of milestones) {
    out.push({ kind: 'milestone-due', date: m.dueDate, milestoneId: m.id, phase: m.phase, done: m.doneDate !== null });
    if (m.doneDate !== null) out.push({ kind: 'milestone-done', date: m.doneDate, milestoneId: m.id, phase: m.phase });
  }
  for (const c of certs) {
    const passDates = new Set<LocalDay>();
    for (const a of c.attempts) {
      const date = localDayAt(a.at, tz);
      const passed = attemptPassed(a.score, c.rules);
      if (passed === true) {
        passDates.add(date);
        out.push({ kind: 'pass', date, at: a.at, certId: c.id, attemptId: a.id, score: a.score });
      } else {
        out.push({ kind: 'attempt', date, at: a.at, certId: c.id, attemptId: a.id, score: a.score, passed });
      }
    }
    if (c.earnedDate !== null && !passDates.has(c.earnedDate)) out.push({ kind: 'earned', date: c.earnedDate, certId: c.id });
    const w = renewalWindow(c);
    if (w) out.push({ kind: 'renewal-window', date: w.opensOn, endDate: w.expiresOn, certId: c.id });
    if (c.expiryDate !== null) out.push({ kind: 'expiry', date: c.expiryDate, certId: c.id });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || eventId(a) - eventId(b));
}

export interface SkillRadarPoint {
  skillId: number;
  key: string | null;
  name: string;
  kind: SkillKind;
  target: SkillLevel;
  /** latest self-assessment, null when never assessed */
  level: SkillLevel | null;
  assessedOn: LocalDay | null;
  /** target − level (positive = still to grow), null when never assessed */
  gap: number | null;
}

/** Latest level (by date; on the same date, the later entry) against the target, in input order. */
export function skillRadar(skills: readonly Skill[]): SkillRadarPoint[] {
  return skills.map((s) => {
    let latest: Skill['assessments'][number] | null = null;
    for (const a of s.assessments) if (latest === null || a.date >= latest.date) latest = a;
    return {
      skillId: s.id,
      key: s.key,
      name: s.name,
      kind: s.kind,
      target: s.target,
      level: latest?.level ?? null,
      assessedOn: latest?.date ?? null,
      gap: latest ? s.target - latest.level : null,
    };
  });
}
