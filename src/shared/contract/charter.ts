import { z } from 'zod';
import { epochMs, id, ianaZone, isoDate, none, okValue, type FeatureChannels } from './common';
import { periodInput } from './audit';
import { charterSchema } from './system';
import { DOC_LANGUAGES, DOC_STATUSES, NOTICE_KEYS, SECTION_KEYS, SLOT_CHANNELS, isPresetOf } from '../charter/catalogue';

// The disconnection charter: its document in versions (draft → proposed → signed), the
// reachability slots, the exceptions (a crisis) and the compliance measured from the audit.

export const slotChannel = z.enum(SLOT_CHANNELS);
const language = z.enum(DOC_LANGUAGES);

// ---- document -----------------------------------------------------------------------------

/**
 * A clause: a preset of the section's catalogue (`preset`, text null = the catalogue's text in
 * the document's language, or its edited text) or one of the user's own (`preset` null, text).
 */
export const clause = z
  .object({ preset: z.string().regex(/^[a-zA-Z]{1,40}$/).nullable(), text: z.string().trim().max(2000).nullable() })
  .strict()
  .refine((c) => c.preset !== null || (c.text !== null && c.text.length > 0), { message: 'a clause of your own needs a text', path: ['text'] });
export const section = z.object({ key: z.enum(SECTION_KEYS), clauses: z.array(clause).max(20) }).strict();

/** The six sections, in catalogue order; a preset belongs to its section and appears once. */
export const sections = z
  .array(section)
  .length(SECTION_KEYS.length)
  .superRefine((list, ctx) => {
    list.forEach((s, i) => {
      if (s.key !== SECTION_KEYS[i]) ctx.addIssue({ code: 'custom', message: `section ${i} must be ${SECTION_KEYS[i]}`, path: [i, 'key'] });
      const seen = new Set<string>();
      s.clauses.forEach((c, j) => {
        if (c.preset === null) return;
        if (!isPresetOf(s.key, c.preset)) ctx.addIssue({ code: 'custom', message: `unknown clause ${c.preset}`, path: [i, 'clauses', j, 'preset'] });
        if (seen.has(c.preset)) ctx.addIssue({ code: 'custom', message: `clause ${c.preset} twice`, path: [i, 'clauses', j, 'preset'] });
        seen.add(c.preset);
      });
    });
  });
export type CharterSections = z.infer<typeof sections>;

/**
 * A reachability slot: on `weekday` (0 = Sunday) from `start` to `end`, minutes since local
 * midnight (wall clock). `end` ≤ `start` crosses midnight: the slot ends on the next day at
 * `end` (22:00 → 01:00). 0 → 1440 is the whole day.
 */
export const reachSlotInput = z
  .object({
    weekday: z.number().int().min(0).max(6),
    start: z.number().int().min(0).max(1439),
    end: z.number().int().min(1).max(1440),
    channels: z.array(slotChannel).min(1).max(SLOT_CHANNELS.length),
  })
  .strict()
  .refine((s) => s.start !== s.end, { message: 'a slot cannot start and end at the same time', path: ['end'] })
  .refine((s) => new Set(s.channels).size === s.channels.length, { message: 'a channel twice', path: ['channels'] });
export const reachSlot = z.object({ id, weekday: z.number().int(), start: z.number().int(), end: z.number().int(), channels: z.array(slotChannel) });
export type ReachSlot = z.infer<typeof reachSlot>;

/** Working hours and slots as they were when a version was proposed or signed (its text no longer moves). */
export const docSnapshot = z.object({ hours: charterSchema, slots: z.array(reachSlot) });

