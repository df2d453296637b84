// SQL of the charter document's versions. Sections and snapshot are JSON.
import type { CharterDoc, CharterSections, DocSummary } from '../../shared/contract/charter';
import type { Db } from '../db/types';

interface DocRow {
  id: number;
  version: number;
  status: CharterDoc['status'];
  language: CharterDoc['language'];
  organisation: string;
  sections: string;
  snapshot: string | null;
  proposed_on: string | null;
  signed_on: string | null;
  signed_by: string;
  created_at: number;
  updated_at: number;
}

const toDoc = (r: DocRow): CharterDoc => ({
  id: r.id,
  version: r.version,
  status: r.status,
  language: r.language,
  organisation: r.organisation,
  sections: JSON.parse(r.sections) as CharterSections,
  snapshot: r.snapshot === null ? null : (JSON.parse(r.snapshot) as CharterDoc['snapshot']),
  proposedOn: r.proposed_on,
  signedOn: r.signed_on,
  signedBy: r.signed_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Every version, newest first, without its text. */
export function readDocSummaries(db: Db): DocSummary[] {
  const rows = db.prepare('SELECT id, version, status, language, proposed_on, signed_on, signed_by, updated_at FROM charter_doc ORDER BY version DESC').all() as DocRow[];
  return rows.map((r) => ({ id: r.id, version: r.version, status: r.status, language: r.language, proposedOn: r.proposed_on, signedOn: r.signed_on, signedBy: r.signed_by, updatedAt: r.updated_at }));
}

export function readDoc(db: Db, id: number): CharterDoc | null {
  const r = db.prepare('SELECT * FROM charter_doc WHERE id = ?').get(id) as DocRow | undefined;
  return r ? toDoc(r) : null;
}

/** The draft if there is one, else the latest version; null when there is no version. */
export function readCurrentDoc(db: Db): CharterDoc | null {
  const r = db.prepare("SELECT * FROM charter_doc ORDER BY status = 'draft' DESC, version DESC LIMIT 1").get() as DocRow | undefined;
  return r ? toDoc(r) : null;
}

export function readDraftId(db: Db): number | null {
  return (db.prepare("SELECT id FROM charter_doc WHERE status = 'draft'").pluck().get() as number | undefined) ?? null;
}

/** The latest signed version's number, date and signatories. */
export function readLatestSigned(db: Db): { version: number; signedOn: string; signedBy: string } | null {
  const r = db.prepare("SELECT version, signed_on, signed_by FROM charter_doc WHERE status = 'signed' ORDER BY version DESC LIMIT 1").get() as
    | { version: number; signed_on: string; signed_by: string }
    | undefined;
  return r ? { version: r.version, signedOn: r.signed_on, signedBy: r.signed_by } : null;
}

export function nextVersion(db: Db): number {
  return ((db.prepare('SELECT max(version) FROM charter_doc').pluck().get() as number | null) ?? 0) + 1;
}

export function insertDoc(db: Db, d: Pick<CharterDoc, 'version' | 'language' | 'organisation' | 'sections'>, now: number): number {
  return Number(
    db
      .prepare("INSERT INTO charter_doc (version, status, language, organisation, sections, created_at, updated_at) VALUES (?, 'draft', ?, ?, ?, ?, ?)")
      .run(d.version, d.language, d.organisation, JSON.stringify(d.sections), now, now).lastInsertRowid,
  );
}

export function updateDocRow(db: Db, d: CharterDoc, now: number): void {
  db.prepare('UPDATE charter_doc SET status = ?, language = ?, organisation = ?, sections = ?, snapshot = ?, proposed_on = ?, signed_on = ?, signed_by = ?, updated_at = ? WHERE id = ?').run(
    d.status,
    d.language,
    d.organisation,
    JSON.stringify(d.sections),
    d.snapshot === null ? null : JSON.stringify(d.snapshot),
    d.proposedOn,
    d.signedOn,
    d.signedBy,
    now,
    d.id,
  );
}

export function deleteDocRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM charter_doc WHERE id = ?').run(id).changes;
}
