// Time entries and interruptions. This module is the one write path of time entries: the timer,
// batch sessions (through the session clock below), manual entries, CSV imports and calendar
// imports all write through it, and it holds two rules for every source:
//   - no two entries overlap. A running entry covers everything from its start on: it is always
//     the latest entry (nothing is written after its start, and it cannot start before an entry),
//     so it can never run into another one as time passes. The database holds the same rule with
//     triggers (migration 0060); this module checks first and says which entry is in the way;
//   - no entry without length; the timer and batch sessions drop stretches shorter than
//     MIN_TRACKED_MS (a switch pressed by mistake, a pause resumed at once), which would show as
//     "0 min" and add a context switch for nothing.
// One clock at a time: while a batch session runs, its open segment is the running entry (source
// 'batch-session'); the audit timer refuses to start or stop over it (code 'session_running'),
// the calendar pauses the session instead.
import { AppError } from '../../shared/contract/result';
import type { Interruption, InterruptionChannel, TimeEntry } from '../../shared/domain';
import type { Db } from '../db/types';
import { deepCategoryId, getCategory, getResponsibility } from './categoriesStore';
import {
  MAX_ENTRY_MS,
  deleteEntryRow,
  deleteInterruptionRow,
  entriesOverlapping,
  getEntry,
  getInterruption,
  getRunningEntry,
  insertEntry,
  insertInterruption,
  nextEntryStartAfter,
  setEntryEnd,
  setEntrySpan,
  updateEntryRow,
  updateInterruptionRow,
  type EntryWrite,
} from './entriesStore';
import { getSettings } from '../system/settings';
import { alreadyRestored } from '../core/undo';

/**
 * Shortest stretch the timer or a batch session records, in ms (one minute: every screen shows
 * whole minutes, so a shorter entry would read "0 min"). Manual, imported and calendar entries
 * only need a length (end > start).
 */
export const MIN_TRACKED_MS = 60_000;

/** How far an entry covers time: a running entry covers everything from its start on. */
const coverEnd = (e: TimeEntry) => e.end ?? Infinity;

/** The first entry that overlaps [start, end), ignoring `exceptId`; a running entry covers all time from its start. */
export function findOverlap(db: Db, start: number, end: number, _now: number, exceptId?: number): TimeEntry | null {
  for (const e of entriesOverlapping(db, start, end)) {
    if (e.id === exceptId) continue;
    if (e.start < end && coverEnd(e) > start) return e;
  }
  return null;
}

/** 'overlap', naming the entry in the way (a running one ends `now` for the message). */
function overlapError(other: TimeEntry, now: number, message = 'This entry overlaps another one; nothing was saved.'): AppError {
  return new AppError('overlap', message, { otherId: other.id, otherStart: other.start, otherEnd: other.end ?? Math.max(now, other.start), otherSource: other.source, otherRunning: other.end === null ? 1 : 0 });
}

function refuseOverlap(db: Db, start: number, end: number, now: number, exceptId?: number): void {
  const other = findOverlap(db, start, end, now, exceptId);
  if (other) throw overlapError(other, now);
}

/** Refuses a span without length (end ≤ start) or longer than MAX_ENTRY_MS; `line` names an imported row. */
function refuseBadSpan(start: number, end: number, line?: number): void {
  const params = line === undefined ? undefined : { line };
  if (!(end > start)) throw new AppError('invalid_input', 'An entry must end after it starts; nothing was saved.', params, [{ path: 'end', code: 'custom', message: 'end must be after start' }]);
  if (end - start > MAX_ENTRY_MS) throw new AppError('invalid_input', 'An entry lasts at most 24 hours; nothing was saved.', params, [{ path: 'end', code: 'custom', message: 'an entry lasts at most 24 hours' }]);
}

function requireCategory(db: Db, id: number, allowArchived = false) {
  const c = getCategory(db, id);
  if (!c) throw new AppError('not_found', 'This category does not exist.', { id });
  if (c.archived && !allowArchived) throw new AppError('conflict', 'This category is archived.', { id });
  return c;
}

function requireResponsibility(db: Db, id: number | null): void {
  if (id !== null && !getResponsibility(db, id)) throw new AppError('not_found', 'This job-description line does not exist.', { id });
}

function requireEntry(db: Db, id: number): TimeEntry {
  const e = getEntry(db, id);
  if (!e) throw new AppError('not_found', 'This entry no longer exists.', { id });
  return e;
}

