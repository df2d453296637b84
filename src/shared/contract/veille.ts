import { z } from 'zod';
import { epochMs, id, longText, minuteOfDay, none, okValue, type FeatureChannels } from './common';
import {
  ENTRY_KINDS,
  FETCH_OUTCOMES,
  FETCH_TRIGGERS,
  RECOMMENDATION_STATUSES,
  RELIABILITIES,
  REPORT_STATUSES,
  SCHEDULE_HOURS,
  SCHEDULE_MODES,
  SIGNAL_KINDS,
  SOURCE_KINDS,
  TRIAGE_STATES,
} from '../veille/constants';

// ---- pieces -------------------------------------------------------------------------------

/** An absolute http(s) address, as typed or pasted (checked again, and canonicalised, in main). */
const webUrl = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    } catch {
      return false;
    }
  }, 'not an http(s) address');
const label = z.string().trim().max(300);
const theme = z.string().trim().max(80);
/** An ISO 8601 week, 'YYYY-Www'. */
const isoWeek = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);
const language = z.enum(['en', 'fr']);
const signal = z.enum(SIGNAL_KINDS);
const triage = z.enum(TRIAGE_STATES);
const reliability = z.enum(RELIABILITIES);
const entryKind = z.enum(ENTRY_KINDS);
const recStatus = z.enum(RECOMMENDATION_STATUSES);

export const veilleSource = z.object({
  id,
  kind: z.enum(SOURCE_KINDS),
  title: z.string(),
  /** Feed address (kind feed); null for a manual source. */
  url: z.string().nullable(),
  /** Host requests go to ('example.com', 'host:port'); null when there is no address. */
  host: z.string().nullable(),
  theme: z.string(),
  reliability,
  /** Fetching turned on by the user for this source (off by default). */
  fetchEnabled: z.boolean(),
  lastFetchedAt: epochMs.nullable(),
  lastOutcome: z.enum(FETCH_OUTCOMES).nullable(),
  items: z.number().int(),
  newItems: z.number().int(),
  kept: z.number().int(),
});

export const veilleAnnotation = z.object({
  signal: signal.nullable(),
  theme: z.string(),
  /** The monitoring question the item answers. */
  question: z.string(),
  /** What it means for the brand. */
  implication: z.string(),
  /** The earlier weak signal this item shows again (an item id), or null. */
  echoOf: id.nullable(),
  /** When a weak signal was promoted to a trend (epoch ms), or null. */
  promotedAt: epochMs.nullable(),
});

export const veilleItemRow = z.object({
  id,
  sourceId: id.nullable(),
  sourceTitle: z.string().nullable(),
  reliability: reliability.nullable(),
  url: z.string(),
  title: z.string(),
  /** Publication instant given by the feed (epoch ms), null when it gave none. */
  publishedAt: epochMs.nullable(),
  /** When the item entered the inbox (epoch ms). */
  addedAt: epochMs,
  origin: z.enum(SOURCE_KINDS),
  triage,
  starred: z.boolean(),
  read: z.boolean(),
  /** The first words of the cached text. */
  excerpt: z.string(),
  annotation: veilleAnnotation.nullable(),
  /** In how many report entries it is cited. */
  cited: z.number().int(),
});

export const veilleItem = veilleItemRow.extend({
  /** The cached text (the full article once fetched, else what the feed carried). */
  text: z.string(),
  note: z.string(),
  fullText: z.boolean(),
  /** "Fetch the full text" can run: fetching is on for a source on the item's host. */
  canFetchText: z.boolean(),
  citedIn: z.array(z.object({ reportId: id, week: z.string() })),
  /** Later items annotated as showing this weak signal again. */
  echoes: z.array(z.object({ id, title: z.string(), addedAt: epochMs })),
});

const annotationInput = z
  .object({
    signal: signal.nullable(),
    theme,
    question: z.string().trim().max(300),
    implication: z.string().trim().max(4000),
    echoOf: id.nullable(),
  })
  .strict();

export const fetchLogRow = z.object({
  id,
  at: epochMs,
  sourceId: id.nullable(),
  sourceTitle: z.string().nullable(),
  url: z.string(),
  trigger: z.enum(FETCH_TRIGGERS),
  outcome: z.enum(FETCH_OUTCOMES),
  httpStatus: z.number().int().nullable(),
  bytes: z.number().int(),
  newItems: z.number().int(),
  durationMs: z.number().int(),
  /** Machine words for the log line: the refused host, the reason, the cap. */
  detail: z.string(),
});

export const veilleSchedule = z
  .object({
    mode: z.enum(SCHEDULE_MODES),
    everyHours: z.number().int().refine((h) => (SCHEDULE_HOURS as readonly number[]).includes(h), 'not an offered interval'),
    atMinute: minuteOfDay.max(1439),
  })
  .strict();

