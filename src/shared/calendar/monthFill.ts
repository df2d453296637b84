// How full a month's plan is: per channel and week, planned items against the cadence
// target; per pillar, share of the month against the target share; and the gaps, as
// structured data for the UI to phrase ("2 LinkedIn posts missing in week 48").
//
// Rules
// - An item counts on its planned date; an item with no planned date but a publish time
//   counts on the publish time's local date in `tz`; others do not count. Archived items
//   (status 'archived') never count.
// - Weeks are the weeks (starting on `weekStartsOn`) that hold at least one day of the
//   month, clipped to the month: only the month's days and items count. A clipped week's
//   target is prorated: round(cadencePerWeek × days in the month / 7).
// - Week numbers: weekStartsOn 1 → ISO 8601 week (and ISO week-year); weekStartsOn 0 →
//   Sunday-start weeks where week 1 holds 1 January (US usage, date-fns getWeek defaults).
// - Archived channels get no row and no gap.
// - Pillar share = items of the pillar / items with a known pillar. A pillar is a gap when
//   its share is below its target by more than `pillarTolerance` (default 0.05).
//   missingItems = how many more items of that pillar would reach the target share.
import { addDays, dayNumber, firstDayOfMonth, lastDayOfMonth, localParts, monthOf, startOfWeek, weekNumber, type LocalDay, type LocalMonth } from '../time';
import type { Channel, ContentItem, Pillar } from './types';

export interface MonthFillInput {
  month: LocalMonth;
  weekStartsOn: 0 | 1;
  tz: string;
  channels: readonly Channel[];
  pillars: readonly Pillar[];
  items: readonly ContentItem[];
  pillarTolerance?: number;
}

export interface FillWeek {
  week: number;
  weekYear: number;
  /** first day of the full week (may be in the previous month) */
  weekStart: LocalDay;
  /** first and last day of the week inside the month */
  start: LocalDay;
  end: LocalDay;
  /** days of the week inside the month, 1..7 */
  days: number;
}

export interface ChannelWeekFill {
  week: number;
  weekYear: number;
  start: LocalDay;
  end: LocalDay;
  target: number;
  planned: number;
  missing: number;
}

export interface ChannelFill {
  channelId: number;
  target: number;
  planned: number;
  weeks: ChannelWeekFill[];
}

export interface PillarFill {
  pillarId: number;
  planned: number;
  /** 0..1 */
  share: number;
  targetShare: number;
  /** max(0, target − share) */
  missingShare: number;
  /** items of this pillar to add to reach the target; null when the target is 100 % or more */
  missingItems: number | null;
}

export type FillGap =
  | { kind: 'channel-week'; channelId: number; week: number; weekYear: number; start: LocalDay; end: LocalDay; missing: number }
  | { kind: 'pillar'; pillarId: number; missingShare: number; missingItems: number | null };

export interface MonthFill {
  month: LocalMonth;
  weekStartsOn: 0 | 1;
  weeks: FillWeek[];
  channels: ChannelFill[];
  pillars: PillarFill[];
  /** items counted in the month */
  plannedTotal: number;
  /** counted items with no (known) pillar */
  withoutPillar: number;
  /** counted items with no (known, active) channel */
  withoutChannel: number;
  gaps: FillGap[];
}

/** The local date an item counts on, or null. */
export function itemDate(item: ContentItem, tz: string): LocalDay | null {
  if (item.plannedDate !== null) return item.plannedDate;
  if (item.publishAt !== null) return localParts(item.publishAt, tz).date;
  return null;
}

export function monthWeeks(month: LocalMonth, weekStartsOn: 0 | 1): FillWeek[] {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  const weeks: FillWeek[] = [];
  for (let weekStart = startOfWeek(first, weekStartsOn); weekStart <= last; weekStart = addDays(weekStart, 7)) {
    const start = weekStart < first ? first : weekStart;
    const weekEnd = addDays(weekStart, 6);
    const end = weekEnd > last ? last : weekEnd;
    const { week, year } = weekNumber(weekStart, weekStartsOn);
    weeks.push({ week, weekYear: year, weekStart, start, end, days: dayNumber(end) - dayNumber(start) + 1 });
  }
  return weeks;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function computeMonthFill(input: MonthFillInput): MonthFill {
  const { month, weekStartsOn, tz } = input;
  const tolerance = input.pillarTolerance ?? 0.05;
  const weeks = monthWeeks(month, weekStartsOn);

  const counted: { item: ContentItem; date: LocalDay }[] = [];
  for (const item of input.items) {
    if (item.status === 'archived') continue;
    const date = itemDate(item, tz);
    if (date !== null && monthOf(date) === month) counted.push({ item, date });
  }

  const weekIndexOf = (date: LocalDay): number => weeks.findIndex((w) => date >= w.start && date <= w.end);
  const activeChannels = input.channels.filter((c) => !c.archived);
  const gaps: FillGap[] = [];

  const channels: ChannelFill[] = activeChannels.map((channel) => {
    const perWeek = weeks.map(() => 0);
    for (const { item, date } of counted) {
      if (item.channelId === channel.id) perWeek[weekIndexOf(date)] += 1;
    }
    const rows: ChannelWeekFill[] = weeks.map((w, i) => {
      const target = Math.round((channel.cadencePerWeek * w.days) / 7);
      const planned = perWeek[i];
      return { week: w.week, weekYear: w.weekYear, start: w.start, end: w.end, target, planned, missing: Math.max(0, target - planned) };
    });
    for (const row of rows) {
      if (row.missing > 0) {
        gaps.push({ kind: 'channel-week', channelId: channel.id, week: row.week, weekYear: row.weekYear, start: row.start, end: row.end, missing: row.missing });
      }
    }
    return {
      channelId: channel.id,
      target: rows.reduce((s, r) => s + r.target, 0),
      planned: rows.reduce((s, r) => s + r.planned, 0),
      weeks: rows,
    };
  });

  const pillarIds = new Set(input.pillars.map((p) => p.id));
  const withPillar = counted.filter(({ item }) => item.pillarId !== null && pillarIds.has(item.pillarId));
  const denominator = withPillar.length;
  const pillars: PillarFill[] = input.pillars.map((pillar) => {
    const planned = withPillar.filter(({ item }) => item.pillarId === pillar.id).length;
    const share = denominator === 0 ? 0 : planned / denominator;
    const t = pillar.targetShare;
    const missingShare = round4(Math.max(0, t - share));
    // smallest x with (planned + x) / (denominator + x) ≥ t; at least 1 when the share is short
    const needed = Math.max(0, Math.ceil((t * denominator - planned) / (1 - t) - 1e-9));
    const missingItems = t >= 1 ? null : missingShare > 0 ? Math.max(1, needed) : needed;
    return { pillarId: pillar.id, planned, share: round4(share), targetShare: t, missingShare, missingItems };
  });
  for (const p of pillars) {
    if (p.missingShare > tolerance + 1e-9) gaps.push({ kind: 'pillar', pillarId: p.pillarId, missingShare: p.missingShare, missingItems: p.missingItems });
  }

  const activeChannelIds = new Set(activeChannels.map((c) => c.id));
  return {
    month,
    weekStartsOn,
    weeks,
    channels,
    pillars,
    plannedTotal: counted.length,
    withoutPillar: counted.length - denominator,
    withoutChannel: counted.filter(({ item }) => item.channelId === null || !activeChannelIds.has(item.channelId)).length,
    gaps,
  };
}
