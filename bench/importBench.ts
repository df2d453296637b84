import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/main/db/connection';
import { parseTimeCsv } from '../src/main/audit/import';
import { importedNote } from '../src/main/audit/import/timeImport';

export interface InsertTimes {
  /** The same rows into the app's own tables (time_entry and import_key of a migrated database): the reference. */
  schema: number;
  /** The same rows into a scratch table without indexes or constraints: shown for information. */
  scratch: number;
}

/**
 * The reference: the rows of `csv`, already parsed (outside the timing) into exactly what the
 * import writes (instants, zone, category, note, source, batch, external id), inserted by a bare
 * better-sqlite3 transaction with prepared statements. `categoryOf` maps a project to a category
 * like the import's mapping does.
 */
export function bareInsert(dir: string, csv: string, tz: string, categoryOf: (project: string) => number): InsertTimes {
  const parsed = parseTimeCsv(new Uint8Array(Buffer.from(csv)), { tz });
  if (parsed.errors.length > 0) throw new Error(`bench CSV does not parse: ${JSON.stringify(parsed.errors[0])}`);
  const rows = parsed.rows.map((r) => ({
    start: r.start,
    end: r.end,
    categoryId: categoryOf(r.project),
    note: importedNote(r),
    externalId: r.externalId,
  }));

  const schemaFile = path.join(dir, 'reference-schema.sqlite');
  openDatabase(schemaFile).close(); // the app's migrations, nothing else
  let db = new Database(schemaFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const batch = db.prepare("INSERT INTO import_batch (created_at, file_name, format, row_count) VALUES (?, 'toggl.csv', 'toggl', ?)");
  const entry = db.prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, note, source, import_batch_id) VALUES (?, ?, ?, ?, ?, 'import', ?)");
  const key = db.prepare('INSERT INTO import_key (external_id, batch_id) VALUES (?, ?)');
  let t0 = performance.now();
  db.transaction(() => {
    const batchId = batch.run(Date.now(), rows.length).lastInsertRowid;
    for (const r of rows) {
      entry.run(r.start, r.end, tz, r.categoryId, r.note, batchId);
      key.run(r.externalId, batchId);
    }
  })();
  const schema = performance.now() - t0;
  db.close();

  db = new Database(path.join(dir, 'reference-scratch.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, start_at INTEGER, end_at INTEGER, note TEXT, category_id INTEGER)');
  const insert = db.prepare('INSERT INTO t (start_at, end_at, note, category_id) VALUES (?, ?, ?, ?)');
  t0 = performance.now();
  db.transaction(() => {
    for (const r of rows) insert.run(r.start, r.end, r.note, r.categoryId);
  })();
  const scratch = performance.now() - t0;
  db.close();
  return { schema, scratch };
}
