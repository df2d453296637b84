// The charter's compliance from the audit's own data and metric: one lean range read per period,
// the audit's computeAuditMetrics for its late evenings and minutes per day, then the pure
// computeCompliance for rest, slots, days off and exceptions.
import { computeAuditMetrics } from '../../shared/audit/metrics';
import { localDayIndex } from '../../shared/audit/localDayIndex';
import { computeCompliance, type PeriodCompliance } from '../../shared/charter/compliance';
import { lateAndDayOffSubset } from '../../shared/charter/metricsSubset';
import { channelWindows } from '../../shared/charter/slots';
import type { Compliance, ComplianceSummary } from '../../shared/contract/charter';
import { MS_PER_HOUR, addDays, localDayAt, localWallTimeToInstant, startOfLocalWeek } from '../../shared/time';
import type { Db } from '../db/types';
import { leanAuditInput, trackingSince, type Period } from '../audit/report';
import { getSettings } from '../system/settings';
import { readLatestSigned } from './docsStore';
import { readExceptions } from './exceptionsStore';
import { readSlots } from './slotsStore';

/** How far before a period work is read, so the rest before its first day is known (entries last at most 24 h). */
export const REST_LOOKBACK_MS = 48 * MS_PER_HOUR;

/**
 * The compliance of [from, to), from the audit's lean rows read once from 48 hours earlier. The
 * audit's metrics (late evenings, minutes per day) are computed on the input of [from, to), the
 * same as the audit's report of that period; with `longSpan` only on the subset that can change
 * late evenings and days off (lateAndDayOffSubset), and then the minutes of working days in
 * `days` are left out (the year to date drops its days).
 */
export function periodCompliance(db: Db, p: Period, now: number, longSpan = false): PeriodCompliance {
  const wide = leanAuditInput(db, { from: p.from - REST_LOOKBACK_MS, to: p.to, tz: p.tz }, now);
  const days = localDayIndex(p.from, p.to, p.tz);
  // Entries outside [from, to) are clipped away by the metrics, interruptions filtered out.
  const input = { ...wide, from: p.from, to: p.to };
  const metrics = computeAuditMetrics(longSpan ? lateAndDayOffSubset(input, days) : input);
  const first = days[0]?.day ?? localDayAt(p.from, p.tz);
  const last = days[days.length - 1]?.day ?? first;
  return computeCompliance({
    from: p.from,
    to: p.to,
    tz: p.tz,
    now,
    days,
    hours: wide.charter,
    slots: readSlots(db),
    exceptions: readExceptions(db, addDays(first, -1), last),
    metrics,
    work: [...wide.entries.map((e) => ({ start: e.start, end: e.end ?? Math.max(now, e.start) })), ...wide.interruptions.map((i) => ({ start: i.at, end: i.at }))],
    interruptions: wide.interruptions.filter((i) => i.at >= p.from && i.at < p.to),
    trackingSince: wide.trackingSince ?? null,
  });
}

/**
 * The year to date: from 1 January of the current local year, or from the first tracked day when
 * tracking began later (`trackingSince`, epoch ms; null: nothing tracked, so today alone), to the
 * end of today. Every figure of the year to date counts over these days, as the audit counts its
 * late evenings (metrics.ts, `trackingSince`), so the screens can name one period in words.
 */
export function yearToDate(tz: string, now: number, trackingSince: number | null): { from: number; to: number } {
  const today = localDayAt(now, tz);
  const firstOfYear = `${today.slice(0, 4)}-01-01`;
  const since = trackingSince === null ? today : localDayAt(trackingSince, tz);
  const first = since > firstOfYear ? (since < today ? since : today) : firstOfYear;
  return { from: localWallTimeToInstant(first, 0, tz), to: localWallTimeToInstant(addDays(today, 1), 0, tz) };
}

/**
 * What the data is at this moment, cheaply: the rows this connection changed since it opened,
 * and SQLite's counter of commits by other connections (the import worker's). Any write moves
 * one of them; a restored or reopened database is another connection.
 */
function dataStamp(db: Db): string {
  return `${db.prepare('SELECT total_changes()').pluck().get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
}

const yearCache = new WeakMap<Db, { key: string; value: ComplianceSummary }>();

/**
 * The year to date reads a year of the audit's rows (about 15 000 entries for a heavy user); it
 * is kept until the data changes, the zone changes, or a minute passes (a running entry ends at
 * "now"), so the screens that show it beside a week or a month do not read the year again.
 */
export function yearToDateCompliance(db: Db, tz: string, now: number): ComplianceSummary {
  const span = yearToDate(tz, now, trackingSince(db));
  const key = `${dataStamp(db)}|${tz}|${span.from}|${Math.floor(now / 60_000)}`;
  const hit = yearCache.get(db);
  if (hit && hit.key === key) return hit.value;
  const { days: _days, ...value } = periodCompliance(db, { ...span, tz }, now, true);
  yearCache.set(db, { key, value });
  return value;
}

/** The period's compliance day by day, the year to date, the charter in force and the channels that follow the working hours. */
export function compliance(db: Db, p: Period, now: number): Compliance {
  const ytd = yearToDateCompliance(db, p.tz, now);
  return {
    tz: p.tz,
    now,
    period: periodCompliance(db, p, now),
    yearToDate: ytd,
    inForce: readLatestSigned(db),
    fallbackChannels: channelWindows(readSlots(db), getSettings(db).charter).fallback,
    trackingSince: trackingSince(db),
  };
}

/** This week from its first day to the end of today: days kept of days counted, for Today's line. */
export function todayLine(db: Db, opts: { tz: string; weekStartsOn: 0 | 1 }, now: number) {
  const from = startOfLocalWeek(now, opts.tz, opts.weekStartsOn);
  const to = localWallTimeToInstant(addDays(localDayAt(now, opts.tz), 1), 0, opts.tz);
  const c = periodCompliance(db, { from, to, tz: opts.tz }, now);
  return { kept: c.kept, counted: c.counted, breaches: c.counted - c.kept, inForce: readLatestSigned(db) !== null, tracking: trackingSince(db) !== null };
}
