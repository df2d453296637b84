// SQL of what the time import remembers: column mappings by header signature, categories by
// source value, and calendar events' entries by UID and RECURRENCE-ID (migration 0050).
import type { ImportSourceKind } from '../../shared/contract/audit';
import type { Db } from '../db/types';

/** The saved column mapping (role → column index) of a header signature, or null. */
export function savedColumnMapping(db: Db, signature: string): Record<string, number> | null {
  const json = db.prepare('SELECT mapping FROM import_column_map WHERE signature = ?').pluck().get(signature) as string | undefined;
  if (json === undefined) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, number>) : null;
  } catch {
    return null;
  }
}

export function saveColumnMapping(db: Db, signature: string, mapping: Record<string, number>, now: number): void {
  db.prepare('INSERT INTO import_column_map (signature, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at').run(signature, JSON.stringify(mapping), now);
}

/** Remembered categories of `values` (of one kind), for the categories that still exist and are not archived. */
export function rememberedCategories(db: Db, kind: ImportSourceKind, values: string[]): Map<string, number> {
  const found = new Map<string, number>();
  const stmt = db.prepare('SELECT m.category_id FROM import_value_category m JOIN category c ON c.id = m.category_id WHERE m.kind = ? AND m.value = ? AND c.archived = 0').pluck();
  for (const v of values) {
    const id = stmt.get(kind, v) as number | undefined;
    if (id !== undefined) found.set(v, id);
  }
  return found;
}

export function rememberCategory(db: Db, kind: ImportSourceKind, value: string, categoryId: number, now: number): void {
  db.prepare('INSERT INTO import_value_category (kind, value, category_id, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, value) DO UPDATE SET category_id = excluded.category_id, updated_at = excluded.updated_at').run(kind, value, categoryId, now);
}

/** A calendar event as it was last imported: its span (epoch ms) and the note made from it. */
export interface IcsEventState {
  start: number;
  end: number;
  note: string;
}

/**
 * The entry made from a calendar event before (by UID and RECURRENCE-ID; null when the user
 * deleted it since) and the event as it was then (null when not known), or null for an event
 * never imported.
 */
export function icsEventKey(db: Db, uid: string, recurrenceId: string): { entryId: number | null; event: IcsEventState | null } | null {
  const row = db.prepare('SELECT entry_id, event_start, event_end, event_note FROM ics_event_key WHERE uid = ? AND recurrence_id = ?').get(uid, recurrenceId) as
    | { entry_id: number | null; event_start: number | null; event_end: number | null; event_note: string | null }
    | undefined;
  if (!row) return null;
  const event = row.event_start === null || row.event_end === null || row.event_note === null ? null : { start: row.event_start, end: row.event_end, note: row.event_note };
  return { entryId: row.entry_id, event };
}

/** Links a calendar event to its entry and remembers the event as imported now. */
export function saveIcsKey(db: Db, uid: string, recurrenceId: string, entryId: number, event: IcsEventState): void {
  db.prepare(
    `INSERT INTO ics_event_key (uid, recurrence_id, entry_id, event_start, event_end, event_note) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (uid, recurrence_id) DO UPDATE SET entry_id = excluded.entry_id, event_start = excluded.event_start, event_end = excluded.event_end, event_note = excluded.event_note`,
  ).run(uid, recurrenceId, entryId, event.start, event.end, event.note);
}
