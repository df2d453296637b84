// The protocol's measures for a period (design.md "Reply protocol"; the list): the share
// of cases within SLA per type, the median time to first reply, the share handed to owners
// versus kept, cases after hours, vendor versus in-house volumes. Pure: the caller gives the
// cases opened in the period with their SLA statuses (businessClock.slaStatus), and the vendor's
// total. Shares are of settled SLAs only: met / (met + missed); a running one is pending.
import type { ReportFormat, Translate } from '../reports/format';
import { mdTable } from '../reports/format';
import type { SlaState } from './businessClock';
import { displayPreset } from './presets';
import type { ProtocolMeasures, RequestType } from './types';

export interface MeasuredCase {
  typeId: number;
  handedAt: number | null;
  afterHours: boolean;
  firstReply: { state: SlaState; elapsedMinutes: number };
  resolution: { state: SlaState };
}

type ShareOf = ProtocolMeasures['firstReply'];

function shareOf(states: readonly SlaState[]): ShareOf {
  let met = 0;
  let missed = 0;
  for (const s of states) {
    if (s === 'met') met++;
    else if (s === 'missed' || s === 'overdue') missed++;
  }
  const pending = states.length - met - missed;
  return { met, missed, pending, share: met + missed > 0 ? met / (met + missed) : null };
}

/** The median of `xs` (the mean of the two middle values for an even count); null when empty. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const firstReplyTimes = (cases: readonly MeasuredCase[]) => cases.filter((c) => c.firstReply.state === 'met' || c.firstReply.state === 'missed').map((c) => c.firstReply.elapsedMinutes);

/**
 * The measures of cases opened in [from, to). An overdue SLA counts as missed (its deadline has
 * passed), a running or paused one as pending. The median time to first reply is in minutes of
 * each case's SLA clock (business minutes for business-hours types), over replied cases.
 */
export function computeMeasures(p: { from: number; to: number; tz: string }, cases: readonly MeasuredCase[], vendor: number): ProtocolMeasures {
  const typeIds = [...new Set(cases.map((c) => c.typeId))].sort((a, b) => a - b);
  const handed = cases.filter((c) => c.handedAt !== null).length;
  return {
    ...p,
    cases: cases.length,
    firstReply: shareOf(cases.map((c) => c.firstReply.state)),
    resolution: shareOf(cases.map((c) => c.resolution.state)),
    medianFirstReplyMinutes: median(firstReplyTimes(cases)),
    byType: typeIds.map((typeId) => {
      const of = cases.filter((c) => c.typeId === typeId);
      return { typeId, cases: of.length, firstReply: shareOf(of.map((c) => c.firstReply.state)), resolution: shareOf(of.map((c) => c.resolution.state)), medianFirstReplyMinutes: median(firstReplyTimes(of)) };
    }),
    handed,
    kept: cases.length - handed,
    afterHours: cases.filter((c) => c.afterHours).length,
    vendor,
    inHouse: cases.length,
  };
}

/** A share as text, or a dash when nothing is settled. */
export function shareText(s: ShareOf, fmt: ReportFormat): string {
  return s.share === null ? '—' : `${fmt.percent(s.share)} (${fmt.number(s.met, 0)}/${fmt.number(s.met + s.missed, 0)})`;
}

/** The per-type table: type, cases, first reply within SLA, resolution within SLA, median first reply. */
export function measuresRows(m: ProtocolMeasures, types: readonly RequestType[], fmt: ReportFormat, t: Translate): string[][] {
  const byId = new Map(types.map((x) => [x.id, x]));
  const name = (id: number) => {
    const type = byId.get(id);
    return type ? `${t('protocol.level.short', { level: type.level })} · ${displayPreset(type.name, t)}` : t('protocol.type.deleted');
  };
  const rows = m.byType.map((r) => [name(r.typeId), fmt.number(r.cases, 0), shareText(r.firstReply, fmt), shareText(r.resolution, fmt), r.medianFirstReplyMinutes === null ? '—' : fmt.duration(r.medianFirstReplyMinutes)]);
  rows.push([t('protocol.measures.all'), fmt.number(m.cases, 0), shareText(m.firstReply, fmt), shareText(m.resolution, fmt), m.medianFirstReplyMinutes === null ? '—' : fmt.duration(m.medianFirstReplyMinutes)]);
  return rows;
}

/** The headings of measuresRows. */
export function measuresHead(t: Translate): string[] {
  return [t('protocol.measures.col.type'), t('protocol.measures.col.cases'), t('protocol.measures.col.firstReply'), t('protocol.measures.col.resolution'), t('protocol.measures.col.median')];
}

/** The volume lines: handed versus kept, after hours, vendor versus in-house. */
export function volumeLines(m: ProtocolMeasures, fmt: ReportFormat, t: Translate): string[] {
  const pct = (n: number, of: number) => (of > 0 ? fmt.percent(n / of) : '—');
  return [
    t('protocol.measures.handedLine', { handed: m.handed, kept: m.kept, share: pct(m.handed, m.cases) }),
    t('protocol.measures.afterHoursLine', { count: m.afterHours, share: pct(m.afterHours, m.cases) }),
    t('protocol.measures.vendorLine', { vendor: fmt.number(m.vendor, 0), inHouse: fmt.number(m.inHouse, 0), share: pct(m.vendor, m.vendor + m.inHouse) }),
  ];
}

/** The measures as a Markdown section (level-2 heading), for the weekly report and the SLA report. */
export function measuresMarkdown(m: ProtocolMeasures, types: readonly RequestType[], fmt: ReportFormat, t: Translate): string {
  const out = [`## ${t('protocol.measures.title')}`, ''];
  if (m.cases === 0 && m.vendor === 0) {
    out.push(`_${t('protocol.measures.none')}_`, '');
    return out.join('\n');
  }
  out.push(mdTable(measuresHead(t), measuresRows(m, types, fmt, t)), '', ...volumeLines(m, fmt, t).map((l) => `- ${l}`), '');
  return out.join('\n');
}

/** The SLA report on its own (the Measures screen's export): title, period, the measures section. */
export function slaReportMarkdown(m: ProtocolMeasures, types: readonly RequestType[], fmt: ReportFormat, t: Translate): string {
  return [`# ${t('protocol.measures.reportTitle')}`, '', `**${t('protocol.measures.period')}** ${fmt.period(m.from, m.to)}`, '', measuresMarkdown(m, types, fmt, t)].join('\n');
}
