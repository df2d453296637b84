// Measures of veille over the last N ISO weeks (in the user's zone): monitoring hours from the
// audit against the "about half the job" reference, the funnel read → kept → cited, the sources
// that feed the reports, weak signals seen again and promoted to trends, adoption of
// recommendations by management.
import { AUDIT_REFERENCES } from '../../shared/audit/metrics';
import { addDays, isoWeekKey, localDayAt } from '../../shared/time';
import type { VeilleMeasures } from '../../shared/veille/types';
import type { Db } from '../db/types';
import { timedEntries } from '../audit/report';
import { monitoringMinutesBySpan } from '../../shared/veille/monitoringTime';
import { weekSpan } from './items';
import { monitoringCategoryIds } from './settings';
import { adoptionBetween, funnelBySpan, sourcesFeedingReports, weakSignalStats } from './measuresStore';

/** Names that mark an audit category as monitoring when the user has not picked any (the presets: "Monitoring (…)", "Veille (…)"). */
const MONITORING_NAME = /\b(veille|monitoring)\b/i;

/**
 * The measures of the `weeks` ISO weeks that end with the current one. Monitoring minutes are
 * the audit's minutes (clipped to each week as the audit's metrics clip them, monitoringTime.ts) of the categories the
 * user marked as monitoring, or else of those whose name says monitoring or veille; the reference
 * is AUDIT_REFERENCES.monitoringShare (design.md: "monitoring around 50% of the job"). The funnel
 * follows the items that arrived in the period: how many were read (opened or triaged), kept
 * (kept or starred) and cited by a report.
 */
export function veilleMeasures(db: Db, weeks: number, now: number, tz: string): VeilleMeasures {
  const thisWeek = isoWeekKey(localDayAt(now, tz));
  const lastSpan = weekSpan(thisWeek, tz);
  const keys: string[] = [];
  for (let i = weeks - 1; i >= 0; i--) keys.push(isoWeekKey(addDays(lastSpan.firstDay, -7 * i)));
  const spans = keys.map((k) => ({ week: k, ...weekSpan(k, tz) }));
  const chosen = monitoringCategoryIds(db);
  // One read of the audit over the whole period (its service), then minutes per week in one pass.
  const audit = timedEntries(db, spans[0].from, spans[spans.length - 1].to);
  const ids = new Set(chosen.length > 0 ? chosen : audit.categories.filter((c) => MONITORING_NAME.test(c.name)).map((c) => c.id));
  const categories = audit.categories.filter((c) => ids.has(c.id)).map((c) => ({ id: c.id, name: c.name }));
  const minutes = monitoringMinutesBySpan(audit.entries, spans, new Set(audit.categories.map((c) => c.id)), ids, now);
  // the weeks are consecutive: the period's funnel is the sum of theirs (one pass over the items)
  const funnels = funnelBySpan(db, spans);
  const rows = spans.map((s, i) => {
    const f = funnels[i];
    const { monitoring: monitoringMinutes, tracked } = minutes[i];
    return { week: s.week, firstDay: s.firstDay, monitoringMinutes, trackedMinutes: tracked, share: tracked > 0 ? monitoringMinutes / tracked : null, read: f.read, kept: f.kept, cited: f.cited };
  });
  const from = spans[0].from;
  const to = spans[spans.length - 1].to;
  const monitored = rows.reduce((a, r) => a + r.monitoringMinutes, 0);
  const tracked = rows.reduce((a, r) => a + r.trackedMinutes, 0);
  return {
    from: spans[0].firstDay,
    to: spans[spans.length - 1].lastDay,
    weeks: rows,
    monitoring: { minutes: monitored, tracked, share: tracked > 0 ? monitored / tracked : null, reference: AUDIT_REFERENCES.monitoringShare, categories },
    funnel: funnels.reduce((a, f) => ({ added: a.added + f.added, read: a.read + f.read, kept: a.kept + f.kept, cited: a.cited + f.cited }), { added: 0, read: 0, kept: 0, cited: 0 }),
    sources: sourcesFeedingReports(db, from, to),
    weakSignals: weakSignalStats(db),
    adoption: adoptionBetween(db, keys[0], keys[keys.length - 1]),
  };
}
