import { z } from 'zod';
import type { FeatureChannels } from './common';
import { color, epochMs, ianaZone, id, isoDate, minuteOfDay, none, okValue } from './common';
import { CONTENT_STATUSES } from '../calendar/types';
import type { BatchPlan } from '../calendar/batchPlanner';
import type { FillGap, MonthFill } from '../calendar/monthFill';

export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
export const contentStatus = z.enum(CONTENT_STATUSES);
const weekStart = z.union([z.literal(0), z.literal(1)]);
const entityName = z.string().trim().min(1).max(100);

/** A platform the user publishes on. */
export const channelSchema = z.object({
  id,
  /** i18n key for seeded channels (see SEED_NAME_KEY), user text otherwise */
  name: z.string(),
  color,
  /** target number of posts per week */
  cadencePerWeek: z.number(),
  /** maximum characters of one post; null = no limit */
  charLimit: z.number().int().nullable(),
  archived: z.boolean(),
});
/** A content theme with the share (0..1) of the month's items it should get. */
export const pillarSchema = z.object({ id, name: z.string(), color, targetShare: z.number() });
/**
 * A content format with its effort estimates in minutes, per creation block: a one-off setup per
 * session (`…SetupMinutes`) plus a marginal time per item (`writingMinutes`, `visualsMinutes`).
 * `productionSlot`: a heavy format (short video, article, live) produced in its own slot, outside
 * the batch afternoon.
 */
export const formatSchema = z.object({
  id,
  name: z.string(),
  writingSetupMinutes: z.number().int(),
  writingMinutes: z.number().int(),
  visualsSetupMinutes: z.number().int(),
  visualsMinutes: z.number().int(),
  productionSlot: z.boolean(),
});

export const contentItemSchema = z.object({
  id,
  title: z.string(),
  channelId: id.nullable(),
  formatId: id.nullable(),
  pillarId: id.nullable(),
  /** the day it is planned for (planning), independent of publishAt */
  plannedDate: isoDate.nullable(),
  /** scheduled publication instant, epoch ms UTC */
  publishAt: epochMs.nullable(),
  /** IANA zone of the user when publishAt was entered */
  tz: z.string(),
  status: contentStatus,
  copy: z.string(),
  link: z.string(),
  notes: z.string(),
  sessionId: id.nullable(),
});

/** A closed stretch of running time in one phase (instants in epoch ms). */
export const runSegment = z.object({ phaseIndex: z.number().int(), start: epochMs, end: epochMs });

/**
 * An item ticked done in a creation block while the run was in that block: the phase's elapsed
 * time at the tick (ms) and the item's format then. Consecutive marks give the minutes per item.
 */
export const runMark = z.object({ phaseIndex: z.number().int(), itemId: id, formatId: id.nullable(), elapsedMs: z.number() });

/**
 * State of a running session. Plain data: stored as JSON, it survives a restart. While
 * 'running', the open segment started at `startedAt` in phase `phaseIndex`.
 */
export const runState = z.object({
  status: z.enum(['idle', 'running', 'paused', 'finished']),
  /** index into BATCH_PHASES; equals BATCH_PHASES.length once finished */
  phaseIndex: z.number().int(),
  /** closed elapsed time per phase, ms (the open segment is not included) */
  elapsedMs: z.array(z.number()),
  /** start of the open segment, epoch ms; null unless running */
  startedAt: epochMs.nullable(),
  /** closed segments in order, for time entries */
  segments: z.array(runSegment),
  /** ids of ticked checklist entries (see phaseChecklist) */
  checked: z.array(z.string()),
  /** items ticked in the writing and visuals blocks, in order (see runMark) */
  marks: z.array(runMark),
});

/** A batch session as stored. */
export const sessionRecord = z.object({
  id,
  date: isoDate,
  /** minutes since local midnight, default 13:00 = 780 */
  start: z.number().int(),
  /** minutes since local midnight, default 17:00 = 1020 */
  end: z.number().int(),
  tz: z.string(),
  targetMonth: isoMonth,
  state: runState,
});

