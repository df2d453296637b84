import { z } from 'zod';
import { epochMs, id, isoDate, longText, none, okValue, shortText } from './common';
import { ALERT_KINDS } from '../career/certification';
import { TEMPLATE_KEYS } from '../career/templates';
import { EVIDENCE_KINDS, PHASE_KEYS, RULE_FIELDS, SKILL_KINDS } from '../career/types';
import type { FeatureChannels } from './common';

// ---- pieces -------------------------------------------------------------------------------

const phaseIndex = z.union([z.literal(0), z.literal(1), z.literal(2)]);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const presetKey = z.string().regex(/^[a-z0-9-]{1,60}$/);
const name = z.string().trim().min(1).max(200);
const tag = z.string().trim().min(1).max(60);

export const evidenceLink = z.object({ kind: z.enum(EVIDENCE_KINDS), id }).strict();
const evidenceLinks = z.array(evidenceLink).max(50);

export const careerPlan = z.object({
  id,
  currentRole: z.string(),
  targetRole: z.string(),
  startDate: isoDate,
  /** start + 3 years (see defaultPlan); exclusive end of the last phase. */
  targetDate: isoDate,
});
/** A yearly phase. Half-open: `start` is its first day, `end` is the next phase's first day. */
export const phase = z.object({ index: phaseIndex, key: z.enum(PHASE_KEYS), start: isoDate, end: isoDate });

export const milestone = z.object({
  id,
  phase: phaseIndex,
  /** Preset key (e.g. 'week-audit', i18n `career.milestones.<key>`), or null once the user writes their own title. */
  key: z.string().nullable(),
  /** Free text; shown when key is null. */
  title: z.string(),
  dueDate: isoDate,
  doneDate: isoDate.nullable(),
  evidence: z.object({ note: z.string(), links: z.array(evidenceLink) }),
});

export const planProgress = z.object({
  done: z.number(),
  total: z.number(),
  shareDone: z.number(),
  shareElapsed: z.number(),
  deltaMonths: z.number(),
  status: z.enum(['ahead', 'on-track', 'behind']),
  /** milestones past their due date and not done, earliest first */
  overdue: z.array(z.object({ id, key: z.string().nullable(), title: z.string(), dueDate: isoDate })),
});

/** One exam rule: the value (null = unknown, the user fills it), where it comes from, whether it was checked. */
export const ruleValue = z.object({ value: z.number().min(0).max(100_000).nullable(), source: z.string().max(500), verified: z.boolean() }).strict();
/**
 * The exam rules (RULE_FIELDS): questionCount; minutes; passMark (percent 0–100, a score at or
 * above it passes); retakeDelayHours; validityMonths; renewalWindowDays (the renewal window opens
 * this many days before the expiry date).
 */
export const examRules = z.object(Object.fromEntries(RULE_FIELDS.map((f) => [f, ruleValue])) as Record<(typeof RULE_FIELDS)[number], typeof ruleValue>).strict();
/** A checklist line: a preset key (i18n `career.checklist.<key>`) or null for the user's own text. */
export const checklistItem = z.object({ key: presetKey.nullable(), text: z.string().max(300), done: z.boolean() }).strict();

/** A stored exam attempt: instant in epoch ms UTC, score in percent 0–100. */
export const attemptRecord = z.object({ id, at: epochMs, score: z.number() });
/** An attempt as shown: passed is computed from the pass mark (null while the pass mark is unknown). */
export const attempt = attemptRecord.extend({ passed: z.boolean().nullable() });

/** A stored certification. */
export const certificationRecord = z.object({
  id,
  templateKey: z.string(),
  provider: z.string(),
  name: z.string(),
  rules: examRules,
  checklist: z.array(checklistItem),
  attempts: z.array(attemptRecord),
  earnedDate: isoDate.nullable(),
  /** First day on which the certification is no longer valid. null = unknown or never. */
  expiryDate: isoDate.nullable(),
});

/** A certification as the screen reads it, with what is computed against the clock. */
export const certification = certificationRecord.extend({
  attempts: z.array(attempt),
  /** computed at read time against ctx.now() */
  retake: z.object({ allowed: z.boolean(), at: epochMs.nullable(), remainingMs: z.number() }),
  renewal: z.object({ opensOn: isoDate, expiresOn: isoDate }).nullable(),
  now: epochMs,
});

