import { DEFAULT_CHARTER } from '../../shared/domain';
import { DEFAULT_INTERRUPTION_SHORTCUT } from '../../shared/shortcuts';
import { settingsSchema, type Settings } from '../../shared/contract/system';
import type { Db } from '../db/types';
import { readAllSettings, writeSetting } from './settingsStore';

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  theme: 'system',
  charter: DEFAULT_CHARTER,
  refocusMinutes: 15,
  backupKeep: 7,
  shortcutInterruption: DEFAULT_INTERRUPTION_SHORTCUT,
  setupDone: false,
};

/** Stored values over defaults; a stored value that no longer validates falls back to its default. */
export function getSettings(db: Db): Settings {
  const stored = readAllSettings(db);
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in stored)) continue;
    const candidate = { ...DEFAULT_SETTINGS, [key]: stored[key] };
    if (settingsSchema.safeParse(candidate).success) merged[key] = stored[key];
  }
  return merged as Settings;
}

export function updateSettings(db: Db, patch: Partial<Settings>): Settings {
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) writeSetting(db, key, value);
  return getSettings(db);
}
