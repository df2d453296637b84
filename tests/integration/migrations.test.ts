import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { migrate, schemaVersion } from '../../src/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import type { Migration } from '../../src/main/db/types';
import { AppError } from '../../src/shared/contract/result';
import { tempDir } from '../helpers/tempCore';

describe('migrations', () => {
  it('creates a fresh database at the latest version with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('lists migrations in strictly increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('upgrades step by step, one transaction each, and backs up before migrating', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const first = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    expect(schemaVersion(first)).toBe(MIGRATIONS[0].version);
    first.close();
    const extra: Migration = { version: LATEST_VERSION + 10, name: 'test-extra', up: (db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT') };
    let backedUpFrom = -1;
    const db = openDatabase(file, { migrations: [...MIGRATIONS, extra], beforeMigrate: (_db, from) => (backedUpFrom = from) });
    expect(backedUpFrom).toBe(MIGRATIONS[0].version);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 10);
    db.close();
  });

  it('rolls back a failing step entirely and keeps the previous version', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    openDatabase(file).close();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow();
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from the future and leaves it byte-for-byte untouched', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x) ');
    raw.pragma(`user_version = ${LATEST_VERSION + 1000}`);
    raw.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_newer');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('reports a corrupt file as db_corrupt without touching it', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'db_corrupt' }));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a damaged page deep in an otherwise valid file is caught by integrity_check at open', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t(v);');
    const insert = raw.prepare('INSERT INTO t (v) VALUES (?)');
    // One transaction: 3,000 autocommits (one fsync each) take seconds on a busy disk.
    raw.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`value-${i}-${'x'.repeat(40)}`);
    })();
    raw.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    // Scramble the cells of a page in the last third (an index page), keeping its header.
    const page = Math.floor(pages * 0.8);
    bytes.fill(0x7f, page * pageSize + 200, page * pageSize + pageSize - 200);
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'db_corrupt' }));
  });

  it('migrate() stops at a requested version (used by data-moving migration tests)', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, { language: 'en' }, MIGRATIONS[0].version);
    expect(schemaVersion(db)).toBe(MIGRATIONS[0].version);
    db.close();
  });
});