/** A batch session as listed: with its last heartbeat (epoch ms) and its number of items. */
export const sessionSchema = sessionRecord.extend({
  lastAliveAt: epochMs.nullable(),
  itemCount: z.number().int(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

/** The weekly performance follow-up ritual (design phase 5): weekday 0 = Sunday, start in minutes since local midnight, length in minutes. */
export const ritualSchema = z.object({ weekday: z.number().int().min(0).max(6), start: z.number().int().min(0).max(1439), minutes: z.number().int().min(5).max(240) }).strict();

const channelCadence = z.number().min(0).max(100);
const charLimit = z.number().int().min(1).max(1_000_000).nullable();
const share = z.number().min(0).max(1);
const effort = z.number().int().min(0).max(1440);

const itemFields = {
  title: z.string().trim().min(1).max(300),
  channelId: id.nullable(),
  formatId: id.nullable(),
  pillarId: id.nullable(),
  plannedDate: isoDate.nullable(),
  publishAt: epochMs.nullable(),
  tz: ianaZone,
  status: contentStatus,
  copy: z.string().max(70_000),
  link: z.string().trim().max(2000),
  notes: z.string().max(20_000),
  sessionId: id.nullable(),
};

export const itemCreateInput = z
  .object({
    title: itemFields.title,
    channelId: itemFields.channelId.default(null),
    formatId: itemFields.formatId.default(null),
    pillarId: itemFields.pillarId.default(null),
    plannedDate: itemFields.plannedDate.default(null),
    publishAt: itemFields.publishAt.default(null),
    tz: itemFields.tz.optional(),
    status: itemFields.status.default('idea'),
    copy: itemFields.copy.default(''),
    link: itemFields.link.default(''),
    notes: itemFields.notes.default(''),
    sessionId: itemFields.sessionId.default(null),
  })
  .strict();

export const itemUpdateInput = z.object({ id, ...itemFields }).partial().required({ id: true }).strict();

const sessionTimes = (s: { start?: number; end?: number }) => s.start === undefined || s.end === undefined || s.end > s.start;

export const sessionCreateInput = z
  .object({
    date: isoDate,
    start: minuteOfDay.default(13 * 60),
    end: minuteOfDay.default(17 * 60),
    targetMonth: isoMonth.optional(),
    itemIds: z.array(id).max(1000).default([]),
    attachUnprepared: z.boolean().default(false),
  })
  .strict()
  .refine(sessionTimes, { message: 'end must be after start', path: ['end'] });

export const sessionUpdateInput = z
  .object({ id, date: isoDate.optional(), start: minuteOfDay.optional(), end: minuteOfDay.optional(), targetMonth: isoMonth.optional() })
  .strict()
  .refine(sessionTimes, { message: 'end must be after start', path: ['end'] });

export const sessionDetailSchema = z.object({
  session: sessionSchema,
  items: z.array(contentItemSchema),
  plan: z.custom<BatchPlan>((v) => typeof v === 'object' && v !== null && 'phases' in v),
  /** true when the session was left running and the app was not alive for a while (a crash) */
  stale: z.boolean(),
  /** the server's clock when answering, so that a countdown can follow it */
  now: epochMs,
});

const blockMinutes = z.object({ setup: z.number().int(), perItem: z.number().int() });
/** A format's creation block, its estimates and what the last finished runs measured (whole minutes). */
export const estimateSuggestionSchema = z.object({ formatId: id, block: z.enum(['writing', 'visuals']), current: blockMinutes, measured: blockMinutes, sessions: z.number().int(), items: z.number().int() });

export const RUN_ACTIONS = ['start', 'pause', 'resume', 'next', 'finish', 'recover'] as const;

export const calendarSummarySchema = z.object({
  nextSession: z.object({ id, date: z.string(), start: z.number().int(), end: z.number().int(), itemCount: z.number().int() }).nullable(),
  /** the user's local date today (server clock) */
  today: z.string(),
  month: z.string(),
  planned: z.number().int(),
  target: z.number(),
  gaps: z.array(z.custom<FillGap>((v) => typeof v === 'object' && v !== null && 'kind' in v)),
  channels: z.array(channelSchema),
  pillars: z.array(pillarSchema),
});

/** IPC channels of the calendar feature. */
export const calendarChannels = {
  'calendar.lookups': {
    kind: 'read',
    input: none,
    output: z.object({ channels: z.array(channelSchema), pillars: z.array(pillarSchema), formats: z.array(formatSchema), ritual: ritualSchema }),
  },
  'calendar.items.range': {
    kind: 'read',
    input: z.object({ from: isoDate, to: isoDate }).strict().refine((r) => r.to >= r.from, { message: 'to must not be before from', path: ['to'] }),
    output: z.array(contentItemSchema),
  },
  'calendar.items.backlog': { kind: 'read', input: none, output: z.array(contentItemSchema) },
  'calendar.item.get': { kind: 'read', input: z.object({ id }).strict(), output: contentItemSchema },
  'calendar.item.create': { kind: 'write', input: itemCreateInput, output: contentItemSchema },
  'calendar.item.update': { kind: 'write', input: itemUpdateInput, output: contentItemSchema },
  /** Deletes an item and answers it as it was, for Undo. */
  'calendar.item.delete': { kind: 'write', input: z.object({ id }).strict(), output: z.object({ done: z.literal(true), item: contentItemSchema }) },

  'calendar.channel.create': {
    kind: 'write',
    input: z.object({ name: entityName, color, cadencePerWeek: channelCadence, charLimit }).strict(),
    output: channelSchema,
  },
  'calendar.channel.update': {
    kind: 'write',
    input: z.object({ id, name: entityName.optional(), color: color.optional(), cadencePerWeek: channelCadence.optional(), charLimit: charLimit.optional(), archived: z.boolean().optional() }).strict(),
    output: channelSchema,
  },
  'calendar.pillar.create': { kind: 'write', input: z.object({ name: entityName, color, targetShare: share }).strict(), output: pillarSchema },
  'calendar.pillar.update': {
    kind: 'write',
    input: z.object({ id, name: entityName.optional(), color: color.optional(), targetShare: share.optional() }).strict(),
    output: pillarSchema,
  },
  'calendar.pillar.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'calendar.format.create': {
    kind: 'write',
    input: z
      .object({
        name: entityName,
        writingSetupMinutes: effort.default(0),
        writingMinutes: effort,
        visualsSetupMinutes: effort.default(0),
        visualsMinutes: effort,
        productionSlot: z.boolean().default(false),
      })
      .strict(),
    output: formatSchema,
  },
  'calendar.format.update': {
    kind: 'write',
    input: z
      .object({
        id,
        name: entityName.optional(),
        writingSetupMinutes: effort.optional(),
        writingMinutes: effort.optional(),
        visualsSetupMinutes: effort.optional(),
        visualsMinutes: effort.optional(),
        productionSlot: z.boolean().optional(),
      })
      .strict(),
    output: formatSchema,
  },
  'calendar.format.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'calendar.ritual.update': { kind: 'write', input: ritualSchema, output: ritualSchema },

  'calendar.monthFill': {
    kind: 'read',
    input: z.object({ month: isoMonth, weekStartsOn: weekStart }).strict(),
    output: z.custom<MonthFill>((v) => typeof v === 'object' && v !== null && 'gaps' in v && 'weeks' in v),
  },

  'calendar.sessions.list': { kind: 'read', input: none, output: z.array(sessionSchema) },
  'calendar.session.get': { kind: 'read', input: z.object({ id }).strict(), output: sessionDetailSchema },
  'calendar.session.create': { kind: 'write', input: sessionCreateInput, output: sessionSchema },
  'calendar.session.update': { kind: 'write', input: sessionUpdateInput, output: sessionSchema },
  'calendar.session.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  /** Puts items into a session (or takes them out with sessionId null): attach by hand, or move the planner's proposals. */
  'calendar.session.assign': {
    kind: 'write',
    input: z.object({ itemIds: z.array(id).min(1).max(1000), sessionId: id.nullable() }).strict(),
    output: z.object({ moved: z.number().int() }),
  },
  /** Attaches every unprepared item (idea to review) planned in the session's target month. */
  'calendar.session.attachUnprepared': { kind: 'write', input: z.object({ sessionId: id }).strict(), output: z.object({ moved: z.number().int() }) },
  'calendar.run': { kind: 'write', input: z.object({ sessionId: id, action: z.enum(RUN_ACTIONS) }).strict(), output: sessionDetailSchema },
  /** Ticks or unticks a checklist entry; an item entry moves the item's status. */
  'calendar.run.toggle': {
    kind: 'write',
    input: z.object({ sessionId: id, entryId: z.string().min(1).max(100) }).strict(),
    output: sessionDetailSchema,
  },
  /** Called every few seconds by the run screen, so that a crash stops the clock where the app died. */
  'calendar.run.heartbeat': { kind: 'write', input: z.object({ sessionId: id }).strict(), output: okValue },

  /** Everything the exports need (they are built in the renderer, in the user's language). */
  'calendar.exportData': {
    kind: 'read',
    input: z.object({ month: isoMonth }).strict(),
    output: z.object({
      items: z.array(contentItemSchema),
      sessions: z.array(sessionSchema),
      channels: z.array(channelSchema),
      pillars: z.array(pillarSchema),
      formats: z.array(formatSchema),
      ritual: ritualSchema,
      now: epochMs,
      tz: z.string(),
    }),
  },
  /** Undo of a delete: the item as the delete answered it, checked like a new one (its id when still free). */
  'calendar.item.restore': { kind: 'write', input: z.object({ item: z.object({ id, ...itemFields }).strict() }).strict(), output: contentItemSchema },
  /** What finished runs measured per format and creation block, against the estimates (median of the last sessions). */
  'calendar.formats.learned': { kind: 'read', input: none, output: z.array(estimateSuggestionSchema) },
  /** Replaces the estimates of these formats by what was measured (see 'calendar.formats.learned'). */
  'calendar.formats.learn': { kind: 'write', input: z.object({ formatIds: z.array(id).min(1).max(200) }).strict(), output: z.object({ changed: z.number().int() }) },
  /** What the Today screen shows: the next batch session and this month's fill. */
  'calendar.summary': { kind: 'read', input: z.object({ weekStartsOn: weekStart.optional() }).strict().optional(), output: calendarSummarySchema },
} as const satisfies FeatureChannels<'calendar'>;
