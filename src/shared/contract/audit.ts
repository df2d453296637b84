import { z } from 'zod';
import { CSV_VALUES } from '../csv/formulaGuard';
import type { FeatureChannels } from './common';
import { color, entrySource, epochMs, ianaZone, id, interruptionChannel, longText, mode, none, okValue, shortText, visibility } from './common';
import type { AuditMetrics } from '../audit/metrics';
import type { BatchRhythm } from '../audit/batchRhythm';
import { TIME_COLUMN_ROLES } from '../import/timeColumns';

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

/** What the user chose in the import preview; the preview re-runs with it on the held file. */
export const importOptions = z
  .object({
    dateOrder: z.enum(['dmy', 'mdy']).optional(),
    /** an encoding name among the preview's candidates (iconv-lite names) */
    encoding: z.string().max(40).regex(/^[A-Za-z0-9_.:-]+$/).optional(),
    /** role → column index; roles of src/shared/import/timeColumns.ts */
    columns: z.partialRecord(z.enum(TIME_COLUMN_ROLES), z.number().int().min(0).max(999)).optional(),
    overlap: z.enum(['skip', 'replace']).optional(),
    /** calendar files: the period to import, epoch ms */
    period: z.object({ from: epochMs, to: epochMs }).strict().refine((p) => p.to > p.from && p.to - p.from <= 3 * 366 * 86_400_000, { message: 'period must run forwards, at most 3 years' }).optional(),
  })
  .strict();
export type ImportOptionsInput = z.infer<typeof importOptions>;

const importFile = z.object({
  /** file content, base64 */
  base64: z.string().max(70_000_000).regex(/^[A-Za-z0-9+/=\s]*$/, 'not base64'),
  fileName: z.string().max(260),
  tz: ianaZone.optional(),
  options: importOptions.optional(),
});

const importRerun = z.object({ importId: z.string().uuid(), options: importOptions }).strict();

const sourceList = z.array(z.object({ value: z.string(), rows: z.number().int(), minutes: z.number() }));
const lineParams = z.record(z.string(), z.union([z.string(), z.number()])).optional();

export const importPreview = z.object({
  /** Names the parsed file held for the commit (for a short time): the file crosses IPC once. */
  importId: z.string(),
  kind: z.enum(['csv', 'ics']),
  format: z.string(),
  rowCount: z.number().int(),
  /** rows the commit writes (new, or calendar events changed since the last import) */
  newCount: z.number().int(),
  updateCount: z.number().int(),
  alreadyImported: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), code: z.string(), params: lineParams })),
  /** ignored or left out, never blocking */
  notices: z.array(z.object({ line: z.number().int(), code: z.string(), params: lineParams })),
  /** rows over 24 hours, left out */
  longRows: z.array(z.object({ line: z.number().int(), start: epochMs, end: epochMs })),
  /** rows left out because an earlier row of the file overlaps them */
  inFileOverlaps: z.array(z.object({ line: z.number().int(), otherLine: z.number().int() })),
  /** rows overlapping existing entries, with them */
  overlaps: z.array(z.object({ line: z.number().int(), start: epochMs, end: epochMs, existing: z.array(z.object({ id, start: epochMs, end: epochMs.nullable() })) })),
  overlapPolicy: z.enum(['skip', 'replace']),
  /** existing entries the commit deletes (policy 'replace') */
  replaced: z.array(z.object({ id, start: epochMs, end: epochMs })),
  replacedCount: z.number().int(),
  sources: z.object({ project: sourceList, tag: sourceList, description: sourceList }),
  /** categories offered per source value: remembered, or of the same name */
  suggested: z.object({ project: z.record(z.string(), id), tag: z.record(z.string(), id), description: z.record(z.string(), id) }),
  suggestedFallback: id.nullable(),
  first: epochMs.nullable(),
  last: epochMs.nullable(),
  encoding: z.string().nullable(),
  /** set when the detector was unsure */
  encodingCandidates: z.array(z.object({ encoding: z.string(), sample: z.string() })),
  dateOrder: z.enum(['dmy', 'mdy']).nullable(),
  /** set when the file does not tell the order of day and month */
  dateQuestion: z.object({ hint: z.string(), samples: z.array(z.object({ cell: z.string(), dmy: z.string().nullable(), mdy: z.string().nullable() })) }).nullable(),
  header: z.object({ names: z.array(z.string()), signature: z.string(), delimiter: z.string(), samples: z.array(z.array(z.string())) }).nullable(),
  /** set when the header is no known export: the columns must be chosen */
  needsColumns: z.object({ suggested: z.record(z.string(), z.number().int()) }).nullable(),
  columns: z.record(z.string(), z.number().int()).nullable(),
  savedColumns: z.boolean(),
  period: z.object({ from: epochMs, to: epochMs }).nullable(),
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

