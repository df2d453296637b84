// Time entries and interruptions: overlap refusal, timer start/switch/stop, split.
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
  setEntryEnd,
  updateEntryRow,
  updateInterruptionRow,
  type EntryWrite,
} from './entriesStore';
import { getSettings } from '../system/settings';

/** The first entry that overlaps [start, end), ignoring `exceptId`; a running entry counts up to `now`. */
export function findOverlap(db: Db, start: number, end: number, now: number, exceptId?: number): TimeEntry | null {
  for (const e of entriesOverlapping(db, start, end)) {
    if (e.id === exceptId) continue;
    const eEnd = e.end ?? Math.max(now, e.start + 1);
    if (e.start < end && eEnd > start) return e;
  }
  return null;
}

function refuseOverlap(db: Db, start: number, end: number, now: number, exceptId?: number): void {
  const other = findOverlap(db, start, end, now, exceptId);
  if (other) throw new AppError('overlap', 'This entry overlaps another one; nothing was saved.', { otherId: other.id, otherStart: other.start, otherEnd: other.end ?? now });
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

/** The fields of a closed entry as the user edits them (no id, no source): instants in epoch ms. */
export type EntryFields = Omit<TimeEntry, 'id' | 'source' | 'end'> & { end: number };

export function createEntry(db: Db, f: EntryFields, now: number): TimeEntry {
  requireCategory(db, f.categoryId);
  requireResponsibility(db, f.responsibilityId);
  refuseOverlap(db, f.start, f.end, now);
  return getEntry(db, insertEntry(db, { ...f, source: 'manual' }))!;
}

export function updateEntry(db: Db, id: number, f: EntryFields, now: number): TimeEntry {
  const old = requireEntry(db, id);
  if (old.end === null) throw new AppError('timer_running', 'Stop the timer before editing the running entry.');
  requireCategory(db, f.categoryId, f.categoryId === old.categoryId);
  requireResponsibility(db, f.responsibilityId);
  refuseOverlap(db, f.start, f.end, now, id);
  updateEntryRow(db, id, f);
  return getEntry(db, id)!;
}

export function deleteEntry(db: Db, id: number): void {
  if (deleteEntryRow(db, id) === 0) throw new AppError('not_found', 'This entry no longer exists.', { id });
}

/** Cuts a closed entry in two at `at`; both halves keep every field. */
export function splitEntry(db: Db, id: number, at: number): [TimeEntry, TimeEntry] {
  const e = requireEntry(db, id);
  if (e.end === null) throw new AppError('timer_running', 'Stop the timer before splitting the running entry.');
  if (!(at > e.start && at < e.end)) throw new AppError('invalid_input', 'The split time must fall inside the entry.', { start: e.start, end: e.end });
  setEntryEnd(db, id, at);
  const w: EntryWrite = { ...e, start: at, end: e.end };
  const second = insertEntry(db, w);
  return [getEntry(db, id)!, getEntry(db, second)!];
}

/** Ends the running entry at `now` (at most 24 hours after its start); removes it if it has no length. */
export function closeRunning(db: Db, now: number): void {
  const running = getRunningEntry(db);
  if (!running) return;
  const end = Math.min(now, running.start + MAX_ENTRY_MS);
  if (end <= running.start) deleteEntryRow(db, running.id);
  else setEntryEnd(db, running.id, end);
}

export function timerState(db: Db, now: number) {
  return { running: getRunningEntry(db), now };
}

/** Starts the timer on a category; a running entry ends at the same instant (a switch). */
export function startTimer(db: Db, categoryId: number, tz: string, now: number) {
  requireCategory(db, categoryId);
  const running = getRunningEntry(db);
  if (running && running.categoryId === categoryId) return timerState(db, now);
  closeRunning(db, now);
  const clash = findOverlap(db, now, now + 1, now);
  if (clash) throw new AppError('overlap', 'An entry already covers this moment; nothing was started.', { otherId: clash.id, otherStart: clash.start, otherEnd: clash.end ?? now });
  insertEntry(db, { start: now, end: null, tz, categoryId, note: '', platform: null, responsibilityId: null, visibility: null, source: 'timer' });
  return timerState(db, now);
}

export function stopTimer(db: Db, now: number) {
  if (!getRunningEntry(db)) throw new AppError('timer_not_running', 'The timer is not running.');
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

export function deleteInterruption(db: Db, id: number): void {
  if (deleteInterruptionRow(db, id) === 0) throw new AppError('not_found', 'This interruption no longer exists.', { id });
}

/**
 * The category a batch session's deep time is recorded in: the first non-archived deep
 * category, preferring the seeded "content creation" one; undefined when there is none.
 */
export function sessionCategoryId(db: Db): number | undefined {
  return deepCategoryId(db);
}

/**
 * Records a closed span of a batch session as a deep time entry (source 'batch-session').
 * The calendar writes audit time through here only. A span without length is not stored.
 */
export function recordSessionEntry(db: Db, e: { start: number; end: number; tz: string; categoryId: number; note: string }): void {
  if (e.end <= e.start) return;
  insertEntry(db, { ...e, platform: null, responsibilityId: null, visibility: null, source: 'batch-session' });
}

/** Ends the running timer at `now` if there is one (a batch session takes over time tracking). */
export function endRunningTimer(db: Db, now: number): void {
  if (getRunningEntry(db)) closeRunning(db, now);
}
