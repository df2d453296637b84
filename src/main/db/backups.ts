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

/**
 * Consistent copy of a live database with VACUUM INTO (works under WAL with concurrent writers,
 * never copies the file by hand). Written to a temp name then renamed, so a crash never leaves a
 * half backup under a real name.
 */
export function createBackup(db: Db, dir: string, reason: BackupReason, now: number, keep: number): BackupInfo {
  fs.mkdirSync(dir, { recursive: true });
  let name = `coulisses-${stamp(now)}-${reason}.sqlite`;
  for (let i = 1; fs.existsSync(path.join(dir, name)); i++) name = `coulisses-${stamp(now + i)}-${reason}.sqlite`;
  const target = path.join(dir, name);
  const tmp = `${target}.partial`;
  try {
    if (fs.existsSync(tmp)) fs.rmSync(tmp);
    db.prepare('VACUUM INTO ?').run(tmp);
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
    throw new AppError('backup_failed', `The backup could not be written: ${(err as Error).message}`, { detail: (err as Error).message });
  }
  pruneBackups(dir, keep);
  return listBackups(dir).find((b) => b.name === name)!;
}

/** Keeps the newest `keep` automatic backups; manual and pre-migration ones are kept by count too. */
export function pruneBackups(dir: string, keep: number): void {
  const all = listBackups(dir);
  const byKind = new Map<string, BackupInfo[]>();
  for (const b of all) {
    const kind = b.reason === 'daily' ? 'daily' : b.reason === 'manual' ? 'manual' : 'safety';
    byKind.set(kind, [...(byKind.get(kind) ?? []), b]);
  }
  for (const list of byKind.values()) for (const b of list.slice(keep)) fs.rmSync(path.join(dir, b.name), { force: true });
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
