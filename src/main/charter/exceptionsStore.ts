// SQL of the charter's exceptions (one per local day).
import type { CharterException } from '../../shared/contract/charter';
import type { Db } from '../db/types';

interface ExceptionRow {
  id: number;
  day: string;
  reason: string;
  minutes: number;
  recovery_minutes: number;
  created_at: number;
}

const toException = (r: ExceptionRow): CharterException => ({ id: r.id, day: r.day, reason: r.reason, minutes: r.minutes, recoveryMinutes: r.recovery_minutes, createdAt: r.created_at });

/** Exceptions whose day is in [from, to] (local days, both included), newest first. */
export function readExceptions(db: Db, from = '0000-01-01', to = '9999-12-31'): CharterException[] {
  return (db.prepare('SELECT id, day, reason, minutes, recovery_minutes, created_at FROM charter_exception WHERE day >= ? AND day <= ? ORDER BY day DESC').all(from, to) as ExceptionRow[]).map(toException);
}

export function readException(db: Db, id: number): CharterException | null {
  const r = db.prepare('SELECT id, day, reason, minutes, recovery_minutes, created_at FROM charter_exception WHERE id = ?').get(id) as ExceptionRow | undefined;
  return r ? toException(r) : null;
}

/** The id of the exception of a day, if any. */
export function exceptionIdOn(db: Db, day: string): number | null {
  return (db.prepare('SELECT id FROM charter_exception WHERE day = ?').pluck().get(day) as number | undefined) ?? null;
}

export function insertException(db: Db, e: Omit<CharterException, 'id' | 'createdAt'>, now: number): number {
  return Number(
    db.prepare('INSERT INTO charter_exception (day, reason, minutes, recovery_minutes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(e.day, e.reason, e.minutes, e.recoveryMinutes, now, now)
      .lastInsertRowid,
  );
}

export function updateExceptionRow(db: Db, e: CharterException, now: number): void {
  db.prepare('UPDATE charter_exception SET day = ?, reason = ?, minutes = ?, recovery_minutes = ?, updated_at = ? WHERE id = ?').run(e.day, e.reason, e.minutes, e.recoveryMinutes, now, e.id);
}

export function deleteExceptionRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM charter_exception WHERE id = ?').run(id).changes;
}
