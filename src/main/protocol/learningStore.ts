// SQL for reply blocks, verbatims, dismissed level suggestions and the vendor's daily counts.
import type { ReplyLanguage, SandwichStep } from '../../shared/protocol/constants';
import type { Dismissal } from '../../shared/protocol/levelSuggestion';
import type { ReplyBlock, Verbatim } from '../../shared/protocol/types';
import type { Db } from '../db/types';

interface BlockRow {
  id: number;
  step: SandwichStep;
  language: ReplyLanguage;
  title: string;
  text: string;
  sort_order: number;
}
const toBlock = (r: BlockRow): ReplyBlock => ({ id: r.id, step: r.step, language: r.language, title: r.title, text: r.text, sortOrder: r.sort_order });

export function listBlocks(db: Db): ReplyBlock[] {
  return (db.prepare("SELECT * FROM reply_block ORDER BY language, CASE step WHEN 'fast' THEN 1 WHEN 'empathy' THEN 2 WHEN 'action' THEN 3 WHEN 'private' THEN 4 ELSE 5 END, sort_order, id").all() as BlockRow[]).map(toBlock);
}

export function getBlock(db: Db, id: number): ReplyBlock | null {
  const row = db.prepare('SELECT * FROM reply_block WHERE id = ?').get(id) as BlockRow | undefined;
  return row ? toBlock(row) : null;
}

export function insertBlock(db: Db, b: Omit<ReplyBlock, 'id' | 'sortOrder'>): number {
  const next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM reply_block').get() as { n: number }).n;
  return Number(db.prepare('INSERT INTO reply_block (step, language, title, text, sort_order) VALUES (?, ?, ?, ?, ?)').run(b.step, b.language, b.title, b.text, next).lastInsertRowid);
}

export function updateBlockRow(db: Db, b: ReplyBlock): void {
  db.prepare('UPDATE reply_block SET step = ?, language = ?, title = ?, text = ? WHERE id = ?').run(b.step, b.language, b.title, b.text, b.id);
}

export function deleteBlockRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM reply_block WHERE id = ?').run(id).changes;
}

interface VerbatimRow {
  id: number;
  case_id: number | null;
  text: string;
  tag: string;
  product_area: string;
  created_at: number;
  tz: string;
}
const toVerbatim = (r: VerbatimRow): Verbatim => ({ id: r.id, caseId: r.case_id, text: r.text, tag: r.tag, productArea: r.product_area, createdAt: r.created_at, tz: r.tz });

/** The latest verbatims, newest first (at most `limit`). */
export function listVerbatims(db: Db, limit = 500): Verbatim[] {
  return (db.prepare('SELECT * FROM verbatim ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as VerbatimRow[]).map(toVerbatim);
}

/** Verbatims saved in [from, to), newest first. */
export function verbatimsBetween(db: Db, from: number, to: number): Verbatim[] {
  return (db.prepare('SELECT * FROM verbatim WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC, id DESC').all(from, to) as VerbatimRow[]).map(toVerbatim);
}

export function getVerbatim(db: Db, id: number): Verbatim | null {
  const row = db.prepare('SELECT * FROM verbatim WHERE id = ?').get(id) as VerbatimRow | undefined;
  return row ? toVerbatim(row) : null;
}

/** Stores a verbatim; its text must already be cleaned of personal data (the service does it). */
export function insertVerbatim(db: Db, v: Omit<Verbatim, 'id'>): number {
  return Number(db.prepare('INSERT INTO verbatim (case_id, text, tag, product_area, created_at, tz) VALUES (?, ?, ?, ?, ?, ?)').run(v.caseId, v.text, v.tag, v.productArea, v.createdAt, v.tz).lastInsertRowid);
}

export function deleteVerbatimRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM verbatim WHERE id = ?').run(id).changes;
}

export function listDismissals(db: Db): Dismissal[] {
  return (db.prepare('SELECT type_id, tag, at FROM level_dismissal').all() as { type_id: number; tag: string; at: number }[]).map((r) => ({ typeId: r.type_id, tag: r.tag, at: r.at }));
}

export function upsertDismissal(db: Db, d: Dismissal): void {
  db.prepare('INSERT INTO level_dismissal (type_id, tag, at) VALUES (?, ?, ?) ON CONFLICT (type_id, tag) DO UPDATE SET at = excluded.at').run(d.typeId, d.tag, d.at);
}

/** The vendor's daily counts for local days in [fromDay, toDay], in order. */
export function vendorCounts(db: Db, fromDay: string, toDay: string): { day: string; count: number }[] {
  return db.prepare('SELECT day, count FROM vendor_count WHERE day >= ? AND day <= ? ORDER BY day').all(fromDay, toDay) as { day: string; count: number }[];
}

export function existingVendorDays(db: Db, days: readonly string[]): number {
  return (db.prepare('SELECT count(*) AS n FROM vendor_count WHERE day IN (SELECT value FROM json_each(?))').get(JSON.stringify(days)) as { n: number }).n;
}

/** Sets a day's count (a new import of the same day replaces it). */
export function upsertVendorCount(db: Db, day: string, count: number): void {
  db.prepare('INSERT INTO vendor_count (day, count) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET count = excluded.count').run(day, count);
}
