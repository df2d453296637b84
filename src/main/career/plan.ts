// The three-year plan and its milestones: creation (with the default milestones), edits,
// evidence links, progress.

import { alreadyRestored } from '../core/undo';
import { addYears, localDayAt } from '../../shared/time';
import { defaultMilestones, defaultPlan, planPhases, planProgress } from '../../shared/career/plan';
import { DEFAULT_MILESTONES } from '../../shared/career/templates';
import type { CareerPlan, EvidenceLink, Milestone, Phase, PhaseIndex } from '../../shared/career/types';
import type { PlanProgress } from '../../shared/career/plan';
import { AppError } from '../../shared/contract/result';
import type { Db } from '../db/types';
import { deleteAllMilestones, deleteMilestoneRow, evidenceTargetExists, insertMilestone, insertPlan, readEvidence, readMilestone, readMilestones, readPlan, replaceEvidence, updateMilestoneRow, updatePlanRow, type MilestoneRow } from './planStore';

export interface PlanView {
  plan: CareerPlan | null;
  phases: Phase[];
  milestones: Milestone[];
  progress: PlanProgress | null;
  today: string;
}

const PRESET_MILESTONES = new Set(DEFAULT_MILESTONES.map((m) => m.key));

function toMilestone(r: MilestoneRow, links: EvidenceLink[]): Milestone {
  return { id: r.id, phase: r.phase, key: r.key, title: r.title, dueDate: r.due_date, doneDate: r.done_date, evidence: { note: r.note, links } };
}

export function listMilestones(db: Db): Milestone[] {
  const evidence = readEvidence(db, 'milestone');
  return readMilestones(db).map((r) => toMilestone(r, evidence.get(r.id) ?? []));
}

export function getMilestone(db: Db, id: number): Milestone {
  const r = readMilestone(db, id);
  if (!r) throw new AppError('not_found', `Milestone ${id} does not exist.`);
  return toMilestone(r, readEvidence(db, 'milestone').get(id) ?? []);
}

export function getPlanView(db: Db, now: number, tz: string): PlanView {
  const plan = readPlan(db);
  const milestones = listMilestones(db);
  return {
    plan,
    phases: plan ? planPhases(plan.startDate) : [],
    milestones,
    progress: plan ? planProgress(plan, milestones, now, tz) : null,
    today: localDayAt(now, tz),
  };
}

export interface MilestoneDraft {
  phase: PhaseIndex;
  key: string | null;
  title: string;
  dueDate: string;
}

function checkDraft(m: MilestoneDraft, index: number): MilestoneDraft {
  const title = m.title.trim();
  if (m.key !== null && !PRESET_MILESTONES.has(m.key)) throw new AppError('invalid_input', `Unknown milestone preset "${m.key}".`, undefined, [{ path: `milestones.${index}.key`, code: 'custom', message: 'unknown preset' }]);
  if (m.key === null && title === '') throw new AppError('invalid_input', 'A milestone needs a title.', undefined, [{ path: `milestones.${index}.title`, code: 'custom', message: 'empty title' }]);
  // A preset keeps its key only while the text is the preset's (sent as empty).
  return { phase: m.phase, key: title === '' ? m.key : null, title, dueDate: m.dueDate };
}

export function createPlan(db: Db, input: { currentRole: string; targetRole: string; startDate: string; milestones?: MilestoneDraft[] }, now: number, tz: string): PlanView {
  if (readPlan(db)) throw new AppError('conflict', 'A plan already exists; edit it instead.');
  const base = defaultPlan(input.startDate);
  const drafts = (input.milestones ?? defaultMilestones(input.startDate)).map((m, i) => checkDraft(m, i));
  insertPlan(db, { currentRole: input.currentRole.trim(), targetRole: input.targetRole.trim(), startDate: base.startDate, targetDate: base.targetDate }, now);
  deleteAllMilestones(db);
  for (const m of drafts) insertMilestone(db, m);
  return getPlanView(db, now, tz);
}

