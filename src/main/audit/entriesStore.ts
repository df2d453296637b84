// SQL for time entries, interruptions and import bookkeeping. Range reads use the start/end/at indexes.
import type { EntrySource, Interruption, InterruptionChannel, TimeEntry, Visibility } from '../../shared/domain';
import type { Db } from '../db/types';

/** Longest closed entry allowed; lets range reads bound their scan of the start index. */
export const MAX_ENTRY_MS = 24 * 3_600_000;

interface EntryRow {
  id: number;
  start_at: number;
  end_at: number | null;
  tz: string;
  category_id: number;
  note: string;
  platform: string | null;
  responsibility_id: number | null;
  visibility: Visibility | null;
  source: EntrySource;
}

const toEntry = (r: EntryRow): TimeEntry => ({
  id: r.id,
  start: r.start_at,
  end: r.end_at,
  tz: r.tz,
  categoryId: r.category_id,
  note: r.note,
  platform: r.platform,
  responsibilityId: r.responsibility_id,
  visibility: r.visibility,
  source: r.source,
});

const ENTRY_COLUMNS = 'id, start_at, end_at, tz, category_id, note, platform, responsibility_id, visibility, source';

export function getEntry(db: Db, id: number): TimeEntry | null {
  const row = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM time_entry WHERE id = ?`).get(id) as EntryRow | undefined;
  return row ? toEntry(row) : null;
}

export function getRunningEntry(db: Db): TimeEntry | null {
  const row = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM time_entry WHERE end_at IS NULL`).get() as EntryRow | undefined;
  return row ? toEntry(row) : null;
}

/**
 * Closed entries overlapping [from, to), by a bounded range scan of the start index (a closed
 * entry is at most MAX_ENTRY_MS long), plus the running entry if it started before `to`.
 */
