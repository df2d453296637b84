import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { AppStatus } from '../../shared/contract/system';
import { openDatabase } from '../db/connection';
import { createBackup, listBackups, needsDailyBackup, restoreBackupFile } from '../db/backups';
import type { Db } from '../db/types';
import { createDispatcher, type Dispatch } from '../ipc/dispatch';
import { handlers } from '../ipc/handlers';
import type { HandlerContext } from '../ipc/types';
import { DEFAULT_SETTINGS, getSettings } from '../system/settings';
import { channels, isChannelName, type ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { JobRunner, type WorkerLocation } from './jobRunner';

/** A channel the transports answer asynchronously: in the worker thread or with the shell's help. */
type AsyncRoute = (input: unknown) => Promise<Result<unknown>>;

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
  shortcutStatus?: () => { wanted: string; registered: string | null; taken: boolean; suggestion: string | null } | null;
  onSettingsChanged?: () => void;
  /** Renders the window's current page to PDF (Electron's printToPDF); absent in browser mode. */
  printToPdf?: () => Promise<Uint8Array>;
  /** Where the import worker is; without it, imports run on the calling thread (tests, bench references). */
  importWorker?: WorkerLocation;
  /** Language for seeded presets on first creation. */
  language?: 'en' | 'fr';
  validateOutput?: boolean;
}

export const DB_FILE = 'coulisses.sqlite';

/**
 * Everything below the IPC boundary, shared by Electron main and browser mode: the database,
 * backups, recovery state and the dispatcher. No electron import.
 */
export class Core {
  dbPath: string;
  readonly backupsDir: string;
  db: Db | null = null;
  status: AppStatus = { state: 'ok' };
  readonly dispatch: Dispatch;
  private readonly now: () => number;
  private readonly jobs: JobRunner | null;
  private backupTimer: ReturnType<typeof setInterval> | null = null;
  private readonly asyncRoutes: Partial<Record<ChannelName, AsyncRoute>> = {};

  constructor(private readonly opts: CoreOptions) {
    this.dbPath = this.rememberedDbPath() ?? path.join(opts.dataDir, DB_FILE);
    this.backupsDir = path.join(opts.dataDir, 'backups');
    this.now = opts.now ?? Date.now;
    this.jobs = opts.importWorker ? new JobRunner(opts.importWorker) : null;
    this.addAsyncRoutes();
    this.dispatch = createDispatcher({
      handlers,
      context: () => this.context(),
      validateOutput: opts.validateOutput,
      recoveryHandlers: {
        'system.ping': () => ({ pong: true }),
        'app.status': () => this.status,
        'settings.get': () => DEFAULT_SETTINGS,
        'backups.list': () => listBackups(this.backupsDir),
        'backups.restore': (input) => {
          this.restore((input as { name: string }).name);
          return { done: true };
        },
        'recovery.startFresh': () => {
          this.startFresh();
          return { done: true };
        },
        'recovery.openOther': () => ({ opened: this.openOther() }),
        'app.info': () => ({ version: opts.version, dataDir: opts.dataDir, dbPath: this.dbPath, schemaVersion: 0, mode: opts.mode }),
      },
    });
  }

  /** Opens the database; on failure enters recovery mode instead of re-creating anything. */
  open(): AppStatus {
    fs.mkdirSync(this.opts.dataDir, { recursive: true });
    try {
      this.db = openDatabase(this.dbPath, {
        nativeBinding: this.opts.nativeBinding,
        context: { language: this.opts.language ?? 'en' },
        beforeMigrate: (db) => {
          createBackup(db, this.backupsDir, 'pre-migration', this.now(), DEFAULT_SETTINGS.backupKeep);
        },
      });
      this.status = { state: 'ok' };
      this.dailyBackup();
      // The app may stay open for days: check again every hour (a cheap directory listing).
      this.backupTimer ??= setInterval(() => this.dailyBackup(), 3_600_000);
      this.backupTimer.unref?.();
    } catch (err) {
      this.db = null;
      const e = err instanceof AppError ? err : new AppError('db_unopenable', String(err));
      const reason = e.code === 'db_corrupt' || e.code === 'db_newer' ? e.code : 'db_unopenable';
      this.status = { state: 'recovery', reason, detail: e.message, dbPath: this.dbPath, backups: listBackups(this.backupsDir), canPickFile: Boolean(this.opts.pickDatabaseFile) };
    }
    return this.status;
  }

