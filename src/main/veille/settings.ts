// The settings of veille: the fetch schedule (off by default) and which audit categories count
// as monitoring time in the measures.
import { DEFAULT_SCHEDULE, nextScheduledRun, type VeilleSchedule } from '../../shared/veille/schedule';
import type { VeilleSettings } from '../../shared/veille/types';
import type { Db } from '../db/types';
import { readVeilleSetting, writeVeilleSetting } from './sourcesStore';

/** The fetch schedule the user set (DEFAULT_SCHEDULE, off, when none). */
export function readSchedule(db: Db): VeilleSchedule {
  const s = readVeilleSetting(db, 'schedule') as Partial<VeilleSchedule> | undefined;
  return { ...DEFAULT_SCHEDULE, ...(s ?? {}) };
}

/** The instant (epoch ms) of the last scheduled run, or of the last schedule change; null when never. */
export function readLastRun(db: Db): number | null {
  const v = readVeilleSetting(db, 'lastScheduledRun');
  return typeof v === 'number' ? v : null;
}

/** Records a scheduled run (or a schedule change) at `at`, epoch ms. */
export function writeLastRun(db: Db, at: number): void {
  writeVeilleSetting(db, 'lastScheduledRun', at);
}

/** The audit categories the user counts as monitoring (empty: chosen by name). */
export function monitoringCategoryIds(db: Db): number[] {
  const v = readVeilleSetting(db, 'monitoringCategoryIds');
  return Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : [];
}

/** The schedule, its last and next runs (epoch ms, in zone `tz`), and the monitoring categories. */
export function getVeilleSettings(db: Db, now: number, tz: string): VeilleSettings {
  const schedule = readSchedule(db);
  const lastRunAt = readLastRun(db);
  return { schedule: schedule as VeilleSettings['schedule'], lastRunAt, nextRunAt: nextScheduledRun(schedule, lastRunAt, now, tz), monitoringCategoryIds: monitoringCategoryIds(db) };
}

/**
 * Saves the schedule and the monitoring categories. A schedule that changes counts from now: the
 * first run comes one interval (or the next daily time) after the change, not at once.
 */
export function updateVeilleSettings(db: Db, input: { schedule?: VeilleSchedule; monitoringCategoryIds?: number[] }, now: number, tz: string): VeilleSettings {
  if (input.schedule) {
    const before = readSchedule(db);
    writeVeilleSetting(db, 'schedule', input.schedule);
    if (JSON.stringify(before) !== JSON.stringify(input.schedule)) writeLastRun(db, now);
  }
  if (input.monitoringCategoryIds) writeVeilleSetting(db, 'monitoringCategoryIds', [...new Set(input.monitoringCategoryIds)]);
  return getVeilleSettings(db, now, tz);
}