export const veilleSettings = z.object({
  schedule: veilleSchedule,
  /** The last scheduled run and the next one (epoch ms; null when the schedule is off). */
  lastRunAt: epochMs.nullable(),
  nextRunAt: epochMs.nullable(),
  /** Audit categories counted as monitoring time; empty: those whose name says monitoring/veille. */
  monitoringCategoryIds: z.array(id),
});

export const fetchSummary = z.object({
  /** Requests made (0 when every source is off). */
  requests: z.number().int(),
  sources: z.number().int(),
  newItems: z.number().int(),
  failures: z.number().int(),
  /** Another fetch was already running: nothing was started. */
  alreadyRunning: z.boolean(),
});

const citedItem = z.object({ id, title: z.string(), url: z.string(), sourceTitle: z.string().nullable() });

export const reportEntry = z.object({
  id,
  kind: entryKind,
  text: z.string(),
  items: z.array(citedItem),
  /** Recommendations of a delivered report: management's answer; null otherwise. */
  status: recStatus.nullable(),
  statusAt: epochMs.nullable(),
  statusNote: z.string(),
});

export const veilleReport = z.object({
  id,
  week: z.string(),
  /** Monday and Sunday of the ISO week ('YYYY-MM-DD'), in the user's zone. */
  firstDay: z.string(),
  lastDay: z.string(),
  tz: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.enum(REPORT_STATUSES),
  deliveredAt: epochMs.nullable(),
  entries: z.array(reportEntry),
});

export const reportListRow = z.object({
  id,
  week: z.string(),
  firstDay: z.string(),
  title: z.string(),
  status: z.enum(REPORT_STATUSES),
  deliveredAt: epochMs.nullable(),
  insights: z.number().int(),
  weakSignals: z.number().int(),
  recommendations: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  pending: z.number().int(),
});

export const recommendationRow = z.object({
  id,
  reportId: id,
  week: z.string(),
  text: z.string(),
  status: recStatus,
  statusAt: epochMs.nullable(),
  statusNote: z.string(),
  items: z.number().int(),
});

export const opmlRow = z.object({
  /** Line of the <outline> in the file, from 1. */
  line: z.number().int(),
  title: z.string(),
  url: z.string(),
  theme: z.string(),
  /** Why this row will not be imported; null when it will. */
  problem: z.enum(['bad_url', 'duplicate_in_file', 'already_a_source']).nullable(),
});

export const veilleMeasures = z.object({
  from: z.string(),
  to: z.string(),
  weeks: z.array(
    z.object({
      week: z.string(),
      firstDay: z.string(),
      monitoringMinutes: z.number(),
      trackedMinutes: z.number(),
      share: z.number().nullable(),
      read: z.number().int(),
      kept: z.number().int(),
      cited: z.number().int(),
    }),
  ),
  monitoring: z.object({ minutes: z.number(), tracked: z.number(), share: z.number().nullable(), reference: z.number(), categories: z.array(z.object({ id, name: z.string() })) }),
  funnel: z.object({ added: z.number().int(), read: z.number().int(), kept: z.number().int(), cited: z.number().int() }),
  sources: z.array(z.object({ sourceId: id.nullable(), title: z.string().nullable(), kept: z.number().int(), cited: z.number().int(), reports: z.number().int() })),
  weakSignals: z.object({
    noted: z.number().int(),
    seenAgain: z.number().int(),
    promoted: z.number().int(),
    list: z.array(z.object({ id, title: z.string(), addedAt: epochMs, echoes: z.number().int(), promotedAt: epochMs.nullable() })),
  }),
  adoption: z.object({ delivered: z.number().int(), accepted: z.number().int(), declined: z.number().int(), pending: z.number().int() }),
});

const itemFilter = z
  .object({
    view: z.enum(['inbox', 'kept', 'starred', 'skipped', 'all']).default('inbox'),
    sourceId: id.optional(),
    query: z.string().trim().max(200).optional(),
    /** Only items added in this ISO week (the report's candidates). */
    week: isoWeek.optional(),
    limit: z.number().int().min(1).max(1000).default(300),
  })
  .strict();

// ---- channels -----------------------------------------------------------------------------

