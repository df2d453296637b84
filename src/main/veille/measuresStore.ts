// SQL of the veille measures.
import type { Db } from '../db/types';

type Funnel = { added: number; read: number; kept: number; cited: number };

/**
 * The funnel of the items added in each span [from, to) (epoch ms, consecutive: each starts where
 * the previous one ends; throws otherwise):
 * added, read (opened or triaged), kept (kept or starred), cited by a report. Two passes whatever
 * the number of spans: the items of the whole period once (by the added_at index), and the
 * citations of those items from the citation side (a report cites far fewer items than arrive).
 */
export function funnelBySpan(db: Db, spans: readonly { from: number; to: number }[]): Funnel[] {
  const out = spans.map(() => ({ added: 0, read: 0, kept: 0, cited: 0 }));
  if (spans.length === 0) return out;
  const from = spans[0].from;
  const to = spans[spans.length - 1].to;
  for (let k = 1; k < spans.length; k++) if (spans[k].from !== spans[k - 1].to) throw new Error('funnelBySpan: spans must be consecutive');
  const spanOf = (at: number): number => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid].from <= at) lo = mid;
      else hi = mid - 1;
    }
    return at >= spans[lo].from && at < spans[lo].to ? lo : -1;
  };
  // the span of each item as a CASE over the spans' starts (bound parameters): SQLite counts, no row crosses to JS
  const bucket = `CASE ${spans.map(() => 'WHEN added_at < ? THEN ?').join(' ')} ELSE ${spans.length} END`;
  const edges = spans.flatMap((s, k) => [s.to, k]);
  const counts = db
    .prepare(`SELECT ${bucket} AS k, count(*), sum(read_at IS NOT NULL), sum(triage = 'kept' OR starred = 1) FROM veille_item WHERE added_at >= ? AND added_at < ? GROUP BY k`)
    .raw()
    .all(...edges, from, to) as [number, number, number, number][];
  for (const [k, added, read, kept] of counts) {
    if (k >= spans.length) continue;
    out[k].added += added;
    out[k].read += read;
    out[k].kept += kept;
  }
  const cited = db
    .prepare(`SELECT i.added_at FROM veille_item i WHERE i.added_at >= ? AND i.added_at < ? AND i.id IN (SELECT item_id FROM veille_citation)`)
    .raw()
    .all(from, to) as [number][];
  for (const [at] of cited) {
    const k = spanOf(at);
    if (k >= 0) out[k].cited += 1;
  }
  return out;
}

/** The funnel of the items added in [from, to) (epoch ms); see funnelBySpan. */
export function funnelBetween(db: Db, from: number, to: number): Funnel {
  return funnelBySpan(db, [{ from, to }])[0];
}

/**
 * Per source (null: links added by hand without a source), of the items added in [from, to)
 * (epoch ms): kept, cited, and the reports citing them; only sources with a kept or cited item,
 * most cited first. Kept items are counted by source in one pass over the period's items; cited
 * items and their reports from the citation side.
 */
export function sourcesFeedingReports(db: Db, from: number, to: number): { sourceId: number | null; title: string | null; kept: number; cited: number; reports: number }[] {
  const kept = db
    .prepare(`SELECT source_id, count(*) FROM veille_item WHERE added_at >= ? AND added_at < ? AND (triage = 'kept' OR starred = 1) GROUP BY source_id`)
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
