// When the scheduled fetch runs next. The schedule is the user's (off by default); a run missed
// while the app was closed happens once when it is open again, never several times.
import { addDays } from '../time/civilDate';
import { localDayAt, localWallTimeToInstant } from '../time/zoned';
import type { ScheduleMode } from './constants';

export interface VeilleSchedule {
  mode: ScheduleMode;
  /** For mode 'every': hours between two runs (SCHEDULE_HOURS). */
  everyHours: number;
  /** For mode 'daily': the local time of the run, minutes since midnight (0–1439). */
  atMinute: number;
}

export const DEFAULT_SCHEDULE: VeilleSchedule = { mode: 'off', everyHours: 6, atMinute: 8 * 60 };

/**
 * The instant (epoch ms) from which the next scheduled run is due, or null when the schedule is
 * off. `lastRunAt` is the previous scheduled run (null: never). Mode 'every': lastRunAt +
 * everyHours, or at once when it never ran. Mode 'daily': the first `atMinute` of a local day in
 * `tz` that comes after lastRunAt (today's when it never ran); a time that falls in a DST gap runs
 * at the end of the gap. A due instant in the past means "run now" (a missed run is caught up once).
 */
export function nextScheduledRun(schedule: VeilleSchedule, lastRunAt: number | null, now: number, tz: string): number | null {
  if (schedule.mode === 'off') return null;
  if (schedule.mode === 'every') return lastRunAt === null ? now : lastRunAt + schedule.everyHours * 3_600_000;
  const today = localDayAt(now, tz);
  const todayRun = localWallTimeToInstant(today, schedule.atMinute, tz);
  if (lastRunAt === null) return todayRun;
  if (todayRun > lastRunAt) {
    // Several days missed: today's run is the one that counts (or yesterday's if today's is ahead).
    const yesterdayRun = localWallTimeToInstant(addDays(today, -1), schedule.atMinute, tz);
    return yesterdayRun > lastRunAt && todayRun > now ? yesterdayRun : todayRun;
  }
  return localWallTimeToInstant(addDays(today, 1), schedule.atMinute, tz);
}
