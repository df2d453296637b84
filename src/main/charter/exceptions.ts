// Exceptions to the charter: a day of justified work outside it (a crisis), one per day.
import { AppError } from '../../shared/contract/result';
import type { CharterException } from '../../shared/contract/charter';
import type { Db } from '../db/types';
import { deleteExceptionRow, exceptionIdOn, insertException, readException, readExceptions, updateExceptionRow } from './exceptionsStore';

export function listExceptions(db: Db, range: { from?: string; to?: string } = {}): CharterException[] {
  return readExceptions(db, range.from, range.to);
}

function getException(db: Db, id: number): CharterException {
  const e = readException(db, id);
  if (!e) throw new AppError('not_found', `Exception ${id} does not exist.`);
  return e;
}

function refuseTaken(db: Db, day: string, self: number | null): void {
  const other = exceptionIdOn(db, day);
  if (other !== null && other !== self) throw new AppError('exception_exists', `The day ${day} already has an exception.`, { day });
}

export function createException(db: Db, input: Omit<CharterException, 'id' | 'createdAt'>, now: number): CharterException {
  refuseTaken(db, input.day, null);
  return getException(db, insertException(db, input, now));
}

export function updateException(db: Db, input: Partial<Omit<CharterException, 'id' | 'createdAt'>> & { id: number }, now: number): CharterException {
  const current = getException(db, input.id);
  const next: CharterException = {
    ...current,
    day: input.day ?? current.day,
    reason: input.reason ?? current.reason,
    minutes: input.minutes ?? current.minutes,
    recoveryMinutes: input.recoveryMinutes ?? current.recoveryMinutes,
  };
  refuseTaken(db, next.day, current.id);
  updateExceptionRow(db, next, now);
  return getException(db, current.id);
}

export function deleteException(db: Db, id: number): { done: true } {
  if (deleteExceptionRow(db, id) === 0) throw new AppError('not_found', `Exception ${id} does not exist.`);
  return { done: true };
}
