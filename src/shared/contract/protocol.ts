import { z } from 'zod';
import type { FeatureChannels } from './common';
import { epochMs, ianaZone, id, isoDate, none, okValue } from './common';
import { periodInput } from './audit';
import { CASE_COLUMN_ROLES, type CaseColumnRole } from '../protocol/caseColumns';
import {
  ACTORS,
  ANSWERERS,
  CASE_ACTIONS,
  CASE_STATES,
  CASE_VISIBILITIES,
  MAX_SLA_MINUTES,
  MODERATION_ACTIONS,
  OWNER_ROLES,
  REPLY_LANGUAGES,
  RULE_ACTIONS,
  SANDWICH_STEPS,
  SLA_CLOCKS,
} from '../protocol/constants';

// ---------------------------------------------------------------------------------------------
// Request types and the moderation charter

const level = z.number().int().min(1).max(4);
const slaMinutes = z.number().int().min(1).max(MAX_SLA_MINUTES);
const bridgeText = z.string().trim().max(1000);
const bridge = z.object({ en: bridgeText, fr: bridgeText }).strict();

/** A request type: its escalation level, who answers and who owns it, its SLAs, its bridge reply per language. */
export const requestTypeSchema = z.object({
  id,
  /** as typed; seeded names are catalogue keys (protocol.preset.type.*), shown translated */
  name: z.string(),
  level,
  answeredBy: z.enum(ANSWERERS),
  ownerRole: z.enum(OWNER_ROLES),
  ownerName: z.string(),
  /** SLA for the first reply, in minutes of its clock */
  firstReplyMinutes: z.number().int(),
  /** SLA for the resolution, in minutes of its clock, from the opening */
  resolutionMinutes: z.number().int(),
  clock: z.enum(SLA_CLOCKS),
  goesPrivate: z.boolean(),
  bridge: z.object({ en: z.string(), fr: z.string() }),
  archived: z.boolean(),
  sortOrder: z.number().int(),
});

const typeFields = {
  name: z.string().trim().min(1).max(200),
  level,
  answeredBy: z.enum(ANSWERERS),
  ownerRole: z.enum(OWNER_ROLES),
  ownerName: z.string().trim().max(200),
  firstReplyMinutes: slaMinutes,
  resolutionMinutes: slaMinutes,
  clock: z.enum(SLA_CLOCKS),
  goesPrivate: z.boolean(),
  bridge,
};

export const typeCreateInput = z
  .object({
    ...typeFields,
    answeredBy: typeFields.answeredBy.default('social'),
    ownerRole: typeFields.ownerRole.default('social'),
    ownerName: typeFields.ownerName.default(''),
    firstReplyMinutes: slaMinutes.default(60),
    resolutionMinutes: slaMinutes.default(480),
    clock: typeFields.clock.default('business'),
    goesPrivate: z.boolean().default(false),
    bridge: bridge.default({ en: '', fr: '' }),
  })
  .strict()
  .refine((t) => t.resolutionMinutes >= t.firstReplyMinutes, { message: 'the resolution SLA cannot be shorter than the first reply SLA', path: ['resolutionMinutes'] });

export const typeUpdateInput = z
  .object({
    id,
    name: typeFields.name.optional(),
    level: level.optional(),
    answeredBy: typeFields.answeredBy.optional(),
    ownerRole: typeFields.ownerRole.optional(),
    ownerName: typeFields.ownerName.optional(),
    firstReplyMinutes: slaMinutes.optional(),
    resolutionMinutes: slaMinutes.optional(),
    clock: typeFields.clock.optional(),
    goesPrivate: z.boolean().optional(),
    bridge: bridge.optional(),
    archived: z.boolean().optional(),
  })
  .strict();

/** One article of the moderation charter: what it covers, what is done, and who does it. */
export const moderationRuleSchema = z.object({
  id,
  article: z.string(),
  /** as typed; seeded categories are catalogue keys (protocol.preset.rule.*) */
  category: z.string(),
  action: z.enum(RULE_ACTIONS),
  actor: z.enum(ACTORS),
  note: z.string(),
  sortOrder: z.number().int(),
});

const ruleFields = {
  article: z.string().trim().min(1).max(20),
  category: z.string().trim().min(1).max(200),
  action: z.enum(RULE_ACTIONS),
  actor: z.enum(ACTORS),
  note: z.string().trim().max(500),
};
export const ruleCreateInput = z.object({ ...ruleFields, actor: ruleFields.actor.default('inHouse'), note: ruleFields.note.default('') }).strict();
export const ruleUpdateInput = z
  .object({ id, article: ruleFields.article.optional(), category: ruleFields.category.optional(), action: ruleFields.action.optional(), actor: ruleFields.actor.optional(), note: ruleFields.note.optional() })
  .strict();

