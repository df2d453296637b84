// Career domain types: plain JSON, runtime-neutral.
// Days are LocalDay 'YYYY-MM-DD' strings (src/shared/time; no time, no zone); instants are UTC epoch milliseconds.
// Text that comes from a preset carries a short preset `key` (milestone, checklist item, skill);
// the UI shows t(`career.<group>.<key>`) when a key is set and the free text otherwise.
// Editing the text clears the key.

import type { z } from 'zod';
import type { attemptRecord, careerPlan, certificationRecord, checklistItem, decision, evidenceLink, examRules, milestone, phase, ruleValue, skill, skillAssessment } from '../contract/career';

export const PHASE_KEYS = ['data-mastery', 'decision-portfolio', 'leadership'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];
export type PhaseIndex = 0 | 1 | 2;

// The shapes are declared once, as the contract's zod schemas (src/shared/contract/career.ts).
export type CareerPlan = z.infer<typeof careerPlan>;
/** A yearly phase. Half-open: `start` is its first day, `end` is the next phase's first day. */
export type Phase = z.infer<typeof phase>;

export const EVIDENCE_KINDS = ['decision', 'certification', 'audit'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type EvidenceLink = z.infer<typeof evidenceLink>;
export type Milestone = z.infer<typeof milestone>;

/** One exam rule: the value (null = unknown, the user fills it), where it comes from, whether it was checked. */
export type RuleValue = z.infer<typeof ruleValue>;
export type ExamRules = z.infer<typeof examRules>;

export const RULE_FIELDS = ['questionCount', 'minutes', 'passMark', 'retakeDelayHours', 'validityMonths', 'renewalWindowDays'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export type ChecklistItem = z.infer<typeof checklistItem>;
/** A stored attempt: `at` in epoch ms UTC, `score` in percent 0–100. */
export type Attempt = z.infer<typeof attemptRecord>;
/** A stored certification (the screen reads the contract's `certification`, which adds what is computed). */
export type Certification = z.infer<typeof certificationRecord>;
export type Decision = z.infer<typeof decision>;

export const SKILL_KINDS = ['hard', 'managerial'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

/** 1..5 */
export type SkillLevel = 1 | 2 | 3 | 4 | 5;

export type SkillAssessment = Omit<z.infer<typeof skillAssessment>, 'id'>;
export type Skill = Omit<z.infer<typeof skill>, 'assessments'> & { assessments: SkillAssessment[] };
