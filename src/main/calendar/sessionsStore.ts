// SQL for batch sessions and the calendar's preferences (the ritual slot).
import type { BatchSession, RunState } from '../../shared/calendar/types';
import type { Db } from '../db/types';
import type { LocalDay } from '../../shared/time';

interface SessionRow {
  id: number;
  date: string;
  start_minute: number;
  end_minute: number;
  tz: string;
  target_month: string;
  run_state: string;
  last_alive_at: number | null;
  time_boxes: string | null;
  item_count?: number;
}
export interface StoredSession extends BatchSession {
  lastAliveAt: number | null;
  timeBoxes: number[] | null;
  itemCount: number;
}
const toSession = (r: SessionRow): StoredSession => ({
  id: r.id,
  date: r.date,
  start: r.start_minute,
  end: r.end_minute,
  tz: r.tz,
  targetMonth: r.target_month,
  state: JSON.parse(r.run_state) as RunState,
  lastAliveAt: r.last_alive_at,
  timeBoxes: r.time_boxes === null ? null : (JSON.parse(r.time_boxes) as number[]),
  itemCount: r.item_count ?? 0,
});
const SESSION_SELECT = 'SELECT s.*, (SELECT count(*) FROM content_item i WHERE i.session_id = s.id) AS item_count FROM batch_session s';

export function listSessions(db: Db): StoredSession[] {
  return (db.prepare(`${SESSION_SELECT} ORDER BY s.date DESC, s.start_minute DESC, s.id DESC`).all() as SessionRow[]).map(toSession);
}
export function getSession(db: Db, id: number): StoredSession | undefined {
  const r = db.prepare(`${SESSION_SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined;
  return r && toSession(r);
}
/** The first session on or after a date that is not finished. */
export function nextSessionFrom(db: Db, date: LocalDay): StoredSession | undefined {
  const r = db
    .prepare(`${SESSION_SELECT} WHERE s.date >= ? AND json_extract(s.run_state, '$.status') <> 'finished' ORDER BY s.date, s.start_minute, s.id LIMIT 1`)
    .get(date) as SessionRow | undefined;
  return r && toSession(r);
}
export function insertSession(db: Db, s: Omit<BatchSession, 'id'>, now: number): number {
  return Number(
    db
      .prepare('INSERT INTO batch_session (date, start_minute, end_minute, tz, target_month, run_state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(s.date, s.start, s.end, s.tz, s.targetMonth, JSON.stringify(s.state), now).lastInsertRowid,
  );
}
export function updateSessionRow(db: Db, s: BatchSession): void {
  db.prepare('UPDATE batch_session SET date = ?, start_minute = ?, end_minute = ?, target_month = ?, run_state = ? WHERE id = ?').run(s.date, s.start, s.end, s.targetMonth, JSON.stringify(s.state), s.id);
}
export function setSessionTimeBoxes(db: Db, id: number, boxes: readonly number[] | null): void {
  db.prepare('UPDATE batch_session SET time_boxes = ? WHERE id = ?').run(boxes === null ? null : JSON.stringify(boxes), id);
}
export function setSessionAlive(db: Db, id: number, at: number): void {
  db.prepare('UPDATE batch_session SET last_alive_at = ? WHERE id = ?').run(at, id);
}
export function deleteSessionRow(db: Db, id: number): void {
  db.prepare('DELETE FROM batch_session WHERE id = ?').run(id);
}

export function getPref(db: Db, key: string): unknown {
  const r = db.prepare('SELECT value FROM calendar_pref WHERE key = ?').get(key) as { value: string } | undefined;
  return r ? (JSON.parse(r.value) as unknown) : undefined;
}
export function setPref(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO calendar_pref (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