export const decisionFields = z
  .object({
    date: isoDate,
    title: name,
    context: longText,
    measured: longText,
    options: longText,
    arbitration: longText,
    changed: longText,
    kpiName: shortText,
    kpiBefore: z.number().finite().nullable(),
    kpiAfter: z.number().finite().nullable(),
    /** skill keys (preset) or names */
    skills: z.array(z.string().trim().min(1).max(200)).max(40),
    tags: z.array(tag).max(30),
  })
  .strict();

export const decision = decisionFields.extend({ id, title: z.string() });

export const skillAssessment = z.object({ id, date: isoDate, level });

export const skill = z.object({
  id,
  /** Preset key (e.g. 'analytics', i18n `career.skills.<key>`), or null for a user skill. */
  key: z.string().nullable(),
  /** Free text; shown when key is null. */
  name: z.string(),
  kind: z.enum(SKILL_KINDS),
  /** target level for Head of Social, 1–5 */
  target: level,
  assessments: z.array(skillAssessment),
  evidence: z.array(evidenceLink),
});

export const certificationAlert = z.object({ certId: id, kind: z.enum(ALERT_KINDS), date: isoDate, certName: z.string(), provider: z.string() });

const burnUpPoint = z.object({ month: z.string(), plannedCumulative: z.number(), doneCumulative: z.number().nullable() });
const timelineEvent = z.object({ kind: z.string(), date: isoDate }).loose();
const radarPoint = z.object({
  skillId: id,
  key: z.string().nullable(),
  name: z.string(),
  kind: z.enum(SKILL_KINDS),
  target: level,
  level: level.nullable(),
  assessedOn: isoDate.nullable(),
  gap: z.number().nullable(),
});

const planOut = z.object({ plan: careerPlan.nullable(), phases: z.array(phase), milestones: z.array(milestone), progress: planProgress.nullable(), today: isoDate });

const milestoneDraft = z.object({ phase: phaseIndex, key: presetKey.nullable(), title: z.string().max(300), dueDate: isoDate }).strict();

const decisionFilter = z
  .object({ query: z.string().max(200).optional(), tag: z.string().max(60).optional(), skill: z.string().max(200).optional(), from: isoDate.optional(), to: isoDate.optional() })
  .strict();

