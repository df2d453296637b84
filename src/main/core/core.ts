import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { AppStatus } from '../../shared/contract/system';
import { openDatabase } from '../db/connection';
import { cleanLeftovers, createBackup, listBackups, needsDailyBackup, restoreBackupFile } from '../db/backups';
import { identityProblem, readIdentity, type DbFileIdentity } from '../db/fileIdentity';
import type { Db } from '../db/types';
import { createDispatcher, type Dispatch } from '../ipc/dispatch';
import { handlers } from '../ipc/handlers';
import type { HandlerContext, Jobs, ShortcutStatus } from '../ipc/types';
import { DEFAULT_SETTINGS, getSettings } from '../system/settings';
import { InlineJobs, WorkerJobs, type WorkerLocation } from './jobs';
import { jobWrites } from './jobTable';
import { FolderLock } from './folderLock';
import { startVeilleSchedule } from '../veille/scheduler';

export interface CoreOptions {
  dataDir: string;
  version: string;
  mode: 'electron' | 'browser';
  nativeBinding?: string;
  /** Clock, injectable for tests. */
  now?: () => number;
  tz?: string;
  /** Lets the user choose another database file (a native dialog in Electron); absent in browser mode. */
  pickDatabaseFile?: () => string | null;
  shortcutStatus?: () => ShortcutStatus | null;
  onSettingsChanged?: () => void;
  /** Renders the window's current page to PDF (Electron's printToPDF); absent in browser mode. */
  printToPdf?: () => Promise<Uint8Array>;
  /** Where the job worker is; without it, jobs (imports) run on the calling thread (tests, bench references). */
  jobWorker?: WorkerLocation;
  /** Language for seeded presets on first creation. */
  language?: 'en' | 'fr';
  validateOutput?: boolean;
  /** Pauses between attempts of a request that meets a locked database (see createDispatcher). */
  busyRetryDelays?: readonly number[];
}

/**
 * How long a statement on the main thread waits for another connection's lock, ms. Kept short:
 * a longer wait would stall every other request; the dispatcher retries with awaited pauses.
 */
export const MAIN_BUSY_TIMEOUT_MS = 10;

export const DB_FILE = 'coulisses.sqlite';

