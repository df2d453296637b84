// The fetch schedule's timer, in the main process (desktop app and browser mode alike): once a
// minute it reads the user's schedule and, when a run is due, fetches the sources whose fetching
// is on. Off by default: with the schedule off, or every source off, nothing is requested.
import type { HandlerContext } from '../ipc/types';
import { fetchRunning, runFetch } from './fetchRun';
import { readLastRun, readSchedule, writeLastRun } from './settings';
import { nextScheduledRun } from '../../shared/veille/schedule';

/** How often the timer looks at the schedule, ms. */
export const SCHEDULE_TICK_MS = 60_000;

/**
 * One look at the schedule: starts a scheduled run when one is due (recording it first, so a
 * failing run is not retried every minute). Returns the run's promise, or null when none is due.
 */
export function scheduledTick(ctx: HandlerContext): Promise<unknown> | null {
  if (!ctx.hasDb || fetchRunning()) return null;
  const db = ctx.db;
  const now = ctx.now();
  const next = nextScheduledRun(readSchedule(db), readLastRun(db), now, ctx.tz);
  if (next === null || next > now) return null;
  db.transaction(() => writeLastRun(db, now)).immediate();
  return runFetch(ctx, { trigger: 'schedule' }).catch(() => undefined);
}

/** Starts the timer; the returned function stops it. The timer never keeps the process alive. */
export function startVeilleSchedule(context: () => HandlerContext, tickMs = SCHEDULE_TICK_MS): () => void {
  const timer = setInterval(() => {
    try {
      void scheduledTick(context());
    } catch {
      // A database that is closing or in recovery: try again at the next tick.
    }
  }, tickMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
