// Half-open intervals of minutes since local midnight, for laying out a template day. Pure.

export interface MinuteInterval {
  start: number;
  end: number;
}

/** `free` minus `taken`, keeping order and dropping empty pieces. */
export function subtractInterval(free: MinuteInterval[], taken: MinuteInterval): MinuteInterval[] {
  const out: MinuteInterval[] = [];
  for (const iv of free) {
    if (taken.end <= iv.start || taken.start >= iv.end) {
      out.push(iv);
      continue;
    }
    if (taken.start > iv.start) out.push({ start: iv.start, end: taken.start });
    if (taken.end < iv.end) out.push({ start: taken.end, end: iv.end });
  }
  return out;
}

export function overlapMinutes(a: MinuteInterval, b: MinuteInterval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function hourInterval(hour: number): MinuteInterval {
  return { start: hour * 60, end: hour * 60 + 60 };
}

/**
 * Interruption weight of an interval: sum over hours of count[hour] × minutes of the interval in
 * that hour. An integer when the inputs are; divide by 60 for expected interruptions.
 */
export function densityWeight(iv: MinuteInterval, countByHour: number[]): number {
  let weight = 0;
  for (let h = Math.floor(iv.start / 60); h < 24 && h * 60 < iv.end; h += 1) weight += (countByHour[h] ?? 0) * overlapMinutes(iv, hourInterval(h));
  return weight;
}

export function totalMinutes(ivs: MinuteInterval[]): number {
  return ivs.reduce((sum, iv) => sum + iv.end - iv.start, 0);
}
