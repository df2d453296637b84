// Reachability slots as wall-clock windows per weekday and channel. Pure.
import type { Charter } from '../domain';
import { MINUTES_PER_DAY } from '../time';
import { SLOT_CHANNELS, type SlotChannel } from './catalogue';

/** A slot as stored: weekday 0 = Sunday; minutes since local midnight; `end` ≤ `start` ends on the next day. */
export interface SlotLike {
  weekday: number;
  start: number;
  end: number;
  channels: readonly SlotChannel[];
}

/** A window inside one weekday, [start, end) in wall minutes, never crossing midnight. */
export interface DayWindow {
  start: number;
  end: number;
}

/** Windows per weekday (index 0 = Sunday) for one channel. */
export type WeekWindows = DayWindow[][];

/** True when the slot ends on the next day (22:00 → 01:00). */
export function crossesMidnight(slot: { start: number; end: number }): boolean {
  return slot.end <= slot.start;
}

/**
 * Length of a slot in minutes of wall clock (a slot that crosses midnight counts both parts;
 * 0 → 1440 is 1440).
 */
export function slotMinutes(slot: { start: number; end: number }): number {
  return crossesMidnight(slot) ? MINUTES_PER_DAY - slot.start + slot.end : slot.end - slot.start;
}

/** Splits slots into per-weekday windows: a slot crossing midnight gives [start, 24:00) on its day and [00:00, end) on the next. */
export function weekWindows(slots: readonly { weekday: number; start: number; end: number }[]): WeekWindows {
  const week: WeekWindows = Array.from({ length: 7 }, () => []);
  for (const s of slots) {
    if (crossesMidnight(s)) {
      week[s.weekday].push({ start: s.start, end: MINUTES_PER_DAY });
      if (s.end > 0) week[(s.weekday + 1) % 7].push({ start: 0, end: s.end });
    } else week[s.weekday].push({ start: s.start, end: s.end });
  }
  for (const day of week) day.sort((a, b) => a.start - b.start || a.end - b.end);
  return week;
}

/** The working hours as windows (the slots of a channel that has none of its own). */
export function workingHoursWindows(hours: Charter): WeekWindows {
  return hours.days.map((d) => (d && d.end > d.start ? [{ start: d.start, end: d.end }] : []));
}

/**
 * The windows of each channel: its own slots, or the working hours when the user set none for
 * it; `fallback` lists the channels in the second case.
 */
export function channelWindows(slots: readonly SlotLike[], hours: Charter): { windows: Record<SlotChannel, WeekWindows>; fallback: SlotChannel[] } {
  const fallback: SlotChannel[] = [];
  const windows = Object.fromEntries(
    SLOT_CHANNELS.map((ch) => {
      const own = slots.filter((s) => s.channels.includes(ch));
      if (own.length === 0) fallback.push(ch);
      return [ch, own.length ? weekWindows(own) : workingHoursWindows(hours)];
    }),
  ) as Record<SlotChannel, WeekWindows>;
  return { windows, fallback };
}

/** True when wall minute `minute` (0 ≤ minute < 1440, fractional allowed) of a day with `weekday` lies inside a window. */
export function insideWindows(week: WeekWindows, weekday: number, minute: number): boolean {
  for (const w of week[weekday]) if (minute >= w.start && minute < w.end) return true;
  return false;
}
