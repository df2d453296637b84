// The week's report model, the one both screens show: the audit's report tab (figure cards,
// per-day chart, Markdown for the week) and the weekly report for management (Reports screen,
// its print layout and its Markdown). Figures are defined once, with their label keys, in
// FIGURES; the per-day series once, in perDayChart. Pure: no React, no DOM.
import { INTERRUPTION_CHANNELS, MODES, type Category, type Mode } from '../domain';
import type { AuditMetrics } from '../audit/metrics';
import type { BatchRhythm } from '../audit/batchRhythm';
import type { ScopeSummary } from '../audit/scopeGroups';
import { mdTable, type ReportFormat, type Translate } from './format';
import { CHANNEL_LABEL, MODE_LABEL, SLOT_LABEL } from './labels';
import type { Compliance } from '../contract/charter';
import { complianceSectionMarkdown } from '../charter/complianceText';
import { measuresMarkdown } from '../protocol/measures';
import type { ProtocolMeasures, RequestType } from '../protocol/types';

export interface WeeklyReportInput {
  from: number;
  to: number;
  metrics: AuditMetrics;
  categories: Category[];
  rhythm: BatchRhythm;
  /** the saved audit's name, when the period is one */
  auditName: string | null;
  conclusions: string;
  /** the disconnection charter's compliance over the same period, when it was read */
  charter?: Compliance | null;
  /** the reply protocol's measures of the period and its request types (a section when given) */
  protocol?: { measures: ProtocolMeasures; types: readonly RequestType[] } | null;
}

/** The figures of a week; the audit's cards carry the key (data-figure). */
export type FigureKey =
  | 'tracked'
  | Mode
  | 'interruptions'
  | 'refocus'
  | 'contextSwitches'
  | 'fragmentation'
  | 'longestDeep'
  | 'deep60'
  | 'afterHours'
  | 'lateEvenings'
  | 'outOfScope'
  | 'invisible';

/**
 * Where figures are shown: 'report', the management report and its Markdown (durations with their
 * share, sentences); 'cards', the audit's report tab and its comparison of saved audits (one
 * number per card, a note under it, an alert colour).
 */
export type FigureView = 'report' | 'cards';

export interface Figure {
  key: FigureKey;
  label: string;
  value: string;
  /** a second line under the value (cards) */
  note?: string;
  /** past a threshold (late evenings beyond the hyperconnection threshold) */
  alert?: boolean;
  /** the number behind the value, for differences between two periods: hours, percent, count or minutes */
  raw: number;
}

/** Label keys of the figures (one label per figure, the same on both screens). */
export const FIGURE_LABEL: Record<FigureKey, string> = {
  tracked: 'reports.fig.tracked',
  ...MODE_LABEL,
  interruptions: 'reports.fig.interruptions',
  refocus: 'reports.fig.refocus',
  contextSwitches: 'reports.fig.contextSwitches',
  fragmentation: 'reports.fig.fragmentation',
  longestDeep: 'reports.fig.longestDeep',
  deep60: 'reports.fig.deepBlocks60',
  afterHours: 'reports.fig.afterHours',
  lateEvenings: 'reports.fig.lateEvenings',
  outOfScope: 'reports.fig.outOfScope',
  invisible: 'reports.fig.invisible',
};

type Text = (m: AuditMetrics, fmt: ReportFormat, t: Translate) => string;
interface FigureDef {
  key: FigureKey;
  raw(m: AuditMetrics): number;
  /** the value in the management report; absent: not in it */
  report?: Text;
  /** the value, note and alert of the audit's card; absent: no card */
  card?(m: AuditMetrics, fmt: ReportFormat, t: Translate): Pick<Figure, 'value' | 'note' | 'alert'>;
}

const withShare = (minutes: number, share: number, fmt: ReportFormat) => `${fmt.duration(minutes)} (${fmt.percent(share)})`;
const count = (n: number, fmt: ReportFormat) => fmt.number(n, 0);

