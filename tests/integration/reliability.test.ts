// The faults found by trying to break the app, each with the protection that holds it: one
// process per data folder, the database file's identity, safety copies in their own rotations,
// a missing database with backups beside it, leftovers of a crash, and a locked database that
// never stalls the other requests.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Core } from '../../src/main/core/core';
import { listBackups } from '../../src/main/db/backups';
import { HOLDER_FILE, LOCK_FILE, readHolder } from '../../src/main/core/folderLock';
import { toAppError } from '../../src/main/ipc/dispatch';
import { dbChecksum, openTempCore, tempDir, unwrap } from '../helpers/tempCore';

const cores: Core[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const c of children.splice(0)) c.kill('SIGKILL');
});
const keep = (c: Core) => (cores.push(c), c);
const newCore = (dataDir: string, over: Partial<ConstructorParameters<typeof Core>[0]> = {}) =>
  keep(new Core({ dataDir, version: 't', mode: 'browser', tz: 'Europe/Paris', validateOutput: true, ...over }));

/** Starts tests/helpers/holdFolder.ts on `dataDir` and resolves with its first line. */
function holdInChild(dataDir: string): Promise<{ child: ChildProcess; line: { state?: string; pid?: number; error?: { code: string; params: Record<string, unknown> } } }> {
  const child = fork(path.resolve('tests/helpers/holdFolder.ts'), [dataDir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, line: JSON.parse(out.slice(0, nl)) });
    });
    child.once('exit', (code) => (out.includes('\n') ? undefined : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

const settingsTheme = async (core: Core) => (unwrap(await core.dispatch('settings.get', undefined)) as { theme: string }).theme;

describe('one process per data folder', () => {
  it('a second Core on the same folder in the same process is refused and names the holder; closing releases it', () => {
    const dir = tempDir();
    const first = newCore(dir);
    expect(first.open().state).toBe('ok');
    expect(readHolder(dir)).toMatchObject({ pid: process.pid, mode: 'browser' });
    const second = newCore(dir);
    let error: unknown;
    try {
      second.open();
    } catch (err) {
      error = err;
    }
    expect(toAppError(error).toShape()).toMatchObject({ code: 'folder_locked', params: { pid: process.pid, mode: 'browser', dir } });
    expect(second.db).toBeNull();
    first.close();
    expect(fs.existsSync(path.join(dir, HOLDER_FILE))).toBe(false);
    expect(second.open().state).toBe('ok');
  });

  it('a second process is refused while the first holds the folder, and gets it at once after a SIGKILL', async () => {
    const dir = tempDir();
    const holder = await holdInChild(dir);
    expect(holder.line.state).toBe('ok');
    // This process cannot open it, nor can a third.
    expect(() => newCore(dir).open()).toThrow(/in use by another Coulisses process \(browser, pid \d+\)/);
    const third = await holdInChild(dir);
    expect(third.line.error).toMatchObject({ code: 'folder_locked', params: { pid: holder.line.pid, mode: 'browser' } });
    holder.child.kill('SIGKILL');
    await new Promise((r) => holder.child.once('exit', r));
    // The kernel released the lock with the process: no stale period.
    const core = newCore(dir);
    expect(core.open().state).toBe('ok');
    expect(readHolder(dir)?.pid).toBe(process.pid);
    // ...and this process now keeps a child out.
    expect((await holdInChild(dir)).line.error).toMatchObject({ code: 'folder_locked', params: { pid: process.pid } });
  }, 60_000);

  it('a lock file damaged by someone else is set aside, not a reason to refuse', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), 'not a database at all, just some text long enough to be read as a header');
    expect(newCore(dir).open().state).toBe('ok');
    expect(fs.readdirSync(dir).some((f) => f.startsWith(`${LOCK_FILE}.damaged-`))).toBe(true);
  });
});

