// Issue 14: what the guided first run stands on. Migration 0070 (preset marks, no active channel on
// an unused calendar, the first run skipped for a database in use), and the presets renamed into
// the user's language when they have not been edited.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { migrate } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { CATEGORY_PRESETS } from '../../src/main/db/migrations/0020-audit';
import { CATEGORY_PRESET_KEYS, CATEGORY_PRESET_NAMES, categoryPresetOf, presetRenames } from '../../src/shared/audit/categoryPresets';
import { jobExampleKeyOf, jobExampleLines, jobExampleNames } from '../../src/shared/audit/jobExample';
import { dbChecksum, openTempCore, tempDir, unwrap } from '../helpers/tempCore';

const cores: Core[] = [];
function open(language: 'en' | 'fr' = 'en'): Core {
  const core = openTempCore({ language });
  cores.push(core);
  return core;
}
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});
const call = async <T = unknown>(core: Core, channel: string, input?: unknown) => unwrap((await core.dispatch(channel, input)) as never) as T;
type Rename = { kind: 'category' | 'jobLine'; id: number; from: string; to: string };
const cats = (core: Core) => call<{ id: number; name: string }[]>(core, 'audit.categories.list');

describe('category presets', () => {
  it('are the seeded names of migration 0020, in both languages, in seed order', () => {
    expect(CATEGORY_PRESET_KEYS.map((k) => CATEGORY_PRESET_NAMES[k].en)).toEqual(CATEGORY_PRESETS.map((p) => p.en));
    expect(CATEGORY_PRESET_KEYS.map((k) => CATEGORY_PRESET_NAMES[k].fr)).toEqual(CATEGORY_PRESETS.map((p) => p.fr));
    expect(categoryPresetOf('Réunions')).toBe('meetings');
    expect(categoryPresetOf('Réunions du lundi')).toBeNull();
  });

  it('presetRenames skips rows without a key, rows the user renamed and rows already in the language', () => {
    const names = (k: string) => (k === 'meetings' ? CATEGORY_PRESET_NAMES.meetings : null);
    const rows = [
      { id: 1, text: 'Meetings', presetKey: 'meetings' },
      { id: 2, text: 'Réunions', presetKey: 'meetings' },
      { id: 3, text: 'Team syncs', presetKey: 'meetings' },
      { id: 4, text: 'Meetings', presetKey: null },
      { id: 5, text: 'Meetings', presetKey: 'unknown' },
    ];
    expect(presetRenames(rows, 'fr', names)).toEqual([{ id: 1, from: 'Meetings', to: 'Réunions' }]);
    expect(presetRenames(rows, 'en', names)).toEqual([{ id: 2, from: 'Réunions', to: 'Meetings' }]);
  });

  it('job example lines have one key per position in both languages', () => {
    expect(jobExampleLines('en')).toHaveLength(jobExampleLines('fr').length);
    expect(jobExampleKeyOf(jobExampleLines('fr')[4])).toBe('job.4');
    expect(jobExampleNames('job.4')).toEqual({ en: jobExampleLines('en')[4], fr: jobExampleLines('fr')[4] });
    expect(jobExampleNames('job.99')).toBeNull();
    expect(jobExampleKeyOf('My own line')).toBeNull();
  });
});

