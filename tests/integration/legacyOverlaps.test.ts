// A database from before migration 0060 (no overlap triggers) may hold overlapping time entries
// (two devices' imports, the old timer). Opening it must keep them as they are, refuse every new
// overlap (at the one write path and at the database), let the user still edit what does not move
// them, and its JSON export must be importable again: nothing acknowledged is ever lost.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Core, DB_FILE } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/db/connection';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { tempDir, unwrap } from '../helpers/tempCore';

const M = 60_000;
const T0 = Date.UTC(2026, 2, 2, 8, 0); // Monday 2 March 2026, 09:00 in Paris
let core: Core | undefined;
afterEach(() => core?.close());

type Row = { id: number; start_at: number; end_at: number | null; category_id: number; note: string };

/** A data folder whose database stopped at version 50 and holds A ⊃ B, and C crossing A's end. */
function legacyFolder(): { dir: string; rows: Row[] } {
  const dir = tempDir();
  const db = openDatabase(path.join(dir, DB_FILE), { migrations: MIGRATIONS.filter((m) => m.version <= 50) });
  const cat = (db.prepare('SELECT id FROM category ORDER BY id LIMIT 1').get() as { id: number }).id;
  const insert = db.prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, note, source) VALUES (?, ?, 'Europe/Paris', ?, ?, 'import')");
  insert.run(T0, T0 + 180 * M, cat, 'A: the whole morning');
  insert.run(T0 + 30 * M, T0 + 60 * M, cat, 'B: inside A');
  insert.run(T0 + 150 * M, T0 + 240 * M, cat, 'C: across the end of A');
  const rows = db.prepare('SELECT id, start_at, end_at, category_id, note FROM time_entry ORDER BY id').all() as Row[];
  db.close();
  return { dir, rows };
}

const openCore = (dir: string) => {
  core = new Core({ dataDir: dir, version: '0.0.0-test', mode: 'browser', validateOutput: true, tz: 'Europe/Paris', now: () => T0 + 7 * 24 * 60 * M });
  core.open();
  return core;
};
const stored = (c: Core) => c.db!.prepare('SELECT id, start_at, end_at, category_id, note FROM time_entry ORDER BY id').all() as Row[];

describe('a database from before 0060 holding overlapping entries', () => {
  it('opens at the latest version and keeps every entry as it was', () => {
    const { dir, rows } = legacyFolder();
    const c = openCore(dir);
    expect(c.db).toBeTruthy();
    expect(stored(c)).toEqual(rows);
  });

  it('refuses a new overlap through the write path and at the database, also in the gap after a nested entry', async () => {
    const { dir, rows } = legacyFolder();
    const c = openCore(dir);
    const cat = rows[0].category_id;
    // [T0+90, T0+100) is covered by A only; B, nested in A, is the latest entry to start before it.
    const r = await c.dispatch('audit.entries.create', { start: T0 + 90 * M, end: T0 + 100 * M, categoryId: cat });
    expect(r).toMatchObject({ ok: false, error: { code: 'overlap', params: { otherId: rows[0].id } } });
    const bypass = c.db!.prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, source) VALUES (?, ?, 'UTC', ?, 'manual')");
    expect(() => bypass.run(T0 + 90 * M, T0 + 100 * M, cat)).toThrow(/time_entry_overlap/);
    expect(() => bypass.run(T0 + 200 * M, T0 + 210 * M, cat)).toThrow(/time_entry_overlap/);
    expect(() => bypass.run(T0 + 100 * M, null, cat)).toThrow(/time_entry_overlap/);
    expect(() => c.db!.prepare('UPDATE time_entry SET end_at = ? WHERE id = ?').run(T0 + 100 * M, rows[1].id)).toThrow(/time_entry_overlap/);
    expect(stored(c)).toEqual(rows);
    // what overlaps nothing is still accepted
    unwrap(await c.dispatch('audit.entries.create', { start: T0 + 240 * M, end: T0 + 300 * M, categoryId: cat }));
    expect(() => bypass.run(T0 + 300 * M, T0 + 310 * M, cat)).not.toThrow();
  });

  it('lets the user edit the note and category of an overlapping entry without moving it, and refuses moving it onto another', async () => {
    const { dir, rows } = legacyFolder();
    const c = openCore(dir);
    const cats = unwrap(await c.dispatch('audit.categories.list', undefined)) as { id: number }[];
    const b = rows[1];
    const edited = unwrap(await c.dispatch('audit.entries.update', { id: b.id, start: b.start_at, end: b.end_at, categoryId: cats[1].id, tz: 'Europe/Paris', note: 'B, corrected', platform: null, responsibilityId: null, visibility: null })) as { note: string; categoryId: number };
    expect(edited).toMatchObject({ note: 'B, corrected', categoryId: cats[1].id });
    const moved = await c.dispatch('audit.entries.update', { id: b.id, start: b.start_at + 5 * M, end: b.end_at!, categoryId: cats[1].id, tz: 'Europe/Paris', note: 'moved', platform: null, responsibilityId: null, visibility: null });
    expect(moved).toMatchObject({ ok: false, error: { code: 'overlap' } });
    expect(stored(c).find((r) => r.id === b.id)).toMatchObject({ start_at: b.start_at, end_at: b.end_at, note: 'B, corrected' });
  });

  it('its JSON export imports again, overlaps and all', async () => {
    const { dir, rows } = legacyFolder();
    const c = openCore(dir);
    const json = JSON.stringify(unwrap(await c.dispatch('data.export', undefined)));
    unwrap(await c.dispatch('audit.entries.create', { start: T0 + 600 * M, end: T0 + 660 * M, categoryId: rows[0].category_id }));
    expect(unwrap(await c.dispatch('data.import', { json }))).toMatchObject({ rows: expect.any(Number) });
    expect(stored(c)).toEqual(rows);
    // and the database still refuses a new overlap afterwards
    expect(() => c.db!.prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, source) VALUES (?, ?, 'UTC', ?, 'manual')").run(T0 + 90 * M, T0 + 100 * M, rows[0].category_id)).toThrow(/time_entry_overlap/);
  });
});

