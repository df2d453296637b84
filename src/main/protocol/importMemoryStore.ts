// SQL of what the case import remembers: the mapping chosen for a header signature (migration 0160).
import type { Db } from '../db/types';

/** The saved mapping (JSON, unchecked) of a header signature, or null. */
export function savedCaseMappingJson(db: Db, signature: string): unknown {
  const json = db.prepare('SELECT mapping FROM case_import_column_map WHERE signature = ?').pluck().get(signature) as string | undefined;
  if (json === undefined) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** Saves (or replaces) the mapping of a header signature. */
export function saveCaseMapping(db: Db, signature: string, mapping: unknown, now: number): void {
  db.prepare('INSERT INTO case_import_column_map (signature, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at').run(signature, JSON.stringify(mapping), now);
}
