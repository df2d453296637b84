import { z } from 'zod';
import type { FeatureChannels } from './common';
import { color, entrySource, epochMs, ianaZone, id, interruptionChannel, longText, mode, none, okValue, shortText, visibility } from './common';
import type { AuditMetrics } from '../audit/metrics';
import type { BatchRhythm } from '../audit/batchRhythm';

export const categorySchema = z.object({
  id,
  name: z.string(),
  color,
  mode,
  responsibilityId: id.nullable(),
  visibility,
  archived: z.boolean(),
  sortOrder: z.number().int(),
});

export const responsibilitySchema = z.object({ id, text: z.string(), sortOrder: z.number().int() });

export const timeEntrySchema = z.object({
  id,
  start: epochMs,
  end: epochMs.nullable(),
  tz: z.string(),
  categoryId: id,
  note: z.string(),
  platform: z.string().nullable(),
  responsibilityId: id.nullable(),
  visibility: visibility.nullable(),
  source: entrySource,
});

export const interruptionSchema = z.object({ id, at: epochMs, tz: z.string(), channel: interruptionChannel, who: z.string(), note: z.string(), refocusMinutes: z.number().int() });

export const savedAuditSchema = z.object({ id, name: z.string(), from: epochMs, to: epochMs, tz: z.string(), notes: z.string(), conclusions: z.string(), createdAt: epochMs });

const MAX_PERIOD_MS = 3 * 366 * 86_400_000 + 7 * 86_400_000;

/** A period [from, to) and the zone its days are counted in (the user's zone when left out). */
export const periodInput = z
  .object({ from: epochMs, to: epochMs, tz: ianaZone.optional() })
  .strict()
  .refine((p) => p.to > p.from, { message: 'to must be after from', path: ['to'] })
  .refine((p) => p.to - p.from <= MAX_PERIOD_MS, { message: 'period longer than three years', path: ['to'] });

const name = z.string().trim().min(1).max(200);
const note = z.string().trim().max(2000);
// An empty platform means none.
const platform = z.string().trim().max(100).nullable().transform((p) => p || null);
const who = z.string().trim().max(200);

const entryFields = z.object({
  start: epochMs,
  end: epochMs,
  tz: ianaZone.optional(),
  categoryId: id,
  note: note.default(''),
  platform: platform.default(null),
  responsibilityId: id.nullable().default(null),
  visibility: visibility.nullable().default(null),
});

const endAfterStart = (e: { start?: number; end?: number }) => e.start === undefined || e.end === undefined || e.end > e.start;
const notTooLong = (e: { start?: number; end?: number }) => e.start === undefined || e.end === undefined || e.end - e.start <= 24 * 3_600_000;

export const entryInput = entryFields
  .strict()
  .refine(endAfterStart, { message: 'end must be after start', path: ['end'] })
  .refine(notTooLong, { message: 'an entry lasts at most 24 hours', path: ['end'] });

/** A deleted closed entry as the delete answered it, for Undo: the same bounds as a new one. */
const restoredEntry = timeEntrySchema
  .extend({ end: epochMs, tz: ianaZone, note, platform: z.string().trim().max(100).nullable() })
  .strict()
  .refine(endAfterStart, { message: 'end must be after start', path: ['end'] })
  .refine(notTooLong, { message: 'an entry lasts at most 24 hours', path: ['end'] });

/** A deleted interruption as the delete answered it, for Undo. */
const restoredInterruption = interruptionSchema.extend({ tz: ianaZone, note, who, refocusMinutes: z.number().int().min(0).max(240) }).strict();

export const entryUpdateInput = z
  .object({
    id,
    start: epochMs,
    end: epochMs,
    tz: ianaZone.optional(),
    categoryId: id,
    note,
    platform,
    responsibilityId: id.nullable(),
    visibility: visibility.nullable(),
  })
  .strict()
  .refine(endAfterStart, { message: 'end must be after start', path: ['end'] })
  .refine(notTooLong, { message: 'an entry lasts at most 24 hours', path: ['end'] });