describe('migration 0070: first run', () => {
  it('a new database: every seeded category marked, no channel active, the first run to do', async () => {
    const core = open('fr');
    const rows = core.db!.prepare('SELECT name, preset_key AS k FROM category ORDER BY sort_order').all() as { name: string; k: string }[];
    expect(rows.map((r) => r.k)).toEqual([...CATEGORY_PRESET_KEYS]);
    expect(rows[0].name).toBe('Création de contenu');
    const lookups = await call<{ channels: { archived: boolean }[] }>(core, 'calendar.lookups');
    expect(lookups.channels.length).toBe(7);
    expect(lookups.channels.filter((c) => !c.archived)).toEqual([]);
    expect((await call<{ setupDone: boolean }>(core, 'settings.get')).setupDone).toBe(false);
  });

  it('a database in use: the first run is skipped, its channels stay, a renamed category is not a preset', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const db = new Database(file);
    migrate(db, MIGRATIONS, { language: 'en' }, 40);
    db.prepare("UPDATE category SET name = 'Team syncs' WHERE name = 'Meetings'").run();
    const cat = (db.prepare("SELECT id FROM category WHERE name = 'Moderation'").get() as { id: number }).id;
    db.prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, source) VALUES (1, 2, 'UTC', ?, 'manual')").run(cat);
    db.prepare("INSERT INTO content_item (title, channel_id, tz, status, created_at, updated_at) VALUES ('Post', 2, 'UTC', 'idea', 1, 1)").run();
    db.prepare('INSERT INTO responsibility (text) VALUES (?), (?)').run(jobExampleLines('en')[2], 'My own line');
    migrate(db, MIGRATIONS, { language: 'en' });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'setupDone'").get()).toEqual({ value: 'true' });
    expect((db.prepare('SELECT count(*) AS n FROM channel WHERE archived = 0').get() as { n: number }).n).toBe(7);
    expect(db.prepare("SELECT preset_key AS k FROM category WHERE name = 'Team syncs'").get()).toEqual({ k: null });
    expect(db.prepare("SELECT preset_key AS k FROM category WHERE name = 'Moderation'").get()).toEqual({ k: 'moderation' });
    expect(db.prepare('SELECT text, preset_key AS k FROM responsibility ORDER BY id').all()).toEqual([
      { text: jobExampleLines('en')[2], k: 'job.2' },
      { text: 'My own line', k: null },
    ]);
    db.close();
  });

  it('an unused calendar with an edited channel keeps that channel active', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, { language: 'en' }, 40);
    db.prepare('UPDATE channel SET cadence_per_week = 1 WHERE id = 2').run();
    migrate(db, MIGRATIONS, { language: 'en' });
    expect(db.prepare('SELECT id FROM channel WHERE archived = 0').all()).toEqual([{ id: 2 }]);
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'setupDone'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('presets in the user’s language', () => {
  it('lists and renames the untouched presets, never an edited one, and says so when nothing is left', async () => {
    const core = open('en');
    const meetings = (await cats(core)).find((c) => c.name === 'Meetings')!;
    await call(core, 'audit.categories.update', { id: meetings.id, name: 'Team syncs' });
    await call(core, 'audit.responsibilities.paste', { text: `${jobExampleLines('en').slice(0, 3).join('\n')}\nMy own line` });

    const pending = await call<Rename[]>(core, 'audit.presets.pending', { language: 'fr' });
    expect(pending.filter((r) => r.kind === 'category')).toHaveLength(10);
    expect(pending.filter((r) => r.kind === 'jobLine').map((r) => r.to)).toEqual(jobExampleLines('fr').slice(0, 3));
    expect(pending.find((r) => r.from === 'Moderation')).toMatchObject({ kind: 'category', to: 'Modération' });

    const done = await call<Rename[]>(core, 'audit.presets.localize', { language: 'fr' });
    expect(done).toEqual(pending);
    const names = (await cats(core)).map((c) => c.name);
    expect(names).toContain('Team syncs');
    expect(names).toContain('Création de contenu');
    expect(names).not.toContain('Content creation');
    const lines = (await call<{ text: string }[]>(core, 'audit.responsibilities.list')).map((r) => r.text);
    expect(lines).toEqual([...jobExampleLines('fr').slice(0, 3), 'My own line']);
    expect(await call(core, 'audit.presets.pending', { language: 'fr' })).toEqual([]);

    // And back: a second switch offers the same presets again.
    expect(await call<Rename[]>(core, 'audit.presets.pending', { language: 'en' })).toHaveLength(13);
  });

  it('refuses an unknown language and changes nothing', async () => {
    const core = open('en');
    const before = dbChecksum(core);
    const r = await core.dispatch('audit.presets.localize', { language: 'de' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dbChecksum(core)).toBe(before);
  });
});