  dailyBackup(): void {
    if (!this.db || !needsDailyBackup(this.backupsDir, this.now())) return;
    try {
      createBackup(this.db, this.backupsDir, 'daily', this.now(), getSettings(this.db).backupKeep);
    } catch {
      // A failed daily backup must not stop the app; the next start tries again.
    }
  }

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
    const status = this.open();
    if (status.state !== 'ok') throw new AppError('db_unopenable', 'A new database could not be created here.', { detail: status.detail });
  }

  /** Opens a database file chosen by the user and remembers it; keeps the current one if that fails. */
  openOther(): boolean {
    const picked = this.opts.pickDatabaseFile?.();
    if (!picked) return false;
    const previous = this.dbPath;
    this.db?.close();
    this.db = null;
    this.dbPath = path.resolve(picked);
    const status = this.open();
    if (status.state !== 'ok') {
      this.dbPath = previous;
      this.open();
      throw new AppError(status.reason, status.detail, { detail: status.detail });
    }
    fs.writeFileSync(path.join(this.opts.dataDir, 'location.json'), JSON.stringify({ dbPath: this.dbPath }));
    return true;
  }

  private rememberedDbPath(): string | null {
    try {
      const raw = JSON.parse(fs.readFileSync(path.join(this.opts.dataDir, 'location.json'), 'utf8')) as { dbPath?: unknown };
      return typeof raw.dbPath === 'string' ? raw.dbPath : null;
    } catch {
      return null;
    }
  }

  private context(): HandlerContext | AppError {
    if (!this.db) return new AppError('recovery_mode', 'The database is not available; use the recovery screen.');
    return {
      db: this.db,
      now: this.now,
      tz: this.userTz(),
      dataDir: this.opts.dataDir,
      backupsDir: this.backupsDir,
      dbPath: this.dbPath,
      version: this.opts.version,
      mode: this.opts.mode,
      restoreBackup: (name) => this.restore(name),
      shortcutStatus: () => this.opts.shortcutStatus?.() ?? null,
      settingsChanged: () => queueMicrotask(() => this.opts.onSettingsChanged?.()),
    };
  }

  /**
   * The entry point for the transports (IPC, browser mode): like dispatch, but heavy jobs run in
   * the worker thread so the main thread keeps answering other requests meanwhile.
   */
  async call(channel: unknown, input: unknown): Promise<Result<unknown>> {
    const route = isChannelName(channel) ? this.asyncRoutes[channel] : undefined;
    if (!route) return this.dispatch(channel, input);
    const parsed = channels[channel as ChannelName].input.safeParse(input);
    // An invalid input goes through the dispatcher, which words the validation error.
    return parsed.success ? route(parsed.data) : this.dispatch(channel, input);
  }

  /** Imports run in the worker thread; the PDF comes from the shell (Electron's printToPDF). */
  private addAsyncRoutes(): void {
    const jobs = this.jobs;
    if (jobs) {
      for (const channel of ['audit.import.preview', 'audit.import.commit'] as const) {
        this.asyncRoutes[channel] = async (input) => {
          if (!this.db) return this.dispatch(channel, input); // recovery mode answers as usual
          const i = input as { base64: string; fileName: string; tz?: string; mapping?: never };
          const file = { base64: i.base64, fileName: i.fileName, tz: i.tz ?? this.userTz() };
          return jobs.run({ channel, dbPath: this.dbPath, nativeBinding: this.opts.nativeBinding, file, mapping: i.mapping, now: this.now() });
        };
      }
    }
    const print = this.opts.printToPdf;
    if (print) {
      this.asyncRoutes['app.printToPdf'] = async () => {
        try {
          return { ok: true, value: { base64: Buffer.from(await print()).toString('base64') } };
        } catch (err) {
          return { ok: false, error: { code: 'internal', message: `The PDF could not be made: ${(err as Error).message}` } };
        }
      };
    }
  }

  private userTz(): string {
    return this.opts.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  close(): void {
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
    void this.jobs?.close();
    this.db?.close();
    this.db = null;
  }
}
