// Audit metrics over a period, exactly as defined in design.md "Metrics". Pure, runtime-neutral.
// Every screen that shows one of these figures (the audit's report, Today, the weekly report, the
// trend) computes it here, on its own period, and says which period: one definition, one path.
//
// Definitions pinned by metrics.test.ts:
// - Context switch: two consecutive entries that start on the same local day and whose modes
//   differ. An entry belongs to the day it started: the part after midnight of an entry started
//   the evening before is not followed by a switch the next morning (Thursday 23:30–00:45 then
//   Friday 09:30: no switch). An entry started before the period belongs to no day of it.
// - Fragmentation = (context switches + interruptions) / tracked hours; null ("not enough data
//   yet") below MIN_TRACKED_MINUTES_FOR_RATES, where a rate per hour means nothing (one
//   interruption after 5 seconds of tracking read 662 per hour).
// - Late evening = a local day with any tracked minute or interruption after the disconnect time;
//   projection per year = late evenings / days counted × 365, where the days counted are the
//   period's days from the first day anything was ever tracked (AuditInput.trackingSince): the
//   days before the user started tracking are not evenings without work.
import {
  INTERRUPTION_CHANNELS,
  MODES,
  type Category,
  type Charter,
  type Interruption,
  type InterruptionChannel,
  type Mode,
  type Responsibility,
  type TimeEntry,
} from '../domain';
import { findDeepBlocks, type DeepBlock } from './deepBlocks';
import { findLocalDay, hourInDay, localDayIndex, type IndexedDay } from './localDayIndex';
import { MS_PER_MINUTE, localWallTimeToInstant, type LocalDay } from '../time';
import { ScopeAccumulator, type ScopeSummary } from './scopeGroups';

export interface AuditInput {
  /** period start, epoch ms (inclusive) */
  from: number;
  /** period end, epoch ms (exclusive) */
  to: number;
  /** IANA zone in which days, weekdays and hours are computed */
  tz: string;
  entries: TimeEntry[];
  interruptions: Interruption[];
  /** all categories the entries refer to, archived ones included */
  categories: Category[];
  responsibilities: Responsibility[];
  charter: Charter;
  /** epoch ms used as the end of a running entry */
  now: number;
  /** the first instant anything was ever tracked (entry or interruption), epoch ms; null or absent: count every day */
  trackingSince?: number | null;
}

export type ModeMinutes = Record<Mode, number>;
export type ChannelCounts = Record<InterruptionChannel, number>;

export const LATE_EVENINGS_THRESHOLD_PER_YEAR = 50;
/** Below this many tracked minutes, rates per hour (fragmentation) are "not enough data yet": our choice, half an hour. */
export const MIN_TRACKED_MINUTES_FOR_RATES = 30;
export const AUDIT_REFERENCES = { monitoringShare: 0.5, superfluousMeetingHoursPerWeek: 3.6, lateEveningsPerYear: 50 } as const;

export interface AuditMetrics {
  trackedMinutes: number;
  minutesByMode: ModeMinutes;
  shareByMode: ModeMinutes;
  perDay: { day: LocalDay; minutesByMode: ModeMinutes }[];
  byCategory: { categoryId: number; minutes: number; share: number }[];
  interruptions: {
    count: number;
    byChannel: ChannelCounts;
    /** [weekday 0 = Sunday][local hour 0..23] */
    heatmap: number[][];
    refocusMinutes: number;
  };
  contextSwitches: number;
  /** (context switches + interruptions) per tracked hour; null below MIN_TRACKED_MINUTES_FOR_RATES ("not enough data yet") */
  fragmentation: number | null;
  deepBlocks: { longestMinutes: number; countAtLeast60: number; blocks: DeepBlock[] };
  afterHoursMinutes: number;
  /**
   * daysInPeriod: the days the projection divides by (the period's days from the first tracked
   * day on); firstDay and lastDay: the days they run from and to (null when none).
   */
  lateEvenings: { count: number; days: LocalDay[]; daysInPeriod: number; firstDay: LocalDay | null; lastDay: LocalDay | null; projectionPerYear: number; threshold: number };
  outOfScope: ScopeSummary;
  /**
   * false until any category (or entry) is linked to a job-description line: then every minute is
   * "out of scope" only because nothing is mapped, and the screens say "not mapped yet" instead.
   */
  scopeMapped: boolean;
  invisible: ScopeSummary;
  references: { monitoringShare: number; superfluousMeetingHoursPerWeek: number; lateEveningsPerYear: number };
  /** ids of entries in the period whose category was not in `categories` (left out of every figure) */
  skippedEntryIds: number[];
}

