// The Today screen in one read: today's audit, this week against last week, and late evenings of
// the last 30 days. One range read covers every period (the 30-day window holds last week); each
// period's metrics then come from the shared formulas (computeAuditMetrics, as the audit's report)
// on its own slice, and each says the period it covers.
import { computeAuditMetrics, LATE_EVENINGS_THRESHOLD_PER_YEAR, type AuditInput } from '../../shared/audit/metrics';
import { addDays, localDayAt, localWallTimeToInstant, startOfLocalWeek } from '../../shared/time';
import type { TodayOverview, WeekFigures } from '../../shared/contract/reports';
import type { Db } from '../db/types';
import { leanAuditInput } from '../audit/report';

export const LATE_EVENING_WINDOW_DAYS = 30;

/** The input restricted to [from, to): entries overlapping it, interruptions inside it. */
function slice(input: AuditInput, from: number, to: number): AuditInput {
  return {
    ...input,
    from,
    to,
    entries: input.entries.filter((e) => e.start < to && (e.end ?? input.now) > from),
    interruptions: input.interruptions.filter((i) => i.at >= from && i.at < to),
  };
}

export function todayOverview(db: Db, opts: { tz: string; weekStartsOn: 0 | 1 }, now: number): TodayOverview {
  const { tz } = opts;
  const todayKey = localDayAt(now, tz);
  const todayStart = localWallTimeToInstant(todayKey, 0, tz);
  const tomorrow = localWallTimeToInstant(addDays(todayKey, 1), 0, tz);
  const weekStartKey = localDayAt(startOfLocalWeek(now, tz, opts.weekStartsOn), tz);
  const weekStart = localWallTimeToInstant(weekStartKey, 0, tz);
  const lastWeekStart = localWallTimeToInstant(addDays(weekStartKey, -7), 0, tz);
  const windowStart = Math.min(lastWeekStart, localWallTimeToInstant(addDays(todayKey, 1 - LATE_EVENING_WINDOW_DAYS), 0, tz));
  // lean rows: none of the figures below looks at notes or scope (leanAuditInput)
  const all = leanAuditInput(db, { from: windowStart, to: tomorrow, tz }, now);

  const figures = (from: number, to: number): WeekFigures => {
    const m = computeAuditMetrics(slice(all, from, to));
    return {
      from,
      to,
      trackedMinutes: m.trackedMinutes,
      deepMinutes: m.minutesByMode.deep,
      reactiveMinutes: m.minutesByMode.reactive,
      deepShare: m.shareByMode.deep,
      reactiveShare: m.shareByMode.reactive,
      interruptions: m.interruptions.count,
      fragmentation: m.fragmentation,
    };
  };
  const day = computeAuditMetrics(slice(all, todayStart, tomorrow));
  const lateFrom = localWallTimeToInstant(addDays(todayKey, 1 - LATE_EVENING_WINDOW_DAYS), 0, tz);
  const late = computeAuditMetrics(slice(all, lateFrom, tomorrow)).lateEvenings;
  return {
    now,
    tz,
    // Same fields as 'audit.today'.
    today: {
      day: todayKey,
      trackedMinutes: day.trackedMinutes,
      deepMinutes: day.minutesByMode.deep,
      reactiveMinutes: day.minutesByMode.reactive,
      minutesByMode: day.minutesByMode,
      interruptions: day.interruptions.count,
      interruptionsByChannel: day.interruptions.byChannel,
    },
    thisWeek: figures(weekStart, Math.max(weekStart + 1, Math.min(now, tomorrow))),
    lastWeek: figures(lastWeekStart, weekStart),
    lateEvenings: {
      count: late.count,
      days: late.daysInPeriod,
      firstDay: late.firstDay,
      lastDay: late.lastDay,
      projectionPerYear: late.projectionPerYear,
      threshold: LATE_EVENINGS_THRESHOLD_PER_YEAR,
      scaledThreshold: (LATE_EVENINGS_THRESHOLD_PER_YEAR * late.daysInPeriod) / 365,
    },
  };
}
