// The charter's compliance in words: the figures of a period beside the year to date (the charter
// screen, the weekly report for management and their Markdown), and the day-by-day table. Pure.
import { CHANNEL_LABEL } from '../reports/labels';
import { mdTable, type ReportFormat, type Translate } from '../reports/format';
import type { Compliance, ComplianceDay, ComplianceSummary } from '../contract/charter';
import { SLOT_CHANNELS, SLOT_CHANNEL_LABEL } from './catalogue';

export type ComplianceFigureKey = 'kept' | 'lateEvenings' | 'projection' | 'shortRest' | 'outside' | 'dayOff' | 'exceptions';

/** One figure's value for a summary. */
function figureValue(key: ComplianceFigureKey, s: ComplianceSummary, fmt: ReportFormat, t: Translate): string {
  const excused = (n: number) => (n > 0 ? ` ${t('charter.fig.excused', { n })}` : '');
  switch (key) {
    case 'kept':
      return t('charter.fig.keptValue', { kept: s.kept, count: s.counted });
    case 'lateEvenings':
      // The audit's count, excused evenings included (the projection is the audit's too).
      return `${fmt.number(s.lateEvenings.count, 0)}${s.lateEvenings.excused > 0 ? ` ${t('charter.fig.ofWhichExcused', { n: s.lateEvenings.excused })}` : ''}`;
    case 'projection':
      return t('charter.fig.projectionValue', { value: fmt.number(s.lateEvenings.projectionPerYear, 0), threshold: s.lateEvenings.threshold, count: s.lateEvenings.daysInPeriod });
    case 'shortRest':
      return `${fmt.number(s.shortRest.count, 0)}${s.shortRest.shortestMinutes !== null ? ` ${t('charter.fig.shortest', { duration: fmt.duration(s.shortRest.shortestMinutes) })}` : ''}${excused(s.shortRest.excused)}`;
    case 'outside':
      return `${fmt.number(s.outside.count, 0)}${excused(s.outside.excused)}`;
    case 'dayOff':
      return `${t('charter.fig.daysValue', { count: s.dayOff.count })}${s.dayOff.minutes > 0 ? ` (${fmt.duration(s.dayOff.minutes)})` : ''}${excused(s.dayOff.excused)}`;
    case 'exceptions':
      return s.exceptions.count > 0 ? t('charter.fig.exceptionsValue', { n: s.exceptions.count, recovery: fmt.duration(s.exceptions.recoveryMinutes) }) : fmt.number(0, 0);
  }
}

export const COMPLIANCE_FIGURE_LABEL: Record<ComplianceFigureKey, string> = {
  kept: 'charter.fig.kept',
  lateEvenings: 'charter.fig.lateEvenings',
  projection: 'charter.fig.projection',
  shortRest: 'charter.fig.shortRest',
  outside: 'charter.fig.outside',
  dayOff: 'charter.fig.dayOff',
  exceptions: 'charter.fig.exceptions',
};
const FIGURE_ORDER: ComplianceFigureKey[] = ['kept', 'lateEvenings', 'projection', 'shortRest', 'outside', 'dayOff', 'exceptions'];

/** The figures, one row each: [label, period, year to date]; `alert` when the projection passes the threshold. */
export function complianceFigures(c: Compliance, fmt: ReportFormat, t: Translate): { key: ComplianceFigureKey; label: string; period: string; year: string; alert: boolean }[] {
  return FIGURE_ORDER.map((key) => ({
    key,
    label: t(COMPLIANCE_FIGURE_LABEL[key]),
    period: figureValue(key, c.period, fmt, t),
    year: figureValue(key, c.yearToDate, fmt, t),
    alert: key === 'projection' ? c.yearToDate.lateEvenings.projectionPerYear > c.yearToDate.lateEvenings.threshold : false,
  }));
}

/**
 * The year-to-date column's heading, with its days in words: from 1 January, or from the first
 * tracked day when tracking began later, to today ("Year to date (Oct 23, 2026 – Nov 19, 2026)"),
 * the same days the audit counts its late evenings over.
 */
export function yearToDateHeading(c: Compliance, fmt: ReportFormat, t: Translate): string {
  if (c.trackingSince === null) return t('charter.fig.yearToDateNone');
  return t('charter.fig.yearToDateSpan', { from: fmt.civil(c.yearToDate.firstDay), to: fmt.civil(c.yearToDate.lastDay) });
}

/** Contacts outside the slots per channel: [channel, period, year to date]. */
export function channelRows(c: Compliance, fmt: ReportFormat, t: Translate): string[][] {
  return SLOT_CHANNELS.map((ch) => [t(SLOT_CHANNEL_LABEL[ch]), fmt.number(c.period.outside.byChannel[ch], 0), fmt.number(c.yearToDate.outside.byChannel[ch], 0)]);
}