/** The protocol's settings: the printed version, the personal-data pattern, days off, the audit category, the suggestion threshold. */
export const protocolConfigSchema = z.object({
  /** the printed protocol's version ('1.0') and date */
  version: z.string(),
  versionDate: z.string(),
  /** the brand the protocol is for (printed, and offered as {brand} in replies) */
  brand: z.string(),
  /** order numbers to remove from stored texts: a regular expression (flags giu), '' for none */
  orderPattern: z.string(),
  /** local days on which the business SLA clocks do not run */
  daysOff: z.array(z.string()),
  /** the audit category a case's handling time goes to (a reactive one); null: none chosen */
  reactiveCategoryId: id.nullable(),
  /** cases of one type sharing a tag within 7 days that suggest raising its level */
  raiseThreshold: z.number().int(),
});

export const configUpdateInput = z
  .object({
    version: z.string().trim().min(1).max(20).optional(),
    versionDate: isoDate.optional(),
    brand: z.string().trim().max(100).optional(),
    orderPattern: z.string().max(200).optional(),
    daysOff: z
      .array(isoDate)
      .max(400)
      .refine((d) => new Set(d).size === d.length, 'a day off is listed twice')
      .optional(),
    reactiveCategoryId: id.nullable().optional(),
    raiseThreshold: z.number().int().min(2).max(20).optional(),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Cases

const tagText = z.string().trim().min(1).max(50);
const channelText = z.string().trim().min(1).max(100);
const caseText = z.string().trim().min(1).max(500);
const link = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), 'a link starts with http:// or https://');
const reach = z.number().int().min(0).max(10_000_000_000).nullable();
const author = z.string().trim().max(100);

export const slaStatusSchema = z.object({
  state: z.enum(['met', 'missed', 'running', 'overdue', 'paused']),
  due: epochMs.nullable(),
  remainingMinutes: z.number().nullable(),
  elapsedMinutes: z.number(),
});

export const pauseSchema = z.object({ from: epochMs, to: epochMs.nullable() });

/** A case as the board shows it: its fields, instants (epoch ms), state, allowed actions and live SLA clocks. */
export const caseSchema = z.object({
  id,
  typeId: id,
  channel: z.string(),
  /** the short text, personal data removed */
  text: z.string(),
  link: z.string(),
  visibility: z.enum(CASE_VISIBILITIES),
  /** followers or traction, when known */
  reach: z.number().int().nullable(),
  /** the person's handle or name, to count public exchanges with them */
  author: z.string(),
  openedAt: epochMs,
  tz: z.string(),
  firstReplyAt: epochMs.nullable(),
  privateAt: epochMs.nullable(),
  handedAt: epochMs.nullable(),
  resolvedAt: epochMs.nullable(),
  pauses: z.array(pauseSchema),
  tags: z.array(z.string()),
  interruptionId: id.nullable(),
  source: z.enum(['manual', 'import']),
  state: z.enum(CASE_STATES),
  actions: z.array(z.enum(CASE_ACTIONS)),
  /** public replies sent on this case */
  publicReplies: z.number().int(),
  /** public replies sent to the same author in the last 30 days, all cases */
  authorExchanges: z.number().int(),
  moderation: z.array(z.object({ id, at: epochMs, action: z.enum(MODERATION_ACTIONS), ruleId: id.nullable(), article: z.string() })),
  firstReply: slaStatusSchema,
  resolution: slaStatusSchema,
  /** opened outside the charter's business hours (or on a day off) */
  afterHours: z.boolean(),
});

const caseFields = {
  typeId: id,
  channel: channelText,
  text: caseText,
  link,
  visibility: z.enum(CASE_VISIBILITIES),
  reach,
  author,
  tags: z.array(tagText).max(20),
};

export const caseLogInput = z
  .object({
    ...caseFields,
    link: link.default(''),
    visibility: caseFields.visibility.default('public'),
    reach: reach.default(null),
    author: author.default(''),
    tags: caseFields.tags.default([]),
    /** when it came in (default now) */
    at: epochMs.optional(),
    tz: ianaZone.optional(),
  })
  .strict();

export const caseUpdateInput = z
  .object({
    id,
    typeId: id.optional(),
    channel: channelText.optional(),
    text: caseText.optional(),
    link: link.optional(),
    visibility: caseFields.visibility.optional(),
    reach: reach.optional(),
    author: author.optional(),
    tags: caseFields.tags.optional(),
  })
  .strict();

export const boardOutput = z.object({
  now: epochMs,
  /** unresolved cases, the most urgent first */
  cases: z.array(caseSchema),
  /** cases resolved in the last 7 days, the latest first */
  resolved: z.array(caseSchema),
  /** channels and tags already used, for suggestions */
  channels: z.array(z.string()),
  tags: z.array(z.string()),
});

// ---------------------------------------------------------------------------------------------
// Replies and the learning loop