export const categoryInput = z.object({ name, color, mode, responsibilityId: id.nullable().default(null), visibility: visibility.default('visible') }).strict();
export const categoryUpdateInput = z
  .object({ id, name: name.optional(), color: color.optional(), mode: mode.optional(), responsibilityId: id.nullable().optional(), visibility: visibility.optional(), archived: z.boolean().optional() })
  .strict();

export const timerState = z.object({ running: timeEntrySchema.nullable(), now: epochMs });

export const todaySummary = z.object({
  day: z.string(),
  trackedMinutes: z.number(),
  deepMinutes: z.number(),
  reactiveMinutes: z.number(),
  minutesByMode: z.record(mode, z.number()),
  interruptions: z.number().int(),
  interruptionsByChannel: z.record(interruptionChannel, z.number().int()),
});
export type TodaySummary = z.infer<typeof todaySummary>;

export const trendWeek = z.object({
  weekStart: z.string(),
  from: epochMs,
  to: epochMs,
  trackedMinutes: z.number(),
  deepShare: z.number(),
  reactiveShare: z.number(),
  fragmentation: z.number().nullable(),
  lateEvenings: z.number().int(),
  interruptions: z.number().int(),
});
export type TrendWeek = z.infer<typeof trendWeek>;

export const importSourceKinds = ['project', 'tag', 'description'] as const;
export type ImportSourceKind = (typeof importSourceKinds)[number];

const importFile = z.object({
  /** file content, base64 */
  base64: z.string().max(70_000_000).regex(/^[A-Za-z0-9+/=\s]*$/, 'not base64'),
  fileName: z.string().max(260),
  tz: ianaZone.optional(),
});

