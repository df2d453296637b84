// Career domain types: plain JSON, runtime-neutral.
// Days are LocalDay 'YYYY-MM-DD' strings (src/shared/time; no time, no zone); instants are UTC epoch milliseconds.
// Text that comes from a preset carries a short preset `key` (milestone, checklist item, skill);
// the UI shows t(`career.<group>.<key>`) when a key is set and the free text otherwise.
// Editing the text clears the key.

import type { LocalDay } from '../time';

export const PHASE_KEYS = ['data-mastery', 'decision-portfolio', 'leadership'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];
export type PhaseIndex = 0 | 1 | 2;

export interface CareerPlan {
  id: number;
  currentRole: string;
  targetRole: string;
  startDate: LocalDay;
  /** start + 3 years (see defaultPlan); exclusive end of the last phase. */
  targetDate: LocalDay;
}

/** A yearly phase. Half-open: `start` is its first day, `end` is the next phase's first day. */
export interface Phase {
  index: PhaseIndex;
  key: PhaseKey;
  start: LocalDay;
  end: LocalDay;
}

export const EVIDENCE_KINDS = ['decision', 'certification', 'audit'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceLink {
  kind: EvidenceKind;
  id: number;
}

export interface Milestone {
  id: number;
  phase: PhaseIndex;
  /** Preset key (e.g. 'week-audit', i18n `career.milestones.<key>`), or null once the user writes their own title. */
  key: string | null;
  /** Free text; shown when key is null. */
  title: string;
  dueDate: LocalDay;
  doneDate: LocalDay | null;
  evidence: { note: string; links: EvidenceLink[] };
}

/** One exam rule: the value (null = unknown, the user fills it), where it comes from, whether it was checked. */
export interface RuleValue {
  value: number | null;
  source: string;
  verified: boolean;
}

export interface ExamRules {
  questionCount: RuleValue;
  minutes: RuleValue;
  /** percent, 0–100; a score at or above it passes */
  passMark: RuleValue;
  retakeDelayHours: RuleValue;
  validityMonths: RuleValue;
  /** the renewal window opens this many days before the expiry date */
  renewalWindowDays: RuleValue;
}

export const RULE_FIELDS = ['questionCount', 'minutes', 'passMark', 'retakeDelayHours', 'validityMonths', 'renewalWindowDays'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export interface ChecklistItem {
  /** Preset key (e.g. 'create-account', i18n `career.checklist.<key>`), or null for a user item. */
  key: string | null;
  /** Free text; shown when key is null. */
  text: string;
  done: boolean;
}

export interface Attempt {
  id: number;
  /** epoch ms UTC */
  at: number;
  /** percent, 0–100 */
  score: number;
}

export interface Certification {
  id: number;
  templateKey: string;
  provider: string;
  name: string;
  rules: ExamRules;
  checklist: ChecklistItem[];
  attempts: Attempt[];
  earnedDate: LocalDay | null;
  /** First day on which the certification is no longer valid. null = unknown or never. */
  expiryDate: LocalDay | null;
}

export interface Decision {
  id: number;
  date: LocalDay;
  title: string;
  context: string;
  measured: string;
  options: string;
  arbitration: string;
  changed: string;
  kpiName: string;
  kpiBefore: number | null;
  kpiAfter: number | null;
  /** skill keys (preset) or names */
  skills: string[];
  tags: string[];
}

export const SKILL_KINDS = ['hard', 'managerial'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

/** 1..5 */
export type SkillLevel = 1 | 2 | 3 | 4 | 5;

export interface SkillAssessment {
  date: LocalDay;
  level: SkillLevel;
}

export interface Skill {
  id: number;
  /** Preset key (e.g. 'analytics', i18n `career.skills.<key>`), or null for a user skill. */
  key: string | null;
  /** Free text; shown when key is null. */
  name: string;
  kind: SkillKind;
  /** target level for Head of Social */
  target: SkillLevel;
  assessments: SkillAssessment[];
  evidence: EvidenceLink[];
}