/**
 * A closed entry to write: every field but the id, with its end (epoch ms), optionally the CSV
 * line it came from, and `replaceId` to write it over an existing closed entry (an updated
 * calendar event keeps its id, its links and its calendar key).
 */
export type ClosedEntryWrite = EntryWrite & { end: number; line?: number; replaceId?: number };

/**
 * Writes closed entries, all or none (the caller's transaction): the one write path of closed
 * time entries for every source. Refuses ('invalid_input') a span without length or longer than
 * 24 h, and ('overlap', naming the other entry or the file line) a row that overlaps another row
 * of the batch or an entry already stored (the running one counting up to `now`; entries being
 * replaced count at their new span only). One range read of the stored entries and a sweep in
 * start order: no query per row, so a 100,000-row import pays one read. Rows with `replaceId`
 * are written in place (first parked on distinct spans before 1970, so that two events that
 * swapped places never meet the database's overlap triggers half-way), the others inserted.
 * Returns the ids in the input order.
 */
export function insertEntries(db: Db, rows: readonly ClosedEntryWrite[], now: number): number[] {
  if (rows.length === 0) return [];
  for (const r of rows) refuseBadSpan(r.start, r.end, r.line);
  const replacing = new Set<number>();
  for (const r of rows) if (r.replaceId !== undefined) replacing.add(r.replaceId);
  const order = rows.map((_, i) => i).sort((a, b) => rows[a].start - rows[b].start || a - b);
  let from = Infinity;
  let to = -Infinity;
  for (const r of rows) {
    if (r.start < from) from = r.start;
    if (r.end > to) to = r.end;
  }
  const stored = entriesOverlapping(db, from, to).filter((e) => !replacing.has(e.id));
  let j = 0;
  for (let k = 0; k < order.length; k += 1) {
    const r = rows[order[k]];
    const prev = k > 0 ? rows[order[k - 1]] : undefined;
    if (prev && prev.end > r.start) {
      throw new AppError('overlap', 'Two of the new entries overlap; nothing was saved.', { ...(r.line === undefined ? {} : { line: r.line }), ...(prev.line === undefined ? {} : { otherLine: prev.line }) });
    }
    while (j < stored.length && coverEnd(stored[j]) <= r.start) j += 1;
    // stored entries never overlap each other: past the ones ending before r, scan those starting before its end
    for (let m = j; m < stored.length && stored[m].start < r.end; m += 1) {
      if (coverEnd(stored[m]) > r.start) throw overlapError(stored[m], now);
    }
  }
  let parked = 0;
  for (const r of rows) {
    if (r.replaceId === undefined) continue;
    const old = requireEntry(db, r.replaceId);
    if (old.end === null) throw new AppError('timer_running', 'Stop the timer before editing the running entry.');
    parked += 1;
    setEntrySpan(db, old.id, -2 * parked, -2 * parked + 1);
  }
  return rows.map(({ line: _line, replaceId, ...r }) => {
    if (replaceId === undefined) return insertEntry(db, r);
    updateEntryRow(db, replaceId, r);
    return replaceId;
  });
}

/** The fields of a closed entry as the user edits them (no id, no source): instants in epoch ms. */
export type EntryFields = Omit<TimeEntry, 'id' | 'source' | 'end'> & { end: number };

export function createEntry(db: Db, f: EntryFields, now: number): TimeEntry {
  requireCategory(db, f.categoryId);
  requireResponsibility(db, f.responsibilityId);
  const [id] = insertEntries(db, [{ ...f, source: 'manual' }], now);
  return getEntry(db, id)!;
}

export function updateEntry(db: Db, id: number, f: EntryFields, now: number): TimeEntry {
  const old = requireEntry(db, id);
  if (old.end === null) throw new AppError('timer_running', 'Stop the timer before editing the running entry.');
  requireCategory(db, f.categoryId, f.categoryId === old.categoryId);
  requireResponsibility(db, f.responsibilityId);
  refuseBadSpan(f.start, f.end);
  // An entry that keeps its span makes no new overlap: one kept from before migration 0060 that
  // overlaps another stays editable (its note, category, scope).
  if (f.start !== old.start || f.end !== old.end) refuseOverlap(db, f.start, f.end, now, id);
  updateEntryRow(db, id, f);
  return getEntry(db, id)!;
}

/** Deletes a closed entry and returns it as it was (the renderer offers Undo with it). */
export function deleteEntry(db: Db, id: number): TimeEntry {
  const e = requireEntry(db, id);
  if (e.end === null) throw new AppError('timer_running', 'Stop the timer before deleting the running entry.');
  deleteEntryRow(db, id);
  return e;
}

