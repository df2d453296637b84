// Presets in the user's language (issue 14): the seeded categories and the example job lines the
// user has not edited follow a language switch when the user accepts it (the first run does it
// for the language chosen there).
import { CATEGORY_PRESET_NAMES, presetRenames, type CategoryPresetKey } from '../../shared/audit/categoryPresets';
import { jobExampleNames } from '../../shared/audit/jobExample';
import type { Language } from '../../shared/i18n';
import type { Db } from '../db/types';
import { categoryPresetRows, jobLinePresetRows, renameCategory, rewordJobLine } from './presetsStore';

export interface PresetRename {
  kind: 'category' | 'jobLine';
  id: number;
  from: string;
  to: string;
}

const categoryNames = (key: string) => CATEGORY_PRESET_NAMES[key as CategoryPresetKey] ?? null;

/**
 * The untouched presets not yet in `language`, with their name in it: categories first (in their
 * order), then job-description lines. A preset the user renamed is never listed.
 */
export function pendingPresetRenames(db: Db, language: Language): PresetRename[] {
  return [
    ...presetRenames(categoryPresetRows(db), language, categoryNames).map((r) => ({ kind: 'category' as const, ...r })),
    ...presetRenames(jobLinePresetRows(db), language, jobExampleNames).map((r) => ({ kind: 'jobLine' as const, ...r })),
  ];
}

/** Renames every untouched preset into `language` (one transaction, by the dispatcher); returns what changed. */
export function localizePresets(db: Db, language: Language): PresetRename[] {
  const renames = pendingPresetRenames(db, language);
  for (const r of renames) (r.kind === 'category' ? renameCategory : rewordJobLine)(db, r.id, r.to);
  return renames;
}