export const replyBlockSchema = z.object({ id, step: z.enum(SANDWICH_STEPS), language: z.enum(REPLY_LANGUAGES), title: z.string(), text: z.string(), sortOrder: z.number().int() });
const blockFields = { step: z.enum(SANDWICH_STEPS), language: z.enum(REPLY_LANGUAGES), title: z.string().trim().min(1).max(100), text: z.string().trim().min(1).max(1000) };
export const blockCreateInput = z.object(blockFields).strict();
export const blockUpdateInput = z
  .object({ id, step: blockFields.step.optional(), language: blockFields.language.optional(), title: blockFields.title.optional(), text: blockFields.text.optional() })
  .strict();

export const verbatimSchema = z.object({ id, caseId: id.nullable(), text: z.string(), tag: z.string(), productArea: z.string(), createdAt: epochMs, tz: z.string() });
export const verbatimCreateInput = z
  .object({ caseId: id.nullable().default(null), text: z.string().trim().min(1).max(2000), tag: tagText, productArea: z.string().trim().max(100).default(''), tz: ianaZone.optional() })
  .strict();

export const suggestionSchema = z.object({ typeId: id, tag: z.string(), count: z.number().int(), firstAt: epochMs, lastAt: epochMs, fromLevel: z.number().int(), toLevel: z.number().int() });

export const digestSchema = z.object({
  from: epochMs,
  to: epochMs,
  tz: z.string(),
  /** ISO week of the period's first day */
  week: z.number().int(),
  year: z.number().int(),
  cases: z.number().int(),
  previousCases: z.number().int(),
  tags: z.array(z.object({ tag: z.string(), count: z.number().int(), previous: z.number().int(), verbatims: z.array(z.object({ text: z.string(), productArea: z.string() })) })),
});

const shareOf = z.object({ met: z.number().int(), missed: z.number().int(), pending: z.number().int(), share: z.number().nullable() });
export const measuresSchema = z.object({
  from: epochMs,
  to: epochMs,
  tz: z.string(),
  cases: z.number().int(),
  firstReply: shareOf,
  resolution: shareOf,
  /** median minutes to the first reply, on each type's SLA clock; null without a replied case */
  medianFirstReplyMinutes: z.number().nullable(),
  byType: z.array(z.object({ typeId: id, cases: z.number().int(), firstReply: shareOf, resolution: shareOf, medianFirstReplyMinutes: z.number().nullable() })),
  handed: z.number().int(),
  kept: z.number().int(),
  afterHours: z.number().int(),
  /** moderated by the vendor (its daily counts) versus handled in-house (cases) */
  vendor: z.number().int(),
  inHouse: z.number().int(),
});

export const summarySchema = z.object({
  now: epochMs,
  open: z.number().int(),
  overdue: z.number().int(),
  waiting: z.number().int(),
  /** unresolved cases whose next SLA falls due within the hour */
  dueSoon: z.number().int(),
  /** this week: cases and the share of settled first-reply SLAs that were met (null: none settled) */
  weekCases: z.number().int(),
  weekShare: z.number().nullable(),
});

// ---------------------------------------------------------------------------------------------
// Imports (a social inbox's cases, the vendor's daily counts): small CSV files, parsed at the
// preview and again at the commit, which writes all rows or none.

const csvFile = {
  /** file content, base64; at most about 2 MB */
  base64: z.string().max(2_800_000).regex(/^[A-Za-z0-9+/=\s]*$/, 'not base64'),
  fileName: z.string().max(260),
};
const column = z.number().int().min(0).max(999);

/**
 * Which column holds what (role → 0-based column index, a role left out: no column; the shared
 * column mapping of imports, src/shared/import/columnMapping.ts, with the roles of
 * src/shared/protocol/caseColumns.ts), and the values to use when a cell says nothing.
 */
export const caseMappingSchema = z
  .object({
    columns: z.object(Object.fromEntries(CASE_COLUMN_ROLES.map((r) => [r, column.optional()])) as Record<CaseColumnRole, z.ZodOptional<typeof column>>).strict(),
    defaultTypeId: id,
    defaultChannel: z.string().trim().max(100),
    /** a type column's value → a request type */
    typeMap: z.record(z.string().max(200), id),
  })
  .strict();

