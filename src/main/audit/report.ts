// The audit report, batch rhythm, Today summary and weekly trend, all from indexed range reads.
import { computeAuditMetrics, type AuditInput, type AuditMetrics } from '../../shared/audit/metrics';
import { proposeBatchRhythm, type BatchRhythm } from '../../shared/audit/batchRhythm';
import { addDays, localDayAt, localWallTimeToInstant, startOfLocalDay, startOfLocalWeek, weekdayOf } from '../../shared/time';
import type { Category, Responsibility, TimeEntry } from '../../shared/domain';
import { buildIcs, type IcsLocalEvent } from '../../shared/ics';
import type { Db } from '../db/types';
import { listCategories, listResponsibilities } from './categoriesStore';
import { entriesOverlapping, firstTrackedAt, interruptionsBetween, leanEntriesOverlapping, leanInterruptionsBetween } from './entriesStore';
import { getSettings } from '../system/settings';

export interface Period {
  from: number;
  to: number;
  tz: string;
}

/** The first instant anything was tracked (an entry's start or an interruption), epoch ms; null on an empty audit: the start of the audit's counted days. */
export function trackingSince(db: Db): number | null {
  return firstTrackedAt(db);
}

export function auditInput(db: Db, p: Period, now: number, lookups?: { categories: Category[]; responsibilities: Responsibility[] }): AuditInput {
  return {
    from: p.from,
    to: p.to,
    tz: p.tz,
    entries: entriesOverlapping(db, p.from, p.to),
    interruptions: interruptionsBetween(db, p.from, p.to),
    categories: lookups?.categories ?? listCategories(db),
    responsibilities: lookups?.responsibilities ?? listResponsibilities(db),
    charter: getSettings(db).charter,
    now,
    trackingSince: firstTrackedAt(db),
  };
}

/**
 * The audit's input from lean rows (leanEntriesOverlapping: the same entries as auditInput, the
 * running one whatever its age; interruptions without note). Every figure of computeAuditMetrics
 * but the scope ones (outOfScope, invisible, scopeMapped) equals the one from auditInput: minutes
 * per day and mode, late evenings, after-hours. Today reads a week of it, the disconnection
 * charter a year.
 */
export function leanAuditInput(db: Db, p: Period, now: number): AuditInput {
  return {
    from: p.from,
    to: p.to,
    tz: p.tz,
    entries: leanEntriesOverlapping(db, p.from, p.to),
    interruptions: leanInterruptionsBetween(db, p.from, p.to),
    categories: listCategories(db),
    responsibilities: listResponsibilities(db),
    charter: getSettings(db).charter,
    now,
    trackingSince: firstTrackedAt(db),
  };
}

export function auditReport(db: Db, p: Period, now: number) {
  const input = auditInput(db, p, now);
  return { from: p.from, to: p.to, tz: p.tz, metrics: computeAuditMetrics(input), categories: input.categories, responsibilities: input.responsibilities };
}

export function rhythm(db: Db, p: Period, now: number): { rhythm: BatchRhythm; audited: { perDay: AuditMetrics['perDay'] } } {
  const input = auditInput(db, p, now);
  const metrics = computeAuditMetrics(input);
  return { rhythm: proposeBatchRhythm(input, metrics), audited: { perDay: metrics.perDay } };
}

