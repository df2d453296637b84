// Issue 18: a JSON export made by an earlier version of the app imports into this one (its rows
// go through the later migrations, as its database would have); a file from a schema no version
// used, or from a newer one, is refused and changes nothing.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { exportAll } from '../../src/main/system/dataTransfer';
import { dbChecksum, openTempCore, tempDir, unwrap } from '../helpers/tempCore';

const T0 = Date.UTC(2026, 2, 2, 8, 0);
const M = 60_000;
let core: Core;
afterEach(() => core?.close());

/** An export written by the app at schema 110 (before 0180), with entries, a calendar key and a veille source. */
function exportAt110(): string {
  const db = openDatabase(path.join(tempDir(), 'old.sqlite'), { migrations: MIGRATIONS.filter((m) => m.version <= 110) });
  const cat = (db.prepare('SELECT id FROM category ORDER BY id LIMIT 1').get() as { id: number }).id;
  const insert = db.prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, note, source) VALUES (?, ?, 'Europe/Paris', ?, ?, 'import')");
  const id = Number(insert.run(T0, T0 + 30 * M, cat, 'Weekly sync').lastInsertRowid);
  insert.run(T0 + 60 * M, T0 + 120 * M, cat, 'Writing');
  db.prepare("INSERT INTO ics_event_key (uid, recurrence_id, entry_id) VALUES ('sync@example', '', ?)").run(id);
  db.prepare("INSERT INTO veille_source (kind, title, url, host, created_at, fetch_enabled) VALUES ('feed', 'Trends', 'https://trends.example/feed', 'trends.example', ?, 0)").run(T0);
  const file = exportAll(db, T0);
  db.close();
  expect(file.version).toBe(110);
  return JSON.stringify(file);
}

describe('exports from earlier versions', () => {
  it('an export from schema 110 imports into the latest schema, through the later migrations', async () => {
    const json = exportAt110();
    core = openTempCore();
    expect(LATEST_VERSION).toBeGreaterThan(110);
    unwrap(await core.dispatch('data.import', { json }));
    const db = core.db!;
    expect(db.prepare('SELECT note FROM time_entry ORDER BY start_at').pluck().all()).toEqual(['Weekly sync', 'Writing']);
    expect(db.prepare('SELECT event_start, event_end, event_note FROM ics_event_key').get()).toEqual({ event_start: T0, event_end: T0 + 30 * M, event_note: 'Weekly sync' });
    expect(db.prepare('SELECT title FROM veille_source').pluck().all()).toEqual(['Trends']);
  });

  it('refuses a schema no version used, or a newer one, changing nothing', async () => {
    const file = JSON.parse(exportAt110()) as { version: number };
    core = openTempCore();
    const before = dbChecksum(core);
    for (const version of [80, LATEST_VERSION + 10]) {
      const r = await core.dispatch('data.import', { json: JSON.stringify({ ...file, version }) });
      expect(r).toMatchObject({ ok: false, error: { code: 'import_invalid', params: { detail: `schema ${version}` } } });
    }
    expect(dbChecksum(core)).toBe(before);
  });
});
