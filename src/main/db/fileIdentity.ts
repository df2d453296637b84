// Which files the open connection really writes to. A database file replaced under a running app
// (a sync tool, a copy over it, a restore by another program), or its -wal deleted, leaves the
// connection writing into files that no longer have a name: every write since would be lost after
// the next crash or exit, silently. Comparing the (device, inode) pair taken at open with the one
// on disk before each write detects both; the check costs two stat calls.
import fs from 'node:fs';

export interface FileId {
  dev: number;
  ino: number;
}

/** The identity of the database file and of its -wal (null when there is none yet). */
export interface DbFileIdentity {
  db: FileId;
  wal: FileId | null;
}

export type IdentityProblem = 'db_replaced' | 'db_missing' | 'wal_deleted' | 'wal_replaced';

function idOf(file: string): FileId | null {
  try {
    const s = fs.statSync(file);
    return { dev: s.dev, ino: s.ino };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

const same = (a: FileId, b: FileId) => a.dev === b.dev && a.ino === b.ino;

/** Reads the identity of `dbPath` and `dbPath-wal`. Throws when the database file is absent. */
export function readIdentity(dbPath: string): DbFileIdentity {
  const db = idOf(dbPath);
  if (!db) throw new Error(`No database file at ${dbPath}`);
  return { db, wal: idOf(`${dbPath}-wal`) };
}

/**
 * Compares the files on disk with `expected` (taken at open). Returns the first problem, or null.
 * A -wal that appeared since (none at open) is recorded into `expected.wal`, not a problem.
 */
export function identityProblem(dbPath: string, expected: DbFileIdentity): IdentityProblem | null {
  const db = idOf(dbPath);
  if (!db) return 'db_missing';
  if (!same(db, expected.db)) return 'db_replaced';
  const wal = idOf(`${dbPath}-wal`);
  if (expected.wal === null) {
    expected.wal = wal;
    return null;
  }
  if (!wal) return 'wal_deleted';
  if (!same(wal, expected.wal)) return 'wal_replaced';
  return null;
}