/** Every figure, in the order both views list them. Formulas: shared/audit/metrics.ts. */
const FIGURES: FigureDef[] = [
  { key: 'tracked', raw: (m) => m.trackedMinutes / 60, report: (m, fmt) => fmt.duration(m.trackedMinutes), card: (m, fmt) => ({ value: fmt.duration(m.trackedMinutes) }) },
  ...MODES.map(
    (mode): FigureDef => ({
      key: mode,
      raw: (m) => m.shareByMode[mode] * 100,
      report: mode === 'deep' || mode === 'reactive' ? (m, fmt) => withShare(m.minutesByMode[mode], m.shareByMode[mode], fmt) : undefined,
      card: (m, fmt) => ({ value: fmt.percent(m.shareByMode[mode]) }),
    }),
  ),
  { key: 'interruptions', raw: (m) => m.interruptions.count, report: (m, fmt) => count(m.interruptions.count, fmt), card: (m, fmt) => ({ value: count(m.interruptions.count, fmt) }) },
  { key: 'refocus', raw: (m) => m.interruptions.refocusMinutes, report: (m, fmt) => fmt.duration(m.interruptions.refocusMinutes), card: (m, fmt) => ({ value: fmt.duration(m.interruptions.refocusMinutes) }) },
  { key: 'contextSwitches', raw: (m) => m.contextSwitches, report: (m, fmt) => count(m.contextSwitches, fmt) },
  {
    key: 'fragmentation',
    raw: (m) => m.fragmentation ?? 0,
    report: (m, fmt, t) => (m.fragmentation === null ? t('reports.fig.notEnoughData') : t('reports.fig.perHour', { value: fmt.number(m.fragmentation, 1) })),
    card: (m, fmt, t) => (m.fragmentation === null ? { value: '—', note: t('reports.fig.notEnoughData') } : { value: fmt.number(m.fragmentation, 2) }),
  },
  { key: 'longestDeep', raw: (m) => m.deepBlocks.longestMinutes, report: (m, fmt) => fmt.duration(m.deepBlocks.longestMinutes), card: (m, fmt) => ({ value: fmt.duration(m.deepBlocks.longestMinutes) }) },
  { key: 'deep60', raw: (m) => m.deepBlocks.countAtLeast60, report: (m, fmt) => count(m.deepBlocks.countAtLeast60, fmt), card: (m, fmt) => ({ value: count(m.deepBlocks.countAtLeast60, fmt) }) },
  { key: 'afterHours', raw: (m) => m.afterHoursMinutes, report: (m, fmt) => fmt.duration(m.afterHoursMinutes), card: (m, fmt) => ({ value: fmt.duration(m.afterHoursMinutes) }) },
  {
    key: 'lateEvenings',
    raw: (m) => m.lateEvenings.count,
    report: (m, fmt, t) => lateEveningsSentence(m.lateEvenings, fmt, t),
    card: (m, fmt, t) => ({
      value: count(m.lateEvenings.count, fmt),
      note: lateEveningsSentence(m.lateEvenings, fmt, t),
      alert: m.lateEvenings.projectionPerYear > m.lateEvenings.threshold,
    }),
  },
  {
    key: 'outOfScope',
    raw: (m) => (m.scopeMapped ? m.outOfScope.share * 100 : 0),
    report: (m, fmt, t) => (m.scopeMapped ? withShare(m.outOfScope.minutes, m.outOfScope.share, fmt) : t('reports.fig.notMapped')),
    card: (m, fmt, t) => (m.scopeMapped ? { value: fmt.percent(m.outOfScope.share), note: fmt.duration(m.outOfScope.minutes) } : { value: '—', note: t('reports.fig.notMapped') }),
  },
  {
    key: 'invisible',
    raw: (m) => m.invisible.minutes,
    report: (m, fmt) => withShare(m.invisible.minutes, m.invisible.share, fmt),
    card: (m, fmt) => ({ value: fmt.duration(m.invisible.minutes), note: fmt.percent(m.invisible.share) }),
  },
];

/**
 * The late-evening figure in words, with the days it covers: "2 of 7 day(s) tracked, Mar 23, 2026 – Mar 29, 2026
 * (≈ 104 a year; threshold 50)". Every screen showing late evenings (the audit's report, the
 * weekly report, Today) says it with this function, from computeAuditMetrics on its own period.
 */
export function lateEveningsSentence(l: Pick<AuditMetrics['lateEvenings'], 'count' | 'daysInPeriod' | 'firstDay' | 'lastDay' | 'projectionPerYear' | 'threshold'>, fmt: ReportFormat, t: Translate): string {
  if (l.daysInPeriod === 0 || l.firstDay === null || l.lastDay === null) return t('reports.fig.lateEveningsNone');
  return t('reports.fig.lateEveningsValue', {
    n: l.count,
    count: l.daysInPeriod,
    from: fmt.civil(l.firstDay),
    to: fmt.civil(l.lastDay),
    projection: fmt.number(l.projectionPerYear, 0),
    threshold: l.threshold,
  });
}

/** The local days of [from, to) (epoch ms, `to` exclusive) as one range: fmt.period. */
export function periodLabel(from: number, to: number, fmt: ReportFormat): string {
  return fmt.period(from, to);
}

/** The week's figures as the view shows them, labelled, in order (see FigureView). */
export function weeklyFigures(m: AuditMetrics, fmt: ReportFormat, t: Translate, view: FigureView = 'report'): Figure[] {
  const out: Figure[] = [];
  for (const def of FIGURES) {
    const base = { key: def.key, label: t(FIGURE_LABEL[def.key]), raw: def.raw(m) };
    if (view === 'report' && def.report) out.push({ ...base, value: def.report(m, fmt, t) });
    if (view === 'cards' && def.card) out.push({ ...base, ...def.card(m, fmt, t) });
  }
  return out;
}

/** One day of the per-day chart: its label and the hours per mode (one decimal). */
export type DayModes = { label: string } & Record<Mode, number>;

/**
 * The per-day series, hours per day stacked by mode, for the chart and its table: `data` for the
 * chart (hours, one decimal), `head` and `rows` its numbers as text (durations). Days are the
 * metrics' local days (YYYY-MM-DD), labelled like "Mon 23" in the report's locale.
 */