export const careerChannels = {
  // plan and milestones
  'career.plan.get': { kind: 'read', input: none, output: planOut },
  'career.plan.create': {
    kind: 'write',
    input: z
      .object({ currentRole: z.string().trim().max(200), targetRole: name, startDate: isoDate, milestones: z.array(milestoneDraft).max(100).optional() })
      .strict(),
    output: planOut,
  },
  'career.plan.update': {
    kind: 'write',
    input: z.object({ currentRole: z.string().trim().max(200).optional(), targetRole: name.optional(), startDate: isoDate.optional(), targetDate: isoDate.optional() }).strict(),
    output: planOut,
  },
  'career.milestone.create': { kind: 'write', input: milestoneDraft.extend({ title: name, key: z.null().optional() }), output: milestone },
  'career.milestone.update': {
    kind: 'write',
    input: z
      .object({ id, phase: phaseIndex.optional(), title: name.optional(), dueDate: isoDate.optional(), doneDate: isoDate.nullable().optional(), note: longText.optional(), links: evidenceLinks.optional() })
      .strict(),
    output: milestone,
  },
  /** Deletes a milestone and answers it as it was, for Undo. */
  'career.milestone.delete': { kind: 'write', input: z.object({ id }).strict(), output: z.object({ done: z.literal(true), milestone }) },
  /** Undo of a delete: the milestone as the delete answered it (its id when still free; links to targets deleted since left out). */
  'career.milestone.restore': {
    kind: 'write',
    input: z
      .object({
        milestone: milestone
          .extend({ key: z.string().max(100).nullable(), title: z.string().trim().max(200), doneDate: isoDate.nullable(), evidence: z.object({ note: longText, links: evidenceLinks }).strict() })
          .strict(),
      })
      .strict(),
    output: milestone,
  },

  // certifications
  'career.certification.list': { kind: 'read', input: none, output: z.array(certification) },
  'career.certification.create': { kind: 'write', input: z.object({ templateKey: z.enum(TEMPLATE_KEYS) }).strict(), output: certification },
  'career.certification.update': {
    kind: 'write',
    input: z
      .object({
        id,
        provider: z.string().trim().max(200).optional(),
        name: z.string().trim().max(200).optional(),
        rules: examRules.optional(),
        checklist: z.array(checklistItem).max(50).optional(),
        earnedDate: isoDate.nullable().optional(),
        expiryDate: isoDate.nullable().optional(),
      })
      .strict(),
    output: certification,
  },
  'career.certification.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'career.attempt.record': {
    kind: 'write',
    input: z.object({ certificationId: id, score: z.number().finite().min(0).max(100), at: epochMs.optional() }).strict(),
    output: certification,
  },
  'career.attempt.delete': { kind: 'write', input: z.object({ id }).strict(), output: certification },

  // decisions
  'career.decision.list': { kind: 'read', input: decisionFilter.optional(), output: z.array(decision) },
  'career.decision.create': { kind: 'write', input: decisionFields, output: decision },
  'career.decision.update': { kind: 'write', input: decisionFields.partial().extend({ id }).strict(), output: decision },
  /** Deletes a decision and answers it as it was, with the milestones and skills it was evidence for, for Undo. */
  'career.decision.delete': {
    kind: 'write',
    input: z.object({ id }).strict(),
    output: z.object({ done: z.literal(true), decision, milestoneIds: z.array(id), skillIds: z.array(id) }),
  },
  /** Undo of a delete: the decision and its evidence links from the milestones and skills that still exist. */
  'career.decision.restore': {
    kind: 'write',
    input: z.object({ decision: decisionFields.extend({ id }).strict(), milestoneIds: z.array(id).max(1000), skillIds: z.array(id).max(1000) }).strict(),
    output: decision,
  },
  'career.decision.exportMarkdown': {
    kind: 'read',
    input: decisionFilter.extend({ language: z.enum(['en', 'fr']), locale: z.string().max(20).optional() }).strict(),
    output: z.object({ markdown: z.string(), count: z.number() }),
  },

  // skills
  'career.skill.list': { kind: 'read', input: none, output: z.array(skill) },
  'career.skill.create': { kind: 'write', input: z.object({ name, kind: z.enum(SKILL_KINDS), target: level }).strict(), output: skill },
  'career.skill.update': {
    kind: 'write',
    input: z.object({ id, name: name.optional(), kind: z.enum(SKILL_KINDS).optional(), target: level.optional(), links: evidenceLinks.optional() }).strict(),
    output: skill,
  },
  'career.skill.delete': { kind: 'write', input: z.object({ id }).strict(), output: okValue },
  'career.skill.assess': { kind: 'write', input: z.object({ skillId: id, date: isoDate, level }).strict(), output: skill },
  'career.skill.unassess': { kind: 'write', input: z.object({ id }).strict(), output: skill },

  // evidence, charts, Today
  'career.evidence.options': {
    kind: 'read',
    input: none,
    output: z.object({
      decisions: z.array(z.object({ id, title: z.string(), date: isoDate })),
      certifications: z.array(z.object({ id, provider: z.string(), name: z.string(), templateKey: z.string() })),
      audits: z.array(z.object({ id, name: z.string() })),
    }),
  },
  'career.charts': {
    kind: 'read',
    input: none,
    output: z.object({
      today: isoDate,
      phases: z.array(phase),
      plan: careerPlan.nullable(),
      burnUp: z.array(burnUpPoint),
      timeline: z.array(timelineEvent),
      radar: z.array(radarPoint),
      milestones: z.array(milestone),
      certifications: z.array(z.object({ id, provider: z.string(), name: z.string(), templateKey: z.string() })),
    }),
  },
  'career.summary': {
    kind: 'read',
    input: none,
    output: z.object({
      hasPlan: z.boolean(),
      nextMilestone: z.object({ id, key: z.string().nullable(), title: z.string(), dueDate: isoDate }).nullable(),
      progress: planProgress.nullable(),
      alerts: z.array(certificationAlert),
    }),
  },
} as const satisfies FeatureChannels<'career'>;

export type CareerChannels = typeof careerChannels;
export type CertificationView = z.infer<typeof certification>;
export type DecisionView = z.infer<typeof decision>;
export type SkillView = z.infer<typeof skill>;
export type MilestoneView = z.infer<typeof milestone>;
export type EvidenceLinkInput = z.infer<typeof evidenceLink>;
