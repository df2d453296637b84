// SQL for content items.
import type { ContentItem, ContentStatus } from '../../shared/calendar/types';
import type { Db } from '../db/types';
import type { LocalDay } from '../../shared/time';

interface ItemRow {
  id: number;
  title: string;
  channel_id: number | null;
  format_id: number | null;
  pillar_id: number | null;
  planned_date: string | null;
  publish_at: number | null;
  tz: string;
  status: ContentStatus;
  copy: string;
  link: string;
  notes: string;
  session_id: number | null;
}
const toItem = (r: ItemRow): ContentItem => ({
  id: r.id,
  title: r.title,
  channelId: r.channel_id,
  formatId: r.format_id,
  pillarId: r.pillar_id,
  plannedDate: r.planned_date,
  publishAt: r.publish_at,
  tz: r.tz,
  status: r.status,
  copy: r.copy,
  link: r.link,
  notes: r.notes,
  sessionId: r.session_id,
});

export function getItem(db: Db, id: number): ContentItem | undefined {
  const r = db.prepare('SELECT * FROM content_item WHERE id = ?').get(id) as ItemRow | undefined;
  return r && toItem(r);
}

/**
 * Items planned between two dates (inclusive), and items with no planned date whose
 * publish time falls between the two instants.
 */
export function listItemsInRange(db: Db, from: LocalDay, to: LocalDay, fromMs: number, toMs: number): ContentItem[] {
  const rows = db
    .prepare(
      `SELECT * FROM content_item WHERE planned_date BETWEEN ? AND ?
       UNION ALL
       SELECT * FROM content_item WHERE planned_date IS NULL AND publish_at >= ? AND publish_at < ?
       ORDER BY planned_date, publish_at, id`,
    )
    .all(from, to, fromMs, toMs) as ItemRow[];
  return rows.map(toItem);
}

/** Ideas with neither a planned date nor a publish time, newest first. */
export function listBacklog(db: Db): ContentItem[] {
  return (db.prepare("SELECT * FROM content_item WHERE planned_date IS NULL AND publish_at IS NULL AND status <> 'archived' ORDER BY id DESC").all() as ItemRow[]).map(toItem);
}

export function listSessionItems(db: Db, sessionId: number): ContentItem[] {
  return (db.prepare('SELECT * FROM content_item WHERE session_id = ? ORDER BY planned_date IS NULL, planned_date, id').all(sessionId) as ItemRow[]).map(toItem);
}

/** Inserts an item (its id only to put a deleted one back). */
export function insertItem(db: Db, item: Omit<ContentItem, 'id'> & { id?: number }, now: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO content_item (id, title, channel_id, format_id, pillar_id, planned_date, publish_at, tz, status, copy, link, notes, session_id, created_at, updated_at)
         VALUES (@id, @title, @channelId, @formatId, @pillarId, @plannedDate, @publishAt, @tz, @status, @copy, @link, @notes, @sessionId, @now, @now)`,
      )
      .run({ id: null, ...item, now }).lastInsertRowid,
  );
}

export function updateItemRow(db: Db, item: ContentItem, now: number): void {
  db.prepare(
    `UPDATE content_item SET title = @title, channel_id = @channelId, format_id = @formatId, pillar_id = @pillarId, planned_date = @plannedDate,
       publish_at = @publishAt, tz = @tz, status = @status, copy = @copy, link = @link, notes = @notes, session_id = @sessionId, updated_at = @now
     WHERE id = @id`,
  ).run({ ...item, now });
}

export function setItemStatus(db: Db, id: number, status: ContentStatus, now: number): void {
  db.prepare('UPDATE content_item SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

export function setItemsSession(db: Db, ids: readonly number[], sessionId: number | null, now: number): number {
  const stmt = db.prepare('UPDATE content_item SET session_id = ?, updated_at = ? WHERE id = ?');
  return ids.reduce((n, id) => n + stmt.run(sessionId, now, id).changes, 0);
}

export function deleteItemRow(db: Db, id: number): void {
  db.prepare('DELETE FROM content_item WHERE id = ?').run(id);
}

/** Active items (idea to review) of a month with no session or in the given one. */
export function listUnpreparedItemIds(db: Db, from: LocalDay, to: LocalDay, sessionId: number): number[] {
  return (
    db
      .prepare(
        `SELECT id FROM content_item WHERE planned_date BETWEEN ? AND ? AND status IN ('idea', 'drafting', 'visuals', 'review')
         AND (session_id IS NULL OR session_id = ?) ORDER BY planned_date, id`,
      )
      .all(from, to, sessionId) as { id: number }[]
  ).map((r) => r.id);
}
