// SQL of the skills matrix: skills and their dated self-assessments.
import type { SkillKind, SkillLevel } from '../../shared/career/types';
import type { Db } from '../db/types';

// ---- skills -------------------------------------------------------------------------------

export interface SkillRow {
  id: number;
  key: string | null;
  name: string;
  kind: SkillKind;
  target: SkillLevel;
}

export interface AssessmentRow {
  id: number;
  skill_id: number;
  date: string;
  level: SkillLevel;
}

export function readSkills(db: Db): SkillRow[] {
  return db.prepare("SELECT id, key, name, kind, target FROM skill ORDER BY CASE kind WHEN 'hard' THEN 0 ELSE 1 END, position, id").all() as SkillRow[];
}

export function readSkill(db: Db, id: number): SkillRow | undefined {
  return db.prepare('SELECT id, key, name, kind, target FROM skill WHERE id = ?').get(id) as SkillRow | undefined;
}

export function readAssessments(db: Db): AssessmentRow[] {
  return db.prepare('SELECT id, skill_id, date, level FROM skill_assessment ORDER BY date, id').all() as AssessmentRow[];
}

export function readAssessment(db: Db, id: number): AssessmentRow | undefined {
  return db.prepare('SELECT id, skill_id, date, level FROM skill_assessment WHERE id = ?').get(id) as AssessmentRow | undefined;
}

export function insertSkill(db: Db, s: { name: string; kind: SkillKind; target: SkillLevel }): number {
  const pos = (db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS p FROM skill').get() as { p: number }).p;
  return Number(db.prepare('INSERT INTO skill (key, name, kind, target, position) VALUES (NULL, ?, ?, ?, ?)').run(s.name, s.kind, s.target, pos).lastInsertRowid);
}

export function updateSkillRow(db: Db, s: SkillRow): void {
  db.prepare('UPDATE skill SET key = ?, name = ?, kind = ?, target = ? WHERE id = ?').run(s.key, s.name, s.kind, s.target, s.id);
}

export function deleteSkillRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM skill WHERE id = ?').run(id).changes;
}

/** One assessment per skill and date: a second one on the same date replaces the first. */
export function upsertAssessment(db: Db, skillId: number, date: string, level: SkillLevel): void {
  db.prepare('DELETE FROM skill_assessment WHERE skill_id = ? AND date = ?').run(skillId, date);
  db.prepare('INSERT INTO skill_assessment (skill_id, date, level) VALUES (?, ?, ?)').run(skillId, date, level);
}

export function deleteAssessmentRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM skill_assessment WHERE id = ?').run(id).changes;
}
