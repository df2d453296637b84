import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';
import type { Db, Migration, MigrationContext } from './types';
import { MIGRATIONS } from './migrations';
import { assertNotFromTheFuture, migrate, pendingMigrations, schemaVersion } from './migrate';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron), if not the default. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  context?: MigrationContext;
  /** Called with the open database before pending migrations run, to take a backup. */
  beforeMigrate?: (db: Db, from: number) => void;
  readonly?: boolean;
  /** How long a statement waits for another connection's lock, ms (default 5000; see `configure`). */
  busyTimeoutMs?: number;
}

/**
 * Caches prepared statements by SQL text. Preparing costs more than running most of our queries,
 * and the stores prepare inline for readability. Statements are used with run/get/all; the few
 * read in raw or pluck mode have their own SQL text (marked "-- lean" or "-- plucked"), so sharing one per text is safe.
 */
export function cacheStatements(db: Db, limit = 1000): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  db.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(sql);
      if (cache.size < limit) cache.set(sql, stmt);
    }
    return stmt;
  }) as Db['prepare'];
}

/**
 * WAL, foreign keys, statement cache, and how long a statement waits for a lock held by another
 * connection (`busyTimeoutMs`, default 5000). The main thread uses a few milliseconds: waiting
 * there would stall every other request, so the dispatcher retries with awaited pauses instead;
 * the job worker may wait the full 5 s.
 */
export function configure(db: Db, busyTimeoutMs = 5000): void {
  cacheStatements(db);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('synchronous = NORMAL');
}

/**
 * Opens (creating if absent) the database, checks integrity, refuses a database from the future,
 * backs up and migrates. Throws AppError with db_corrupt / db_newer / db_unopenable; never
 * re-creates or deletes an existing file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: false, readonly: options.readonly ?? false });
  } catch (err) {
    throw new AppError('db_unopenable', `The database file cannot be opened: ${(err as Error).message}`, { detail: (err as Error).message });
  }
  try {
    if (existed) {
      const check = checkIntegrity(db);
      if (check !== 'ok') throw new AppError('db_corrupt', `The database failed its integrity check: ${check}`, { detail: check });
    }
    assertNotFromTheFuture(db, migrations);
    configure(db, options.busyTimeoutMs);
    const from = schemaVersion(db);
    if (existed && from > 0 && pendingMigrations(db, migrations).length > 0) options.beforeMigrate?.(db, from);
    migrate(db, migrations, options.context ?? { language: 'en' });
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    const message = (err as Error).message ?? String(err);
    if (/not a database|malformed|corrupt/i.test(message)) throw new AppError('db_corrupt', `The database is damaged: ${message}`, { detail: message });
    throw new AppError('db_unopenable', `The database cannot be opened: ${message}`, { detail: message });
  }
}

export function checkIntegrity(db: Db): string {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const msgs = rows.map((r) => r.integrity_check);
    return msgs.length === 1 && msgs[0] === 'ok' ? 'ok' : msgs.slice(0, 5).join('; ');
  } catch (err) {
    return (err as Error).message;
  }
}
