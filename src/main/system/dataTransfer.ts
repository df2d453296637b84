import { AppError } from '../../shared/contract/result';
import { exportFile, type ExportFile } from '../../shared/contract/system';
import type { Db } from '../db/types';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { prepareBackup } from '../db/backups';
import { clearTable, columnInfo, dropTrigger, insertRow, readTable, schemaTriggers, userTables, type ColumnInfo } from './dataTransferStore';

/** The longest text a column may hold in an import (free texts are far shorter in the app). */
const MAX_TEXT = 100_000;

/** Checks a value against the column's declared type before SQLite sees it (STRICT tables would convert 42 to '42'). */
function valueProblem(col: ColumnInfo, value: unknown): string | null {
  if (value === null) return col.notnull ? 'missing value' : null;
  const type = col.type.toUpperCase();
  if (type === 'INTEGER') return typeof value === 'number' && Number.isSafeInteger(value) ? null : 'expected a whole number';
  if (type === 'REAL') return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
  if (type === 'TEXT') {
    if (typeof value !== 'string') return 'expected text';
    return value.length > MAX_TEXT ? `text longer than ${MAX_TEXT} characters` : null;
  }
  return typeof value === 'string' || typeof value === 'number' ? null : 'unsupported value';
}

export function exportAll(db: Db, now: number): ExportFile {
  const tables: ExportFile['tables'] = {};
  for (const t of userTables(db)) tables[t] = readTable(db, t);
  return { format: 'coulisses-export', version: schemaVersion(db), exportedAt: now, tables };
}

/**
 * An export from an earlier schema (one of MIGRATIONS' versions), brought to the latest one the
 * way its database would have been: its rows are written into a scratch in-memory database at
 * the file's version (checked there like any import), the later migrations run over them, and the
 * result is exported again. An update of the app therefore never makes a user's export file
 * unusable. Throws AppError('import_invalid') when the file's version is not one the app had.
 */
export function upgradeExport(file: ExportFile): ExportFile {
  if (!MIGRATIONS.some((m) => m.version === file.version)) {
    throw new AppError('import_invalid', `This export comes from schema ${file.version}, which no version of Coulisses used.`, { detail: `schema ${file.version}` });
  }
  const scratch = new Database(':memory:');
  try {
    scratch.pragma('foreign_keys = ON');
    migrate(scratch, MIGRATIONS, { language: 'en' }, file.version);
    checkAgainst(scratch, file);
    scratch.transaction(() => writeImport(scratch, file)).immediate();
    migrate(scratch, MIGRATIONS, { language: 'en' });
    return exportAll(scratch, file.exportedAt);
  } finally {
    scratch.close();
  }
}

/**
 * Parses and checks a whole export file against this database's schema (format, schema version,
 * known tables and columns, each value's type) without writing anything; a file from an earlier
 * schema is brought to this one first (upgradeExport). Throws AppError('import_invalid') naming
 * the table, row and column of the first problem.
 */
export function parseImport(db: Db, json: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new AppError('import_invalid', `This file is not valid JSON: ${(err as Error).message}`, { detail: (err as Error).message });
  }
  const parsed = exportFile.safeParse(data);
  if (!parsed.success) throw new AppError('import_invalid', 'This file is not a Coulisses export.', { detail: parsed.error.issues[0]?.message ?? '' });
  const file = parsed.data.version < schemaVersion(db) ? upgradeExport(parsed.data) : parsed.data;
  checkAgainst(db, file);
  return file;
}

/** Checks a file's version, tables, columns and values against `db`'s schema (see parseImport). */
function checkAgainst(db: Db, file: ExportFile): void {
  if (file.version !== schemaVersion(db)) {
    throw new AppError('import_invalid', `This export comes from schema ${file.version}; this version uses ${schemaVersion(db)}.`, { detail: `schema ${file.version}` });
  }
  const tables = userTables(db);
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!tables.includes(name)) throw new AppError('import_invalid', `Unknown table "${name}" in the file.`, { detail: name });
    const cols = new Map(columnInfo(db, name).map((c) => [c.name, c]));
    rows.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) {
        const col = cols.get(key);
        if (!col) throw new AppError('import_invalid', `Unknown column "${key}" in ${name}, row ${i + 1}.`, { detail: `${name}.${key}` });
        const problem = valueProblem(col, value);
        if (problem) throw new AppError('import_invalid', `${name}, row ${i + 1}, ${key}: ${problem}.`, { detail: `${name} row ${i + 1} ${key}: ${problem}` });
      }
    });
  }
}

/**
 * Replaces every user table with a checked file's content (values stored as given: text stays
 * text, nothing is evaluated). The caller runs this inside one transaction, so a row refused by a
 * constraint or a dangling reference leaves the database as it was. Returns the rows written.
 */
export function writeImport(db: Db, file: ExportFile): { rows: number } {
  const tables = userTables(db);
  db.pragma('defer_foreign_keys = ON');
  // Triggers guard new writes, not the copy of rows as they were: an export of a database that
  // kept overlapping time entries from before migration 0060 must import again. They are dropped
  // for the copy and created again before the caller's transaction commits (DDL is transactional).
  const triggers = schemaTriggers(db);
  for (const tr of triggers) dropTrigger(db, tr.name);
  for (const t of [...tables].reverse()) clearTable(db, t);
  let count = 0;
  for (const t of tables) {
    for (const row of file.tables[t] ?? []) {
      try {
        insertRow(db, t, row);
      } catch (err) {
        // Storage failures (disk full, read-only, locked) keep their own code and message.
        if (/^SQLITE_(FULL|READONLY|BUSY|LOCKED|IOERR)/.test(String((err as { code?: string }).code))) throw err;
        throw new AppError('import_invalid', `Row ${count + 1} of ${t} was refused: ${(err as Error).message}`, { detail: `${t}: ${(err as Error).message}` });
      }
      count++;
    }
  }
  for (const tr of triggers) db.exec(tr.sql);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) throw new AppError('import_invalid', 'The file has rows that point to missing rows.', { detail: 'foreign keys' });
  return { rows: count };
}

/**
 * Replaces every user table with the file's content, in one transaction, after a pre-import
 * backup. The whole file is checked first; a refused file (by the checks or by the database
 * inside the transaction) leaves the database as it was and makes no backup: the copy is written
 * under a temporary name before the transaction and named only just before it commits.
 */
export function importAll(db: Db, json: string, backup: { dir: string; now: number; keep: number } | null = null): { rows: number } {
  const file = parseImport(db, json);
  const pending = backup ? prepareBackup(db, backup.dir, 'pre-import', backup.now) : null;
  try {
    return db
      .transaction(() => {
        const result = writeImport(db, file);
        pending?.keep(backup!.keep);
        return result;
      })
      .immediate();
  } catch (err) {
    pending?.discard();
    throw err;
  }
}
