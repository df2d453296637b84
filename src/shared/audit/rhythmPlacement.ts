// Placement of reactive slots and deep blocks inside one template day. Pure, deterministic.
// All values are minutes since local midnight on a 15-minute grid.
import { densityWeight, hourInterval, subtractInterval, totalMinutes, type MinuteInterval } from './minuteIntervals';

export const QUARTER = 15;
export const DEEP_MIN_MINUTES = 90;
export const DEEP_MAX_MINUTES = 120;
export const MAX_DEEP_BLOCKS_PER_DAY = 2;

/** Hours ranked by interruption count desc, ties by earliest hour. */
export function rankHours(countByHour: number[]): number[] {
  return Array.from({ length: 24 }, (_, h) => h).sort((a, b) => (countByHour[b] ?? 0) - (countByHour[a] ?? 0) || a - b);
}

/** Shorten slot lengths (lowest-ranked longest first) until they fit in `available` minutes. */
export function capLengths(lengths: number[], available: number): number[] {
  const units = lengths.map((l) => l / QUARTER);
  const room = Math.floor(available / QUARTER);
  let sum = units.reduce((a, b) => a + b, 0);
  while (sum > room && units.length > 0) {
    const max = Math.max(...units);
    if (max <= 1) units.pop();
    else units[units.lastIndexOf(max)] -= 1;
    sum -= 1;
  }
  return units.map((u) => u * QUARTER);
}

/** Start nearest to `anchor` for a slot of `length` in the free intervals (ties: earliest), optionally touching `mustTouch`. */
function nearestStart(free: MinuteInterval[], length: number, anchor: number, mustTouch?: MinuteInterval): number | null {
  let best: number | null = null;
  for (const iv of free) {
    if (iv.end - iv.start < length) continue;
    const start = Math.min(Math.max(anchor, iv.start), iv.end - length);
    if (mustTouch && !(start < mustTouch.end && start + length > mustTouch.start)) continue;
    if (best === null || Math.abs(start - anchor) < Math.abs(best - anchor) || (Math.abs(start - anchor) === Math.abs(best - anchor) && start < best)) best = start;
  }
  return best;
}

/** Earliest interval that holds `length`, else the longest one (earliest on ties) with the slot shrunk to it. */
function fallbackSlot(free: MinuteInterval[], length: number): MinuteInterval | null {
  const fits = free.find((iv) => iv.end - iv.start >= length);
  if (fits) return { start: fits.start, end: fits.start + length };
  let longest: MinuteInterval | null = null;
  for (const iv of free) if (!longest || iv.end - iv.start > longest.end - longest.start) longest = iv;
  return longest && longest.end - longest.start >= QUARTER ? { ...longest } : null;
}

/**
 * Reactive slots, longest target first. With interruption data each slot goes to the densest
 * unused hour it can touch; without, slot i goes near the i-th of n evenly spread anchors.
 */
export function placeReactiveSlots(
  free: MinuteInterval[],
  lengths: number[],
  countByHour: number[],
  useData: boolean,
): { slots: MinuteInterval[]; free: MinuteInterval[] } {
  const capped = capLengths(lengths, totalMinutes(free));
  const slots: MinuteInterval[] = [];
  const ranked = rankHours(countByHour).filter((h) => free.some((iv) => iv.start < hourInterval(h).end && iv.end > hourInterval(h).start));
  const used = new Set<number>();
  const spanStart = free.length > 0 ? free[0].start : 0;
  const span = free.length > 0 ? free[free.length - 1].end - spanStart : 0;
  capped.forEach((length, i) => {
    let slot: MinuteInterval | null = null;
    if (useData) {
      for (const h of ranked) {
        if (used.has(h)) continue;
        const start = nearestStart(free, length, h * 60, hourInterval(h));
        if (start === null) continue;
        used.add(h);
        slot = { start, end: start + length };
        break;
      }
    } else {
      const anchor = spanStart + Math.round((i * span) / capped.length / QUARTER) * QUARTER;
      const start = nearestStart(free, length, anchor);
      if (start !== null) slot = { start, end: start + length };
    }
    slot ??= fallbackSlot(free, length);
    if (!slot) return;
    slots.push(slot);
    free = subtractInterval(free, slot);
  });
  return { slots, free };
}

/**
 * Up to two deep blocks of 90–120 minutes, at most one per free stretch between fixed slots, in
 * the windows with the fewest interruptions per minute (ties: earliest).
 */
export function placeDeepBlocks(free: MinuteInterval[], countByHour: number[]): MinuteInterval[] {
  const blocks: MinuteInterval[] = [];
  let stretches = free;
  for (let k = 0; k < MAX_DEEP_BLOCKS_PER_DAY; k += 1) {
    let best: { iv: MinuteInterval; weight: number; stretch: MinuteInterval } | null = null;
    for (const stretch of stretches) {
      const length = Math.min(stretch.end - stretch.start, DEEP_MAX_MINUTES);
      if (length < DEEP_MIN_MINUTES) continue;
      for (let start = stretch.start; start + length <= stretch.end; start += QUARTER) {
        const iv = { start, end: start + length };
        const weight = densityWeight(iv, countByHour);
        // weight / length < best.weight / bestLength, without division.
        const lhs = weight * (best ? best.iv.end - best.iv.start : 1);
        const rhs = best ? best.weight * length : 0;
        if (!best || lhs < rhs || (lhs === rhs && start < best.iv.start)) best = { iv, weight, stretch };
      }
    }
    if (!best) break;
    blocks.push(best.iv);
    const taken = best.stretch;
    stretches = stretches.filter((s) => s !== taken);
  }
  return blocks.sort((a, b) => a.start - b.start);
}