/** True when `file` does not exist or has no bytes (other failures are left to the open). */
function isMissingOrEmpty(file: string): boolean {
  try {
    return fs.statSync(file).size === 0;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

const recoveryMode = () => new AppError('recovery_mode', 'The database is not available; use the recovery screen.');

/**
 * The database's lifecycle below the IPC boundary, shared by Electron main and browser mode: open
 * (or the recovery state), the daily backup, restore, start fresh, open another file, close. Every
 * channel goes through `dispatch`, which hands the handlers a context built here. No electron.
 */
export class Core {
  dbPath: string;
  readonly backupsDir: string;
  db: Db | null = null;
  status: AppStatus = { state: 'ok' };
  /** The one entry point of the transports (IPC, browser mode) and of the tests. */
  readonly dispatch: Dispatch;
  private readonly now: () => number;
  private readonly jobs: Jobs & { close(): Promise<void> };
  private backupTimer: ReturnType<typeof setInterval> | null = null;
  private lock: FolderLock | null = null;
  private started = false;
  /** The database files opened (see fileIdentity.ts), and the first mismatch found since. */
  private identity: DbFileIdentity | null = null;
  private replaced: AppError | null = null;
  /** Set by startFresh: the next open may create a database although backups exist. */
  private allowEmptyStart = false;
  /** Stops the veille fetch schedule's timer (it fetches only when the user set a schedule and turned sources on). */
  private stopVeilleSchedule: (() => void) | null = null;

  constructor(private readonly opts: CoreOptions) {
    this.dbPath = this.rememberedDbPath() ?? path.join(opts.dataDir, DB_FILE);
    this.backupsDir = path.join(opts.dataDir, 'backups');
    this.now = opts.now ?? Date.now;
    const raw = opts.jobWorker
      ? new WorkerJobs(opts.jobWorker, () => ({ dbPath: this.dbPath, nativeBinding: opts.nativeBinding }))
      : new InlineJobs(() => this.requireDb());
    // Every job needs the database (refused on the recovery screen, as ctx.db is); a job that
    // writes first checks the file is still the one opened.
    this.jobs = {
      run: (name, input) => {
        try {
          this.requireDb();
          if (jobWrites(name)) this.assertIntact();
        } catch (err) {
          return Promise.reject(err);
        }
        return raw.run(name, input);
      },
      close: () => raw.close(),
    };
    this.dispatch = createDispatcher({
      handlers,
      context: () => this.context(),
      validateOutput: opts.validateOutput,
      beforeWrite: () => this.assertIntact(),
      busyRetryDelays: opts.busyRetryDelays,
    });
  }

  /**
   * Takes the data folder's lock (once), cleans what a crash left, and opens the database; on
   * failure enters recovery mode instead of re-creating anything. Throws AppError('folder_locked')
   * when another process holds the folder: the caller says so and stops.
   */
  open(): AppStatus {
    fs.mkdirSync(this.opts.dataDir, { recursive: true });
    this.lock ??= FolderLock.acquire(this.opts.dataDir, { pid: process.pid, mode: this.opts.mode }, this.opts.nativeBinding);
    if (!this.started) {
      this.started = true;
      cleanLeftovers(this.backupsDir, this.dbPath);
    }
    const allowEmpty = this.allowEmptyStart;
    this.allowEmptyStart = false;
    this.identity = null;
    this.replaced = null;
    try {
      if (!allowEmpty && isMissingOrEmpty(this.dbPath) && listBackups(this.backupsDir).length > 0) {
        throw new AppError('db_unopenable', 'The database file is missing or empty, and backups exist beside it.', { reason: 'db_missing' });
      }
      this.db = openDatabase(this.dbPath, {
        nativeBinding: this.opts.nativeBinding,
        context: { language: this.opts.language ?? 'en', now: this.now(), tz: this.userTz() },
        busyTimeoutMs: MAIN_BUSY_TIMEOUT_MS,
        beforeMigrate: (db) => {
          createBackup(db, this.backupsDir, 'pre-migration', this.now(), DEFAULT_SETTINGS.backupKeep);
        },
      });
      this.identity = readIdentity(this.dbPath);
      this.status = { state: 'ok' };
      this.dailyBackup();
      // The app may stay open for days: check again every hour (a cheap directory listing).
      this.backupTimer ??= setInterval(() => this.dailyBackup(), 3_600_000);
      this.backupTimer.unref?.();
      this.stopVeilleSchedule ??= startVeilleSchedule(() => this.context());
    } catch (err) {
      this.db = null;
      const e = err instanceof AppError ? err : new AppError('db_unopenable', String(err));
      const reason = e.params?.reason === 'db_missing' ? 'db_missing' : e.code === 'db_corrupt' || e.code === 'db_newer' ? e.code : 'db_unopenable';
      this.status = { state: 'recovery', reason, detail: e.message, dbPath: this.dbPath, backups: listBackups(this.backupsDir), canPickFile: Boolean(this.opts.pickDatabaseFile) };
    }
    return this.status;
  }

  /** Takes the daily backup when the last one is a day old; a failure never stops the app. */
  dailyBackup(): void {
    if (!this.db || !needsDailyBackup(this.backupsDir, this.now())) return;
    try {
      createBackup(this.db, this.backupsDir, 'daily', this.now(), getSettings(this.db).backupKeep);
    } catch {
      // A failed daily backup must not stop the app; the next check tries again.
    }
  }

  /** Replaces the database with backup `name` (a safety copy of the current one first) and reopens it. */
  restore(name: string): void {
    const file = path.join(this.backupsDir, path.basename(name));
    if (!fs.existsSync(file)) throw new AppError('not_found', 'This backup no longer exists.', { name });
    if (this.db) {
      createBackup(this.db, this.backupsDir, 'pre-restore', this.now(), getSettings(this.db).backupKeep);
      this.db.close();
      this.db = null;
    } else if (fs.existsSync(this.dbPath)) {
      // Keep the damaged file next to the data, never delete it.
      fs.copyFileSync(this.dbPath, `${this.dbPath}.damaged-${this.now()}`);
    }
    let failure: unknown = null;
    try {
      restoreBackupFile(file, this.dbPath, this.opts.nativeBinding);
    } catch (err) {
      failure = err;
    }
    // Reopen whatever is there now: the restored file, or the previous one if the copy failed.
    const status = this.open();
    if (failure) throw failure;
    if (status.state !== 'ok') throw new AppError('db_corrupt', 'The restored database could not be opened.', { detail: status.detail });
  }

  /** Sets the unusable file aside (renamed, never deleted) and starts with a new database. */
  startFresh(): void {
    if (this.db) throw new AppError('forbidden', 'The database is healthy; nothing to recover.');
    const stamp = this.now();
    for (const suffix of ['', '-wal', '-shm']) {
      const file = this.dbPath + suffix;
      if (fs.existsSync(file)) fs.renameSync(file, `${this.dbPath}.damaged-${stamp}${suffix}`);
    }
    this.allowEmptyStart = true;
    const status = this.open();
    if (status.state !== 'ok') throw new AppError('db_unopenable', 'A new database could not be created here.', { detail: status.detail });
  }

  /** Opens a database file chosen by the user and remembers it; keeps the current one if that fails. */
  openOther(): boolean {
    if (this.db) throw new AppError('forbidden', 'The database is healthy; nothing to recover.');
    const picked = this.opts.pickDatabaseFile?.();
    if (!picked) return false;
    const previous = this.dbPath;
    this.dbPath = path.resolve(picked);
    const status = this.open();
    if (status.state !== 'ok') {
      this.dbPath = previous;
      this.open();
      throw new AppError(status.reason === 'db_missing' ? 'db_unopenable' : status.reason, status.detail, { detail: status.detail });
    }
    fs.writeFileSync(path.join(this.opts.dataDir, 'location.json'), JSON.stringify({ dbPath: this.dbPath }));
    return true;
  }

  /**
   * Refuses a write when the database file on disk is no longer the one opened (replaced, moved,
   * deleted) or its -wal was deleted or replaced: writes would go to files without a name and be
   * lost at the next exit. The first time, what the connection still holds is saved: checkpointed
   * into the database file when only the -wal went, or copied beside it
   * (`<db>.replaced-<epoch ms>`) when the database file itself was replaced. Throws
   * AppError('db_replaced') with `file` (the rescue copy, or the database file).
   */
  assertIntact(): void {
    if (this.replaced) throw this.replaced;
    if (!this.db || !this.identity) return;
    const problem = identityProblem(this.dbPath, this.identity);
    if (!problem) return;
    let saved = this.dbPath;
    try {
      if (problem === 'wal_deleted' || problem === 'wal_replaced') {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } else {
        saved = `${this.dbPath}.replaced-${this.now()}`;
        this.db.prepare('VACUUM INTO ?').run(saved);
      }
    } catch {
      saved = '';
    }
    this.replaced = new AppError(
      'db_replaced',
      `The database file was ${problem === 'db_missing' ? 'deleted' : problem.startsWith('wal') ? 'changed (its -wal journal was removed)' : 'replaced'} by another program while Coulisses was open; nothing more is saved until Coulisses restarts.`,
      { problem, file: saved },
    );
    throw this.replaced;
  }

  private rememberedDbPath(): string | null {
    try {
      const raw = JSON.parse(fs.readFileSync(path.join(this.opts.dataDir, 'location.json'), 'utf8')) as { dbPath?: unknown };
      return typeof raw.dbPath === 'string' ? raw.dbPath : null;
    } catch {
      return null;
    }
  }

  private requireDb(): Db {
    if (!this.db) throw recoveryMode();
    return this.db;
  }

  private context(): HandlerContext {
    const o = this.opts;
    const requireDb = () => this.requireDb();
    const hasDb = () => this.db !== null;
    return {
      get db() {
        return requireDb();
      },
      get hasDb() {
        return hasDb();
      },
      now: this.now,
      tz: this.userTz(),
      dataDir: o.dataDir,
      backupsDir: this.backupsDir,
      dbPath: this.dbPath,
      version: o.version,
      mode: o.mode,
      status: () => this.status,
      jobs: this.jobs,
      printToPdf: o.printToPdf,
      shortcutStatus: () => o.shortcutStatus?.() ?? null,
      settingsChanged: () => queueMicrotask(() => o.onSettingsChanged?.()),
      restoreBackup: (name) => this.restore(name),
      startFresh: () => this.startFresh(),
      openOther: () => this.openOther(),
    };
  }

  private userTz(): string {
    return this.opts.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** Closes the database and the worker, and releases the data folder. */
  close(): void {
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
    this.stopVeilleSchedule?.();
    this.stopVeilleSchedule = null;
    void this.jobs.close();
    this.db?.close();
    this.db = null;
    this.lock?.release();
    this.lock = null;
  }
}
