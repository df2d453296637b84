// The one place the calendar writes into the audit tables (see 0020-audit.ts): deep time
// entries of a batch session, with source 'batch-session'.
import type { Db } from '../db/types';

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

export function insertBatchTimeEntry(db: Db, e: { start: number; end: number; tz: string; categoryId: number; note: string }): number {
  return Number(
    db
      .prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, note, platform, source) VALUES (?, ?, ?, ?, ?, NULL, 'batch-session')")
      .run(e.start, e.end, e.tz, e.categoryId, e.note).lastInsertRowid,
  );
}
