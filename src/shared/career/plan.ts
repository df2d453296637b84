// The three-year plan: yearly phases, default milestones, progress against the calendar.
//
// Year addition clamps to the end of the month, so a plan started on Feb 29 ends on Feb 28
// three years later (2024-02-29 → 2027-02-28), and its phase boundaries are the Feb 28s in
// between. We keep the plan inside the month it started in rather than spill into March;
// every phase still lasts 365 or 366 days. Phases are half-open: `end` is the next start.

import { addDays, addMonths, addYears, localDayAt, daysBetween, monthsBetween, type LocalDay } from '../time';
import { DEFAULT_MILESTONES } from './templates';
import type { CareerPlan, Milestone, Phase, PhaseIndex } from './types';
import { PHASE_KEYS } from './types';

export const PLAN_YEARS = 3;

export function planPhases(startDate: LocalDay): Phase[] {
  return PHASE_KEYS.map((key, i) => ({
    index: i as PhaseIndex,
    key,
    start: addYears(startDate, i),
    end: addYears(startDate, i + 1),
  }));
}

export interface DefaultPlan {
  startDate: LocalDay;
  targetDate: LocalDay;
  phases: Phase[];
}

/** targetDate = start + 3 years (Feb 29 → Feb 28), three yearly phases from start to target. */
export function defaultPlan(startDate: LocalDay): DefaultPlan {
  return { startDate, targetDate: addYears(startDate, PLAN_YEARS), phases: planPhases(startDate) };
}

/** The phase that contains `date`, or null outside [start, start + 3 years). */
export function phaseOf(startDate: LocalDay, date: LocalDay): Phase | null {
  return planPhases(startDate).find((p) => p.start <= date && date < p.end) ?? null;
}

/**
 * The preset milestones (without ids) with due dates spread evenly through each phase:
 * with n milestones in a phase, the k-th (1-based) is due the day before start + 12·k/n months
 * (rounded), so the last one is due on the last day of its phase.
 */
export function defaultMilestones(startDate: LocalDay): Omit<Milestone, 'id'>[] {
  return PHASE_KEYS.flatMap((_, p) => {
    const presets = DEFAULT_MILESTONES.filter((m) => m.phase === p);
    return presets.map((m, k) => ({
      phase: m.phase,
      key: m.key,
      title: '',
      dueDate: addDays(addMonths(startDate, 12 * p + Math.round((12 * (k + 1)) / presets.length)), -1),
      doneDate: null,
      evidence: { note: '', links: [] },
    }));
  });
}

export type PlanStatus = 'ahead' | 'on-track' | 'behind';

/** A milestone past its due date and not done (today in the user's zone is after its due date). */
export type OverdueMilestone = Pick<Milestone, 'id' | 'key' | 'title' | 'dueDate'>;

export interface PlanProgress {
  done: number;
  total: number;
  /** done / total, 0 when there is no milestone */
  shareDone: number;
  /** share of the plan's days elapsed at `now`, clamped to 0..1 */
  shareElapsed: number;
  /** (shareDone − shareElapsed) × plan months, rounded half away from zero; positive = ahead */
  deltaMonths: number;
  /** 'behind' when a milestone is overdue, whatever the pace; else from deltaMonths: > 0 ahead, < 0 behind, 0 on track */
  status: PlanStatus;
  /** milestones past their due date and not done, earliest due first (the status names them) */
  overdue: OverdueMilestone[];
}

/** Round half away from zero, after removing floating-point noise; never returns -0. */
export function roundMonths(x: number): number {
  const clean = Math.round(Math.abs(x) * 1e9) / 1e9;
  const r = Math.sign(x) * Math.round(clean);
  return r === 0 ? 0 : r;
}

/**
 * Progress of the plan at `now` (epoch ms), "today" being the local date in `tz`.
 * A milestone counts as done when it has a doneDate. With no milestone at all the plan is
 * reported on track (deltaMonths 0): there is nothing to be behind on. A milestone not done
 * whose due date is before today is overdue: the plan is then behind, however many milestones
 * were done early (a plan cannot be on track with a deadline missed), and the status names it.
 */
export function planProgress(plan: Pick<CareerPlan, 'startDate' | 'targetDate'>, milestones: readonly Milestone[], now: number, tz = 'UTC'): PlanProgress {
  const today = localDayAt(now, tz);
  const total = milestones.length;
  const done = milestones.filter((m) => m.doneDate !== null).length;
  const shareDone = total === 0 ? 0 : done / total;
  const span = daysBetween(plan.startDate, plan.targetDate);
  const shareElapsed = span <= 0 ? (today >= plan.targetDate ? 1 : 0) : Math.min(1, Math.max(0, daysBetween(plan.startDate, today) / span));
  const deltaMonths = total === 0 ? 0 : roundMonths((shareDone - shareElapsed) * Math.max(0, monthsBetween(plan.startDate, plan.targetDate)));
  const overdue = milestones
    .filter((m) => m.doneDate === null && m.dueDate < today)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id))
    .map((m) => ({ id: m.id, key: m.key, title: m.title, dueDate: m.dueDate }));
  const status: PlanStatus = overdue.length > 0 || deltaMonths < 0 ? 'behind' : deltaMonths > 0 ? 'ahead' : 'on-track';
  return { done, total, shareDone, shareElapsed, deltaMonths, status, overdue };
}