describe('the database file replaced or its -wal deleted under a running app', () => {
  it('deleting the -wal: the next write is refused with db_replaced, and what was written is rescued into the file', async () => {
    const core = keep(openTempCore());
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    fs.rmSync(`${core.dbPath}-wal`);
    const refused = await core.dispatch('settings.update', { theme: 'light' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'db_replaced', params: { problem: 'wal_deleted' } } });
    // Every later write too, also through a job; reads still answer.
    expect(await core.dispatch('calendar.item.create', { title: 'x' })).toMatchObject({ ok: false, error: { code: 'db_replaced' } });
    expect(await core.dispatch('data.import', { json: '{}' })).toMatchObject({ ok: false, error: { code: 'db_replaced' } });
    expect(await settingsTheme(core)).toBe('dark');
    const dir = core.backupsDir.replace(/[/\\]backups$/, '');
    core.close();
    cores.splice(0);
    const again = keep(newCore(dir));
    expect(again.open().state).toBe('ok');
    expect(await settingsTheme(again)).toBe('dark');
  });

  it('after a crash that follows the -wal deletion, the acknowledged write is still there (rescued at detection)', async () => {
    const dir = tempDir();
    const child = fork(path.resolve('tests/helpers/walDeleter.ts'), [dir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    children.push(child);
    const line = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
    });
    expect(JSON.parse(line)).toMatchObject({ first: { ok: true }, second: { ok: false, error: { code: 'db_replaced' } } });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const core = newCore(dir);
    expect(core.open().state).toBe('ok');
    expect(await settingsTheme(core)).toBe('dark');
  }, 60_000);

  it('replacing the database file: writes are refused, and the open data is saved beside it', async () => {
    const core = keep(openTempCore());
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    const before = dbChecksum(core);
    // Another program puts a copy of an older file in its place (rename over, as sync tools do).
    const other = `${core.dbPath}.other`;
    const db = new Database(other);
    db.exec('CREATE TABLE x (y)');
    db.close();
    fs.renameSync(other, core.dbPath);
    const r = await core.dispatch('settings.update', { theme: 'light' });
    expect(r).toMatchObject({ ok: false, error: { code: 'db_replaced', params: { problem: 'db_replaced' } } });
    const saved = (r as unknown as { error: { params: { file: string } } }).error.params.file;
    expect(saved).toMatch(/\.replaced-\d+$/);
    const copy = new Database(saved, { readonly: true });
    expect((copy.prepare("SELECT value FROM settings WHERE key = 'theme'").get() as { value: string }).value).toBe('"dark"');
    copy.close();
    expect(dbChecksum(core)).toBe(before);
  });

  it('a restore refreshes the identity: writes go on after it', async () => {
    const core = keep(openTempCore());
    const b = unwrap(await core.dispatch('backups.create', undefined)) as { name: string };
    unwrap(await core.dispatch('backups.restore', { name: b.name }));
    expect(await core.dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: true });
  });

  it('SQLITE_IOERR has its own code, never "internal"', () => {
    const err = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
    expect(toAppError(err).toShape()).toMatchObject({ code: 'io_error', params: { detail: expect.stringContaining('SQLITE_IOERR_WRITE') } });
  });
});

