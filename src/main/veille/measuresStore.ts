// SQL of the veille measures.
import type { Db } from '../db/types';

/** Of the items added in [from, to) epoch ms: how many were read, kept (or starred), and cited by a report. */
export function funnelBetween(db: Db, from: number, to: number): { added: number; read: number; kept: number; cited: number } {
  return db
    .prepare(
      `SELECT count(*) AS added,
              count(*) FILTER (WHERE i.read_at IS NOT NULL) AS read,
              count(*) FILTER (WHERE i.triage = 'kept' OR i.starred = 1) AS kept,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM veille_citation c WHERE c.item_id = i.id)) AS cited
       FROM veille_item i WHERE i.added_at >= ? AND i.added_at < ?`,
    )
    .get(from, to) as { added: number; read: number; kept: number; cited: number };
}

/** Per source (null: links added by hand without a source), of the items added in [from, to): kept, cited, and the reports citing them. */
export function sourcesFeedingReports(db: Db, from: number, to: number): { sourceId: number | null; title: string | null; kept: number; cited: number; reports: number }[] {
  return db
    .prepare(
      `SELECT i.source_id AS sourceId, s.title AS title,
              count(DISTINCT i.id) FILTER (WHERE i.triage = 'kept' OR i.starred = 1) AS kept,
              count(DISTINCT c.item_id) AS cited,
              count(DISTINCT e.report_id) AS reports
       FROM veille_item i
       LEFT JOIN veille_source s ON s.id = i.source_id
       LEFT JOIN veille_citation c ON c.item_id = i.id
       LEFT JOIN veille_report_entry e ON e.id = c.entry_id
       WHERE i.added_at >= ? AND i.added_at < ?
       GROUP BY i.source_id
       HAVING kept > 0 OR cited > 0
       ORDER BY cited DESC, kept DESC, s.title COLLATE NOCASE`,
    )
    .all(from, to) as { sourceId: number | null; title: string | null; kept: number; cited: number; reports: number }[];
}

/** Weak signals noted (ever), seen again (a later item echoes them), promoted to trends; the 20 most recent. */
export function weakSignalStats(db: Db): { noted: number; seenAgain: number; promoted: number; list: { id: number; title: string; addedAt: number; echoes: number; promotedAt: number | null }[] } {
  const base = `FROM veille_annotation a JOIN veille_item i ON i.id = a.item_id WHERE a.signal = 'weak' OR a.was_weak = 1`;
  const echoes = `(SELECT count(*) FROM veille_annotation x JOIN veille_item xi ON xi.id = x.item_id WHERE x.echo_of = i.id)`;
  const totals = db.prepare(`SELECT count(*) AS noted, count(*) FILTER (WHERE ${echoes} > 0) AS seenAgain, count(*) FILTER (WHERE a.promoted_at IS NOT NULL) AS promoted ${base}`).get() as {
    noted: number;
    seenAgain: number;
    promoted: number;
  };
  const list = db.prepare(`SELECT i.id, i.title, i.added_at AS addedAt, ${echoes} AS echoes, a.promoted_at AS promotedAt ${base} ORDER BY echoes DESC, i.added_at DESC LIMIT 20`).all() as {
    id: number;
    title: string;
    addedAt: number;
    echoes: number;
    promotedAt: number | null;
  }[];
  return { ...totals, list };
}

/** Management's answers to the recommendations of reports delivered for ISO weeks firstWeek..lastWeek. */
export function adoptionBetween(db: Db, firstWeek: string, lastWeek: string): { delivered: number; accepted: number; declined: number; pending: number } {
  return db
    .prepare(
      `SELECT count(*) AS delivered, count(*) FILTER (WHERE e.status = 'accepted') AS accepted, count(*) FILTER (WHERE e.status = 'declined') AS declined,
              count(*) FILTER (WHERE e.status = 'pending') AS pending
       FROM veille_report_entry e JOIN veille_report r ON r.id = e.report_id
       WHERE e.kind = 'recommendation' AND e.status IS NOT NULL AND r.week BETWEEN ? AND ?`,
    )
    .get(firstWeek, lastWeek) as { delivered: number; accepted: number; declined: number; pending: number };
}
