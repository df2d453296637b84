// The charter's compliance from the audit's own data and metric: one range read per period, the
// audit's computeAuditMetrics for its late evenings and minutes per day, then the pure
// computeCompliance for rest, slots, days off and exceptions.
import { computeAuditMetrics } from '../../shared/audit/metrics';
import { localDayIndex } from '../../shared/audit/localDayIndex';
import { computeCompliance, type PeriodCompliance } from '../../shared/charter/compliance';
import { channelWindows } from '../../shared/charter/slots';
import type { Compliance } from '../../shared/contract/charter';
import { MS_PER_HOUR, addDays, localDayAt, localWallTimeToInstant, startOfLocalWeek } from '../../shared/time';
import type { Db } from '../db/types';
import { auditInput, type Period } from '../audit/report';
import { getSettings } from '../system/settings';
import { readLatestSigned } from './docsStore';
import { readExceptions } from './exceptionsStore';
import { readSlots } from './slotsStore';

/** How far before a period work is read, so the rest before its first day is known (entries last at most 24 h). */
export const REST_LOOKBACK_MS = 48 * MS_PER_HOUR;

/** The compliance of [from, to): the audit's input read once from 48 hours earlier. */
export function periodCompliance(db: Db, p: Period, now: number): PeriodCompliance {
  const wide = auditInput(db, { from: p.from - REST_LOOKBACK_MS, to: p.to, tz: p.tz }, now);
  // The same input as the audit's report of [from, to): entries outside it are clipped away.
  const metrics = computeAuditMetrics({ ...wide, from: p.from, to: p.to });
  const days = localDayIndex(p.from, p.to, p.tz);
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
  });
}

/** 1 January of the current local year to the end of today. */
export function yearToDate(tz: string, now: number): { from: number; to: number } {
  const today = localDayAt(now, tz);
  return { from: localWallTimeToInstant(`${today.slice(0, 4)}-01-01`, 0, tz), to: localWallTimeToInstant(addDays(today, 1), 0, tz) };
}

/** The period's compliance day by day, the year to date, the charter in force and the channels that follow the working hours. */
export function compliance(db: Db, p: Period, now: number): Compliance {
  const { days: _days, ...ytd } = periodCompliance(db, { ...yearToDate(p.tz, now), tz: p.tz }, now);
  return {
    tz: p.tz,
    now,
    period: periodCompliance(db, p, now),
    yearToDate: ytd,
    inForce: readLatestSigned(db),
    fallbackChannels: channelWindows(readSlots(db), getSettings(db).charter).fallback,
  };
}

/** This week from its first day to the end of today: days kept of days counted, for Today's line. */
export function todayLine(db: Db, opts: { tz: string; weekStartsOn: 0 | 1 }, now: number) {
  const from = startOfLocalWeek(now, opts.tz, opts.weekStartsOn);
  const to = localWallTimeToInstant(addDays(localDayAt(now, opts.tz), 1), 0, opts.tz);
  const c = periodCompliance(db, { from, to, tz: opts.tz }, now);
  return { kept: c.kept, counted: c.counted, breaches: c.counted - c.kept, inForce: readLatestSigned(db) !== null };
}
