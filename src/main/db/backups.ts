import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/contract/system';
import { AppError } from '../../shared/contract/result';
import type { Db } from './types';

export type BackupReason = BackupInfo['reason'];

const NAME = /^coulisses-(\d{8}T\d{6}(?:\d{3})?Z)-(daily|manual|pre-migration|pre-restore|pre-import)\.sqlite$/;

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[-:]/g, '').replace('.', '');
}

function parseStamp(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(s);
  if (!m) return 0;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7] ? +m[7] : 0);
}

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({
      name,
      createdAt: parseStamp(m[1]),
      size: fs.statSync(path.join(dir, name)).size,
      reason: m[2] as BackupReason,
    }))
    .sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}

/** A backup written under a temporary name, not yet listed: `keep()` names it, `discard()` removes it. */
export interface PendingBackup {
  /** Renames the copy to its real name and prunes the kind's rotation to `keep`. */
  keep(keep: number): BackupInfo;
  /** Removes the copy (the operation it protected was refused). */
  discard(): void;
}

/**
 * Writes a consistent copy of a live database with VACUUM INTO (works under WAL with concurrent
 * writers, never copies the file by hand) under `<name>.partial`, which `listBackups` ignores and
 * `cleanLeftovers` removes after a crash. Throws AppError('backup_failed').
 */
export function prepareBackup(db: Db, dir: string, reason: BackupReason, now: number): PendingBackup {
  fs.mkdirSync(dir, { recursive: true });
  let name = `coulisses-${stamp(now)}-${reason}.sqlite`;
  for (let i = 1; fs.existsSync(path.join(dir, name)) || fs.existsSync(path.join(dir, `${name}.partial`)); i++) name = `coulisses-${stamp(now + i)}-${reason}.sqlite`;
  const target = path.join(dir, name);
  const tmp = `${target}.partial`;
  const fail = (err: unknown) => {
    fs.rmSync(tmp, { force: true });
    return new AppError('backup_failed', `The backup could not be written: ${(err as Error).message}`, { detail: (err as Error).message });
  };
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
  } catch (err) {
    throw fail(err);
  }
  return {
    keep(keep) {
      try {
        fs.renameSync(tmp, target);
      } catch (err) {
        throw fail(err);
      }
      pruneBackups(dir, keep);
      return listBackups(dir).find((b) => b.name === name)!;
    },
    discard: () => fs.rmSync(tmp, { force: true }),
  };
}

/**
 * Consistent copy of a live database (see `prepareBackup`), written to a temp name then renamed,
 * so a crash never leaves a half backup under a real name; then the kind's rotation keeps `keep`.
 */
export function createBackup(db: Db, dir: string, reason: BackupReason, now: number, keep: number): BackupInfo {
  return prepareBackup(db, dir, reason, now).keep(keep);
}

/**
 * Keeps the newest `keep` backups of each kind (daily, manual, pre-migration, pre-restore,
 * pre-import), each kind in its own rotation: ten refused or accepted imports never push out the
 * copy a restore or a migration kept.
 */
export function pruneBackups(dir: string, keep: number): void {
  const byKind = new Map<BackupReason, BackupInfo[]>();
  for (const b of listBackups(dir)) byKind.set(b.reason, [...(byKind.get(b.reason) ?? []), b]);
  for (const list of byKind.values()) for (const b of list.slice(keep)) fs.rmSync(path.join(dir, b.name), { force: true });
}

/**
 * Removes what a crash can leave behind: half-written backups (`*.partial` in the backups
 * folder) and a half-copied restore (`<db>.restoring`). Called once at start, before anything
 * writes there. Returns the names removed.
 */
export function cleanLeftovers(backupsDir: string, dbFile: string): string[] {
  const removed: string[] = [];
  if (fs.existsSync(backupsDir)) {
    for (const name of fs.readdirSync(backupsDir)) {
      if (!name.endsWith('.partial')) continue;
      fs.rmSync(path.join(backupsDir, name), { force: true });
      removed.push(name);
    }
  }
  const restoring = `${dbFile}.restoring`;
  if (fs.existsSync(restoring)) {
    fs.rmSync(restoring, { force: true });
    removed.push(path.basename(restoring));
  }
  return removed;
}

export function needsDailyBackup(dir: string, now: number): boolean {
  const last = listBackups(dir).find((b) => b.reason === 'daily');
  return !last || now - last.createdAt >= 24 * 3600 * 1000;
}

/** Checks a backup file is a readable, intact Coulisses database before it replaces anything. */
export function verifyBackup(file: string, nativeBinding?: string): void {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0].integrity_check !== 'ok') throw new Error(rows.map((r) => r.integrity_check).join('; '));
  } catch (err) {
    throw new AppError('db_corrupt', `This backup is damaged: ${(err as Error).message}`, { detail: (err as Error).message });
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database file with a backup. The caller must have closed the live connection.
 * Removes stale -wal/-shm so they are not replayed over the restored file.
 */
export function restoreBackupFile(backupFile: string, dbFile: string, nativeBinding?: string): void {
  verifyBackup(backupFile, nativeBinding);
  const tmp = `${dbFile}.restoring`;
  fs.copyFileSync(backupFile, tmp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(tmp, dbFile);
}