export function updatePlan(db: Db, patch: { currentRole?: string; targetRole?: string; startDate?: string; targetDate?: string }, now: number, tz: string): PlanView {
  const plan = readPlan(db);
  if (!plan) throw new AppError('not_found', 'There is no plan yet.');
  const startDate = patch.startDate ?? plan.startDate;
  // Moving the start moves the target with it unless a target is given.
  const targetDate = patch.targetDate ?? (patch.startDate ? addYears(startDate, 3) : plan.targetDate);
  if (targetDate <= startDate) throw new AppError('invalid_input', 'The target date must come after the start date.', undefined, [{ path: 'targetDate', code: 'custom', message: 'before start' }]);
  updatePlanRow(db, {
    currentRole: patch.currentRole?.trim() ?? plan.currentRole,
    targetRole: patch.targetRole?.trim() ?? plan.targetRole,
    startDate,
    targetDate,
  });
  return getPlanView(db, now, tz);
}

export function createMilestone(db: Db, input: { phase: PhaseIndex; title: string; dueDate: string }): Milestone {
  const id = insertMilestone(db, { phase: input.phase, key: null, title: input.title.trim(), dueDate: input.dueDate });
  return getMilestone(db, id);
}

export function checkLinks(db: Db, links: readonly EvidenceLink[]): EvidenceLink[] {
  const seen = new Set<string>();
  const out: EvidenceLink[] = [];
  links.forEach((l, i) => {
    if (!evidenceTargetExists(db, l.kind, l.id)) {
      throw new AppError('not_found', `The linked ${l.kind} ${l.id} does not exist.`, undefined, [{ path: `links.${i}`, code: 'custom', message: 'missing target' }]);
    }
    const k = `${l.kind}:${l.id}`;
    if (!seen.has(k)) out.push(l);
    seen.add(k);
  });
  return out;
}

export function updateMilestone(
  db: Db,
  input: { id: number; phase?: PhaseIndex; title?: string; dueDate?: string; doneDate?: string | null; note?: string; links?: EvidenceLink[] },
): Milestone {
  const row = readMilestone(db, input.id);
  if (!row) throw new AppError('not_found', `Milestone ${input.id} does not exist.`);
  const next: MilestoneRow = { ...row };
  if (input.phase !== undefined) next.phase = input.phase;
  if (input.title !== undefined) {
    next.title = input.title.trim();
    next.key = null; // editing the text replaces the preset
  }
  if (input.dueDate !== undefined) next.due_date = input.dueDate;
  if (input.doneDate !== undefined) next.done_date = input.doneDate;
  if (input.note !== undefined) next.note = input.note;
  updateMilestoneRow(db, next);
  if (input.links !== undefined) replaceEvidence(db, 'milestone', input.id, checkLinks(db, input.links));
  return getMilestone(db, input.id);
}

/** Deletes a milestone and answers it as it was, with its evidence, for Undo. */
export function deleteMilestone(db: Db, id: number): { done: true; milestone: Milestone } {
  const milestone = readMilestone(db, id) ? getMilestone(db, id) : null;
  if (!milestone || deleteMilestoneRow(db, id) === 0) throw new AppError('not_found', `Milestone ${id} does not exist.`);
  return { done: true, milestone };
}

/**
 * Puts back a deleted milestone (Undo): its preset key, title, dates, note and the evidence links
 * whose targets still exist (a decision or certification deleted since is left out, as its
 * deletion would have done). Keeps its id when it is still free; one already back is answered as
 * it is (nothing doubled).
 */
export function restoreMilestone(db: Db, m: Milestone): Milestone {
  if (readMilestone(db, m.id)) {
    const current = getMilestone(db, m.id);
    if (alreadyRestored(current, m)) return current;
  }
  const free = !readMilestone(db, m.id);
  const id = insertMilestone(db, { ...(free ? { id: m.id } : {}), phase: m.phase, key: m.key, title: m.title.trim(), dueDate: m.dueDate });
  updateMilestoneRow(db, { ...readMilestone(db, id)!, done_date: m.doneDate, note: m.evidence.note });
  replaceEvidence(db, 'milestone', id, checkLinks(db, m.evidence.links.filter((l) => evidenceTargetExists(db, l.kind, l.id))));
  return getMilestone(db, id);
}
