// SQL of the career plan: plan, milestones, and the evidence links of milestones and skills.
// Skills are in skillsStore.ts, certifications and decisions in their own stores.
import type { CareerPlan, EvidenceKind, EvidenceLink, PhaseIndex } from '../../shared/career/types';
import type { Db } from '../db/types';

// ---- plan ---------------------------------------------------------------------------------

interface PlanRow {
  id: number;
  current_role: string;
  target_role: string;
  start_date: string;
  target_date: string;
}

export function readPlan(db: Db): CareerPlan | null {
  const r = db.prepare('SELECT id, current_role, target_role, start_date, target_date FROM career_plan WHERE id = 1').get() as PlanRow | undefined;
  return r ? { id: r.id, currentRole: r.current_role, targetRole: r.target_role, startDate: r.start_date, targetDate: r.target_date } : null;
}

export function insertPlan(db: Db, p: Omit<CareerPlan, 'id'>, now: number): void {
  db.prepare('INSERT INTO career_plan (id, current_role, target_role, start_date, target_date, created_at) VALUES (1, ?, ?, ?, ?, ?)').run(
    p.currentRole,
    p.targetRole,
    p.startDate,
    p.targetDate,
    now,
  );
}

export function updatePlanRow(db: Db, p: Omit<CareerPlan, 'id'>): void {
  db.prepare('UPDATE career_plan SET current_role = ?, target_role = ?, start_date = ?, target_date = ? WHERE id = 1').run(p.currentRole, p.targetRole, p.startDate, p.targetDate);
}

// ---- milestones ---------------------------------------------------------------------------

export interface MilestoneRow {
  id: number;
  phase: PhaseIndex;
  key: string | null;
  title: string;
  due_date: string;
  done_date: string | null;
  note: string;
}

const MILESTONE_COLS = 'id, phase, key, title, due_date, done_date, note';

export function readMilestones(db: Db): MilestoneRow[] {
  return db.prepare(`SELECT ${MILESTONE_COLS} FROM milestone ORDER BY due_date, phase, id`).all() as MilestoneRow[];
}

export function readMilestone(db: Db, id: number): MilestoneRow | undefined {
  return db.prepare(`SELECT ${MILESTONE_COLS} FROM milestone WHERE id = ?`).get(id) as MilestoneRow | undefined;
}

/** Inserts a milestone (its id only to put a deleted one back). */
export function insertMilestone(db: Db, m: { id?: number; phase: PhaseIndex; key: string | null; title: string; dueDate: string }): number {
  return Number(db.prepare('INSERT INTO milestone (id, phase, key, title, due_date) VALUES (?, ?, ?, ?, ?)').run(m.id ?? null, m.phase, m.key, m.title, m.dueDate).lastInsertRowid);
}

export function updateMilestoneRow(db: Db, m: MilestoneRow): void {
  db.prepare('UPDATE milestone SET phase = ?, key = ?, title = ?, due_date = ?, done_date = ?, note = ? WHERE id = ?').run(
    m.phase,
    m.key,
    m.title,
    m.due_date,
    m.done_date,
    m.note,
    m.id,
  );
}

export function deleteMilestoneRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM milestone WHERE id = ?').run(id).changes;
}

export function deleteAllMilestones(db: Db): void {
  db.prepare('DELETE FROM milestone').run();
}

// ---- evidence (milestones and skills) -----------------------------------------------------

type Owner = 'milestone' | 'skill';
const EVIDENCE_TABLE: Record<Owner, string> = { milestone: 'milestone_evidence', skill: 'skill_evidence' };
const OWNER_COL: Record<Owner, string> = { milestone: 'milestone_id', skill: 'skill_id' };

interface EvidenceRow {
  owner: number;
  decision_id: number | null;
  certification_id: number | null;
  audit_id: number | null;
}

function toLink(r: EvidenceRow): EvidenceLink {
  if (r.decision_id !== null) return { kind: 'decision', id: r.decision_id };
  if (r.certification_id !== null) return { kind: 'certification', id: r.certification_id };
  return { kind: 'audit', id: r.audit_id! };
}

