// SQL of the veille measures.
import type { Db } from '../db/types';

type Funnel = { added: number; read: number; kept: number; cited: number };

/**
 * The funnel of the items added in each span [from, to) (epoch ms, consecutive: each starts where
 * the previous one ends; throws otherwise): added, read (opened or triaged), kept (kept or
 * starred), cited by a report. Each count is an index range count, per span: added by
 * `veille_item_added`, unread and kept by the partial indexes `veille_item_unread` and
 * `veille_item_kept` (migration 0190), so no item row is read; read = added − unread (read_at is
 * either null or not); cited items are counted from the citation side (a report cites far fewer
 * items than arrive), bucketed in SQL.
 */
export function funnelBySpan(db: Db, spans: readonly { from: number; to: number }[]): Funnel[] {
  if (spans.length === 0) return [];
  for (let k = 1; k < spans.length; k++) if (spans[k].from !== spans[k - 1].to) throw new Error('funnelBySpan: spans must be consecutive');
  const added = db.prepare('SELECT count(*) FROM veille_item INDEXED BY veille_item_added WHERE added_at >= ? AND added_at < ?').pluck();
  const unread = db.prepare('SELECT count(*) FROM veille_item INDEXED BY veille_item_unread WHERE added_at >= ? AND added_at < ? AND read_at IS NULL').pluck();
  const kept = db.prepare("SELECT count(*) FROM veille_item INDEXED BY veille_item_kept WHERE added_at >= ? AND added_at < ? AND (triage = 'kept' OR starred = 1)").pluck();
  const out = spans.map((s) => {
    const n = added.get(s.from, s.to) as number;
    return { added: n, read: n - (unread.get(s.from, s.to) as number), kept: kept.get(s.from, s.to) as number, cited: 0 };
  });
  // the span of each cited item as a CASE over the spans' ends (bound parameters)
  const bucket = `CASE ${spans.map(() => 'WHEN i.added_at < ? THEN ?').join(' ')} ELSE ${spans.length} END`;
  const edges = spans.flatMap((s, k) => [s.to, k]);
  const cited = db
    .prepare(
      `SELECT ${bucket} AS k, count(*) FROM (SELECT DISTINCT item_id FROM veille_citation) AS c CROSS JOIN veille_item i ON i.id = c.item_id
        WHERE i.added_at >= ? AND i.added_at < ? GROUP BY k`,
    )
    .raw()
    .all(...edges, spans[0].from, spans[spans.length - 1].to) as [number, number][];
  for (const [k, n] of cited) if (k < spans.length) out[k].cited = n;
  return out;
}

/** The funnel of the items added in [from, to) (epoch ms); see funnelBySpan. */
export function funnelBetween(db: Db, from: number, to: number): Funnel {
  return funnelBySpan(db, [{ from, to }])[0];
}

/**
 * Per source (null: links added by hand without a source), of the items added in [from, to)
 * (epoch ms): kept, cited, and the reports citing them; only sources with a kept or cited item,
 * most cited first. Kept items are counted by source from the partial index `veille_item_kept`
 * (migration 0190); cited items and their reports from the citation side.
 */
export function sourcesFeedingReports(db: Db, from: number, to: number): { sourceId: number | null; title: string | null; kept: number; cited: number; reports: number }[] {
  const kept = db
    .prepare(`SELECT source_id, count(*) FROM veille_item INDEXED BY veille_item_kept WHERE added_at >= ? AND added_at < ? AND (triage = 'kept' OR starred = 1) GROUP BY source_id`)
    .raw()
    .all(from, to) as [number | null, number][];
  const cited = db
    .prepare(
      `SELECT i.source_id, count(DISTINCT c.item_id), count(DISTINCT e.report_id)
       FROM veille_citation c JOIN veille_item i ON i.id = c.item_id JOIN veille_report_entry e ON e.id = c.entry_id
       WHERE i.added_at >= ? AND i.added_at < ?
       GROUP BY i.source_id`,
    )
    .raw()
    .all(from, to) as [number | null, number, number][];
  const rows = new Map<number | null, { sourceId: number | null; title: string | null; kept: number; cited: number; reports: number }>();
  const row = (id: number | null) => {
    let r = rows.get(id);
    if (!r) rows.set(id, (r = { sourceId: id, title: null, kept: 0, cited: 0, reports: 0 }));
    return r;
  };
  for (const [id, n] of kept) row(id).kept = n;
  for (const [id, n, reports] of cited) Object.assign(row(id), { cited: n, reports });
  const titles = db.prepare('SELECT id, title FROM veille_source').raw().all() as [number, string | null][];
  for (const [id, title] of titles) {
    const r = rows.get(id);
    if (r) r.title = title;
  }
  const collator = new Intl.Collator('en', { sensitivity: 'accent' });
  return [...rows.values()]
    .filter((r) => r.kept > 0 || r.cited > 0)
    .sort((a, b) => b.cited - a.cited || b.kept - a.kept || (a.title === null ? (b.title === null ? 0 : -1) : b.title === null ? 1 : collator.compare(a.title, b.title)));
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