/**
 * Puts back an entry that was deleted (Undo), with its own source and scope fields, through the
 * same checks as any write: its category must exist (archived allowed: it was valid when
 * written), a job-description line deleted since is left out, and it must not overlap what was
 * written in the meantime. Keeps its id when it is still free. Already back (a second press, a
 * backup restore that brought it back): answers it as it is and writes nothing.
 */
export function restoreEntry(db: Db, e: TimeEntry & { end: number }, now: number): TimeEntry {
  const current = getEntry(db, e.id);
  if (current && alreadyRestored(current, e)) return current;
  requireCategory(db, e.categoryId, true);
  const responsibilityId = e.responsibilityId !== null && getResponsibility(db, e.responsibilityId) ? e.responsibilityId : null;
  const { id: oldId, ...rest } = e;
  const [id] = insertEntries(db, [{ ...rest, responsibilityId, ...(getEntry(db, oldId) ? {} : { id: oldId }) }], now);
  return getEntry(db, id)!;
}

/** Cuts a closed entry in two at `at`; both halves keep every field. */
export function splitEntry(db: Db, id: number, at: number, now: number): [TimeEntry, TimeEntry] {
  const e = requireEntry(db, id);
  if (e.end === null) throw new AppError('timer_running', 'Stop the timer before splitting the running entry.');
  if (!(at > e.start && at < e.end)) throw new AppError('invalid_input', 'The split time must fall inside the entry.', { start: e.start, end: e.end });
  setEntryEnd(db, id, at);
  const { id: _id, ...rest } = e;
  const [second] = insertEntries(db, [{ ...rest, start: at, end: e.end }], now);
  return [getEntry(db, id)!, getEntry(db, second)!];
}

/**
 * Ends the running entry at `now`, or earlier: at most 24 hours after its start, and never past
 * the start of an entry written after it began (an entry typed in for later while the timer ran),
 * so that closing it never makes an overlap. A stretch shorter than MIN_TRACKED_MS is removed.
 * Returns the closed entry, or null when there was none or it was removed.
 */
export function closeRunning(db: Db, now: number): TimeEntry | null {
  const running = getRunningEntry(db);
  if (!running) return null;
  const next = nextEntryStartAfter(db, running.start, running.id);
  const end = Math.min(now, running.start + MAX_ENTRY_MS, next ?? Infinity);
  if (end - running.start < MIN_TRACKED_MS) {
    deleteEntryRow(db, running.id);
    return null;
  }
  setEntryEnd(db, running.id, end);
  return getEntry(db, running.id);
}

export function timerState(db: Db, now: number) {
  return { running: getRunningEntry(db), now };
}

function sessionRunningError(running: TimeEntry): AppError {
  return new AppError('session_running', 'A batch session is running: pause it before using the timer.', { entryId: running.id, since: running.start });
}

/** Inserts a running entry from `start` on, refusing when an entry covers that instant or comes after it. */
function openRunning(db: Db, e: Omit<EntryWrite, 'end'>, now: number, message: string): number {
  const clash = findOverlap(db, e.start, Infinity, now);
  if (clash) throw overlapError(clash, now, message);
  return insertEntry(db, { ...e, end: null });
}

/**
 * Starts the timer on a category; a running entry ends at the same instant (a switch). Refused
 * with 'session_running' while a batch session holds the clock: the renderer asks the user to
 * pause the session first.
 */
export function startTimer(db: Db, categoryId: number, tz: string, now: number) {
  requireCategory(db, categoryId);
  const running = getRunningEntry(db);
  if (running?.source === 'batch-session') throw sessionRunningError(running);
  if (running && running.categoryId === categoryId) return timerState(db, now);
  closeRunning(db, now);
  openRunning(db, { start: now, tz, categoryId, note: '', platform: null, responsibilityId: null, visibility: null, source: 'timer' }, now, 'An entry already covers this moment; nothing was started.');
  return timerState(db, now);
}

/** Stops the timer; refused with 'session_running' when the running entry is a batch session's (pause the session). */
export function stopTimer(db: Db, now: number) {
  const running = getRunningEntry(db);
  if (!running) throw new AppError('timer_not_running', 'The timer is not running.');
  if (running.source === 'batch-session') throw sessionRunningError(running);
  closeRunning(db, now);
  return timerState(db, now);
}

