import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { buildTogglCsv } from '../helpers/togglCsv';
import { openTempCore } from '../helpers/tempCore';

let core: Core;
afterEach(() => core?.close());

const worker = { path: path.resolve('src/main/core/jobWorker.ts'), typescript: true };

describe('imports run in a worker thread', () => {
  it('previews and commits through the worker, all at once, while the main thread keeps answering', async () => {
    core = openTempCore({ jobWorker: worker });
    const base64 = Buffer.from(buildTogglCsv(5000, 3)).toString('base64');
    const preview = (await core.dispatch('audit.import.preview', { base64, fileName: 'toggl.csv', tz: 'Europe/Paris' })) as { ok: true; value: { importId: string; rowCount: number; newCount: number; errors: unknown[]; sources: { project: { value: string }[] } } };
    expect(preview.ok).toBe(true);
    expect(preview.value).toMatchObject({ rowCount: 5000, newCount: 5000, errors: [] });
    const cats = (await core.dispatch('audit.categories.list', undefined) as { ok: true; value: { id: number }[] }).value;
    const mapping = { by: 'project', map: Object.fromEntries(preview.value.sources.project.map((p, i) => [p.value, cats[i % cats.length].id])), fallbackCategoryId: null };

    // The file crossed to the worker once, with the preview; the commit names it by its import id.
    const pending = core.dispatch('audit.import.commit', { importId: preview.value.importId, mapping });
    // The main thread answers at once, and sees none of the import until it commits as a whole.
    const during = await core.dispatch('audit.entries.list', { from: Date.UTC(2015, 0, 1), to: Date.UTC(2015, 1, 1) }) as { ok: boolean; value?: unknown };
    expect(during).toEqual({ ok: true, value: { entries: [], interruptions: [] } });
    const countDuring = core.db!.prepare("SELECT count(*) n FROM time_entry WHERE source = 'import'").get() as { n: number };
    expect(countDuring.n).toBe(0);
    const done = await pending;
    expect(done).toEqual({ ok: true, value: { added: 5000, updated: 0, replaced: 0, skipped: 0 } });
    expect((core.db!.prepare("SELECT count(*) n FROM time_entry WHERE source = 'import'").get() as { n: number }).n).toBe(5000);

    const again = await core.dispatch('audit.import.commit', { importId: preview.value.importId, mapping });
    expect(again).toEqual({ ok: true, value: { added: 0, updated: 0, replaced: 0, skipped: 5000 } });
    const second = (await core.dispatch('audit.import.preview', { base64, fileName: 'toggl.csv', tz: 'Europe/Paris' })) as { ok: true; value: { importId: string; newCount: number } };
    expect(second.value.newCount).toBe(0);
  });

  it('a bad file gets a typed error from the worker and writes nothing', async () => {
    core = openTempCore({ jobWorker: worker });
    const base64 = Buffer.from('User,Project\nnot,a time export\n').toString('base64');
    const preview = (await core.dispatch('audit.import.preview', { base64, fileName: 'bad.csv', tz: 'Europe/Paris' })) as { ok: true; value: { importId: string; errors: unknown[]; needsColumns: unknown } };
    // Not refused: its columns are asked; committed before they are chosen, it writes nothing.
    expect(preview.value.needsColumns).not.toBeNull();
    const r = await core.dispatch('audit.import.commit', { importId: preview.value.importId, mapping: { by: 'project', map: {}, fallbackCategoryId: null } });
    expect(r).toMatchObject({ ok: false, error: { code: 'import_invalid' } });
    expect((core.db!.prepare('SELECT count(*) n FROM time_entry').get() as { n: number }).n).toBe(0);
  });
});

describe('the JSON import runs in the worker', () => {
  it('checks, backs up and writes a large export off the main thread, which keeps answering', async () => {
    core = openTempCore({ jobWorker: worker });
    const exported = (await core.dispatch('data.export', undefined)) as { ok: true; value: { tables: Record<string, unknown[]> } };
    const filler = Array.from({ length: 60_000 }, (_, i) => ({ key: `filler-${i}`, value: JSON.stringify('x'.repeat(80)) }));
    const file = { ...exported.value, tables: { ...exported.value.tables, settings: [...exported.value.tables.settings, ...filler] } };
    const pending = core.dispatch('data.import', { json: JSON.stringify(file) });
    let done = false;
    void pending.then(() => (done = true));
    // Answered while the import is still running (the time it stalls the server is in npm run bench).
    expect(await core.dispatch('system.ping', undefined)).toEqual({ ok: true, value: { pong: true } });
    expect(done).toBe(false);
    const r = (await pending) as { ok: true; value: { rows: number } };
    expect(r).toMatchObject({ ok: true });
    expect(r.value.rows).toBeGreaterThan(60_000);
    expect((core.db!.prepare("SELECT count(*) n FROM settings WHERE key LIKE 'filler-%'").get() as { n: number }).n).toBe(60_000);
    expect(fs.readdirSync(core.backupsDir).filter((f) => f.endsWith('-pre-import.sqlite'))).toHaveLength(1);
  });
});

describe('a held import file', () => {
  it('is the worker\'s: a commit after the worker restarted asks for the file again, and nothing is written', async () => {
    core = openTempCore({ jobWorker: worker });
    const base64 = Buffer.from(buildTogglCsv(20, 4)).toString('base64');
    const preview = (await core.dispatch('audit.import.preview', { base64, fileName: 'toggl.csv', tz: 'Europe/Paris' })) as { ok: true; value: { importId: string } };
    core.close();
    core = openTempCore({ jobWorker: worker, dataDir: core.backupsDir.replace(/\/backups$/, '') });
    const r = await core.dispatch('audit.import.commit', { importId: preview.value.importId, mapping: { by: 'project', map: {}, fallbackCategoryId: 1 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'import_expired' } });
    expect((core.db!.prepare('SELECT count(*) n FROM time_entry').get() as { n: number }).n).toBe(0);
  });
});
