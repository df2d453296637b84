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

export interface Category {
  id: number;
  name: string;
  color: string; // #rrggbb
  mode: Mode;
  responsibilityId: number | null;
  visibility: Visibility;
  archived: boolean;
  sortOrder: number;
}

export interface Responsibility {
  id: number;
  text: string;
  sortOrder: number;
}

export interface TimeEntry {
  id: number;
  start: number; // epoch ms UTC
  end: number | null; // null while running
  tz: string;
  categoryId: number;
  note: string;
  platform: string | null;
  responsibilityId: number | null; // override; null = use the category's
  visibility: Visibility | null; // override; null = use the category's
  source: EntrySource;
}

export interface Interruption {
  id: number;
  at: number; // epoch ms UTC
  tz: string;
  channel: InterruptionChannel;
  who: string;
  note: string;
  refocusMinutes: number;
}

/** Working hours for one weekday, minutes since local midnight. null = not a working day. */
export interface DayHours {
  start: number;
  end: number;
}

export interface Charter {
  /** index 0 = Sunday … 6 = Saturday */
  days: (DayHours | null)[];
  /** minutes since local midnight, default 20:00 = 1200 */
  disconnect: number;
}

export const DEFAULT_CHARTER: Charter = {
  days: [null, { start: 540, end: 1080 }, { start: 540, end: 1080 }, { start: 540, end: 1080 }, { start: 540, end: 1080 }, { start: 540, end: 1020 }, null],
  disconnect: 1200,
};