/** Contacts outside the slots per requester over the period: [who, count]; the rest summed on a last row. */
export function requesterRows(s: ComplianceSummary, fmt: ReportFormat, t: Translate): string[][] {
  const rows = s.outside.byRequester.map((r) => [r.who || t('charter.fig.unknownRequester'), fmt.number(r.count, 0)]);
  if (s.outside.otherRequesters > 0) rows.push([t('charter.fig.otherRequesters'), fmt.number(s.outside.otherRequesters, 0)]);
  return rows;
}

/** A local day as "Mon, Nov 16" / "lun. 16 nov." in the report's language. */
export function dayLabel(day: string, fmt: ReportFormat): string {
  return new Intl.DateTimeFormat(fmt.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));
}

/** A day's row: what was kept and what was not, in words. */
export function dayRow(d: ComplianceDay, fmt: ReportFormat, t: Translate): string[] {
  const yes = t('charter.day.yes');
  const worked = d.workedMinutes > 0 || d.interruptions > 0;
  const rest = d.restMinutes !== null ? `${fmt.duration(d.restMinutes)}${d.shortRest ? ` ${t('charter.day.under11')}` : ''}` : worked && !d.future ? t('charter.day.longRest') : '—';
  const status = d.future ? t('charter.day.future') : !d.tracked ? t('charter.day.untracked') : !d.counted ? t('charter.day.notCounted') : d.kept ? t('charter.day.kept') : t('charter.day.breach');
  return [
    dayLabel(d.day, fmt),
    fmt.duration(d.workedMinutes),
    d.lateEvening ? yes : '—',
    rest,
    d.outside > 0 ? fmt.number(d.outside, 0) : '—',
    d.dayOffWork ? yes : '—',
    d.exception ? d.exception.reason : '—',
    status,
  ];
}

export function dayHead(t: Translate): string[] {
  return [t('charter.day.day'), t('charter.day.worked'), t('charter.day.late'), t('charter.day.rest'), t('charter.day.outside'), t('charter.day.dayOff'), t('charter.day.exception'), t('charter.day.status')];
}

/** How the audit's channels are matched to the slot channels, as table rows [audit channel, slot channel or "not measured"]. */
export function mappingRows(mapping: Record<string, string | null>, t: Translate): string[][] {
  return Object.entries(mapping).map(([from, to]) => [t(CHANNEL_LABEL[from as keyof typeof CHANNEL_LABEL]), to ? t(SLOT_CHANNEL_LABEL[to as keyof typeof SLOT_CHANNEL_LABEL]) : t('charter.mapping.notMeasured')]);
}

/** The weekly report's section as Markdown lines: the figures of the period beside the year to date. */
export function complianceSectionMarkdown(c: Compliance, fmt: ReportFormat, t: Translate): string[] {
  const out = [`## ${t('charter.report.heading')}`, ''];
  out.push(c.inForce ? t('charter.report.inForce', { version: c.inForce.version, date: fmt.civil(c.inForce.signedOn) }) : t('charter.report.noneSigned'), '');
  out.push(mdTable([t('charter.fig.figure'), t('charter.fig.period'), yearToDateHeading(c, fmt, t)], complianceFigures(c, fmt, t).map((f) => [f.label, f.period, f.year])), '');
  if (c.period.exceptions.list.length) {
    out.push(`### ${t('charter.report.exceptions')}`, '', mdTable([t('charter.day.day'), t('charter.exc.reason'), t('charter.exc.recovery')], c.period.exceptions.list.map((e) => [fmt.civil(e.day), e.reason, fmt.duration(e.recoveryMinutes)])), '');
  }
  return out;
}

/** The compliance of a period as a document for management (the charter screen's export). */
export function complianceMarkdown(c: Compliance, title: string, fmt: ReportFormat, t: Translate): string {
  const out = [`# ${title}`, '', `**${t('charter.report.period')}** ${fmt.dayRange(c.period.firstDay, c.period.lastDay)}`, ''];
  if (c.trackingSince === null) out.push(`_${t('charter.comp.nothingTracked')}_`, '');
  out.push(...complianceSectionMarkdown(c, fmt, t).slice(2));
  out.push(`## ${t('charter.comp.byDay')}`, '', mdTable(dayHead(t), c.period.days.map((d) => dayRow(d, fmt, t))), '');
  out.push(`## ${t('charter.comp.byChannel')}`, '', mdTable([t('charter.doc.channel'), t('charter.fig.period'), yearToDateHeading(c, fmt, t)], channelRows(c, fmt, t)), '');
  const who = requesterRows(c.period, fmt, t);
  out.push(`## ${t('charter.comp.byRequester')}`, '', who.length ? mdTable([t('charter.comp.requester'), t('charter.comp.contacts')], who) : `_${t('charter.comp.noContact')}_`, '');
  out.push(`## ${t('charter.comp.definitions')}`, '', ...definitionLines(t).map((l) => `- ${l}`), '');
  return out.join('\n');
}

/** How each figure is measured, in words (shown under the figures and in the exports). */
export function definitionLines(t: Translate): string[] {
  return [t('charter.def.late'), t('charter.def.rest'), t('charter.def.outside'), t('charter.def.dayOff'), t('charter.def.counted'), t('charter.def.exception')];
}
