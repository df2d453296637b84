// SQL of certifications and their attempts. Exam rules and the checklist are stored as JSON.

import type { ChecklistItem, ExamRules } from '../../shared/career/types';
import type { Db } from '../db/types';

export interface CertRow {
  id: number;
  templateKey: string;
  provider: string;
  name: string;
  rules: ExamRules;
  checklist: ChecklistItem[];
  earnedDate: string | null;
  expiryDate: string | null;
}

export interface AttemptRow {
  id: number;
  certification_id: number;
  at: number;
  score: number;
}

interface RawCert {
  id: number;
  template_key: string;
  provider: string;
  name: string;
  rules: string;
  checklist: string;
  earned_date: string | null;
  expiry_date: string | null;
}

const COLS = 'id, template_key, provider, name, rules, checklist, earned_date, expiry_date';

function toCert(r: RawCert): CertRow {
  return {
    id: r.id,
    templateKey: r.template_key,
    provider: r.provider,
    name: r.name,
    rules: JSON.parse(r.rules) as ExamRules,
    checklist: JSON.parse(r.checklist) as ChecklistItem[],
    earnedDate: r.earned_date,
    expiryDate: r.expiry_date,
  };
}

export function readCerts(db: Db): CertRow[] {
  return (db.prepare(`SELECT ${COLS} FROM certification ORDER BY id`).all() as RawCert[]).map(toCert);
}

export function readCert(db: Db, id: number): CertRow | undefined {
  const r = db.prepare(`SELECT ${COLS} FROM certification WHERE id = ?`).get(id) as RawCert | undefined;
  return r ? toCert(r) : undefined;
}

export function insertCert(db: Db, c: Omit<CertRow, 'id'>, now: number): number {
  return Number(
    db
      .prepare('INSERT INTO certification (template_key, provider, name, rules, checklist, earned_date, expiry_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(c.templateKey, c.provider, c.name, JSON.stringify(c.rules), JSON.stringify(c.checklist), c.earnedDate, c.expiryDate, now).lastInsertRowid,
  );
}

export function updateCertRow(db: Db, c: CertRow): void {
  db.prepare('UPDATE certification SET provider = ?, name = ?, rules = ?, checklist = ?, earned_date = ?, expiry_date = ? WHERE id = ?').run(
    c.provider,
    c.name,
    JSON.stringify(c.rules),
    JSON.stringify(c.checklist),
    c.earnedDate,
    c.expiryDate,
    c.id,
  );
}

export function deleteCertRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM certification WHERE id = ?').run(id).changes;
}

export function readAttempts(db: Db, certId?: number): AttemptRow[] {
  if (certId === undefined) return db.prepare('SELECT id, certification_id, at, score FROM cert_attempt ORDER BY at, id').all() as AttemptRow[];
  return db.prepare('SELECT id, certification_id, at, score FROM cert_attempt WHERE certification_id = ? ORDER BY at, id').all(certId) as AttemptRow[];
}

export function readAttempt(db: Db, id: number): AttemptRow | undefined {
  return db.prepare('SELECT id, certification_id, at, score FROM cert_attempt WHERE id = ?').get(id) as AttemptRow | undefined;
}

export function insertAttempt(db: Db, certId: number, at: number, tz: string, score: number): number {
  return Number(db.prepare('INSERT INTO cert_attempt (certification_id, at, tz, score) VALUES (?, ?, ?, ?)').run(certId, at, tz, score).lastInsertRowid);
}

export function deleteAttemptRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM cert_attempt WHERE id = ?').run(id).changes;
}
