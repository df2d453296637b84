// One process per data folder. Two processes on one folder (two browser-mode servers, or the
// desktop app and a browser-mode server) would each believe they own the database: a restore by
// one makes the other write into deleted files. The lock is held by the operating system, not
// by a time stamp: a small SQLite file, `coulisses.lock`, opened in EXCLUSIVE locking mode with
// an exclusive lock taken and kept (POSIX fcntl locks on Linux and macOS, LockFileEx on
// Windows). The kernel releases it when the process ends, even on SIGKILL or a crash, so the
// next start never waits for a stale period (mtime-based locks such as proper-lockfile would keep
// the folder for their stale period after a crash). SQLite's own bookkeeping also refuses a
// second connection from the same process. Beside it, `coulisses.lock.json` names the holder
// (pid, mode, since) for the message the second process shows.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/contract/result';

export const LOCK_FILE = 'coulisses.lock';
export const HOLDER_FILE = 'coulisses.lock.json';

/** Who holds a data folder: process id, which app, since when (epoch ms). */
export interface FolderHolder {
  pid: number;
  mode: 'electron' | 'browser';
  since: number;
}

/** Reads the holder file; null when absent or unreadable. */
export function readHolder(dataDir: string): FolderHolder | null {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir, HOLDER_FILE), 'utf8')) as Partial<FolderHolder>;
    if (typeof raw.pid !== 'number' || (raw.mode !== 'electron' && raw.mode !== 'browser') || typeof raw.since !== 'number') return null;
    return { pid: raw.pid, mode: raw.mode, since: raw.since };
  } catch {
    return null;
  }
}

function isBusy(err: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: string }).code));
}

function lockConnection(file: string, nativeBinding?: string): Database.Database {
  const db = new Database(file, { timeout: 0, nativeBinding });
  try {
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    // An exclusive transaction takes the exclusive lock; in EXCLUSIVE locking mode it is kept
    // after the commit, until the connection closes or the process ends.
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The lock on one data folder, held until `release()` or the end of the process. */
export class FolderLock {
  private constructor(
    private db: Database.Database | null,
    readonly dataDir: string,
    readonly holder: FolderHolder,
  ) {}

  /**
   * Takes the folder's lock, or throws AppError('folder_locked') with the holder's pid, mode and
   * since (epoch ms; -1 when the holder file is missing) in `params`. Other failures (a folder
   * that cannot be written) throw AppError('db_unopenable').
   */
  static acquire(dataDir: string, who: Omit<FolderHolder, 'since'> & { since?: number }, nativeBinding?: string): FolderLock {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, LOCK_FILE);
    let db: Database.Database;
    try {
      db = lockConnection(file, nativeBinding);
    } catch (err) {
      if (isBusy(err)) {
        const h = readHolder(dataDir);
        throw new AppError('folder_locked', `The data folder ${dataDir} is in use by another Coulisses process${h ? ` (${h.mode}, pid ${h.pid})` : ''}.`, {
          dir: dataDir,
          pid: h?.pid ?? -1,
          mode: h?.mode ?? 'browser',
          since: h?.since ?? -1,
        });
      }
      if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
        // Not a lock file we wrote (nobody of ours holds it): set it aside and take a new one.
        fs.renameSync(file, `${file}.damaged-${Date.now()}`);
        return FolderLock.acquire(dataDir, who, nativeBinding);
      }
      throw new AppError('db_unopenable', `The data folder cannot be locked: ${(err as Error).message}`, { detail: (err as Error).message });
    }
    const holder: FolderHolder = { pid: who.pid, mode: who.mode, since: who.since ?? Date.now() };
    try {
      fs.writeFileSync(path.join(dataDir, HOLDER_FILE), JSON.stringify(holder));
    } catch {
      // The holder file only explains the lock to a second process; the lock itself holds.
    }
    return new FolderLock(db, dataDir, holder);
  }

  get held(): boolean {
    return this.db !== null;
  }

  /** Releases the lock (the holder file is removed first, while the lock still protects it). */
  release(): void {
    if (!this.db) return;
    if (readHolder(this.dataDir)?.pid === this.holder.pid) fs.rmSync(path.join(this.dataDir, HOLDER_FILE), { force: true });
    this.db.close();
    this.db = null;
  }
}
