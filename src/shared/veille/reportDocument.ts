// The weekly intelligence report as a document: one model, read by the on-screen and printed
// view (renderer, PDF) and by the Markdown export (main), in the language asked for.
import type { Translate } from '../i18n/instance';
import { parseLocalDay } from '../time/civilDate';
import type { EntryKind, RecommendationStatus } from './constants';
import type { ReportEntry, VeilleReport } from './types';

/** The report's sections, in reading order, with the catalogue key of their heading. */
export const REPORT_SECTIONS: readonly { kind: EntryKind; heading: string }[] = [
  { kind: 'insight', heading: 'veille.doc.insights' },
  { kind: 'weak_signal', heading: 'veille.doc.weakSignals' },
  { kind: 'recommendation', heading: 'veille.doc.recommendations' },
];

/** Catalogue keys of management's answers. */
export const STATUS_KEYS: Record<RecommendationStatus, string> = {
  pending: 'veille.status.pending',
  accepted: 'veille.status.accepted',
  declined: 'veille.status.declined',
};

/** A local day ('YYYY-MM-DD') written out in `locale` ('2 March 2026', '2 mars 2026'). */
export function formatDay(day: string, locale: string): string {
  const { year, month, day: d } = parseLocalDay(day);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, d, 12));
}

/** An instant written out as a day in `locale` and zone `tz`. */
export function formatInstantDay(ms: number, locale: string, tz: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: tz }).format(ms);
}

/** The texts around the entries: title, week line, status line, adoption line. */
export function reportHeading(report: VeilleReport, t: Translate, locale: string): { kicker: string; title: string; period: string; status: string; adoption: string | null } {
  const weekNo = Number(report.week.slice(6));
  const recs = report.entries.filter((e) => e.kind === 'recommendation');
  const accepted = recs.filter((e) => e.status === 'accepted').length;
  return {
    kicker: t('veille.doc.kicker'),
    title: report.title || t('veille.doc.defaultTitle', { week: weekNo, year: report.week.slice(0, 4) }),
    period: t('veille.doc.period', { week: weekNo, from: formatDay(report.firstDay, locale), to: formatDay(report.lastDay, locale) }),
    status: report.deliveredAt !== null ? t('veille.doc.delivered', { date: formatInstantDay(report.deliveredAt, locale, report.tz) }) : t('veille.doc.draft'),
    adoption: report.status === 'delivered' && recs.length > 0 ? t('veille.doc.adoption', { accepted, total: recs.length }) : null,
  };
}

/** Markdown-safe single line. */
const inline = (s: string): string => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]#<>|])/g, '\\$1').trim();
/** Markdown-safe paragraph lines, indented for a list item. */
const block = (s: string, indent: string): string =>
  s
    .split(/\n+/)
    .map((l) => inline(l))
    .filter(Boolean)
    .join(`\n${indent}`);
const linkUrl = (u: string): string => u.replace(/[()\s]/g, (c) => encodeURIComponent(c));

function entryMarkdown(e: ReportEntry, n: number, t: Translate, locale: string, tz: string): string {
  const lines = [`${n}. ${block(e.text, '   ')}`];
  if (e.kind === 'recommendation' && e.status) {
    const when = e.statusAt !== null ? ` (${formatInstantDay(e.statusAt, locale, tz)})` : '';
    lines.push(`   - ${t('veille.doc.management')} **${t(STATUS_KEYS[e.status])}**${when}${e.statusNote ? ` — ${inline(e.statusNote)}` : ''}`);
  }
  lines.push(`   - ${t('veille.doc.sources')}`);
  for (const it of e.items) lines.push(`     - [${inline(it.title)}](${linkUrl(it.url)})${it.sourceTitle ? ` — ${inline(it.sourceTitle)}` : ''}`);
  return lines.join('\n');
}

/**
 * The report as Markdown in the language of `t`, dates in `locale`: title, ISO week and its
 * dates, delivery, summary, then insights, weak signals and recommendations, each with the
 * items it cites (linked) and, once delivered, management's answer to each recommendation.
 */
export function reportMarkdown(report: VeilleReport, t: Translate, locale: string): string {
  const h = reportHeading(report, t, locale);
  const out = [`# ${inline(h.title)}`, '', `${h.kicker} · ${h.period}`, '', `_${h.status}_`];
  if (h.adoption) out.push('', `**${h.adoption}**`);
  if (report.summary.trim()) out.push('', `## ${t('veille.doc.summary')}`, '', ...report.summary.split(/\n{2,}/).map((p) => block(p, '')).filter(Boolean).flatMap((p) => [p, '']));
  for (const s of REPORT_SECTIONS) {
    const entries = report.entries.filter((e) => e.kind === s.kind);
    out.push('', `## ${t(s.heading)}`, '');
    if (entries.length === 0) out.push(`_${t('veille.doc.none')}_`);
    else entries.forEach((e, i) => out.push(entryMarkdown(e, i + 1, t, locale, report.tz)));
  }
  out.push('', '---', '', `_${t('veille.doc.footer')}_`, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The export's file name: 'veille-2026-W10.md' / 'veille-2026-S10.md'. */
export function reportFileName(report: VeilleReport, t: Translate): string {
  return `${t('veille.doc.fileName', { year: report.week.slice(0, 4), week: report.week.slice(6) })}.md`;
}
