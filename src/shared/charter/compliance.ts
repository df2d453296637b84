// How the disconnection charter was kept over a period, from what the audit already knows: its
// late evenings (the audit's own metric, passed in), the daily rest between the last and the
// first work, contacts outside the reachability slots by channel and requester, and work on days
// off. Exceptions (a crisis) excuse a day's breaches and the short rest of the morning after. Pure.
import type { Charter, Interruption, Mode } from '../domain';
import type { AuditMetrics } from '../audit/metrics';
import { findLocalDay, type IndexedDay } from '../audit/localDayIndex';
import type { CharterException, ComplianceDay, ComplianceSummary } from '../contract/charter';
import { MS_PER_MINUTE, addDays, minutesSinceLocalMidnight } from '../time';
import { DAILY_REST_MINUTES, INTERRUPTION_TO_SLOT, SLOT_CHANNELS, type SlotChannel } from './catalogue';
import { restByDay, type WorkSpan } from './rest';
import { channelWindows, insideWindows, type SlotLike } from './slots';

/** How many requesters are listed by name; the others are summed. */
export const REQUESTERS_LISTED = 20;

export interface ComplianceInput {
  /** period [from, to), epoch ms */
  from: number;
  to: number;
  tz: string;
  /** the clock: days that begin after it are in the future */
  now: number;
  /** every local day of the period (localDayIndex(from, to, tz)), the same days as the metrics' */
  days: IndexedDay[];
  /** the working hours and disconnect time (settings) */
  hours: Charter;
  slots: readonly SlotLike[];
  /** exceptions of the period and of the day before it */
  exceptions: readonly CharterException[];
  /** the audit's metrics over exactly [from, to) in `tz`: late evenings and minutes per day */
  metrics: Pick<AuditMetrics, 'lateEvenings' | 'perDay'>;
  /** every piece of work from 48 hours before `from` to `to` (entries with their end, or now, and interruptions) */
  work: readonly WorkSpan[];
  /** the interruptions of [from, to) */
  interruptions: readonly Pick<Interruption, 'at' | 'channel' | 'who'>[];
  /**
   * The first instant anything was ever tracked (the audit's `trackingSince`), epoch ms; null when
   * nothing was. Days that end before it are not counted: they are days without data, not days the
   * charter was kept (the audit's rule for its late evenings).
   */
  trackingSince: number | null;
}

export type PeriodCompliance = ComplianceSummary & { days: ComplianceDay[] };

const sumModes = (m: Record<Mode, number>) => Object.values(m).reduce((a, b) => a + b, 0);

/** Wall minute of an instant inside `day` (the clock reading, DST days included). */
function wallMinute(day: IndexedDay, ms: number, tz: string): number {
  return day.uniform ? (ms - day.start) / MS_PER_MINUTE : minutesSinceLocalMidnight(ms, tz);
}

/**
 * The charter's compliance over the period, day by day and in total.
 *
 * - Late evening: the audit's (`metrics.lateEvenings`, any tracked minute or interruption after
 *   the disconnect time); the projection a year and its threshold (50) are the audit's figures.
 * - Short rest: the longest rest ending on a day before its work (restByDay) is under 11
 *   consecutive hours (art. L3131-1 of the French labour code), in elapsed time.
 * - Outside the slots: an interruption whose channel maps to a slot channel
 *   (INTERRUPTION_TO_SLOT) at a wall time outside that channel's slots, or outside the working
 *   hours when the channel has no slot of its own.
 * - Day-off work: any tracked minute or interruption on a day that is not a working day.
 * - A day counts when it is not in the future, not before the first tracked day
 *   (`trackingSince`), and is a working day or has a breach; it is kept when it counts and every
 *   breach of it is excused by an exception (of the day; for a short rest, of the day before as
 *   well).
 */
