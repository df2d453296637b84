// Calendar domain types and seed data. Plain JSON only; runtime-neutral.
// Ids are numbers (SQLite rowids), as in ../domain.ts.
// Seeded names are i18n keys ('channel.instagram', 'format.carousel', 'pillar.expertise');
// names the user types are plain text. Use `displayName(name, t)` to show either.
// Days are LocalDay 'YYYY-MM-DD' and months LocalMonth 'YYYY-MM' (src/shared/time).

import type { z } from 'zod';
import type { channelSchema, contentItemSchema, formatSchema, pillarSchema, ritualSchema, runSegment, runState, sessionRecord } from '../contract/calendar';

// The shapes are declared once, as the contract's zod schemas (src/shared/contract/calendar.ts).
/** A platform the user publishes on. */
export type Channel = z.infer<typeof channelSchema>;
/** A content theme with the share of the month's items it should get (0..1). */
export type Pillar = z.infer<typeof pillarSchema>;
/** A content format with its effort estimates, in minutes, per creation block. */
export type Format = z.infer<typeof formatSchema>;

export const CONTENT_STATUSES = ['idea', 'drafting', 'visuals', 'review', 'ready', 'scheduled', 'published', 'archived'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** i18n keys of the statuses (literal, so that the locale-key checks can see them). */
export const STATUS_LABEL_KEYS: Readonly<Record<ContentStatus, string>> = {
  idea: 'calendar.status.idea',
  drafting: 'calendar.status.drafting',
  visuals: 'calendar.status.visuals',
  review: 'calendar.status.review',
  ready: 'calendar.status.ready',
  scheduled: 'calendar.status.scheduled',
  published: 'calendar.status.published',
  archived: 'calendar.status.archived',
};

/** Forward order of the workflow. 'archived' is outside the order (-1). */
export const STATUS_ORDER: Readonly<Record<ContentStatus, number>> = {
  idea: 0,
  drafting: 1,
  visuals: 2,
  review: 3,
  ready: 4,
  scheduled: 5,
  published: 6,
  archived: -1,
};

export type ContentItem = z.infer<typeof contentItemSchema>;

/**
 * The blocks a batch session runs through, in order. Design phase (2) "grouped creation"
 * is two blocks, 'writing' then 'visuals'; phase (5), the performance follow-up ritual,
 * is a recurring slot outside the session (see RitualSlot).
 */
export const BATCH_PHASES = ['strategy', 'writing', 'visuals', 'review', 'scheduling'] as const;
export type PhaseKey = (typeof BATCH_PHASES)[number];

/** The design's phase number of each block: grouped creation (2) is 2a writing then 2b visuals; 5 is the ritual. */
export const PHASE_NUMBER: Readonly<Record<PhaseKey, '1' | '2a' | '2b' | '3' | '4'>> = {
  strategy: '1',
  writing: '2a',
  visuals: '2b',
  review: '3',
  scheduling: '4',
};

/** i18n keys of the phase names; 'ritual' is design phase 5, outside the session. */
export const PHASE_LABEL_KEYS: Readonly<Record<PhaseKey | 'ritual', string>> = {
  strategy: 'calendar.phase.strategy',
  writing: 'calendar.phase.writing',
  visuals: 'calendar.phase.visuals',
  review: 'calendar.phase.review',
  scheduling: 'calendar.phase.scheduling',
  ritual: 'calendar.phase.ritual',
};

export type RunState = z.infer<typeof runState>;
export type RunStatus = RunState['status'];
/** A closed stretch of running time in one phase. */
export type RunSegment = z.infer<typeof runSegment>;
export type BatchSession = z.infer<typeof sessionRecord>;

export const DEFAULT_SESSION_START = 13 * 60;
export const DEFAULT_SESSION_END = 17 * 60;

/** The weekly performance follow-up ritual (design phase 5). */
export type RitualSlot = z.infer<typeof ritualSchema>;

export const DEFAULT_RITUAL: RitualSlot = { weekday: 1, start: 9 * 60 + 30, minutes: 30 };

// ---------------------------------------------------------------------------------------
// Seeds. Ids are suggestions for the first migration; names are i18n keys.

export const SEED_CHANNELS: readonly Channel[] = [
  { id: 1, name: 'channel.instagram', color: '#C13584', cadencePerWeek: 4, charLimit: 2200, archived: false },
  { id: 2, name: 'channel.linkedin', color: '#0A66C2', cadencePerWeek: 3, charLimit: 3000, archived: false },
  { id: 3, name: 'channel.x', color: '#0F1419', cadencePerWeek: 5, charLimit: 280, archived: false },
  { id: 4, name: 'channel.facebook', color: '#1877F2', cadencePerWeek: 3, charLimit: 63206, archived: false },
  { id: 5, name: 'channel.tiktok', color: '#FE2C55', cadencePerWeek: 3, charLimit: 2200, archived: false },
  // YouTube: the limit is the video description's
  { id: 6, name: 'channel.youtube', color: '#FF0000', cadencePerWeek: 1, charLimit: 5000, archived: false },
  { id: 7, name: 'channel.threads', color: '#6E6E73', cadencePerWeek: 3, charLimit: 500, archived: false },
];

/**
 * Seeded formats and their effort estimates, in minutes. Batching is what makes a month fit one
 * afternoon: each block (writing, visuals) costs a one-off setup per format in a session (open
 * the template, find the brand assets, set up a shoot) plus a marginal time per item.
 *
 * Where the figures come from: they are our calibration, not measurements. We took the design's
 * promise (a month of content prepared in one half-day: docs design.md, "Plan batch afternoons")
 * and the typical month of a solo manager in TYPICAL_MONTH (20 items over 2 or 3 channels, mostly
 * posts, carousels and stories), and chose marginal times of a batched production from templates
 * after the strategy phase has fixed the messages: a post caption 3 min, its visual from a
 * template 2 min; a carousel 5 min of copy and 8 min of slides; a story 1 + 2 min. With the
 * phase rules of PLANNER_RULES, that month needs 3 h 50 of a 4-hour session
 * (batchPlanner.test.ts pins it). Heavy formats (short video, article, live) need a shoot, long
 * writing or a rehearsal that do not batch: they are flagged `productionSlot` and planned in
 * their own production slots, outside the afternoon. Run mode measures real minutes per item and
 * the planner offers to replace these figures with the median of the last sessions.
 */
export const SEED_FORMATS: readonly Format[] = [
  { id: 1, name: 'format.shortVideo', writingSetupMinutes: 15, writingMinutes: 15, visualsSetupMinutes: 30, visualsMinutes: 45, productionSlot: true },
  { id: 2, name: 'format.carousel', writingSetupMinutes: 5, writingMinutes: 5, visualsSetupMinutes: 10, visualsMinutes: 8, productionSlot: false },
  { id: 3, name: 'format.infographic', writingSetupMinutes: 5, writingMinutes: 8, visualsSetupMinutes: 15, visualsMinutes: 15, productionSlot: false },
  { id: 4, name: 'format.story', writingSetupMinutes: 5, writingMinutes: 1, visualsSetupMinutes: 5, visualsMinutes: 2, productionSlot: false },
  { id: 5, name: 'format.post', writingSetupMinutes: 5, writingMinutes: 3, visualsSetupMinutes: 5, visualsMinutes: 2, productionSlot: false },
  { id: 6, name: 'format.article', writingSetupMinutes: 10, writingMinutes: 90, visualsSetupMinutes: 5, visualsMinutes: 15, productionSlot: true },
  { id: 7, name: 'format.live', writingSetupMinutes: 10, writingMinutes: 30, visualsSetupMinutes: 5, visualsMinutes: 10, productionSlot: true },
];

/** The seeded formats' estimates before migration 0060 (per item, no setup): a row still equal to these was never edited. */
export const SEED_FORMATS_V1: readonly { id: number; name: string; writingMinutes: number; visualsMinutes: number }[] = [
  { id: 1, name: 'format.shortVideo', writingMinutes: 30, visualsMinutes: 90 },
  { id: 2, name: 'format.carousel', writingMinutes: 40, visualsMinutes: 60 },
  { id: 3, name: 'format.infographic', writingMinutes: 30, visualsMinutes: 75 },
  { id: 4, name: 'format.story', writingMinutes: 10, visualsMinutes: 20 },
  { id: 5, name: 'format.post', writingMinutes: 20, visualsMinutes: 15 },
  { id: 6, name: 'format.article', writingMinutes: 120, visualsMinutes: 20 },
  { id: 7, name: 'format.live', writingMinutes: 45, visualsMinutes: 15 },
];

/**
 * The typical month the seeded estimates are calibrated on (format id → items): 20 items for a
 * solo manager on 2 or 3 channels, mostly posts, carousels and stories (our assumption, stated so
 * that a test can hold the defaults to the promise of one 4-hour afternoon).
 */
export const TYPICAL_MONTH: Readonly<Record<number, number>> = { 5: 10, 2: 4, 4: 6 };

export const SEED_PILLARS: readonly Pillar[] = [
  { id: 1, name: 'pillar.expertise', color: '#2E7D32', targetShare: 0.4 },
  { id: 2, name: 'pillar.behindTheScenes', color: '#F9A825', targetShare: 0.25 },
  { id: 3, name: 'pillar.community', color: '#6A1B9A', targetShare: 0.2 },
  { id: 4, name: 'pillar.offer', color: '#C62828', targetShare: 0.15 },
];

/** Matches the i18n keys used as seeded names. */
export const SEED_NAME_KEY = /^(channel|format|pillar)\.[A-Za-z0-9]+$/;

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The name to show: seeded names are translated, user names are shown as typed (never
 * passed to t, so that a ':' or '.' in a user name is not read as a namespace or path).
 */
export function displayName(name: string, t?: Translate): string {
  return t && SEED_NAME_KEY.test(name) ? t(name) : name;
}
