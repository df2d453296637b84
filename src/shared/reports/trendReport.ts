// The trend report: per-week aggregates over a range, with the saved audits marked. Pure.
import { mdTable, type ReportFormat, type Translate } from './format';

export interface TrendWeekRow {
  weekStart: string;
  from: number;
  to: number;
  trackedMinutes: number;
  deepShare: number;
  reactiveShare: number;
  /** null: not enough data yet (see MIN_TRACKED_MINUTES_FOR_RATES) */
  fragmentation: number | null;
  lateEvenings: number;
  interruptions: number;
}

export interface SavedAuditRef {
  id: number;
  name: string;
  from: number;
  to: number;
}

/** The saved audits whose period overlaps each week. */
export function auditsOfWeek(week: { from: number; to: number }, audits: readonly SavedAuditRef[]): SavedAuditRef[] {
  return audits.filter((a) => a.from < week.to && a.to > week.from);
}

export function trendHead(t: Translate): string[] {
  return [t('reports.col.week'), t('reports.col.tracked'), t('reports.col.deepShare'), t('reports.col.reactiveShare'), t('reports.col.fragmentation'), t('reports.col.lateEvenings'), t('reports.col.audits')];
}

export function trendRows(weeks: readonly TrendWeekRow[], audits: readonly SavedAuditRef[], fmt: ReportFormat): string[][] {
  return weeks.map((w) => [
    fmt.civil(w.weekStart),
    fmt.duration(w.trackedMinutes),
    fmt.percent(w.deepShare),
    fmt.percent(w.reactiveShare),
    w.fragmentation === null ? '—' : fmt.number(w.fragmentation, 1),
    fmt.number(w.lateEvenings, 0),
    auditsOfWeek(w, audits).map((a) => a.name).join(', ') || '—',
  ]);
}

export interface TrendSummary {
  weeks: number;
  trackedWeeks: number;
  avgDeepShare: number;
  avgReactiveShare: number;
  avgFragmentation: number;
  lateEvenings: number;
}

/** Averages over the weeks that have tracked time (a week without data does not drag the mean). */
export function trendSummary(weeks: readonly TrendWeekRow[]): TrendSummary {
  const tracked = weeks.filter((w) => w.trackedMinutes > 0);
  const avg = (f: (w: TrendWeekRow) => number) => (tracked.length ? tracked.reduce((s, w) => s + f(w), 0) / tracked.length : 0);
  const measured = tracked.filter((w) => w.fragmentation !== null);
  return {
    weeks: weeks.length,
    trackedWeeks: tracked.length,
    avgDeepShare: avg((w) => w.deepShare),
    avgReactiveShare: avg((w) => w.reactiveShare),
    avgFragmentation: measured.length ? measured.reduce((s, w) => s + w.fragmentation!, 0) / measured.length : 0,
    lateEvenings: weeks.reduce((s, w) => s + w.lateEvenings, 0),
  };
}

export function trendSummaryLine(s: TrendSummary, fmt: ReportFormat, t: Translate): string {
  return t('reports.trend.summary', {
    weeks: t('reports.trend.weeks', { count: s.trackedWeeks }),
    deep: fmt.percent(s.avgDeepShare),
    reactive: fmt.percent(s.avgReactiveShare),
    fragmentation: fmt.number(s.avgFragmentation, 1),
    late: t('reports.trend.late', { count: s.lateEvenings }),
  });
}

export function trendMarkdown(input: { from: number; to: number; weeks: readonly TrendWeekRow[]; audits: readonly SavedAuditRef[] }, fmt: ReportFormat, t: Translate): string {
  const out = [`# ${t('reports.trend.title')}`, '', `**${t('reports.weekly.period')}** ${fmt.period(input.from, input.to)}`, ''];
  const summary = trendSummary(input.weeks);
  out.push(summary.trackedWeeks ? trendSummaryLine(summary, fmt, t) : `_${t('reports.trend.noData')}_`, '');
  out.push(`## ${t('reports.trend.perWeek')}`, '', mdTable(trendHead(t), trendRows(input.weeks, input.audits, fmt)), '');
  const marked = input.audits.filter((a) => a.from < input.to && a.to > input.from);
  out.push(`## ${t('reports.trend.savedAudits')}`, '');
  out.push(marked.length ? marked.map((a) => `- ${a.name} (${fmt.period(a.from, a.to)})`).join('\n') : `_${t('reports.weekly.none')}_`, '');
  return out.join('\n');
}
