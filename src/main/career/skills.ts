// The skills matrix: skills (preset or the user's), dated self-assessments, evidence links.

import type { SkillKind, SkillLevel } from '../../shared/career/types';
import type { SkillView } from '../../shared/contract/career';
import { AppError } from '../../shared/contract/result';
import type { Db } from '../db/types';
import type { EvidenceLink } from '../../shared/career/types';
import { deleteAssessmentRow, deleteSkillRow, insertSkill, readAssessment, readAssessments, readSkill, readSkills, updateSkillRow, upsertAssessment } from './skillsStore';
import { readEvidence, replaceEvidence } from './planStore';
import { checkLinks } from './plan';

export function listSkills(db: Db): SkillView[] {
  const assessments = readAssessments(db);
  const evidence = readEvidence(db, 'skill');
  return readSkills(db).map((s) => ({
    ...s,
    assessments: assessments.filter((a) => a.skill_id === s.id).map((a) => ({ id: a.id, date: a.date, level: a.level })),
    evidence: evidence.get(s.id) ?? [],
  }));
}

export function getSkill(db: Db, id: number): SkillView {
  const s = listSkills(db).find((x) => x.id === id);
  if (!s) throw new AppError('not_found', `Skill ${id} does not exist.`);
  return s;
}

export function createSkill(db: Db, input: { name: string; kind: SkillKind; target: SkillLevel }): SkillView {
  return getSkill(db, insertSkill(db, { ...input, name: input.name.trim() }));
}

export function updateSkill(db: Db, input: { id: number; name?: string; kind?: SkillKind; target?: SkillLevel; links?: EvidenceLink[] }): SkillView {
  const s = readSkill(db, input.id);
  if (!s) throw new AppError('not_found', `Skill ${input.id} does not exist.`);
  const next = { ...s };
  if (input.name !== undefined) {
    next.name = input.name.trim();
    next.key = null;
  }
  if (input.kind !== undefined) next.kind = input.kind;
  if (input.target !== undefined) next.target = input.target;
  updateSkillRow(db, next);
  if (input.links !== undefined) replaceEvidence(db, 'skill', input.id, checkLinks(db, input.links));
  return getSkill(db, input.id);
}

export function deleteSkill(db: Db, id: number): { done: true } {
  if (deleteSkillRow(db, id) === 0) throw new AppError('not_found', `Skill ${id} does not exist.`);
  return { done: true };
}

export function assessSkill(db: Db, input: { skillId: number; date: string; level: SkillLevel }): SkillView {
  if (!readSkill(db, input.skillId)) throw new AppError('not_found', `Skill ${input.skillId} does not exist.`);
  upsertAssessment(db, input.skillId, input.date, input.level);
  return getSkill(db, input.skillId);
}

export function deleteAssessment(db: Db, id: number): SkillView {
  const a = readAssessment(db, id);
  if (!a) throw new AppError('not_found', `Assessment ${id} does not exist.`);
  deleteAssessmentRow(db, id);
  return getSkill(db, a.skill_id);
}
