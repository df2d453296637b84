// Batch rhythm proposal (design.md "Batch rhythm proposal"): a template week of reactive slots,
// protected deep blocks and one batch half-day. Pure and deterministic; no words in here — the UI
// turns `reasoning` into English or French.
import { INTERRUPTION_CHANNELS, type Charter, type InterruptionChannel } from '../domain';
import { computeAuditMetrics, type AuditInput, type AuditMetrics } from './metrics';
import { weekdayOf } from '../time';
import { densityWeight, hourInterval, subtractInterval, type MinuteInterval } from './minuteIntervals';
import { QUARTER, placeDeepBlocks, placeReactiveSlots, rankHours } from './rhythmPlacement';

export const MIN_REACTIVE_SLOTS = 2;
export const MAX_REACTIVE_SLOTS = 4;
/** One reactive slot per started hour of average reactive work, within 2..4. */
export const REACTIVE_MINUTES_PER_SLOT = 60;
/** Used when the period has no reactive minutes: two 30-minute slots. */
export const DEFAULT_REACTIVE_MINUTES_PER_DAY = 60;
export const BATCH_MINUTES = 240;
/** Weekday order for ties on the batch half-day: Monday first. */
const BATCH_WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

export type RhythmSlotKind = 'reactive' | 'deep' | 'batch';

export interface RhythmSlot {
  /** 0 = Sunday */
  weekday: number;
  /** minutes since local midnight, multiple of 15 */
  start: number;
  end: number;
  kind: RhythmSlotKind;
}

export interface PeakHour {
  /** null = all working weekdays together */
  weekday: number | null;
  hour: number;
  count: number;
}

export interface BatchRhythmReasoning {
  /** the charter has no working day: no slot at all */
  noWorkingDays: boolean;
  /** no interruption in the period */
  noInterruptions: boolean;
  /** weekdays whose reactive slots were spread evenly because no interruption fell in their hours */
  defaultPlacementWeekdays: number[];
  interruptionCount: number;
  /** up to 4 densest hours inside working hours (working weekdays summed), count > 0 */
  peakHours: PeakHour[];
  /** most frequent channel (ties: contract order); null without interruptions */
  topChannel: InterruptionChannel | null;
  reactiveMinutes: number;
  /** local days of the period that are working days in the charter */
  workingDaysInPeriod: number;
  /** reactive minutes of the whole period / working days in the period */
  avgReactiveMinutesPerDay: number;
  /** true when there were no reactive minutes and DEFAULT_REACTIVE_MINUTES_PER_DAY was used */
  defaultReactiveMinutes: boolean;
  /** target slot lengths, densest hour first; they sum to at least the average */
  reactiveSlotMinutes: number[];
  /** weekdays whose hours could not hold the target reactive minutes (slots were shortened) */
  shortWeekdays: number[];
  calmestHalfDay: { weekday: number; half: 'am' | 'pm'; interruptionsPerOccurrence: number } | null;
}

export interface BatchRhythm {
  /** sorted by weekday, then start */
  slots: RhythmSlot[];
  reasoning: BatchRhythmReasoning;
}

/** Working hours of a weekday snapped inward to the 15-minute grid; null on a non-working day. */
export function workingWindow(charter: Charter, weekday: number): MinuteInterval | null {
  const hours = charter.days[weekday] ?? null;
  if (!hours) return null;
  const start = Math.ceil(Math.max(0, hours.start) / QUARTER) * QUARTER;
  const end = Math.floor(Math.min(1440, hours.end) / QUARTER) * QUARTER;
  return end > start ? { start, end } : null;
}

function isWorkingDay(charter: Charter, weekday: number): boolean {
  const hours = charter.days[weekday] ?? null;
  return !!hours && Math.min(1440, hours.end) > Math.max(0, hours.start);
}

/** Target reactive slot lengths: 2..4 slots on the 15-minute grid, together covering `minutes`. */
export function reactiveSlotLengths(minutes: number): number[] {
  const n = Math.min(MAX_REACTIVE_SLOTS, Math.max(MIN_REACTIVE_SLOTS, Math.ceil(minutes / REACTIVE_MINUTES_PER_SLOT - 1e-9)));
  const units = Math.max(n, Math.ceil(minutes / QUARTER - 1e-9));
  return Array.from({ length: n }, (_, i) => (Math.floor(units / n) + (i < units % n ? 1 : 0)) * QUARTER);
}

