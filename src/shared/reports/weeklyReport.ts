// The weekly report for management: its figures, tables and Markdown. Pure; the page renders
// the same rows, so the PDF and the Markdown say the same thing.
import { INTERRUPTION_CHANNELS, MODES, type Category } from '../domain';
import type { AuditMetrics } from '../audit/metrics';
import type { BatchRhythm } from '../audit/batchRhythm';
import type { ScopeSummary } from '../audit/scopeGroups';
import { mdTable, type ReportFormat, type Translate } from './format';
import { CHANNEL_LABEL, MODE_LABEL, SLOT_LABEL } from './labels';

export interface WeeklyReportInput {
  from: number;
  to: number;
  metrics: AuditMetrics;
  categories: Category[];
  rhythm: BatchRhythm;
  /** the saved audit's name, when the period is one */
  auditName: string | null;
  conclusions: string;
}

export interface Figure {
  label: string;
  value: string;
}

export function periodLabel(from: number, to: number, fmt: ReportFormat): string {
  // `to` is exclusive: show the last day included.
  return `${fmt.date(from)} – ${fmt.date(to - 1)}`;
}

export function weeklyFigures(m: AuditMetrics, fmt: ReportFormat, t: Translate): Figure[] {
  const withShare = (minutes: number, share: number) => `${fmt.duration(minutes)} (${fmt.percent(share)})`;
  return [
    { label: t('reports.fig.tracked'), value: fmt.duration(m.trackedMinutes) },
    { label: t('reports.fig.deep'), value: withShare(m.minutesByMode.deep, m.shareByMode.deep) },
    { label: t('reports.fig.reactive'), value: withShare(m.minutesByMode.reactive, m.shareByMode.reactive) },
    { label: t('reports.fig.interruptions'), value: fmt.number(m.interruptions.count, 0) },
    { label: t('reports.fig.refocus'), value: fmt.duration(m.interruptions.refocusMinutes) },
    { label: t('reports.fig.contextSwitches'), value: fmt.number(m.contextSwitches, 0) },
    { label: t('reports.fig.fragmentation'), value: t('reports.fig.perHour', { value: fmt.number(m.fragmentation, 1) }) },
    { label: t('reports.fig.longestDeep'), value: fmt.duration(m.deepBlocks.longestMinutes) },
    { label: t('reports.fig.deepBlocks60'), value: fmt.number(m.deepBlocks.countAtLeast60, 0) },
    { label: t('reports.fig.afterHours'), value: fmt.duration(m.afterHoursMinutes) },
    {
      label: t('reports.fig.lateEvenings'),
      value: t('reports.fig.lateEveningsValue', {
        count: m.lateEvenings.count,
        days: m.lateEvenings.daysInPeriod,
        projection: fmt.number(m.lateEvenings.projectionPerYear, 0),
        threshold: m.lateEvenings.threshold,
      }),
    },
    { label: t('reports.fig.outOfScope'), value: withShare(m.outOfScope.minutes, m.outOfScope.share) },
    { label: t('reports.fig.invisible'), value: withShare(m.invisible.minutes, m.invisible.share) },
  ];
}

export function modeRows(m: AuditMetrics, fmt: ReportFormat, t: Translate): string[][] {
  return MODES.map((mode) => [t(MODE_LABEL[mode]), fmt.duration(m.minutesByMode[mode]), fmt.percent(m.shareByMode[mode])]);
}

export function channelRows(m: AuditMetrics, fmt: ReportFormat, t: Translate): string[][] {
  return INTERRUPTION_CHANNELS.map((c) => [t(CHANNEL_LABEL[c]), fmt.number(m.interruptions.byChannel[c], 0)]);
}

export function scopeRows(s: ScopeSummary, categories: Category[], fmt: ReportFormat, t: Translate): string[][] {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return s.groups.map((g) => [names.get(g.categoryId) ?? t('reports.unknownCategory'), g.note || '—', fmt.duration(g.minutes), fmt.percent(g.share)]);
}