export function logInterruption(db: Db, i: { channel: InterruptionChannel; note: string; who: string; at: number; tz: string }): Interruption {
  const refocusMinutes = getSettings(db).refocusMinutes;
  return getInterruption(db, insertInterruption(db, { ...i, note: i.note.trim(), who: i.who.trim(), refocusMinutes }))!;
}

export function updateInterruption(db: Db, i: Omit<Interruption, 'tz'>): Interruption {
  const old = getInterruption(db, i.id);
  if (!old) throw new AppError('not_found', 'This interruption no longer exists.', { id: i.id });
  updateInterruptionRow(db, { ...old, ...i });
  return getInterruption(db, i.id)!;
}

/** Sets the who/where and the note of an interruption that still exists (a reply-protocol case's, when the case is edited); nothing when it is gone. */
export function relabelInterruption(db: Db, id: number, f: { who: string; note: string }): void {
  const old = getInterruption(db, id);
  if (old) updateInterruptionRow(db, { ...old, who: f.who.trim(), note: f.note.trim() });
}

/** Deletes an interruption and returns it as it was (the renderer offers Undo with it). */
export function deleteInterruption(db: Db, id: number): Interruption {
  const old = getInterruption(db, id);
  if (!old || deleteInterruptionRow(db, id) === 0) throw new AppError('not_found', 'This interruption no longer exists.', { id });
  return old;
}

/** Puts back a deleted interruption (Undo) with its own refocus cost, keeping its id when free; one already back is answered as it is (nothing doubled). */
export function restoreInterruption(db: Db, i: Interruption): Interruption {
  const current = getInterruption(db, i.id);
  if (current && alreadyRestored(current, i)) return current;
  const id = insertInterruption(db, { ...(getInterruption(db, i.id) ? {} : { id: i.id }), at: i.at, tz: i.tz, channel: i.channel, who: i.who.trim(), note: i.note.trim(), refocusMinutes: i.refocusMinutes });
  return getInterruption(db, id)!;
}

/**
 * The category a batch session's deep time is recorded in: the first non-archived deep
 * category, preferring the seeded "content creation" one; undefined when there is none.
 */
export function sessionCategoryId(db: Db): number | undefined {
  return deepCategoryId(db);
}

/** What a batch session writes: its zone, deep category and note (the phase, in the app's language). */
export interface SessionSpan {
  tz: string;
  categoryId: number;
  note: string;
}

/**
 * Starts the session clock at `start` (the run's open segment): a running audit timer ends at that
 * instant (the session takes over time tracking), then the segment becomes the running entry
 * (source 'batch-session'). Refused ('overlap') when an entry already covers `start`.
 */
export function startSessionClock(db: Db, start: number, span: SessionSpan, now: number): void {
  const running = getRunningEntry(db);
  if (running) closeRunning(db, Math.min(now, start));
  openRunning(db, { start, ...span, platform: null, responsibilityId: null, visibility: null, source: 'batch-session' }, now, 'An entry already covers this moment; the session was not started.');
}

/**
 * Stops the session clock at `at` (a pause, the next phase, the end, or the last heartbeat after a
 * crash): the running batch-session entry ends there, or is removed when shorter than
 * MIN_TRACKED_MS. Returns false when no session entry was running (a run started before the
 * session clock existed: see recordSessionEntry).
 */
export function stopSessionClock(db: Db, at: number): boolean {
  const running = getRunningEntry(db);
  if (running?.source !== 'batch-session') return false;
  closeRunning(db, at);
  return true;
}

/**
 * Records a closed stretch of a batch session that has no running entry (a run started by an
 * older version): only its parts that no other entry covers, each at least MIN_TRACKED_MS long,
 * so that the session's time never doubles time already recorded.
 */
export function recordSessionEntry(db: Db, e: SessionSpan & { start: number; end: number }, now: number): void {
  let cursor = e.start;
  const gaps: { start: number; end: number }[] = [];
  for (const other of entriesOverlapping(db, e.start, e.end)) {
    if (other.start > cursor) gaps.push({ start: cursor, end: Math.min(other.start, e.end) });
    cursor = Math.max(cursor, coverEnd(other));
  }
  if (cursor < e.end) gaps.push({ start: cursor, end: e.end });
  const rows = gaps.filter((g) => g.end - g.start >= MIN_TRACKED_MS).map((g) => ({ ...g, tz: e.tz, categoryId: e.categoryId, note: e.note, platform: null, responsibilityId: null, visibility: null, source: 'batch-session' as const }));
  insertEntries(db, rows, now);
}