/** One preset the user has not edited and its name in another language. */
export const presetRename = z.object({ kind: z.enum(['category', 'jobLine']), id, from: z.string(), to: z.string() });

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
  /** Deletes an interruption and answers it as it was, with the reply-protocol cases that counted it, for Undo. */
  'audit.interruptions.delete': { kind: 'write', input: z.object({ id }).strict(), output: z.object({ done: z.literal(true), interruption: interruptionSchema, caseIds: z.array(id) }) },
  /** Undo of a delete: puts the interruption back as it was (its id when still free) and counts it again for its cases. */
  'audit.interruptions.restore': { kind: 'write', input: z.object({ interruption: restoredInterruption, caseIds: z.array(id).max(1000).default([]) }).strict(), output: interruptionSchema },

  'audit.entries.list': { kind: 'read', input: periodInput, output: z.object({ entries: z.array(timeEntrySchema), interruptions: z.array(interruptionSchema) }) },
  'audit.entries.create': { kind: 'write', input: entryInput, output: timeEntrySchema },
  'audit.entries.update': { kind: 'write', input: entryUpdateInput, output: timeEntrySchema },
  'audit.entries.split': { kind: 'write', input: z.object({ id, at: epochMs }).strict(), output: z.tuple([timeEntrySchema, timeEntrySchema]) },
  /** Deletes a closed entry and answers it as it was, with the reply-protocol cases it was handling time of, for Undo. */
  'audit.entries.delete': { kind: 'write', input: z.object({ id }).strict(), output: z.object({ done: z.literal(true), entry: timeEntrySchema, caseIds: z.array(id) }) },
  /** Undo of a delete: writes the entry back as it was (source, scope, its id when still free), through the same checks as any entry (no overlap), as handling time of its cases again. */
  'audit.entries.restore': { kind: 'write', input: z.object({ entry: restoredEntry, caseIds: z.array(id).max(1000).default([]) }).strict(), output: timeEntrySchema },

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

  // values: 'safe' (default) neutralises cells a spreadsheet would run as formulas; 'raw' keeps them exactly.
  'audit.export.csv': { kind: 'read', input: z.object({ from: epochMs, to: epochMs, tz: ianaZone.optional(), language: csvLanguage, values: z.enum(CSV_VALUES).default('safe') }).strict(), output: z.object({ fileName: z.string(), content: z.string() }) },
  // Actions: both run as jobs (in the worker thread in the app), the commit in its own transaction.
  // The preview takes a file, or the import id of a held file and new options (the file is not sent again).
  'audit.import.preview': { kind: 'action', input: z.union([importFile.strict(), importRerun]), output: importPreview },
  'audit.import.commit': {
    kind: 'action',
    input: z.object({ importId: z.string().uuid(), mapping: importMapping }).strict(),
    output: z.object({ added: z.number().int(), updated: z.number().int(), replaced: z.number().int(), skipped: z.number().int() }),
  },
  // Issue 14: the presets (seeded categories, example job lines) the user has not edited, renamed into a language.
  'audit.presets.pending': { kind: 'read', input: z.object({ language: csvLanguage }).strict(), output: z.array(presetRename) },
  'audit.presets.localize': { kind: 'write', input: z.object({ language: csvLanguage }).strict(), output: z.array(presetRename) },
} as const satisfies FeatureChannels<'audit'>;
