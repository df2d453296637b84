// Daily rest measured from the audit's work: the stretches without any tracked minute or
// interruption. Elapsed time in epoch ms, so a night across a DST change is as long as it really
// was (22:00 → 09:00 on the spring-forward night is 10 hours, not 11). Pure.
import { findLocalDay, type IndexedDay } from '../audit/localDayIndex';
import { MS_PER_MINUTE } from '../time';

/** Some work: a time entry [start, end) or an interruption (start = end), epoch ms. */
export interface WorkSpan {
  start: number;
  end: number;
}

/** The rest that ends on a day: its length in minutes and the instant it began (the end of the work before it). */
export interface DayRest {
  minutes: number;
  from: number;
}

/**
 * For each day of `days`, the longest rest that ends on it, that is before a stretch of work
 * beginning on that day: normally from the last work of the evening before to the first work of
 * the day (a message answered at 00:30 splits that night in two, and the longer part counts).
 * `null` when no work begins on the day (no work, or work carried on from the day before);
 * `Infinity` minutes when no earlier work is known (`spans` should start well before the first
 * day, 48 hours is enough: entries last at most 24 hours), so a shorter break later that day is
 * not taken for its daily rest. Spans that touch or overlap are one stretch of work.
 */
export function restByDay(spans: readonly WorkSpan[], days: readonly IndexedDay[]): (DayRest | null)[] {
  const out: (DayRest | null)[] = days.map(() => null);
  if (days.length === 0) return out;
  const sorted = [...spans].filter((s) => s.end >= s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  let lastEnd: number | null = null;
  for (const s of sorted) {
    if (lastEnd !== null && s.start <= lastEnd) {
      lastEnd = Math.max(lastEnd, s.end);
      continue;
    }
    // A stretch of work begins at s.start, after a rest since lastEnd (unknown for the first).
    const d = findLocalDay(days as IndexedDay[], s.start);
    if (d >= 0) {
      // No earlier work known: a rest of unknown length, longer than any other of the day.
      const minutes = lastEnd === null ? Infinity : (s.start - lastEnd) / MS_PER_MINUTE;
      const best = out[d];
      if (!best || minutes > best.minutes) out[d] = { minutes, from: lastEnd ?? -Infinity };
    }
    lastEnd = lastEnd === null ? s.end : Math.max(lastEnd, s.end);
  }
  return out;
}
