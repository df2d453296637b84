// SQL for categories, job-description lines and saved audits.
import type { Category, Mode, Responsibility, Visibility } from '../../shared/domain';
import type { Db } from '../db/types';

interface CategoryRow {
  id: number;
  name: string;
  color: string;
  mode: Mode;
  responsibility_id: number | null;
  visibility: Visibility;
  archived: number;
  sort_order: number;
}

const toCategory = (r: CategoryRow): Category => ({
  id: r.id,
  name: r.name,
  color: r.color,
  mode: r.mode,
  responsibilityId: r.responsibility_id,
  visibility: r.visibility,
  archived: r.archived === 1,
  sortOrder: r.sort_order,
});

export function listCategories(db: Db): Category[] {
  return (db.prepare('SELECT * FROM category ORDER BY archived, sort_order, id').all() as CategoryRow[]).map(toCategory);
}

export function getCategory(db: Db, id: number): Category | null {
  const row = db.prepare('SELECT * FROM category WHERE id = ?').get(id) as CategoryRow | undefined;
  return row ? toCategory(row) : null;
}

export function insertCategory(db: Db, c: Omit<Category, 'id' | 'sortOrder' | 'archived'>): number {
  const max = (db.prepare('SELECT coalesce(max(sort_order), 0) AS m FROM category').get() as { m: number }).m;
  const info = db
    .prepare('INSERT INTO category (name, color, mode, responsibility_id, visibility, sort_order) VALUES (?, ?, ?, ?, ?, ?)')
    .run(c.name, c.color, c.mode, c.responsibilityId, c.visibility, max + 1);
  return Number(info.lastInsertRowid);
}

export function updateCategoryRow(db: Db, c: Category): void {
  db.prepare('UPDATE category SET name = ?, color = ?, mode = ?, responsibility_id = ?, visibility = ?, archived = ?, sort_order = ? WHERE id = ?').run(
    c.name,
    c.color,
    c.mode,
    c.responsibilityId,
    c.visibility,
    c.archived ? 1 : 0,
    c.sortOrder,
    c.id,
  );
}

export function categoryUseCount(db: Db, id: number): number {
  return (db.prepare('SELECT count(*) AS n FROM time_entry WHERE category_id = ?').get(id) as { n: number }).n;
}

export function deleteCategoryRow(db: Db, id: number): void {
  db.prepare('DELETE FROM category WHERE id = ?').run(id);
}

export function listResponsibilities(db: Db): Responsibility[] {
  return db.prepare('SELECT id, text, sort_order AS sortOrder FROM responsibility ORDER BY sort_order, id').all() as Responsibility[];
}

export function getResponsibility(db: Db, id: number): Responsibility | null {
  return (db.prepare('SELECT id, text, sort_order AS sortOrder FROM responsibility WHERE id = ?').get(id) as Responsibility | undefined) ?? null;
}

export function insertResponsibility(db: Db, text: string): number {
  const max = (db.prepare('SELECT coalesce(max(sort_order), 0) AS m FROM responsibility').get() as { m: number }).m;
  return Number(db.prepare('INSERT INTO responsibility (text, sort_order) VALUES (?, ?)').run(text, max + 1).lastInsertRowid);
}

export function updateResponsibilityText(db: Db, id: number, text: string): number {
  return db.prepare('UPDATE responsibility SET text = ? WHERE id = ?').run(text, id).changes;
}

export function deleteResponsibilityRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM responsibility WHERE id = ?').run(id).changes;
}

export interface SavedAudit {
  id: number;
  name: string;
  from: number;
  to: number;
  tz: string;
  notes: string;
  conclusions: string;
  createdAt: number;
}

const SAVED_COLUMNS = 'id, name, from_at AS "from", to_at AS "to", tz, notes, conclusions, created_at AS createdAt';

export function listSavedAudits(db: Db): SavedAudit[] {
  return db.prepare(`SELECT ${SAVED_COLUMNS} FROM saved_audit ORDER BY from_at DESC, id DESC`).all() as SavedAudit[];
}

export function getSavedAudit(db: Db, id: number): SavedAudit | null {
  return (db.prepare(`SELECT ${SAVED_COLUMNS} FROM saved_audit WHERE id = ?`).get(id) as SavedAudit | undefined) ?? null;
}

export function insertSavedAudit(db: Db, a: Omit<SavedAudit, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO saved_audit (name, from_at, to_at, tz, notes, conclusions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(a.name, a.from, a.to, a.tz, a.notes, a.conclusions, a.createdAt).lastInsertRowid,
  );
}

export function updateSavedAuditRow(db: Db, a: SavedAudit): void {
  db.prepare('UPDATE saved_audit SET name = ?, from_at = ?, to_at = ?, tz = ?, notes = ?, conclusions = ? WHERE id = ?').run(a.name, a.from, a.to, a.tz, a.notes, a.conclusions, a.id);
}

export function deleteSavedAuditRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM saved_audit WHERE id = ?').run(id).changes;
}

/** Names of the seeded "content creation" category, in both languages. */
const CONTENT_CREATION_NAMES = ['Content creation', 'Création de contenu'];

/** The first non-archived deep category, preferring the seeded "content creation" one. */
export function deepCategoryId(db: Db): number | undefined {
  const r = db
    .prepare(
      `SELECT id FROM category WHERE archived = 0 AND mode = 'deep'
       ORDER BY (name IN (${CONTENT_CREATION_NAMES.map(() => '?').join(', ')})) DESC, sort_order, id LIMIT 1`,
    )
    .get(...CONTENT_CREATION_NAMES) as { id: number } | undefined;
  return r?.id;
}