function calmestHalfDay(windows: (MinuteInterval | null)[], heatmap: number[][], occurrences: number[]) {
  let best: { weekday: number; half: 'am' | 'pm'; iv: MinuteInterval; weight: number; occ: number } | null = null;
  for (const weekday of BATCH_WEEKDAY_ORDER) {
    const w = windows[weekday];
    if (!w || w.end - w.start < BATCH_MINUTES + MIN_REACTIVE_SLOTS * QUARTER) continue;
    for (const half of ['pm', 'am'] as const) {
      const iv = half === 'am' ? { start: w.start, end: w.start + BATCH_MINUTES } : { start: w.end - BATCH_MINUTES, end: w.end };
      const weight = densityWeight(iv, heatmap[weekday]);
      const occ = Math.max(1, occurrences[weekday]);
      if (!best || weight * best.occ < best.weight * occ) best = { weekday, half, iv, weight, occ };
    }
  }
  return best;
}

export function proposeBatchRhythm(input: AuditInput, metrics: AuditMetrics = computeAuditMetrics(input)): BatchRhythm {
  const { charter } = input;
  const { heatmap, count, byChannel } = metrics.interruptions;
  const weekdays = [0, 1, 2, 3, 4, 5, 6];
  const windows = weekdays.map((wd) => workingWindow(charter, wd));
  const occurrences = weekdays.map((wd) => metrics.perDay.filter((d) => weekdayOf(d.day) === wd).length);
  const workingDaysInPeriod = weekdays.filter((wd) => isWorkingDay(charter, wd)).reduce((n, wd) => n + occurrences[wd], 0);

  // Interruptions by hour, summed over working weekdays.
  const countByHour = Array.from({ length: 24 }, (_, h) => weekdays.filter((wd) => isWorkingDay(charter, wd)).reduce((n, wd) => n + heatmap[wd][h], 0));
  const reactiveMinutes = metrics.minutesByMode.reactive;
  const avgReactiveMinutesPerDay = workingDaysInPeriod > 0 ? reactiveMinutes / workingDaysInPeriod : 0;
  const defaultReactiveMinutes = !(avgReactiveMinutesPerDay > 0);
  const target = defaultReactiveMinutes ? DEFAULT_REACTIVE_MINUTES_PER_DAY : avgReactiveMinutesPerDay;
  const lengths = reactiveSlotLengths(target);
  const batch = calmestHalfDay(windows, heatmap, occurrences);

  const slots: RhythmSlot[] = [];
  const defaultPlacementWeekdays: number[] = [];
  const shortWeekdays: number[] = [];
  for (const weekday of weekdays) {
    if (!isWorkingDay(charter, weekday)) continue;
    const window = windows[weekday];
    let free: MinuteInterval[] = window ? [window] : [];
    if (batch && batch.weekday === weekday) {
      slots.push({ weekday, ...batch.iv, kind: 'batch' });
      free = subtractInterval(free, batch.iv);
    }
    const useData = free.some((iv) => densityWeight(iv, countByHour) > 0);
    if (!useData) defaultPlacementWeekdays.push(weekday);
    const reactive = placeReactiveSlots(free, lengths, countByHour, useData);
    const planned = reactive.slots.reduce((n, s) => n + s.end - s.start, 0);
    if (planned < target - 1e-9) shortWeekdays.push(weekday);
    for (const s of reactive.slots) slots.push({ weekday, ...s, kind: 'reactive' });
    for (const s of placeDeepBlocks(reactive.free, countByHour)) slots.push({ weekday, ...s, kind: 'deep' });
  }
  slots.sort((a, b) => a.weekday - b.weekday || a.start - b.start);

  const inWorkingHours = (h: number) => windows.some((w) => w && w.start < hourInterval(h).end && w.end > hourInterval(h).start);
  const peakHours = rankHours(countByHour)
    .filter((h) => countByHour[h] > 0 && inWorkingHours(h))
    .slice(0, 4)
    .map((hour) => ({ weekday: null, hour, count: countByHour[hour] }));
  const topChannel = count > 0 ? INTERRUPTION_CHANNELS.reduce((best, ch) => (byChannel[ch] > byChannel[best] ? ch : best)) : null;

  return {
    slots,
    reasoning: {
      noWorkingDays: !weekdays.some((wd) => isWorkingDay(charter, wd)),
      noInterruptions: count === 0,
      defaultPlacementWeekdays,
      interruptionCount: count,
      peakHours,
      topChannel,
      reactiveMinutes,
      workingDaysInPeriod,
      avgReactiveMinutesPerDay,
      defaultReactiveMinutes,
      reactiveSlotMinutes: lengths,
      shortWeekdays,
      calmestHalfDay: batch ? { weekday: batch.weekday, half: batch.half, interruptionsPerOccurrence: batch.weight / 60 / batch.occ } : null,
    },
  };
}
