import type { TFunction } from 'i18next';
import type { AuditMetrics } from '../../../../shared/audit/metrics';
import { MODES, type Category } from '../../../../shared/domain';
import type { Formatters } from '../../lib/locale';
import { MODE_KEYS } from './labels';

export interface Figure {
  key: string;
  label: string;
  value: string;
  raw: number;
  reference?: string;
  alert?: boolean;
}

/** The headline figures of a report, in words and numbers (shared by the screen, the comparison and the Markdown). */
export function reportFigures(m: AuditMetrics, t: TFunction, f: Formatters): Figure[] {
  return [
    { key: 'tracked', label: t('audit.report.tracked'), value: f.hours(m.trackedMinutes), raw: m.trackedMinutes / 60 },
    ...MODES.map((mode) => ({ key: mode, label: t('audit.report.shareOf', { mode: t(MODE_KEYS[mode]) }), value: f.percent(m.shareByMode[mode]), raw: m.shareByMode[mode] * 100 })),
    { key: 'interruptions', label: t('audit.report.interruptions'), value: f.number(m.interruptions.count, 0), raw: m.interruptions.count },
    { key: 'refocus', label: t('audit.report.refocus'), value: f.duration(m.interruptions.refocusMinutes), raw: m.interruptions.refocusMinutes },
    { key: 'fragmentation', label: t('audit.report.fragmentation'), value: f.number(m.fragmentation, 2), raw: m.fragmentation },
    { key: 'longestDeep', label: t('audit.report.longestDeep'), value: f.duration(m.deepBlocks.longestMinutes), raw: m.deepBlocks.longestMinutes },
    { key: 'deep60', label: t('audit.report.deep60'), value: f.number(m.deepBlocks.countAtLeast60, 0), raw: m.deepBlocks.countAtLeast60 },
    { key: 'afterHours', label: t('audit.report.afterHours'), value: f.duration(m.afterHoursMinutes), raw: m.afterHoursMinutes },
    {
      key: 'lateEvenings',
      label: t('audit.report.lateEvenings'),
      value: f.number(m.lateEvenings.count, 0),
      raw: m.lateEvenings.count,
      reference: t('audit.report.projection', { value: f.number(m.lateEvenings.projectionPerYear, 0), threshold: m.lateEvenings.threshold }),
      alert: m.lateEvenings.projectionPerYear > m.lateEvenings.threshold,
    },
    { key: 'outOfScope', label: t('audit.report.outOfScope'), value: f.percent(m.outOfScope.share), raw: m.outOfScope.share * 100, reference: f.duration(m.outOfScope.minutes) },
    { key: 'invisible', label: t('audit.report.invisible'), value: f.duration(m.invisible.minutes), raw: m.invisible.minutes, reference: f.percent(m.invisible.share) },
  ];
}

/** The report as Markdown, for a manager. */
export function reportMarkdown(m: AuditMetrics, categories: Category[], title: string, t: TFunction, f: Formatters): string {
  const name = new Map(categories.map((c) => [c.id, c.name]));
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`# ${title}`, '', `## ${t('audit.report.figures')}`, '', `| ${t('audit.report.figure')} | ${t('audit.report.value')} |`, '|---|---:|'];
  for (const fig of reportFigures(m, t, f)) lines.push(`| ${esc(fig.label)} | ${esc(fig.value)}${fig.reference ? ` (${esc(fig.reference)})` : ''} |`);
  lines.push('', `## ${t('audit.report.byCategory')}`, '', `| ${t('audit.entry.category')} | ${t('audit.report.hours')} | ${t('audit.report.share')} |`, '|---|---:|---:|');
  for (const c of m.byCategory) lines.push(`| ${esc(name.get(c.categoryId) ?? '?')} | ${f.number(c.minutes / 60)} | ${f.percent(c.share)} |`);
  for (const [heading, summary] of [
    [t('audit.report.outOfScopeList'), m.outOfScope],
    [t('audit.report.invisibleList'), m.invisible],
  ] as const) {
    lines.push('', `## ${heading}`, '');
    if (summary.groups.length === 0) lines.push(t('audit.report.none'));
    for (const g of summary.groups) lines.push(`- ${esc(name.get(g.categoryId) ?? '?')}${g.note ? ` — ${esc(g.note)}` : ''}: ${f.duration(g.minutes)} (${f.percent(g.share)})`);
  }
  lines.push('', `## ${t('audit.report.references')}`, '', `- ${t('audit.report.refMonitoring')}`, `- ${t('audit.report.refMeetings')}`, `- ${t('audit.report.refLate')}`, '');
  return lines.join('\n');
}