export const charterDoc = z.object({
  id,
  version: z.number().int().positive(),
  status: z.enum(DOC_STATUSES),
  language,
  organisation: z.string(),
  sections,
  /** local day it was proposed to management (null: never proposed) */
  proposedOn: isoDate.nullable(),
  /** local day it was signed (null until signed) */
  signedOn: isoDate.nullable(),
  /** who signed it (names and roles, free text) */
  signedBy: z.string(),
  snapshot: docSnapshot.nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type CharterDoc = z.infer<typeof charterDoc>;

export const docSummary = charterDoc.pick({ id: true, version: true, status: true, language: true, proposedOn: true, signedOn: true, signedBy: true, updatedAt: true });
export type DocSummary = z.infer<typeof docSummary>;

const textTable = z.object({ caption: z.string(), head: z.array(z.string()), rows: z.array(z.array(z.string())) });
/** The document with every text resolved in its own language, for the screen, the print layout and Markdown. */
export const renderedDoc = z.object({
  language,
  title: z.string(),
  /** organisation, version and status lines */
  meta: z.array(z.string()),
  context: z.object({ heading: z.string(), paragraphs: z.array(z.string()) }),
  sections: z.array(z.object({ key: z.enum(SECTION_KEYS), heading: z.string(), intro: z.string(), clauses: z.array(z.string()), tables: z.array(textTable), notes: z.array(z.string()) })),
  signature: z.object({ heading: z.string(), lines: z.array(z.string()) }),
  fileName: z.string(),
});
export type RenderedDoc = z.infer<typeof renderedDoc>;

export const catalogue = z.object({
  language,
  sections: z.array(z.object({ key: z.enum(SECTION_KEYS), heading: z.string(), intro: z.string(), presets: z.array(z.object({ key: z.string(), text: z.string() })) })),
});
export type Catalogue = z.infer<typeof catalogue>;

const organisation = z.string().trim().max(200);
const signer = z.string().trim().min(1).max(300);

// ---- exceptions and compliance ------------------------------------------------------------

/**
 * An exception: a day of justified work outside the charter (a crisis). Its breaches are excused;
 * `minutes` is the exceptional work (an estimate), `recoveryMinutes` the time off granted in return.
 */
export const charterException = z.object({ id, day: isoDate, reason: z.string(), minutes: z.number().int(), recoveryMinutes: z.number().int(), createdAt: epochMs });
export type CharterException = z.infer<typeof charterException>;
const reason = z.string().trim().min(1).max(500);
const minutesField = z.number().int().min(0).max(10_080);

export const complianceDay = z.object({
  day: isoDate,
  weekday: z.number().int(),
  /** a working day of the working hours */
  working: z.boolean(),
  /** after today: nothing to measure yet */
  future: z.boolean(),
  /** on or after the first tracked day (before it, a day is not counted: no data is not a day kept) */
  tracked: z.boolean(),
  workedMinutes: z.number(),
  interruptions: z.number().int(),
  /** the audit's late evening (any work after the disconnect time) */
  lateEvening: z.boolean(),
  /** the longest rest ending on this day before its work, in minutes; null: no work began this day, or more than 24 hours */
  restMinutes: z.number().nullable(),
  shortRest: z.boolean(),
  /** contacts outside the reachability slots */
  outside: z.number().int(),
  /** work on a day that is not a working day */
  dayOffWork: z.boolean(),
  exception: charterException.nullable(),
  /** the day counts: a tracked past or current working day, or any tracked day with a breach */
  counted: z.boolean(),
  /** counted and without a breach that no exception excuses */
  kept: z.boolean(),
});
export type ComplianceDay = z.infer<typeof complianceDay>;

const breachCount = z.object({ count: z.number().int(), excused: z.number().int() });
export const complianceSummary = z.object({
  from: epochMs,
  to: epochMs,
  firstDay: isoDate,
  lastDay: isoDate,
  counted: z.number().int(),
  kept: z.number().int(),
  /** the audit's late evenings over the same period: count, projection a year, threshold; `excused` of them on exception days */
  lateEvenings: z.object({ count: z.number().int(), excused: z.number().int(), daysInPeriod: z.number().int(), projectionPerYear: z.number(), threshold: z.number() }),
  shortRest: breachCount.extend({ shortestMinutes: z.number().nullable() }),
  outside: breachCount.extend({
    byChannel: z.record(slotChannel, z.number().int()),
    /** by requester (the interruption's "who", '' when not recorded), most first, at most 20 */
    byRequester: z.array(z.object({ who: z.string(), count: z.number().int() })),
    otherRequesters: z.number().int(),
    /** oral requests and "other": not remote channels, not measured against slots */
    notMeasured: z.number().int(),
  }),
  dayOff: breachCount.extend({ minutes: z.number() }),
  exceptions: z.object({ count: z.number().int(), minutes: z.number().int(), recoveryMinutes: z.number().int(), list: z.array(charterException) }),
});
export type ComplianceSummary = z.infer<typeof complianceSummary>;

export const compliance = z.object({
  tz: z.string(),
  now: epochMs,
  period: complianceSummary.extend({ days: z.array(complianceDay) }),
  /** 1 January of the current year, or the first tracked day when later, to the end of today (firstDay, lastDay) */
  yearToDate: complianceSummary,
  /** the latest signed version, if any */
  inForce: z.object({ version: z.number().int(), signedOn: isoDate, signedBy: z.string() }).nullable(),
  /** true when no slot is set for a channel, so its slots are the working hours */
  fallbackChannels: z.array(slotChannel),
  /** the first instant anything was tracked in the audit, epoch ms; null: nothing yet, so no day is counted */
  trackingSince: epochMs.nullable(),
});
export type Compliance = z.infer<typeof compliance>;

export const noticeTemplates = z.record(language, z.array(z.object({ key: z.enum(NOTICE_KEYS as [string, ...string[]]), title: z.string(), text: z.string() })));

export const charterChannels = {
  'charter.docs.list': { kind: 'read', input: none, output: z.array(docSummary) },
  /** A version with its text resolved; without an id the current one (the draft, else the latest); null when there is none. */
  'charter.doc.get': { kind: 'read', input: z.object({ id }).strict().optional(), output: z.object({ doc: charterDoc, rendered: renderedDoc }).nullable() },
  /** A new draft: from the catalogue (every preset clause) or copied from a version. One draft at a time. */
  'charter.doc.create': { kind: 'write', input: z.object({ language, fromId: id.optional() }).strict(), output: charterDoc },
  /** Edits a draft (proposed and signed versions no longer change). */
  'charter.doc.update': { kind: 'write', input: z.object({ id, language: language.optional(), organisation: organisation.optional(), sections: sections.optional() }).strict(), output: charterDoc },
  /** Draft → proposed on a day: the text and the hours are frozen into the version. */
  'charter.doc.propose': { kind: 'write', input: z.object({ id, on: isoDate }).strict(), output: charterDoc },
  /** Draft or proposed → signed on a day, by whom. */
  'charter.doc.sign': { kind: 'write', input: z.object({ id, on: isoDate, by: signer }).strict(), output: charterDoc },
  /** Deletes a draft. */
  'charter.doc.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'charter.catalogue': { kind: 'read', input: z.object({ language }).strict(), output: catalogue },

  'charter.slots.list': { kind: 'read', input: none, output: z.array(reachSlot) },
  /** Replaces every slot (the slots table is saved as a whole). */
  'charter.slots.save': { kind: 'write', input: z.object({ slots: z.array(reachSlotInput).max(200) }).strict(), output: z.array(reachSlot) },
  'charter.notices': { kind: 'read', input: none, output: noticeTemplates },

  'charter.exceptions.list': { kind: 'read', input: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict().optional(), output: z.array(charterException) },
  'charter.exception.create': { kind: 'write', input: z.object({ day: isoDate, reason, minutes: minutesField.default(0), recoveryMinutes: minutesField.default(0) }).strict(), output: charterException },
  'charter.exception.update': {
    kind: 'write',
    input: z.object({ id, day: isoDate.optional(), reason: reason.optional(), minutes: minutesField.optional(), recoveryMinutes: minutesField.optional() }).strict(),
    output: charterException,
  },
  'charter.exception.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },

  /** The charter's compliance over a period [from, to) and the year to date, from the audit's entries and interruptions. */
  'charter.compliance': { kind: 'read', input: periodInput, output: compliance },
  /** This week so far, for Today: days kept of days counted. */
  'charter.today': {
    kind: 'read',
    input: z.object({ tz: ianaZone.optional(), weekStartsOn: z.union([z.literal(0), z.literal(1)]).optional() }).strict().optional(),
    /** `tracking`: anything was ever tracked (before that, no day is counted) */
    output: z.object({ kept: z.number().int(), counted: z.number().int(), breaches: z.number().int(), inForce: z.boolean(), tracking: z.boolean() }),
  },
} as const satisfies FeatureChannels<'charter'>;
