// Monitoring time per week, from the audit's entries: the same clipping as the audit's metrics
// (src/shared/audit/metrics.ts: an entry counts for its part inside the period; a running entry
// ends at `now`; an entry whose category is unknown counts nowhere), computed for several weeks
// in one pass instead of one full audit report per week.

export interface TimedEntry {
  /** epoch ms */
  start: number;
  /** epoch ms, null while the timer runs */
  end: number | null;
  categoryId: number;
}

/**
 * For each span [from, to) (epoch ms): the minutes of entries in `monitoring` categories, and all
 * tracked minutes (entries in `known` categories), each entry clipped to the span; a running
 * entry ends at `now`. Equal to the audit metrics' byCategory and trackedMinutes of each span.
 */
export function monitoringMinutesBySpan(
  entries: readonly TimedEntry[],
  spans: readonly { from: number; to: number }[],
  known: ReadonlySet<number>,
  monitoring: ReadonlySet<number>,
  now: number,
): { monitoring: number; tracked: number }[] {
  const out = spans.map(() => ({ monitoring: 0, tracked: 0 }));
  for (const e of entries) {
    if (!known.has(e.categoryId)) continue;
    const end = e.end ?? now;
    spans.forEach((s, i) => {
      const a = Math.max(e.start, s.from);
      const b = Math.min(end, s.to);
      if (!(b > a)) return;
      const minutes = (b - a) / 60_000;
      out[i].tracked += minutes;
      if (monitoring.has(e.categoryId)) out[i].monitoring += minutes;
    });
  }
  return out;
}
