// SQL of the decision portfolio. Skills and tags are JSON arrays of strings.

import type { Decision } from '../../shared/career/types';
import type { Db } from '../db/types';

interface RawDecision {
  id: number;
  date: string;
  title: string;
  context: string;
  measured: string;
  options: string;
  arbitration: string;
  changed: string;
  kpi_name: string;
  kpi_before: number | null;
  kpi_after: number | null;
  skills: string;
  tags: string;
}

const COLS = 'id, date, title, context, measured, options, arbitration, changed, kpi_name, kpi_before, kpi_after, skills, tags';

function toDecision(r: RawDecision): Decision {
  return {
    id: r.id,
    date: r.date,
    title: r.title,
    context: r.context,
    measured: r.measured,
    options: r.options,
    arbitration: r.arbitration,
    changed: r.changed,
    kpiName: r.kpi_name,
    kpiBefore: r.kpi_before,
    kpiAfter: r.kpi_after,
    skills: JSON.parse(r.skills) as string[],
    tags: JSON.parse(r.tags) as string[],
  };
}

/** Newest first. Filtering by text, tag and skill is done by the service. */
export function readDecisions(db: Db, from?: string, to?: string): Decision[] {
  // rows as arrays, built here: cheaper than the driver's named rows for a whole portfolio
  const rows = db
    .prepare(`SELECT ${COLS} FROM decision WHERE date >= ? AND date <= ? ORDER BY date DESC, id DESC`)
    .raw(true)
    .all(from ?? '0000-01-01', to ?? '9999-12-31') as [number, string, string, string, string, string, string, string, string, number | null, number | null, string, string][];
  return rows.map(([id, date, title, context, measured, options, arbitration, changed, kpi_name, kpi_before, kpi_after, skills, tags]) =>
    toDecision({ id, date, title, context, measured, options, arbitration, changed, kpi_name, kpi_before, kpi_after, skills, tags }),
  );
}

export function readDecision(db: Db, id: number): Decision | undefined {
  const r = db.prepare(`SELECT ${COLS} FROM decision WHERE id = ?`).get(id) as RawDecision | undefined;
  return r ? toDecision(r) : undefined;
}

/** Inserts a decision (its id only to put a deleted one back). */
export function insertDecision(db: Db, d: Omit<Decision, 'id'> & { id?: number }, now: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO decision (id, date, title, context, measured, options, arbitration, changed, kpi_name, kpi_before, kpi_after, skills, tags, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(d.id ?? null, d.date, d.title, d.context, d.measured, d.options, d.arbitration, d.changed, d.kpiName, d.kpiBefore, d.kpiAfter, JSON.stringify(d.skills), JSON.stringify(d.tags), now, now)
      .lastInsertRowid,
  );
}

export function updateDecisionRow(db: Db, d: Decision, now: number): void {
  db.prepare(
    `UPDATE decision SET date = ?, title = ?, context = ?, measured = ?, options = ?, arbitration = ?, changed = ?, kpi_name = ?, kpi_before = ?, kpi_after = ?,
     skills = ?, tags = ?, updated_at = ? WHERE id = ?`,
  ).run(d.date, d.title, d.context, d.measured, d.options, d.arbitration, d.changed, d.kpiName, d.kpiBefore, d.kpiAfter, JSON.stringify(d.skills), JSON.stringify(d.tags), now, d.id);
}

export function deleteDecisionRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM decision WHERE id = ?').run(id).changes;
}
