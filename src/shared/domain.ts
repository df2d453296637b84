import type { z } from 'zod';
import type { categorySchema, interruptionSchema, responsibilitySchema, timeEntrySchema } from './contract/audit';
import type { charterSchema } from './contract/system';

// Domain types shared by main, preload and renderer. Plain JSON only.
// Instants are UTC epoch milliseconds; `tz` is the IANA zone of the user at entry time.

export const MODES = ['deep', 'reactive', 'meeting', 'reporting', 'admin'] as const;
export type Mode = (typeof MODES)[number];

export const VISIBILITIES = ['visible', 'invisible'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const ENTRY_SOURCES = ['timer', 'manual', 'import', 'batch-session'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

export const INTERRUPTION_CHANNELS = ['notification', 'email', 'chat', 'oral', 'phone', 'other'] as const;
export type InterruptionChannel = (typeof INTERRUPTION_CHANNELS)[number];

export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const; // 0 = Sunday, as Date#getDay

// The shapes below are declared once, as the contract's zod schemas (src/shared/contract); these
// are their inferred types, so a field added to a schema reaches every layer.
export type Category = z.infer<typeof categorySchema>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
/** A tracked span: start and end in epoch ms UTC (end null while the timer runs); overrides null = the category's. */
export type TimeEntry = z.infer<typeof timeEntrySchema>;
/** An interruption at an instant (epoch ms UTC), with its estimated refocus cost in minutes. */
export type Interruption = z.infer<typeof interruptionSchema>;
/** Working hours for one weekday, minutes since local midnight. null = not a working day. */
export type DayHours = NonNullable<Charter['days'][number]>;
/** The working charter: `days` index 0 = Sunday … 6 = Saturday; `disconnect` in minutes since local midnight (20:00 = 1200). */
export type Charter = z.infer<typeof charterSchema>;

export const DEFAULT_CHARTER: Charter = {
  days: [null, { start: 540, end: 1080 }, { start: 540, end: 1080 }, { start: 540, end: 1080 }, { start: 540, end: 1080 }, { start: 540, end: 1020 }, null],
  disconnect: 1200,
};
