import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Core, type CoreOptions } from '../../src/main/core/core';
import { InlineJobs } from '../../src/main/core/jobs';
import type { Db } from '../../src/main/db/types';
import type { HandlerContext } from '../../src/main/ipc/types';

export function tempDir(prefix = 'coulisses-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A Core on a real SQLite file in a fresh temp folder, with output validation on. */
export function openTempCore(opts: Partial<CoreOptions> = {}): Core {
  const core = new Core({ dataDir: tempDir(), version: '0.0.0-test', mode: 'browser', validateOutput: true, tz: 'Europe/Paris', ...opts });
  core.open();
  return core;
}

/** A checksum of every table's content, to prove a refused input changed nothing. */
export function dbChecksum(core: Core): string {
  const db = core.db!;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name").all() as { name: string }[];
  const parts = tables.map(({ name }) => `${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())}`);
  return parts.join('\n');
}

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A complete handler context over `db` for tests that build their own dispatcher (browser mode, no shell). */
export function handlerContext(db: Db, over: Partial<HandlerContext> = {}): HandlerContext {
  return {
    db,
    hasDb: true,
    now: Date.now,
    tz: 'UTC',
    dataDir: '',
    backupsDir: '',
    dbPath: '',
    version: 't',
    mode: 'browser',
    status: () => ({ state: 'ok' }),
    jobs: new InlineJobs(() => db),
    shortcutStatus: () => null,
    settingsChanged: () => undefined,
    restoreBackup: () => undefined,
    startFresh: () => undefined,
    openOther: () => false,
    ...over,
  };
}
