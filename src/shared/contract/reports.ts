import { z } from 'zod';
import type { FeatureChannels } from './common';
import { epochMs, ianaZone } from './common';
import { todaySummary } from './audit';

/** Audit figures of one week (or of the part of it already lived). */
export const weekFigures = z.object({
  from: epochMs,
  to: epochMs,
  trackedMinutes: z.number(),
  deepMinutes: z.number(),
  reactiveMinutes: z.number(),
  deepShare: z.number(),
  reactiveShare: z.number(),
  interruptions: z.number().int(),
  /** null: "not enough data yet" (below MIN_TRACKED_MINUTES_FOR_RATES) */
  fragmentation: z.number().nullable(),
});
export type WeekFigures = z.infer<typeof weekFigures>;

export const todayOverview = z.object({
  now: epochMs,
  tz: z.string(),
  today: todaySummary,
  /** this week from its first day up to now, and the whole previous week */
  thisWeek: weekFigures,
  lastWeek: weekFigures,
  /**
   * The last 30 local days, today included, from the first day anything was tracked on: `days`
   * counted, from `firstDay` to `lastDay` (computeAuditMetrics, as in the audit's report).
   */
  lateEvenings: z.object({
    count: z.number().int(),
    days: z.number().int(),
    firstDay: z.string().nullable(),
    lastDay: z.string().nullable(),
    projectionPerYear: z.number(),
    threshold: z.number(),
    scaledThreshold: z.number(),
  }),
});
export type TodayOverview = z.infer<typeof todayOverview>;

/** Read-only channels of the Today screen (the calendar and career blocks read 'calendar.summary' and 'career.summary'). */
export const reportsChannels = {
  'reports.today': { kind: 'read', input: z.object({ tz: ianaZone.optional(), weekStartsOn: z.union([z.literal(0), z.literal(1)]).optional() }).strict().optional(), output: todayOverview },
} as const satisfies FeatureChannels<'reports'>;