/** The proposal as weekly recurring events starting the week after `now`; identical slots on several weekdays share one event. */
export function rhythmIcs(db: Db, p: Period, now: number, labels: { reactive: string; deep: string; batch: string; calendar: string }) {
  const { rhythm: r } = rhythm(db, p, now);
  const weekStartKey = addDays(localDayAt(startOfLocalWeek(now, p.tz, 1), p.tz), 7);
  const groups = new Map<string, { kind: keyof typeof labels; start: number; end: number; weekdays: number[] }>();
  for (const s of r.slots) {
    const key = `${s.kind}-${s.start}-${s.end}`;
    const g = groups.get(key) ?? { kind: s.kind, start: s.start, end: s.end, weekdays: [] };
    g.weekdays.push(s.weekday);
    groups.set(key, g);
  }
  const dateOf = (weekday: number) => addDays(weekStartKey, (weekday - weekdayOf(weekStartKey) + 7) % 7);
  const events: IcsLocalEvent[] = [...groups.values()].map((g) => {
    const first = [...g.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))[0];
    return {
      uid: `coulisses-rhythm-${g.kind}-${g.start}-${g.end}-${g.weekdays.join('')}@coulisses`,
      summary: labels[g.kind],
      start: { date: dateOf(first), minutes: g.start },
      durationMinutes: g.end - g.start,
      tz: p.tz,
      weeklyOn: g.weekdays,
      categories: ['Coulisses'],
    };
  });
  return { fileName: `coulisses-rhythm-${weekStartKey}.ics`, content: buildIcs(events, { now, calName: labels.calendar }) };
}

export function todaySummary(db: Db, tz: string, now: number) {
  const from = startOfLocalDay(now, tz);
  const day = localDayAt(now, tz);
  const to = localWallTimeToInstant(addDays(day, 1), 0, tz);
  const m = computeAuditMetrics(auditInput(db, { from, to, tz }, now));
  return {
    day,
    trackedMinutes: m.trackedMinutes,
    deepMinutes: m.minutesByMode.deep,
    reactiveMinutes: m.minutesByMode.reactive,
    minutesByMode: m.minutesByMode,
    interruptions: m.interruptions.count,
    interruptionsByChannel: m.interruptions.byChannel,
  };
}

/**
 * Weekly aggregates (Monday-based local weeks) touching [from, to). Two range reads for the whole
 * span, then each week computed on its slice (entries last at most 24 h, so a week's entries start
 * at most a day before it).
 */
export function trend(db: Db, p: Period, now: number) {
  const categories = listCategories(db);
  const responsibilities = listResponsibilities(db);
  const charter = getSettings(db).charter;
  const firstKey = localDayAt(startOfLocalWeek(p.from, p.tz, 1), p.tz);
  const spanFrom = localWallTimeToInstant(firstKey, 0, p.tz);
  const allEntries = leanEntriesOverlapping(db, spanFrom, p.to);
  const allInterruptions = leanInterruptionsBetween(db, spanFrom, p.to);
  const weeks = [];
  let e0 = 0;
  let i0 = 0;
  let key = firstKey;
  for (let start = spanFrom; start < p.to; ) {
    const nextKey = addDays(key, 7);
    const end = localWallTimeToInstant(nextKey, 0, p.tz);
    while (e0 < allEntries.length && allEntries[e0].start < start - 86_400_000) e0++;
    let e1 = e0;
    while (e1 < allEntries.length && allEntries[e1].start < end) e1++;
    while (i0 < allInterruptions.length && allInterruptions[i0].at < start) i0++;
    let i1 = i0;
    while (i1 < allInterruptions.length && allInterruptions[i1].at < end) i1++;
    const entries = allEntries.slice(e0, e1).filter((e) => (e.end ?? now) > start);
    const m = computeAuditMetrics({ from: start, to: end, tz: p.tz, entries, interruptions: allInterruptions.slice(i0, i1), categories, responsibilities, charter, now });
    weeks.push({
      weekStart: key,
      from: start,
      to: end,
      trackedMinutes: m.trackedMinutes,
      deepShare: m.shareByMode.deep,
      reactiveShare: m.shareByMode.reactive,
      fragmentation: m.fragmentation,
      lateEvenings: m.lateEvenings.count,
      interruptions: m.interruptions.count,
    });
    key = nextKey;
    start = end;
  }
  return { weeks };
}

/**
 * The entries overlapping [from, to) (epoch ms) in their lean form (id, start, end, category;
 * no notes or overrides), in start order, with the categories: for other features' sums of
 * minutes per period (veille's monitoring time), which need neither interruptions nor scope.
 */
export function timedEntries(db: Db, from: number, to: number): { entries: TimeEntry[]; categories: Category[] } {
  return { entries: leanEntriesOverlapping(db, from, to), categories: listCategories(db) };
}