export function emptyModeMinutes(): ModeMinutes {
  return Object.fromEntries(MODES.map((m) => [m, 0])) as ModeMinutes;
}

interface Clipped {
  entry: TimeEntry;
  category: Category;
  mode: Mode;
  start: number;
  end: number;
}

function clipEntries(input: AuditInput, byId: Map<number, Category>): { clipped: Clipped[]; skipped: number[] } {
  const clipped: Clipped[] = [];
  const skipped: number[] = [];
  for (const entry of input.entries) {
    const start = Math.max(entry.start, input.from);
    const end = Math.min(entry.end ?? input.now, input.to);
    if (!(end > start)) continue;
    const category = byId.get(entry.categoryId);
    if (!category) skipped.push(entry.id);
    else clipped.push({ entry, category, mode: category.mode, start, end });
  }
  clipped.sort((a, b) => a.start - b.start || a.end - b.end || a.entry.id - b.entry.id);
  return { clipped, skipped };
}

/** The charter's working hours and disconnect time of a local day, as instants. */
function charterInstants(charter: Charter, day: IndexedDay, tz: string) {
  const clamp = (m: number) => Math.min(1440, Math.max(0, m));
  const hours = charter.days[day.weekday] ?? null;
  const work =
    hours && clamp(hours.end) > clamp(hours.start)
      ? { start: localWallTimeToInstant(day.day, clamp(hours.start), tz), end: localWallTimeToInstant(day.day, clamp(hours.end), tz) }
      : null;
  return { work, disconnect: localWallTimeToInstant(day.day, clamp(charter.disconnect), tz) };
}

