import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { dbChecksum, openTempCore, tempDir, unwrap } from '../helpers/tempCore';

const require = createRequire(import.meta.url);
let core: Core;
afterEach(() => core?.close());

describe('storage faults give a clear error and lose nothing committed', () => {
  it('a read-only database refuses writes with read_only', async () => {
    core = openTempCore();
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    const before = dbChecksum(core);
    core.db!.pragma('query_only = ON');
    expect(await core.dispatch('settings.update', { theme: 'light' })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    core.db!.pragma('query_only = OFF');
    expect(dbChecksum(core)).toBe(before);
  });

  it('a full disk refuses writes with disk_full and keeps what was there', async () => {
    core = openTempCore();
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    const exported = unwrap(await core.dispatch('data.export', undefined)) as { tables: Record<string, unknown[]> };
    const before = dbChecksum(core);
    const pages = core.db!.pragma('page_count', { simple: true }) as number;
    core.db!.pragma(`max_page_count = ${pages}`);
    const big = { ...exported, tables: { ...exported.tables, settings: Array.from({ length: 3000 }, (_, i) => ({ key: `filler-${i}`, value: JSON.stringify('x'.repeat(200)) })) } };
    expect(await core.dispatch('data.import', { json: JSON.stringify(big) })).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    core.db!.pragma('max_page_count = 1073741823');
    expect(dbChecksum(core)).toBe(before);
  });

  it('a database locked by another process answers busy, then works again once released', async () => {
    core = openTempCore({ busyRetryDelays: [5, 10, 20] });
    const other = new Database(core.dbPath);
    other.exec('BEGIN IMMEDIATE');
    other.prepare("INSERT INTO settings (key, value) VALUES ('lock', '1')").run();
    expect(await core.dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'busy' } });
    other.exec('ROLLBACK');
    other.close();
    expect(await core.dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: true });
  });

  it('leftover -wal and -shm files from a killed process are replayed: nothing acknowledged is lost', async () => {
    const dataDir = tempDir();
    const script = path.join(dataDir, 'writer.mjs');
    fs.writeFileSync(
      script,
      `import Database from ${JSON.stringify(require.resolve('better-sqlite3'))};
       const db = new Database(process.argv[2]);
       db.pragma('journal_mode = WAL');
       db.pragma('wal_autocheckpoint = 0');
       db.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)');
       for (let i = 0; i < 500; i++) db.prepare('INSERT INTO t (v) VALUES (?)').run('row' + i);
       process.send('written');
       setInterval(() => {}, 1000);`,
    );
    const file = path.join(dataDir, 'x.sqlite');
    const child = fork(script, [file], { stdio: 'ignore' });
    await new Promise<void>((resolve) => child.once('message', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) n FROM t').get() as { n: number }).n).toBe(500);
    db.close();
  });
});