export function computeCompliance(input: ComplianceInput): PeriodCompliance {
  const { days, tz } = input;
  const excByDay = new Map(input.exceptions.map((e) => [e.day, e]));
  const late = new Set(input.metrics.lateEvenings.days);
  const rest = restByDay(input.work, days);
  const { windows } = channelWindows(input.slots, input.hours);
  const outside = days.map(() => 0);
  const interruptions = days.map(() => 0);
  const notMeasuredByDay = days.map(() => 0);
  const byChannel = Object.fromEntries(SLOT_CHANNELS.map((c) => [c, 0])) as Record<SlotChannel, number>;
  const requesters = new Map<string, { who: string; count: number }>();
  let excusedContacts = 0;

  for (const i of input.interruptions) {
    const d = findLocalDay(days, i.at);
    if (d < 0) continue;
    interruptions[d] += 1;
    const channel = INTERRUPTION_TO_SLOT[i.channel];
    if (channel === null) {
      notMeasuredByDay[d] += 1;
      continue;
    }
    const day = days[d];
    if (insideWindows(windows[channel], day.weekday, wallMinute(day, i.at, tz))) continue;
    outside[d] += 1;
    if (excByDay.has(day.day)) {
      excusedContacts += 1;
      continue;
    }
    byChannel[channel] += 1;
    const who = i.who.trim();
    const key = who.toLocaleLowerCase();
    const r = requesters.get(key) ?? { who, count: 0 };
    r.count += 1;
    requesters.set(key, r);
  }

  const perDay = new Map(input.metrics.perDay.map((p) => [p.day, sumModes(p.minutesByMode)]));
  const rows: ComplianceDay[] = days.map((day, d) => {
    const exception = excByDay.get(day.day) ?? null;
    const future = day.start > input.now;
    const tracked = input.trackingSince !== null && day.end > input.trackingSince;
    const working = input.hours.days[day.weekday] !== null;
    const workedMinutes = perDay.get(day.day) ?? 0;
    const r = rest[d];
    const shortRest = !future && r !== null && r.minutes < DAILY_REST_MINUTES;
    const dayOffWork = !future && !working && (workedMinutes > 0 || interruptions[d] > 0);
    const lateEvening = late.has(day.day);
    const restExcused = exception !== null || excByDay.has(addDays(day.day, -1));
    const unexcused = (exception === null && (lateEvening || outside[d] > 0 || dayOffWork)) || (shortRest && !restExcused);
    const counted = !future && tracked && (working || dayOffWork || lateEvening || shortRest || outside[d] > 0);
    return {
      day: day.day,
      weekday: day.weekday,
      working,
      future,
      tracked,
      workedMinutes,
      interruptions: interruptions[d],
      lateEvening,
      restMinutes: r === null || r.minutes > 24 * 60 ? null : r.minutes,
      shortRest,
      outside: outside[d],
      dayOffWork,
      exception,
      counted,
      kept: counted && !unexcused,
    };
  });

  const excusedDay = (row: ComplianceDay) => row.exception !== null;
  const shortRows = rows.filter((row) => row.shortRest);
  const shortUnexcused = shortRows.filter((row) => !excusedDay(row) && !excByDay.has(addDays(row.day, -1)));
  const offRows = rows.filter((row) => row.dayOffWork);
  const offUnexcused = offRows.filter((row) => !excusedDay(row));
  const listed = [...requesters.values()].sort((a, b) => b.count - a.count || a.who.localeCompare(b.who));
  const periodExceptions = input.exceptions.filter((e) => days.length > 0 && e.day >= days[0].day && e.day <= days[days.length - 1].day).sort((a, b) => (a.day < b.day ? -1 : 1));
  const m = input.metrics.lateEvenings;

  return {
    from: input.from,
    to: input.to,
    firstDay: days[0]?.day ?? '1970-01-01',
    lastDay: days[days.length - 1]?.day ?? '1970-01-01',
    counted: rows.filter((row) => row.counted).length,
    kept: rows.filter((row) => row.kept).length,
    lateEvenings: {
      count: m.count,
      excused: m.days.filter((day) => excByDay.has(day)).length,
      daysInPeriod: m.daysInPeriod,
      projectionPerYear: m.projectionPerYear,
      threshold: m.threshold,
    },
    shortRest: {
      count: shortUnexcused.length,
      excused: shortRows.length - shortUnexcused.length,
      shortestMinutes: shortUnexcused.length ? Math.min(...shortUnexcused.map((row) => row.restMinutes ?? Infinity)) : null,
    },
    outside: {
      count: SLOT_CHANNELS.reduce((sum, c) => sum + byChannel[c], 0),
      excused: excusedContacts,
      byChannel,
      byRequester: listed.slice(0, REQUESTERS_LISTED),
      otherRequesters: listed.slice(REQUESTERS_LISTED).reduce((sum, r) => sum + r.count, 0),
      notMeasured: notMeasuredByDay.reduce((a, b) => a + b, 0),
    },
    dayOff: { count: offUnexcused.length, excused: offRows.length - offUnexcused.length, minutes: offUnexcused.reduce((sum, row) => sum + row.workedMinutes, 0) },
    exceptions: {
      count: periodExceptions.length,
      minutes: periodExceptions.reduce((sum, e) => sum + e.minutes, 0),
      recoveryMinutes: periodExceptions.reduce((sum, e) => sum + e.recoveryMinutes, 0),
      list: periodExceptions,
    },
    days: rows,
  };
}
