// SQL for the preset marks (migration 0070): which categories and job-description lines were
// seeded, and their renames.
import type { Db } from '../db/types';

export interface PresetRowRecord {
  id: number;
  text: string;
  presetKey: string | null;
}

export function categoryPresetRows(db: Db): PresetRowRecord[] {
  return db.prepare('SELECT id, name AS text, preset_key AS presetKey FROM category WHERE preset_key IS NOT NULL ORDER BY sort_order, id').all() as PresetRowRecord[];
}

export function jobLinePresetRows(db: Db): PresetRowRecord[] {
  return db.prepare('SELECT id, text, preset_key AS presetKey FROM responsibility WHERE preset_key IS NOT NULL ORDER BY sort_order, id').all() as PresetRowRecord[];
}

export function renameCategory(db: Db, id: number, name: string): void {
  db.prepare('UPDATE category SET name = ? WHERE id = ?').run(name, id);
}

export function rewordJobLine(db: Db, id: number, text: string): void {
  db.prepare('UPDATE responsibility SET text = ? WHERE id = ?').run(text, id);
}

export function markJobLine(db: Db, id: number, presetKey: string): void {
  db.prepare('UPDATE responsibility SET preset_key = ? WHERE id = ?').run(presetKey, id);
}