export function perDayChart(m: AuditMetrics, fmt: ReportFormat, t: Translate): { data: DayModes[]; names: Record<Mode, string>; head: string[]; rows: string[][] } {
  const dayLabel = new Intl.DateTimeFormat(fmt.locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  const label = (day: string) => dayLabel.format(Date.parse(`${day}T12:00:00Z`));
  const names = Object.fromEntries(MODES.map((x) => [x, t(MODE_LABEL[x])])) as Record<Mode, string>;
  return {
    names,
    data: m.perDay.map((d) => ({ label: label(d.day), ...(Object.fromEntries(MODES.map((x) => [x, Math.round((d.minutesByMode[x] / 60) * 10) / 10])) as Record<Mode, number>) })),
    head: [t('reports.col.day'), ...MODES.map((x) => names[x])],
    rows: m.perDay.map((d) => [label(d.day), ...MODES.map((x) => fmt.duration(d.minutesByMode[x]))]),
  };
}

/** Interruptions per channel for the bar chart, in the channels' order. */
export function channelBars(m: AuditMetrics, t: Translate): { label: string; value: number }[] {
  return INTERRUPTION_CHANNELS.map((c) => ({ label: t(CHANNEL_LABEL[c]), value: m.interruptions.byChannel[c] }));
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
  const scope = (title: string, s: ScopeSummary, mapped = true) => {
    out.push(`## ${title}`, '');
    if (!mapped) {
      out.push(`_${t('reports.fig.notMapped')}_`, '');
      return;
    }
    const rows = scopeRows(s, input.categories, fmt, t);
    out.push(rows.length ? mdTable([t('reports.col.category'), t('reports.col.note'), t('reports.col.time'), t('reports.col.share')], rows) : `_${t('reports.weekly.none')}_`, '');
  };
  scope(t('reports.weekly.outOfScope'), m.outOfScope, m.scopeMapped);
  scope(t('reports.weekly.invisible'), m.invisible);
  out.push(`## ${t('reports.weekly.rhythm')}`, '', t('reports.weekly.rhythmIntro'), '');
  const rows = rhythmRows(input.rhythm, fmt, t);
  out.push(rows.length ? mdTable([t('reports.col.hours'), t('reports.col.days'), t('reports.col.slot')], rows) : `_${t('reports.weekly.none')}_`, '');
  if (input.charter) out.push(...complianceSectionMarkdown(input.charter, fmt, t));
  if (input.protocol) out.push(measuresMarkdown(input.protocol.measures, input.protocol.types, fmt, t));
  out.push(`## ${t('reports.weekly.conclusions')}`, '', input.conclusions.trim() || `_${t('reports.weekly.noConclusions')}_`, '');
  out.push(`## ${t('reports.weekly.references')}`, '', ...referenceLines(m, fmt, t).map((l) => `- ${l}`), '');
  return out.join('\n');
}

/**
 * The audit's report tab as Markdown (its "Export the report" button): the figure cards, time per
 * category, the out-of-scope and invisible lists, the reference points.
 */
export function auditMarkdown(m: AuditMetrics, categories: Category[], title: string, fmt: ReportFormat, t: Translate): string {
  const name = new Map(categories.map((c) => [c.id, c.name]));
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`# ${title}`, '', `## ${t('audit.report.figures')}`, '', `| ${t('audit.report.figure')} | ${t('audit.report.value')} |`, '|---|---:|'];
  for (const fig of weeklyFigures(m, fmt, t, 'cards')) lines.push(`| ${esc(fig.label)} | ${esc(fig.value)}${fig.note ? ` (${esc(fig.note)})` : ''} |`);
  lines.push('', `## ${t('audit.report.byCategory')}`, '', `| ${t('audit.entry.category')} | ${t('reports.col.time')} | ${t('audit.report.share')} |`, '|---|---:|---:|');
  for (const c of m.byCategory) lines.push(`| ${esc(name.get(c.categoryId) ?? '?')} | ${fmt.duration(c.minutes)} | ${fmt.percent(c.share)} |`);
  for (const [heading, summary] of [
    [t('audit.report.outOfScopeList'), m.outOfScope],
    [t('audit.report.invisibleList'), m.invisible],
  ] as const) {
    lines.push('', `## ${heading}`, '');
    if (summary === m.outOfScope && !m.scopeMapped) {
      lines.push(t('audit.report.notMapped'));
      continue;
    }
    if (summary.groups.length === 0) lines.push(t('audit.report.none'));
    for (const g of summary.groups) lines.push(`- ${esc(name.get(g.categoryId) ?? '?')}${g.note ? ` — ${esc(g.note)}` : ''}: ${fmt.duration(g.minutes)} (${fmt.percent(g.share)})`);
  }
  lines.push('', `## ${t('audit.report.references')}`, '', `- ${t('audit.report.refMonitoring')}`, `- ${t('audit.report.refMeetings')}`, `- ${t('audit.report.refLate')}`, '');
  return lines.join('\n');
}
