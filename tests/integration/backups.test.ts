import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Core } from '../../src/main/core/core';
import { createBackup, listBackups, pruneBackups } from '../../src/main/db/backups';
import { LATEST_VERSION } from '../../src/main/db/migrations';
import Database from 'better-sqlite3';
import { dbChecksum, openTempCore, tempDir, unwrap } from '../helpers/tempCore';

let core: Core;
afterEach(() => core?.close());

describe('backups', () => {
  it('takes a daily backup at open, and not twice the same day', () => {
    let now = Date.UTC(2026, 10, 23, 9);
    core = openTempCore({ now: () => now });
    expect(listBackups(core.backupsDir).filter((b) => b.reason === 'daily')).toHaveLength(1);
    core.dailyBackup();
    expect(listBackups(core.backupsDir).filter((b) => b.reason === 'daily')).toHaveLength(1);
    now += 25 * 3600 * 1000;
    core.dailyBackup();
    expect(listBackups(core.backupsDir).filter((b) => b.reason === 'daily')).toHaveLength(2);
  });

  it('takes the next daily backup while the app stays open', () => {
    vi.useFakeTimers();
    try {
      let now = Date.UTC(2026, 10, 23, 9);
      core = openTempCore({ now: () => now });
      expect(listBackups(core.backupsDir).filter((b) => b.reason === 'daily')).toHaveLength(1);
      now += 25 * 3600 * 1000;
      vi.advanceTimersByTime(3_600_000);
      expect(listBackups(core.backupsDir).filter((b) => b.reason === 'daily')).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the configured number of backups of each kind', () => {
    core = openTempCore();
    for (let i = 0; i < 10; i++) createBackup(core.db!, core.backupsDir, 'manual', Date.UTC(2026, 0, 1 + i), 3);
    expect(listBackups(core.backupsDir).filter((b) => b.reason === 'manual')).toHaveLength(3);
    pruneBackups(core.backupsDir, 1);
    expect(listBackups(core.backupsDir).filter((b) => b.reason === 'manual')).toHaveLength(1);
  });

  it('round trip: back up, change, restore gives the backed-up data back', async () => {
    core = openTempCore();
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    const snapshot = dbChecksum(core);
    const backup = unwrap(await core.dispatch('backups.create', undefined)) as { name: string };
    unwrap(await core.dispatch('settings.update', { theme: 'light', refocusMinutes: 30 }));
    expect(dbChecksum(core)).not.toBe(snapshot);
    unwrap(await core.dispatch('backups.restore', { name: backup.name }));
    expect(dbChecksum(core)).toBe(snapshot);
    expect(listBackups(core.backupsDir).some((b) => b.reason === 'pre-restore')).toBe(true);
  });

  it('refuses a backup name outside the backups folder', async () => {
    core = openTempCore();
    expect(await core.dispatch('backups.restore', { name: '../coulisses.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a corrupt database opens in recovery mode, untouched, and restores from a backup', async () => {
    const dataDir = tempDir();
    core = new Core({ dataDir, version: 't', mode: 'browser' });
    core.open();
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    const backup = unwrap(await core.dispatch('backups.create', undefined)) as { name: string };
    core.close();
    const file = path.join(dataDir, 'coulisses.sqlite');
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 100, 4096 * 2);
    fs.writeFileSync(file, bytes);
    const damaged = fs.readFileSync(file);

    core = new Core({ dataDir, version: 't', mode: 'browser' });
    const status = core.open();
    expect(status.state).toBe('recovery');
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(await core.dispatch('settings.update', { theme: 'light' })).toMatchObject({ ok: false, error: { code: 'recovery_mode' } });
    expect(unwrap(await core.dispatch('app.status', undefined))).toMatchObject({ state: 'recovery', backups: expect.arrayContaining([expect.objectContaining({ name: backup.name })]) });
    // One route per channel: the same handlers answer on the recovery screen; those that need the
    // database refuse with recovery_mode, whatever their kind (read, write, action, job).
    for (const [channel, input] of [
      ['audit.categories.list', undefined],
      ['calendar.lookups', undefined],
      ['career.plan.get', undefined],
      ['reports.today', undefined],
      ['backups.create', undefined],
      ['data.export', undefined],
      ['audit.import.preview', { base64: 'AAAA', fileName: 'x.csv' }],
    ] as const) {
      expect(await core.dispatch(channel, input), channel).toMatchObject({ ok: false, error: { code: 'recovery_mode' } });
    }
    expect(unwrap(await core.dispatch('settings.get', undefined))).toMatchObject({ theme: 'system' });
    expect(unwrap(await core.dispatch('app.info', undefined))).toMatchObject({ schemaVersion: 0, mode: 'browser' });
    expect(unwrap(await core.dispatch('recovery.openOther', undefined))).toEqual({ opened: false });

    unwrap(await core.dispatch('backups.restore', { name: backup.name }));
    expect(core.status.state).toBe('ok');
    expect((unwrap(await core.dispatch('settings.get', undefined)) as { theme: string }).theme).toBe('dark');
    expect(fs.readdirSync(dataDir).some((f) => f.includes('.damaged-'))).toBe(true);
  });

  it('a backup taken while another connection writes is consistent and restorable', () => {
    core = openTempCore();
    const writer = new Database(core.dbPath);
    writer.pragma('busy_timeout = 5000');
    const insert = writer.prepare("INSERT INTO settings (key, value) VALUES (?, '1')");
    for (let i = 0; i < 200; i++) insert.run(`k${i}`);
    const b = createBackup(core.db!, core.backupsDir, 'manual', Date.now(), 7);
    for (let i = 200; i < 400; i++) insert.run(`k${i}`);
    writer.close();
    const copy = new Database(path.join(core.backupsDir, b.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((copy.prepare("SELECT count(*) n FROM settings WHERE key LIKE 'k%'").get() as { n: number }).n).toBe(200);
    copy.close();
  });
});

describe('JSON export and import', () => {
  it('round-trips everything, and refuses a bad file without changing anything', async () => {
    core = openTempCore();
    unwrap(await core.dispatch('settings.update', { theme: 'dark', refocusMinutes: 12 }));
    const exported = unwrap(await core.dispatch('data.export', undefined));
    const snapshot = dbChecksum(core);
    unwrap(await core.dispatch('settings.update', { theme: 'light', refocusMinutes: 40 }));
    const r = unwrap(await core.dispatch('data.import', { json: JSON.stringify(exported) })) as { rows: number };
    expect(r.rows).toBeGreaterThan(0);
    expect(dbChecksum(core)).toBe(snapshot);

    for (const bad of ['not json', '{}', JSON.stringify({ ...(exported as object), version: 999 }), JSON.stringify({ ...(exported as object), tables: { nope: [] } }), '{"format":"coulisses-export"']) {
      const res = await core.dispatch('data.import', { json: bad });
      expect(res).toMatchObject({ ok: false, error: { code: 'import_invalid' } });
      expect(dbChecksum(core)).toBe(snapshot);
    }
  });
});

describe('the handler context', () => {
  it('returns the shell’s PDF through the context, and is refused where there is no shell', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 fake');
    core = openTempCore({ printToPdf: async () => pdf });
    const r = (await core.dispatch('app.printToPdf', undefined)) as { ok: true; value: { base64: string } };
    expect(Buffer.from(r.value.base64, 'base64').toString()).toBe('%PDF-1.7 fake');
    core.close();
    core = openTempCore();
    expect(await core.dispatch('app.printToPdf', undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    core.close();
    core = openTempCore({ printToPdf: async () => Promise.reject(new Error('renderer gone')) });
    expect(await core.dispatch('app.printToPdf', undefined)).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('renderer gone') } });
  });

  it('the recovery actions are refused while the database is healthy', async () => {
    core = openTempCore({ pickDatabaseFile: () => '/nonexistent.sqlite' });
    expect(await core.dispatch('recovery.startFresh', undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await core.dispatch('recovery.openOther', undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