export const importPreview = z.object({
  /** Names the parsed file held for the commit (for a short time): the file crosses IPC once. */
  importId: z.string(),
  format: z.string(),
  rowCount: z.number().int(),
  newCount: z.number().int(),
  alreadyImported: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  sources: z.object({
    project: z.array(z.object({ value: z.string(), rows: z.number().int(), minutes: z.number() })),
    tag: z.array(z.object({ value: z.string(), rows: z.number().int(), minutes: z.number() })),
    description: z.array(z.object({ value: z.string(), rows: z.number().int(), minutes: z.number() })),
  }),
  first: epochMs.nullable(),
  last: epochMs.nullable(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importMapping = z
  .object({
    by: z.enum(importSourceKinds),
    /** source value → category id */
    map: z.record(z.string().max(10_000), id),
    /** for rows whose value is not in `map` (or have no tag) */
    fallbackCategoryId: id.nullable(),
  })
  .strict();

export const auditReport = z.object({
  from: epochMs,
  to: epochMs,
  tz: z.string(),
  metrics: z.custom<AuditMetrics>((v) => typeof v === 'object' && v !== null && 'trackedMinutes' in v),
  categories: z.array(categorySchema),
  responsibilities: z.array(responsibilitySchema),
});
export type AuditReport = z.infer<typeof auditReport>;

export const rhythmOutput = z.object({
  rhythm: z.custom<BatchRhythm>((v) => typeof v === 'object' && v !== null && 'slots' in v),
  audited: z.object({ perDay: z.array(z.object({ day: z.string(), minutesByMode: z.record(mode, z.number()) })) }),
});

export const csvLanguage = z.enum(['en', 'fr']);

/** IPC channels of the audit feature. */
export const auditChannels = {
  'audit.timer.state': { kind: 'read', input: none, output: timerState },
  'audit.timer.start': { kind: 'write', input: z.object({ categoryId: id, tz: ianaZone.optional() }).strict(), output: timerState },
  'audit.timer.stop': { kind: 'write', input: none, output: timerState },

  'audit.interruptions.log': {
    kind: 'write',
    input: z.object({ channel: interruptionChannel, note: note.default(''), who: who.default(''), at: epochMs.optional(), tz: ianaZone.optional() }).strict(),
    output: interruptionSchema,
  },
  'audit.interruptions.update': {
    kind: 'write',
    input: z.object({ id, at: epochMs, channel: interruptionChannel, note, who, refocusMinutes: z.number().int().min(0).max(240) }).strict(),
    output: interruptionSchema,
  },
  /** Deletes an interruption and answers it as it was, for Undo. */
  'audit.interruptions.delete': { kind: 'write', input: z.object({ id }).strict(), output: z.object({ done: z.literal(true), interruption: interruptionSchema }) },
  /** Undo of a delete: puts the interruption back as it was (its id when still free). */
  'audit.interruptions.restore': { kind: 'write', input: z.object({ interruption: restoredInterruption }).strict(), output: interruptionSchema },

  'audit.entries.list': { kind: 'read', input: periodInput, output: z.object({ entries: z.array(timeEntrySchema), interruptions: z.array(interruptionSchema) }) },
  'audit.entries.create': { kind: 'write', input: entryInput, output: timeEntrySchema },
  'audit.entries.update': { kind: 'write', input: entryUpdateInput, output: timeEntrySchema },
  'audit.entries.split': { kind: 'write', input: z.object({ id, at: epochMs }).strict(), output: z.tuple([timeEntrySchema, timeEntrySchema]) },
  /** Deletes a closed entry and answers it as it was, for Undo. */
  'audit.entries.delete': { kind: 'write', input: z.object({ id }).strict(), output: z.object({ done: z.literal(true), entry: timeEntrySchema }) },
  /** Undo of a delete: writes the entry back as it was (source, scope, its id when still free), through the same checks as any entry (no overlap). */
  'audit.entries.restore': { kind: 'write', input: z.object({ entry: restoredEntry }).strict(), output: timeEntrySchema },

  'audit.categories.list': { kind: 'read', input: none, output: z.array(categorySchema) },
  'audit.categories.create': { kind: 'write', input: categoryInput, output: categorySchema },
  'audit.categories.update': { kind: 'write', input: categoryUpdateInput, output: categorySchema },
  'audit.categories.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  'audit.responsibilities.list': { kind: 'read', input: none, output: z.array(responsibilitySchema) },
  'audit.responsibilities.paste': { kind: 'write', input: z.object({ text: longText }).strict(), output: z.array(responsibilitySchema) },
  'audit.responsibilities.update': { kind: 'write', input: z.object({ id, text: z.string().trim().min(1).max(500) }).strict(), output: responsibilitySchema },
  'audit.responsibilities.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  'audit.report': { kind: 'read', input: periodInput, output: auditReport },
  'audit.rhythm': { kind: 'read', input: periodInput, output: rhythmOutput },
  'audit.rhythm.ics': {
    kind: 'read',
    input: z.object({ from: epochMs, to: epochMs, tz: ianaZone.optional(), labels: z.object({ reactive: shortText, deep: shortText, batch: shortText, calendar: shortText }).strict() }).strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  'audit.today': { kind: 'read', input: z.object({ tz: ianaZone.optional() }).strict().optional(), output: todaySummary },
  'audit.trend': { kind: 'read', input: periodInput, output: z.object({ weeks: z.array(trendWeek) }) },

  'audit.saved.list': { kind: 'read', input: none, output: z.array(savedAuditSchema) },
  'audit.saved.create': {
    kind: 'write',
    input: z.object({ name, from: epochMs, to: epochMs, tz: ianaZone.optional(), notes: longText.default(''), conclusions: longText.default('') }).strict().refine((a) => a.to > a.from, { message: 'to must be after from', path: ['to'] }),
    output: savedAuditSchema,
  },
  'audit.saved.update': { kind: 'write', input: z.object({ id, name: name.optional(), notes: longText.optional(), conclusions: longText.optional() }).strict(), output: savedAuditSchema },
  'audit.saved.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  'audit.export.csv': { kind: 'read', input: z.object({ from: epochMs, to: epochMs, tz: ianaZone.optional(), language: csvLanguage }).strict(), output: z.object({ fileName: z.string(), content: z.string() }) },
  // Actions: both run as jobs (in the worker thread in the app), the commit in its own transaction.
  'audit.import.preview': { kind: 'action', input: importFile.strict(), output: importPreview },
  'audit.import.commit': { kind: 'action', input: z.object({ importId: z.string().uuid(), mapping: importMapping }).strict(), output: z.object({ added: z.number().int(), skipped: z.number().int() }) },
} as const satisfies FeatureChannels<'audit'>;