/** Weekdays as text, Monday first; a run of three or more consecutive days as a range. */
export function weekdaysText(days: number[], fmt: ReportFormat): string {
  const order = (d: number) => (d + 6) % 7;
  const sorted = [...new Set(days)].sort((a, b) => order(a) - order(b));
  const runs: number[][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && order(d) === order(last[last.length - 1]) + 1) last.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length >= 3 ? `${fmt.weekday(r[0])} – ${fmt.weekday(r[r.length - 1])}` : r.map((d) => fmt.weekday(d)).join(', '))).join(', ');
}

/** The proposal's slots, the same hours on several weekdays grouped on one row; by time of day. */
export function rhythmRows(r: BatchRhythm, fmt: ReportFormat, t: Translate): string[][] {
  const groups = new Map<string, { kind: BatchRhythm['slots'][number]['kind']; start: number; end: number; days: number[] }>();
  for (const s of r.slots) {
    const key = `${s.start}-${s.end}-${s.kind}`;
    const g = groups.get(key) ?? { kind: s.kind, start: s.start, end: s.end, days: [] };
    g.days.push(s.weekday);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : 1))
    .map((g) => [`${fmt.clock(g.start)} – ${fmt.clock(g.end)}`, weekdaysText(g.days, fmt), t(SLOT_LABEL[g.kind])]);
}

export function referenceLines(m: AuditMetrics, fmt: ReportFormat, t: Translate): string[] {
  return [
    t('reports.refs.monitoring', { share: fmt.percent(m.references.monitoringShare) }),
    t('reports.refs.meetings', { hours: fmt.number(m.references.superfluousMeetingHoursPerWeek, 1) }),
    t('reports.refs.lateEvenings', { count: m.references.lateEveningsPerYear }),
  ];
}

export function weeklyMarkdown(input: WeeklyReportInput, fmt: ReportFormat, t: Translate): string {
  const m = input.metrics;
  const out: string[] = [];
  out.push(`# ${t('reports.weekly.title')}`, '');
  out.push(`**${t('reports.weekly.period')}** ${periodLabel(input.from, input.to, fmt)}${input.auditName ? ` — ${input.auditName}` : ''}`, '');
  if (m.trackedMinutes === 0) out.push(`_${t('reports.weekly.noData')}_`, '');
  out.push(`## ${t('reports.weekly.figures')}`, '', mdTable([t('reports.col.figure'), t('reports.col.value')], weeklyFigures(m, fmt, t).map((f) => [f.label, f.value])), '');
  out.push(`## ${t('reports.weekly.modes')}`, '', mdTable([t('reports.col.mode'), t('reports.col.time'), t('reports.col.share')], modeRows(m, fmt, t)), '');
  out.push(`## ${t('reports.weekly.channels')}`, '', mdTable([t('reports.col.channel'), t('reports.col.count')], channelRows(m, fmt, t)), '');
  const scope = (title: string, s: ScopeSummary) => {
    out.push(`## ${title}`, '');
    const rows = scopeRows(s, input.categories, fmt, t);
    out.push(rows.length ? mdTable([t('reports.col.category'), t('reports.col.note'), t('reports.col.time'), t('reports.col.share')], rows) : `_${t('reports.weekly.none')}_`, '');
  };
  scope(t('reports.weekly.outOfScope'), m.outOfScope);
  scope(t('reports.weekly.invisible'), m.invisible);
  out.push(`## ${t('reports.weekly.rhythm')}`, '', t('reports.weekly.rhythmIntro'), '');
  const rows = rhythmRows(input.rhythm, fmt, t);
  out.push(rows.length ? mdTable([t('reports.col.hours'), t('reports.col.days'), t('reports.col.slot')], rows) : `_${t('reports.weekly.none')}_`, '');
  out.push(`## ${t('reports.weekly.conclusions')}`, '', input.conclusions.trim() || `_${t('reports.weekly.noConclusions')}_`, '');
  out.push(`## ${t('reports.weekly.references')}`, '', ...referenceLines(m, fmt, t).map((l) => `- ${l}`), '');
  return out.join('\n');
}
