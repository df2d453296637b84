// SQL of the calendar's lookup tables (channel, pillar, format): the same five statements for
// each, generated from one column map, so a new lookup or column is one line, not a new copy.
import type { Channel, Format, Pillar } from '../../shared/calendar/types';
import type { Db } from '../db/types';

type Column = string | { name: string; bool: true };

interface LookupDef<T extends { id: number }> {
  table: 'channel' | 'pillar' | 'format';
  /** field of T (besides id) → column; `bool` columns hold 0/1. */
  columns: { [K in Exclude<keyof T, 'id'>]: Column };
  /** ORDER BY of lists */
  order: string;
}

/** List, get, insert (appended to the sort order), update and delete for one lookup table. */
export interface LookupStore<T extends { id: number }, New> {
  list(db: Db): T[];
  get(db: Db, id: number): T | undefined;
  insert(db: Db, row: New): number;
  update(db: Db, row: T): void;
  remove(db: Db, id: number): void;
}

function lookupStore<T extends { id: number }, New extends Partial<T>>(def: LookupDef<T>, defaults: Partial<T> = {}): LookupStore<T, New> {
  const fields = Object.keys(def.columns) as (Exclude<keyof T, 'id'> & string)[];
  const col = (f: Exclude<keyof T, 'id'>) => {
    const c = def.columns[f];
    return typeof c === 'string' ? c : c.name;
  };
  const isBool = (f: Exclude<keyof T, 'id'>) => typeof def.columns[f] !== 'string';
  const fromRow = (r: Record<string, unknown>): T => {
    const out: Record<string, unknown> = { id: r.id };
    for (const f of fields) out[f] = isBool(f) ? r[col(f)] === 1 : r[col(f)];
    return out as T;
  };
  const toValue = (f: Exclude<keyof T, 'id'>, v: unknown) => (isBool(f) ? (v ? 1 : 0) : v);
  const t = def.table;
  return {
    list: (db) => (db.prepare(`SELECT * FROM ${t} ORDER BY ${def.order}`).all() as Record<string, unknown>[]).map(fromRow),
    get: (db, id) => {
      const r = db.prepare(`SELECT * FROM ${t} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
      return r && fromRow(r);
    },
    insert: (db, row) => {
      const full = { ...defaults, ...row } as Record<string, unknown>;
      const order = (db.prepare(`SELECT coalesce(max(sort_order), 0) + 1 AS n FROM ${t}`).get() as { n: number }).n;
      const cols = fields.map(col);
      const sql = `INSERT INTO ${t} (${[...cols, 'sort_order'].join(', ')}) VALUES (${[...cols, 'sort_order'].map(() => '?').join(', ')})`;
      return Number(db.prepare(sql).run(...fields.map((f) => toValue(f, full[f])), order).lastInsertRowid);
    },
    update: (db, row) => {
      const sql = `UPDATE ${t} SET ${fields.map((f) => `${col(f)} = ?`).join(', ')} WHERE id = ?`;
      db.prepare(sql).run(...fields.map((f) => toValue(f, (row as Record<string, unknown>)[f])), row.id);
    },
    remove: (db, id) => void db.prepare(`DELETE FROM ${t} WHERE id = ?`).run(id),
  };
}

export const channelStore = lookupStore<Channel, Omit<Channel, 'id' | 'archived'>>(
  { table: 'channel', columns: { name: 'name', color: 'color', cadencePerWeek: 'cadence_per_week', charLimit: 'char_limit', archived: { name: 'archived', bool: true } }, order: 'archived, sort_order, id' },
  { archived: false },
);
export const pillarStore = lookupStore<Pillar, Omit<Pillar, 'id'>>({ table: 'pillar', columns: { name: 'name', color: 'color', targetShare: 'target_share' }, order: 'sort_order, id' });
export const formatStore = lookupStore<Format, Omit<Format, 'id'>>({
  table: 'format',
  columns: {
    name: 'name',
    writingSetupMinutes: 'writing_setup_minutes',
    writingMinutes: 'writing_minutes',
    visualsSetupMinutes: 'visuals_setup_minutes',
    visualsMinutes: 'visuals_minutes',
    productionSlot: { name: 'production_slot', bool: true },
  },
  order: 'sort_order, id',
});