export const veilleChannels = {
  // sources
  'veille.sources.list': { kind: 'read', input: none, output: z.array(veilleSource) },
  'veille.source.create': {
    kind: 'write',
    input: z.object({ url: webUrl, title: label.optional(), theme: theme.default(''), reliability: reliability.default('medium'), fetchEnabled: z.boolean().default(false) }).strict(),
    output: veilleSource,
  },
  'veille.source.update': {
    kind: 'write',
    input: z.object({ id, url: webUrl.optional(), title: label.min(1).optional(), theme: theme.optional(), reliability: reliability.optional(), fetchEnabled: z.boolean().optional() }).strict(),
    output: veilleSource,
  },
  'veille.source.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'veille.opml.preview': { kind: 'read', input: z.object({ text: z.string().max(2_000_000) }).strict(), output: z.object({ rows: z.array(opmlRow), importable: z.number().int() }) },
  'veille.opml.import': {
    kind: 'write',
    input: z.object({ text: z.string().max(2_000_000), fetchEnabled: z.boolean().default(false) }).strict(),
    output: z.object({ created: z.number().int(), skipped: z.number().int() }),
  },

  // fetching (the only network feature)
  'veille.fetch.run': { kind: 'action', input: z.object({ sourceIds: z.array(id).max(500).optional() }).strict().optional(), output: fetchSummary },
  'veille.fetch.log': { kind: 'read', input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict().optional(), output: z.array(fetchLogRow) },
  'veille.item.fetchText': { kind: 'action', input: z.object({ id }).strict(), output: z.object({ outcome: z.enum(FETCH_OUTCOMES), detail: z.string() }) },
  'veille.settings.get': { kind: 'read', input: none, output: veilleSettings },
  'veille.settings.update': {
    kind: 'write',
    input: z.object({ schedule: veilleSchedule.optional(), monitoringCategoryIds: z.array(id).max(50).optional() }).strict(),
    output: veilleSettings,
  },

  // items and triage
  'veille.items.list': { kind: 'read', input: itemFilter.optional(), output: z.object({ items: z.array(veilleItemRow), counts: z.object({ inbox: z.number().int(), kept: z.number().int(), starred: z.number().int(), skipped: z.number().int(), all: z.number().int() }) }) },
  'veille.item.get': { kind: 'read', input: z.object({ id }).strict(), output: veilleItem },
  'veille.item.add': {
    kind: 'write',
    input: z.object({ url: webUrl, title: label.optional(), note: longText.default(''), sourceId: id.nullable().default(null) }).strict(),
    output: veilleItem,
  },
  'veille.item.triage': { kind: 'write', input: z.object({ id, triage: triage.optional(), starred: z.boolean().optional() }).strict(), output: veilleItemRow },
  'veille.item.markRead': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'veille.item.annotate': { kind: 'write', input: annotationInput.extend({ id }).strict(), output: veilleItem },
  'veille.item.promote': { kind: 'write', input: z.object({ id }).strict(), output: veilleItem },
  'veille.item.note': { kind: 'write', input: z.object({ id, note: longText }).strict(), output: veilleItem },
  'veille.item.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'veille.vocabulary': {
    kind: 'read',
    input: none,
    output: z.object({ themes: z.array(z.string()), questions: z.array(z.string()), weakSignals: z.array(z.object({ id, title: z.string(), addedAt: epochMs })) }),
  },

  // weekly reports
  'veille.reports.list': { kind: 'read', input: none, output: z.array(reportListRow) },
  'veille.report.get': { kind: 'read', input: z.object({ id }).strict(), output: veilleReport },
  'veille.report.open': { kind: 'write', input: z.object({ week: isoWeek }).strict(), output: veilleReport },
  'veille.report.update': { kind: 'write', input: z.object({ id, title: label.optional(), summary: longText.optional() }).strict(), output: veilleReport },
  'veille.report.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'veille.report.saveEntry': {
    kind: 'write',
    input: z
      .object({ reportId: id, id: id.optional(), kind: entryKind, text: z.string().trim().min(1).max(4000), itemIds: z.array(id).max(50) })
      .strict(),
    output: veilleReport,
  },
  'veille.report.deleteEntry': { kind: 'write', input: z.object({ id }).strict(), output: veilleReport },
  'veille.report.moveEntry': { kind: 'write', input: z.object({ id, direction: z.enum(['up', 'down']) }).strict(), output: veilleReport },
  'veille.report.deliver': { kind: 'write', input: z.object({ id }).strict(), output: veilleReport },
  'veille.report.reopen': { kind: 'write', input: z.object({ id }).strict(), output: veilleReport },
  'veille.report.markdown': {
    kind: 'read',
    input: z.object({ id, language, locale: z.string().max(20).optional() }).strict(),
    output: z.object({ markdown: z.string(), fileName: z.string() }),
  },
  'veille.recommendations.list': { kind: 'read', input: none, output: z.array(recommendationRow) },
  'veille.recommendation.decide': {
    kind: 'write',
    input: z.object({ id, status: recStatus, note: z.string().trim().max(1000).optional() }).strict(),
    output: recommendationRow,
  },

  // measures
  'veille.measures': { kind: 'read', input: z.object({ weeks: z.number().int().min(1).max(52).default(8) }).strict().optional(), output: veilleMeasures },
} as const satisfies FeatureChannels<'veille'>;

export type VeilleChannels = typeof veilleChannels;
