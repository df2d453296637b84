import type { Db } from '../db/types';

/** User tables in dependency order (parents first). Features append theirs. */
export function userTables(db: Db): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta' ORDER BY rowid")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

export function readTable(db: Db, table: string): Record<string, unknown>[] {
  return db.prepare(`SELECT * FROM "${table.replace(/"/g, '')}" ORDER BY rowid`).all() as Record<string, unknown>[];
}

export function tableColumns(db: Db, table: string): string[] {
  return columnInfo(db, table).map((c) => c.name);
}

export interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
}

export function columnInfo(db: Db, table: string): ColumnInfo[] {
  return db.prepare(`PRAGMA table_info("${table.replace(/"/g, '')}")`).all() as ColumnInfo[];
}

export function clearTable(db: Db, table: string): void {
  db.prepare(`DELETE FROM "${table.replace(/"/g, '')}"`).run();
}

export function insertRow(db: Db, table: string, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  db.prepare(sql).run(...cols.map((c) => row[c] as never));
}

/** The schema's triggers, with the SQL that creates each. */
export function schemaTriggers(db: Db): { name: string; sql: string }[] {
  return db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY rowid").all() as { name: string; sql: string }[];
}

export function dropTrigger(db: Db, name: string): void {
  db.exec(`DROP TRIGGER "${name.replace(/"/g, '')}"`);
}
