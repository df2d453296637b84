// Categories (archive rather than delete when used) and job-description lines.
import { AppError } from '../../shared/contract/result';
import { jobExampleKeyOf } from '../../shared/audit/jobExample';
import { markJobLine } from './presetsStore';
import { splitJobDescription } from '../../shared/audit/jobDescription';
import type { Category, Mode, Responsibility, Visibility } from '../../shared/domain';
import type { Db } from '../db/types';
import {
  categoryUseCount,
  deleteCategoryRow,
  deleteResponsibilityRow,
  getCategory,
  getResponsibility,
  insertCategory,
  insertResponsibility,
  listResponsibilities,
  updateCategoryRow,
  updateResponsibilityText,
} from './categoriesStore';
import { getRunningEntry } from './entriesStore';

export function createCategory(db: Db, c: { name: string; color: string; mode: Mode; responsibilityId: number | null; visibility: Visibility }): Category {
  if (c.responsibilityId !== null && !getResponsibility(db, c.responsibilityId)) throw new AppError('not_found', 'This job-description line does not exist.');
  return getCategory(db, insertCategory(db, c))!;
}

export function updateCategory(db: Db, patch: Partial<Omit<Category, 'sortOrder'>> & { id: number }): Category {
  const old = getCategory(db, patch.id);
  if (!old) throw new AppError('not_found', 'This category does not exist.', { id: patch.id });
  const next: Category = { ...old };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  if (next.responsibilityId !== null && !getResponsibility(db, next.responsibilityId)) throw new AppError('not_found', 'This job-description line does not exist.');
  if (next.archived && !old.archived && getRunningEntry(db)?.categoryId === old.id) throw new AppError('timer_running', 'Stop the timer before archiving its category.');
  updateCategoryRow(db, next);
  return getCategory(db, old.id)!;
}

/** Deletes an unused category; a used one must be archived instead (its history stays). */
export function deleteCategory(db: Db, id: number): void {
  if (!getCategory(db, id)) throw new AppError('not_found', 'This category does not exist.', { id });
  const uses = categoryUseCount(db, id);
  if (uses > 0) throw new AppError('category_in_use', 'This category has time entries; archive it instead.', { entries: uses });
  deleteCategoryRow(db, id);
}

/**
 * One responsibility per non-empty line of a pasted job description (bullets stripped, duplicates
 * skipped; see splitJobDescription). Title and heading lines are kept here: the renderer offers to
 * leave them out before pasting.
 */
export function jobDescriptionLines(text: string): string[] {
  return splitJobDescription(text).map((l) => l.text);
}

export function pasteJobDescription(db: Db, text: string): Responsibility[] {
  const existing = new Set(listResponsibilities(db).map((r) => r.text.toLocaleLowerCase()));
  const lines = jobDescriptionLines(text);
  if (lines.length === 0) throw new AppError('invalid_input', 'The job description has no line.');
  for (const line of lines) {
    if (existing.has(line.toLocaleLowerCase())) continue;
    const id = insertResponsibility(db, line);
    // A line of the example keeps its key, so that a language switch can reword it (issue 14).
    const key = jobExampleKeyOf(line);
    if (key) markJobLine(db, id, key);
  }
  return listResponsibilities(db);
}

export function updateResponsibility(db: Db, id: number, text: string): Responsibility {
  if (updateResponsibilityText(db, id, text) === 0) throw new AppError('not_found', 'This job-description line does not exist.', { id });
  return getResponsibility(db, id)!;
}

export function deleteResponsibility(db: Db, id: number): void {
  if (deleteResponsibilityRow(db, id) === 0) throw new AppError('not_found', 'This job-description line does not exist.', { id });
}