describe('safety copies each keep their own rotation', () => {
  it('ten imports after a restore (refused or not) never delete the copy the restore kept; a refused file makes no backup', async () => {
    const core = keep(openTempCore());
    unwrap(await core.dispatch('settings.update', { theme: 'dark', backupKeep: 3 }));
    const manual = unwrap(await core.dispatch('backups.create', undefined)) as { name: string };
    unwrap(await core.dispatch('backups.restore', { name: manual.name }));
    const preRestore = listBackups(core.backupsDir).filter((b) => b.reason === 'pre-restore');
    expect(preRestore).toHaveLength(1);
    const exported = unwrap(await core.dispatch('data.export', undefined)) as { tables: Record<string, unknown[]> };

    // Refused files: not JSON, not an export, a dangling reference found only inside the transaction.
    const dangling = { ...exported, tables: { ...exported.tables, content_item: [{ ...(exported.tables.content_item?.[0] ?? {}), id: 1, title: 't', channel_id: 999_999 }] } };
    for (let i = 0; i < 10; i++) {
      for (const bad of ['not json', '{}', JSON.stringify(dangling)]) {
        expect(await core.dispatch('data.import', { json: bad })).toMatchObject({ ok: false, error: { code: 'import_invalid' } });
      }
    }
    expect(listBackups(core.backupsDir).filter((b) => b.reason === 'pre-import')).toHaveLength(0);
    expect(fs.readdirSync(core.backupsDir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    // Accepted imports rotate among themselves only.
    for (let i = 0; i < 10; i++) unwrap(await core.dispatch('data.import', { json: JSON.stringify(exported) }));
    const after = listBackups(core.backupsDir);
    expect(after.filter((b) => b.reason === 'pre-import')).toHaveLength(3);
    expect(after.filter((b) => b.reason === 'pre-restore').map((b) => b.name)).toEqual(preRestore.map((b) => b.name));
    expect(after.some((b) => b.name === manual.name)).toBe(true);
    expect(after.some((b) => b.reason === 'daily')).toBe(true);
  });
});

describe('a missing or empty database file', () => {
  it('with backups beside it leads to the recovery screen; restoring the latest brings the data back', async () => {
    const dir = tempDir();
    let core = keep(newCore(dir));
    core.open();
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    unwrap(await core.dispatch('backups.create', undefined));
    const file = core.dbPath;
    core.close();
    for (const damage of ['missing', 'empty'] as const) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      if (damage === 'empty') fs.writeFileSync(file, '');
      core = keep(newCore(dir));
      const status = core.open();
      expect(status, damage).toMatchObject({ state: 'recovery', reason: 'db_missing' });
      expect(await core.dispatch('app.status', undefined)).toMatchObject({ ok: true, value: { state: 'recovery', reason: 'db_missing' } });
      // Nothing was created in its place.
      expect(fs.existsSync(file) ? fs.statSync(file).size : -1).toBe(damage === 'empty' ? 0 : -1);
      const latest = listBackups(core.backupsDir)[0];
      unwrap(await core.dispatch('backups.restore', { name: latest.name }));
      expect(core.status.state).toBe('ok');
      expect(await settingsTheme(core)).toBe('dark');
      core.close();
    }
  });

  it('start fresh from there gives an empty database, once; without backups a first start is simply ok', async () => {
    const dir = tempDir();
    let core = keep(newCore(dir));
    core.open();
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    const file = core.dbPath;
    core.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    core = keep(newCore(dir));
    expect(core.open()).toMatchObject({ state: 'recovery', reason: 'db_missing' });
    unwrap(await core.dispatch('recovery.startFresh', undefined));
    expect(core.status.state).toBe('ok');
    expect(await settingsTheme(core)).toBe('system');
    core.close();
    // The new database is used from now on.
    core = keep(newCore(dir));
    expect(core.open().state).toBe('ok');

    const fresh = keep(newCore(tempDir()));
    expect(fresh.open().state).toBe('ok');
  });
});

describe('what a crash leaves behind', () => {
  it('half-written backups (.partial) and a half-copied restore are removed at start; real backups stay', async () => {
    const dir = tempDir();
    let core = keep(newCore(dir));
    core.open();
    const real = unwrap(await core.dispatch('backups.create', undefined)) as { name: string };
    const file = core.dbPath;
    core.close();
    const partials = ['coulisses-20260101T000000000Z-daily.sqlite.partial', 'coulisses-20260102T000000000Z-pre-import.sqlite.partial'];
    for (const p of partials) fs.writeFileSync(path.join(dir, 'backups', p), 'half');
    fs.writeFileSync(`${file}.restoring`, 'half');
    core = keep(newCore(dir));
    expect(core.open().state).toBe('ok');
    const left = fs.readdirSync(path.join(dir, 'backups'));
    for (const p of partials) expect(left).not.toContain(p);
    expect(left).toContain(real.name);
    expect(fs.existsSync(`${file}.restoring`)).toBe(false);
  });
});

describe('a locked database never stalls the other requests', () => {
  it('a write waiting for a lock is retried with awaited pauses: reads are answered meanwhile, and the write lands once the lock is gone', async () => {
    const core = keep(openTempCore());
    const other = new Database(core.dbPath);
    other.exec('BEGIN IMMEDIATE');
    const t0 = performance.now();
    const write = core.dispatch('settings.update', { theme: 'dark' });
    let writeDone = false;
    void write.then(() => (writeDone = true));
    const read = await core.dispatch('system.ping', undefined);
    const readMs = performance.now() - t0;
    expect(read).toEqual({ ok: true, value: { pong: true } });
    expect(writeDone).toBe(false);
    // Not a speed target: a busy_timeout of 5 s on the main thread holds this read for 5 s; the
    // awaited retries let it through in milliseconds. Half of that wait separates the two.
    expect(readMs).toBeLessThan(2500);
    await new Promise((r) => setTimeout(r, 300));
    other.exec('ROLLBACK');
    other.close();
    expect(await write).toMatchObject({ ok: true });
    expect(await settingsTheme(core)).toBe('dark');
  });

  it('a lock that stays answers busy after the retries, and nothing is written', async () => {
    const core = keep(openTempCore({ busyRetryDelays: [5, 10, 20] }));
    const before = dbChecksum(core);
    const other = new Database(core.dbPath);
    other.exec('BEGIN IMMEDIATE');
    expect(await core.dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'busy' } });
    other.exec('ROLLBACK');
    other.close();
    expect(dbChecksum(core)).toBe(before);
  });
});