/** owner id → links, in the order they were added. */
export function readEvidence(db: Db, owner: Owner): Map<number, EvidenceLink[]> {
  const rows = db
    .prepare(`SELECT ${OWNER_COL[owner]} AS owner, decision_id, certification_id, audit_id FROM ${EVIDENCE_TABLE[owner]} ORDER BY id`)
    .all() as EvidenceRow[];
  const out = new Map<number, EvidenceLink[]>();
  for (const r of rows) {
    const list = out.get(r.owner) ?? [];
    list.push(toLink(r));
    out.set(r.owner, list);
  }
  return out;
}

export function replaceEvidence(db: Db, owner: Owner, ownerId: number, links: readonly EvidenceLink[]): void {
  db.prepare(`DELETE FROM ${EVIDENCE_TABLE[owner]} WHERE ${OWNER_COL[owner]} = ?`).run(ownerId);
  const insert = db.prepare(`INSERT INTO ${EVIDENCE_TABLE[owner]} (${OWNER_COL[owner]}, decision_id, certification_id, audit_id) VALUES (?, ?, ?, ?)`);
  for (const l of links) {
    insert.run(ownerId, l.kind === 'decision' ? l.id : null, l.kind === 'certification' ? l.id : null, l.kind === 'audit' ? l.id : null);
  }
}

/** The milestones and skills whose evidence links to a decision (what deleting it would unlink). */
export function evidenceOwnersOfDecision(db: Db, decisionId: number): { milestoneIds: number[]; skillIds: number[] } {
  const ids = (sql: string) => db.prepare(sql).pluck().all(decisionId) as number[];
  return {
    milestoneIds: ids('SELECT milestone_id FROM milestone_evidence WHERE decision_id = ? ORDER BY id -- plucked'),
    skillIds: ids('SELECT skill_id FROM skill_evidence WHERE decision_id = ? ORDER BY id -- plucked'),
  };
}

/** Adds one evidence link to an owner (a milestone or a skill), after the ones it has. */
export function addEvidence(db: Db, owner: Owner, ownerId: number, l: EvidenceLink): void {
  db.prepare(`INSERT INTO ${EVIDENCE_TABLE[owner]} (${OWNER_COL[owner]}, decision_id, certification_id, audit_id) VALUES (?, ?, ?, ?)`).run(
    ownerId,
    l.kind === 'decision' ? l.id : null,
    l.kind === 'certification' ? l.id : null,
    l.kind === 'audit' ? l.id : null,
  );
}

/** Whether a milestone or skill exists (to re-link evidence on Undo). */
export function ownerExists(db: Db, owner: Owner, id: number): boolean {
  return db.prepare(`SELECT 1 FROM ${owner} WHERE id = ?`).get(id) !== undefined;
}

/** Removes links to an audit (audits have no foreign key here). */
export function deleteAuditEvidence(db: Db, auditId: number): void {
  db.prepare('DELETE FROM milestone_evidence WHERE audit_id = ?').run(auditId);
  db.prepare('DELETE FROM skill_evidence WHERE audit_id = ?').run(auditId);
}

/** Whether the target of a link exists. Audits are looked up in the audit feature's `audit` table when it exists. */
export function evidenceTargetExists(db: Db, kind: EvidenceKind, id: number): boolean {
  if (kind === 'decision') return db.prepare('SELECT 1 FROM decision WHERE id = ?').get(id) !== undefined;
  if (kind === 'certification') return db.prepare('SELECT 1 FROM certification WHERE id = ?').get(id) !== undefined;
  if (!auditTableUsable(db)) return false;
  return db.prepare('SELECT 1 FROM saved_audit WHERE id = ?').get(id) !== undefined;
}

function auditTableUsable(db: Db): boolean {
  const cols = db.prepare("SELECT name FROM pragma_table_info('saved_audit')").all() as { name: string }[];
  const names = new Set(cols.map((c) => c.name));
  return names.has('id') && names.has('name');
}

/** Saved audits to link as evidence: empty until the audit feature has its `audit` table. */
export function readAuditOptions(db: Db): { id: number; name: string }[] {
  if (!auditTableUsable(db)) return [];
  return db.prepare('SELECT id, name FROM saved_audit ORDER BY id DESC LIMIT 200').all() as { id: number; name: string }[];
}
