// Saved audits: a named period with notes and conclusions.
import { AppError } from '../../shared/contract/result';
import type { Db } from '../db/types';
import { deleteSavedAuditRow, getSavedAudit, insertSavedAudit, updateSavedAuditRow, type SavedAudit } from './categoriesStore';

export function createSavedAudit(db: Db, a: Omit<SavedAudit, 'id'>): SavedAudit {
  return getSavedAudit(db, insertSavedAudit(db, { ...a, name: a.name.trim() }))!;
}

export function updateSavedAudit(db: Db, patch: { id: number; name?: string; notes?: string; conclusions?: string }): SavedAudit {
  const old = getSavedAudit(db, patch.id);
  if (!old) throw new AppError('not_found', 'This saved audit no longer exists.', { id: patch.id });
  const next = { ...old, name: patch.name?.trim() ?? old.name, notes: patch.notes ?? old.notes, conclusions: patch.conclusions ?? old.conclusions };
  updateSavedAuditRow(db, next);
  return next;
}

export function deleteSavedAudit(db: Db, id: number): void {
  if (deleteSavedAuditRow(db, id) === 0) throw new AppError('not_found', 'This saved audit no longer exists.', { id });
}