export function entriesOverlapping(db: Db, from: number, to: number): TimeEntry[] {
  const rows = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM time_entry INDEXED BY time_entry_start
        WHERE start_at >= @low AND start_at < @to AND end_at > @from
       UNION ALL
       SELECT ${ENTRY_COLUMNS} FROM time_entry WHERE end_at IS NULL AND start_at < @to
       ORDER BY start_at, id`,
    )
    // rows as arrays: building the objects here costs about half of what the driver's named rows cost
    .raw(true)
    .all({ low: from - MAX_ENTRY_MS, from, to }) as [number, number, number | null, string, number, string, string | null, number | null, Visibility | null, EntrySource][];
  return rows.map(([id, start, end, tz, categoryId, note, platform, responsibilityId, visibility, source]) => ({ id, start, end, tz, categoryId, note, platform, responsibilityId, visibility, source }));
}

/** The first instant anything was tracked (an entry's start or an interruption), epoch ms; null on an empty audit. Two index seeks. */
export function firstTrackedAt(db: Db): number | null {
  const entry = db.prepare('SELECT min(start_at) FROM time_entry -- plucked').pluck().get() as number | null;
  const interruption = db.prepare('SELECT min(at) FROM interruption -- plucked').pluck().get() as number | null;
  if (entry === null) return interruption;
  return interruption === null ? entry : Math.min(entry, interruption);
}

/** The start of the first entry that starts after `after` (epoch ms), other than `exceptId`; null when none. */
export function nextEntryStartAfter(db: Db, after: number, exceptId: number): number | null {
  return (db.prepare('SELECT min(start_at) FROM time_entry WHERE start_at > ? AND id <> ? -- plucked').pluck().get(after, exceptId) as number | null) ?? null;
}

/** A row to write: an entry (its id only to put a deleted one back), and the import batch that brought it (if any). */
export type EntryWrite = Omit<TimeEntry, 'id'> & { id?: number; importBatchId?: number | null };

export function insertEntry(db: Db, e: EntryWrite): number {
  return Number(
    db
      .prepare(
        'INSERT INTO time_entry (id, start_at, end_at, tz, category_id, note, platform, responsibility_id, visibility, source, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(e.id ?? null, e.start, e.end, e.tz, e.categoryId, e.note, e.platform, e.responsibilityId, e.visibility, e.source, e.importBatchId ?? null).lastInsertRowid,
  );
}

export function updateEntryRow(db: Db, id: number, e: Omit<EntryWrite, 'source' | 'importBatchId'>): void {
  db.prepare('UPDATE time_entry SET start_at = ?, end_at = ?, tz = ?, category_id = ?, note = ?, platform = ?, responsibility_id = ?, visibility = ? WHERE id = ?').run(
    e.start,
    e.end,
    e.tz,
    e.categoryId,
    e.note,
    e.platform,
    e.responsibilityId,
    e.visibility,
    id,
  );
}

/** Moves an entry's span (epoch ms) and nothing else; the one write path parks entries with it. */
export function setEntrySpan(db: Db, id: number, start: number, end: number): void {
  db.prepare('UPDATE time_entry SET start_at = ?, end_at = ? WHERE id = ?').run(start, end, id);
}

export function setEntryEnd(db: Db, id: number, end: number): void {
  db.prepare('UPDATE time_entry SET end_at = ? WHERE id = ?').run(end, id);
}

export function deleteEntryRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM time_entry WHERE id = ?').run(id).changes;
}

interface InterruptionRow {
  id: number;
  at: number;
  tz: string;
  channel: InterruptionChannel;
  who: string;
  note: string;
  refocus_minutes: number;
}

const toInterruption = (r: InterruptionRow): Interruption => ({ id: r.id, at: r.at, tz: r.tz, channel: r.channel, who: r.who, note: r.note, refocusMinutes: r.refocus_minutes });

export function interruptionsBetween(db: Db, from: number, to: number): Interruption[] {
  return (db.prepare('SELECT * FROM interruption WHERE at >= ? AND at < ? ORDER BY at, id').all(from, to) as InterruptionRow[]).map(toInterruption);
}

export function getInterruption(db: Db, id: number): Interruption | null {
  const row = db.prepare('SELECT * FROM interruption WHERE id = ?').get(id) as InterruptionRow | undefined;
  return row ? toInterruption(row) : null;
}

/** Inserts an interruption (its id only to put a deleted one back). */
export function insertInterruption(db: Db, i: Omit<Interruption, 'id'> & { id?: number }): number {
  return Number(
    db.prepare('INSERT INTO interruption (id, at, tz, channel, who, note, refocus_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)').run(i.id ?? null, i.at, i.tz, i.channel, i.who, i.note, i.refocusMinutes).lastInsertRowid,
  );
}

export function updateInterruptionRow(db: Db, i: Interruption): void {
  db.prepare('UPDATE interruption SET at = ?, tz = ?, channel = ?, who = ?, note = ?, refocus_minutes = ? WHERE id = ?').run(i.at, i.tz, i.channel, i.who, i.note, i.refocusMinutes, i.id);
}

export function deleteInterruptionRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM interruption WHERE id = ?').run(id).changes;
}

/**
 * Which of `ids` were imported before. When the file brings at least as many ids as the table
 * holds (the usual case), one scan of the table beats a lookup per id; otherwise, lookups.
 * The table's size is bounded by its largest rowid (an index seek, where count(*) would be a
 * second scan); keys are never deleted one by one, so the bound is close.
 */
export function knownImportKeys(db: Db, ids: string[]): Set<string> {
  const found = new Set<string>();
  const stored = (db.prepare('SELECT max(rowid) FROM import_key -- plucked').pluck().get() as number | null) ?? 0;
  if (stored === 0) return found;
  if (stored <= ids.length) {
    const wanted = new Set(ids);
    for (const id of db.prepare('SELECT external_id FROM import_key -- plucked').pluck().iterate() as IterableIterator<string>) if (wanted.has(id)) found.add(id);
  } else {
    const stmt = db.prepare('SELECT 1 FROM import_key WHERE external_id = ?');
    for (const id of ids) if (stmt.get(id)) found.add(id);
  }
  return found;
}

export function insertImportBatch(db: Db, b: { createdAt: number; fileName: string; format: string; rowCount: number }): number {
  return Number(db.prepare('INSERT INTO import_batch (created_at, file_name, format, row_count) VALUES (?, ?, ?, ?)').run(b.createdAt, b.fileName, b.format, b.rowCount).lastInsertRowid);
}

export function insertImportKey(db: Db, externalId: string, batchId: number): void {
  db.prepare('INSERT INTO import_key (external_id, batch_id) VALUES (?, ?)').run(externalId, batchId);
}

/**
 * The entries of entriesOverlapping (the same ones, in start order, the running entry whatever
 * its age) as lean rows: id, start, end (epoch ms; end null while running) and category; no
 * zone, note, platform or scope overrides (responsibility and visibility empty). For the figures
 * that do not look at scope (computeAuditMetrics' outOfScope, invisible and scopeMapped do): the
 * Today screen, the weekly trend over years, the charter's year, veille's monitoring time.
 */
export function leanEntriesOverlapping(db: Db, from: number, to: number): TimeEntry[] {
  const low = from - MAX_ENTRY_MS;
  // One index range in start order (no sort): a stopped entry lasts at most 24 h.
  const rows = db
    .prepare(
      `SELECT id, start_at, end_at, category_id FROM time_entry INDEXED BY time_entry_start
        WHERE start_at >= ? AND start_at < ? AND (end_at > ? OR end_at IS NULL)
        ORDER BY start_at -- lean`,
    )
    .raw(true)
    .all(low, to, from) as [number, number, number | null, number][];
  // A timer left running for more than a day started before that range; it is the latest entry
  // (it covers everything from its start), so it comes alone and first.
  const older = db.prepare('SELECT id, start_at, end_at, category_id FROM time_entry WHERE end_at IS NULL AND start_at < ? -- lean').raw(true).all(low) as [number, number, null, number][];
  return [...older, ...rows].map(([id, start, end, categoryId]) => ({ id, start, end, tz: '', categoryId, note: '', platform: null, responsibilityId: null, visibility: null, source: 'manual' }));
}

/** Lean interruptions: instant, channel, refocus cost and who (the charter counts contacts by requester); no note. */
export function leanInterruptionsBetween(db: Db, from: number, to: number): Interruption[] {
  const rows = db.prepare('SELECT id, at, channel, refocus_minutes, who FROM interruption WHERE at >= ? AND at < ? ORDER BY at, id -- lean').raw(true).all(from, to) as [number, number, Interruption['channel'], number, string][];
  return rows.map(([id, at, channel, refocusMinutes, who]) => ({ id, at, tz: '', channel, who, note: '', refocusMinutes }));
}