const importIssue = z.object({ line: z.number().int(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

export const caseImportPreview = z.object({
  columns: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  /** the mapping given, else the one saved for this header, else the one guessed from it; null when the file has no request type to import into */
  mapping: caseMappingSchema.nullable(),
  /** the header's signature (headerSignature), under which the commit saves the mapping */
  signature: z.string(),
  /** true when the mapping is the one saved for this header at an earlier import */
  savedMapping: z.boolean(),
  /** the distinct values of the type column, for the type map */
  typeValues: z.array(z.string()),
  rows: z.number().int(),
  newCount: z.number().int(),
  alreadyImported: z.number().int(),
  errors: z.array(importIssue),
});

export const vendorPreview = z.object({ days: z.array(z.object({ day: z.string(), count: z.number().int() })), replaced: z.number().int(), errors: z.array(importIssue) });

// ---------------------------------------------------------------------------------------------

/** IPC channels of the reply protocol. */
export const protocolChannels = {
  'protocol.types.list': { kind: 'read', input: none, output: z.array(requestTypeSchema) },
  'protocol.types.create': { kind: 'write', input: typeCreateInput, output: requestTypeSchema },
  'protocol.types.update': { kind: 'write', input: typeUpdateInput, output: requestTypeSchema },
  'protocol.types.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  'protocol.rules.list': { kind: 'read', input: none, output: z.array(moderationRuleSchema) },
  'protocol.rules.create': { kind: 'write', input: ruleCreateInput, output: moderationRuleSchema },
  'protocol.rules.update': { kind: 'write', input: ruleUpdateInput, output: moderationRuleSchema },
  'protocol.rules.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  'protocol.config.get': { kind: 'read', input: none, output: protocolConfigSchema },
  'protocol.config.update': { kind: 'write', input: configUpdateInput, output: protocolConfigSchema },

  'protocol.cases.board': { kind: 'read', input: z.object({ tz: ianaZone.optional() }).strict().optional(), output: boardOutput },
  'protocol.case.get': { kind: 'read', input: z.object({ id }).strict(), output: caseSchema },
  'protocol.case.log': { kind: 'write', input: caseLogInput, output: caseSchema },
  'protocol.case.update': { kind: 'write', input: caseUpdateInput, output: caseSchema },
  'protocol.case.act': {
    kind: 'write',
    input: z.object({ id, action: z.enum(CASE_ACTIONS), public: z.boolean().optional(), at: epochMs.optional() }).strict(),
    output: caseSchema,
  },
  'protocol.case.moderate': { kind: 'write', input: z.object({ id, action: z.enum(MODERATION_ACTIONS), ruleId: id.nullable().default(null) }).strict(), output: caseSchema },
  'protocol.case.handle': { kind: 'write', input: z.object({ id, tz: ianaZone.optional() }).strict(), output: z.object({ caseId: id, categoryId: id, entryId: id }) },
  'protocol.case.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  'protocol.blocks.list': { kind: 'read', input: none, output: z.array(replyBlockSchema) },
  'protocol.blocks.create': { kind: 'write', input: blockCreateInput, output: replyBlockSchema },
  'protocol.blocks.update': { kind: 'write', input: blockUpdateInput, output: replyBlockSchema },
  'protocol.blocks.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  'protocol.verbatims.list': { kind: 'read', input: none, output: z.array(verbatimSchema) },
  'protocol.verbatims.create': { kind: 'write', input: verbatimCreateInput, output: verbatimSchema },
  'protocol.verbatims.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'protocol.tags': { kind: 'read', input: none, output: z.array(z.object({ tag: z.string(), count: z.number().int(), lastAt: epochMs })) },
  'protocol.suggestions': { kind: 'read', input: none, output: z.array(suggestionSchema) },
  'protocol.suggestions.dismiss': { kind: 'write', input: z.object({ typeId: id, tag: tagText }).strict(), output: okValue },

  'protocol.digest': { kind: 'read', input: periodInput, output: digestSchema },
  'protocol.measures': { kind: 'read', input: periodInput, output: measuresSchema },
  'protocol.summary': { kind: 'read', input: z.object({ tz: ianaZone.optional(), weekStartsOn: z.union([z.literal(0), z.literal(1)]).optional() }).strict().optional(), output: summarySchema },

  'protocol.vendor.list': { kind: 'read', input: periodInput, output: z.object({ days: z.array(z.object({ day: z.string(), count: z.number().int() })), total: z.number().int() }) },
  // Previews parse a file and write nothing; actions, as the audit's import preview.
  'protocol.vendor.preview': { kind: 'action', input: z.object(csvFile).strict(), output: vendorPreview },
  'protocol.vendor.commit': { kind: 'write', input: z.object(csvFile).strict(), output: z.object({ days: z.number().int(), total: z.number().int() }) },
  'protocol.import.preview': { kind: 'action', input: z.object({ ...csvFile, mapping: caseMappingSchema.optional(), tz: ianaZone.optional() }).strict(), output: caseImportPreview },
  'protocol.import.commit': {
    kind: 'write',
    input: z.object({ ...csvFile, mapping: caseMappingSchema, tz: ianaZone.optional(), asInterruptions: z.boolean().default(true) }).strict(),
    output: z.object({ added: z.number().int(), skipped: z.number().int() }),
  },
} as const satisfies FeatureChannels<'protocol'>;