export function computeAuditMetrics(input: AuditInput): AuditMetrics {
  const { from, to, tz } = input;
  const byId = new Map(input.categories.map((c) => [c.id, c]));
  const responsibilityIds = new Set(input.responsibilities.map((r) => r.id));
  const { clipped, skipped } = clipEntries(input, byId);
  const days = localDayIndex(from, to, tz);
  const clock = days.map((d) => charterInstants(input.charter, d, tz));
  const perDay = days.map(() => emptyModeMinutes());
  const partsByDay: { start: number; id: number; mode: Mode }[][] = days.map(() => []);
  const minutesByMode = emptyModeMinutes();
  const minutesByCategory = new Map<number, number>();
  const outOfScope = new ScopeAccumulator();
  const invisible = new ScopeAccumulator();
  const lateDays = new Set<number>();
  let trackedMinutes = 0;
  let afterHoursMinutes = 0;

  for (const c of clipped) {
    const minutes = (c.end - c.start) / MS_PER_MINUTE;
    trackedMinutes += minutes;
    minutesByMode[c.mode] += minutes;
    minutesByCategory.set(c.category.id, (minutesByCategory.get(c.category.id) ?? 0) + minutes);
    const responsibilityId = c.entry.responsibilityId ?? c.category.responsibilityId;
    if (responsibilityId === null || !responsibilityIds.has(responsibilityId)) outOfScope.add(c.category.id, c.entry.note, minutes);
    if ((c.entry.visibility ?? c.category.visibility) === 'invisible') invisible.add(c.category.id, c.entry.note, minutes);

    // For context switches, an entry belongs to the day it started (if that day is in the period).
    if (c.entry.start >= from) partsByDay[findLocalDay(days, c.entry.start)].push({ start: c.entry.start, id: c.entry.id, mode: c.mode });
    // One part per local day; the entry is inside the period, so inside the index.
    for (let i = findLocalDay(days, c.start), cursor = c.start; cursor < c.end; i += 1) {
      const partEnd = Math.min(c.end, days[i].end);
      const partMinutes = (partEnd - cursor) / MS_PER_MINUTE;
      perDay[i][c.mode] += partMinutes;
      const { work, disconnect } = clock[i];
      const inside = work ? Math.max(0, Math.min(partEnd, work.end) - Math.max(cursor, work.start)) : 0;
      afterHoursMinutes += partMinutes - inside / MS_PER_MINUTE;
      if (partEnd > disconnect) lateDays.add(i);
      cursor = partEnd;
    }
  }

  let contextSwitches = 0;
  for (const parts of partsByDay) {
    parts.sort((a, b) => a.start - b.start || a.id - b.id);
    for (let i = 1; i < parts.length; i += 1) if (parts[i].mode !== parts[i - 1].mode) contextSwitches += 1;
  }

  const inPeriod = input.interruptions.filter((i) => i.at >= from && i.at < to);
  const byChannel = Object.fromEntries(INTERRUPTION_CHANNELS.map((ch) => [ch, 0])) as ChannelCounts;
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let refocusMinutes = 0;
  for (const i of inPeriod) {
    const d = findLocalDay(days, i.at);
    byChannel[i.channel] += 1;
    heatmap[days[d].weekday][hourInDay(days[d], i.at, tz)] += 1;
    refocusMinutes += i.refocusMinutes;
    if (i.at >= clock[d].disconnect) lateDays.add(d);
  }

  const interruptionInstants = inPeriod.map((i) => i.at).sort((a, b) => a - b);
  const blocks = findDeepBlocks(clipped, interruptionInstants);
  const share = (m: number) => (trackedMinutes > 0 ? m / trackedMinutes : 0);
  const lateList = [...lateDays].sort((a, b) => a - b).map((i) => days[i].day);
  const since = input.trackingSince ?? null;
  const counted = since === null ? days : days.filter((d) => d.end > since);

  return {
    trackedMinutes,
    minutesByMode,
    shareByMode: Object.fromEntries(MODES.map((m) => [m, share(minutesByMode[m])])) as ModeMinutes,
    perDay: days.map((d, i) => ({ day: d.day, minutesByMode: perDay[i] })),
    byCategory: [...minutesByCategory]
      .map(([categoryId, minutes]) => ({ categoryId, minutes, share: share(minutes) }))
      .sort((a, b) => b.minutes - a.minutes || a.categoryId - b.categoryId),
    interruptions: { count: inPeriod.length, byChannel, heatmap, refocusMinutes },
    contextSwitches,
    fragmentation: trackedMinutes >= MIN_TRACKED_MINUTES_FOR_RATES ? (contextSwitches + inPeriod.length) / (trackedMinutes / 60) : null,
    deepBlocks: {
      longestMinutes: blocks.reduce((max, b) => Math.max(max, b.minutes), 0),
      countAtLeast60: blocks.filter((b) => b.minutes >= 60).length,
      blocks,
    },
    afterHoursMinutes,
    lateEvenings: {
      count: lateList.length,
      days: lateList,
      daysInPeriod: counted.length,
      firstDay: counted[0]?.day ?? null,
      lastDay: counted.at(-1)?.day ?? null,
      projectionPerYear: counted.length > 0 ? (lateList.length / counted.length) * 365 : 0,
      threshold: LATE_EVENINGS_THRESHOLD_PER_YEAR,
    },
    outOfScope: outOfScope.summary(trackedMinutes),
    scopeMapped: input.categories.some((c) => c.responsibilityId !== null && responsibilityIds.has(c.responsibilityId)) || clipped.some((c) => c.entry.responsibilityId !== null && responsibilityIds.has(c.entry.responsibilityId)),
    invisible: invisible.summary(trackedMinutes),
    references: { ...AUDIT_REFERENCES },
    skippedEntryIds: skipped,
  };
}
