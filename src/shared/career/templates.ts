// Career presets as data: certification templates with sourced exam rules, the default
// checklist, the default plan milestones and the default skills. Visible text is given as
// i18n keys (see messages.ts); proper names (providers, sources) are plain strings.

import type { ChecklistItem, ExamRules, PhaseIndex, RuleValue, Skill, SkillKind, SkillLevel } from './types';

const unknown = (): RuleValue => ({ value: null, source: '', verified: false });
const verified = (value: number, source: string): RuleValue => ({ value, source, verified: true });
const unverified = (value: number, source: string): RuleValue => ({ value, source, verified: false });

/** All rules unknown: the user fills them in. */
export function blankRules(): ExamRules {
  return {
    questionCount: unknown(),
    minutes: unknown(),
    passMark: unknown(),
    retakeDelayHours: unknown(),
    validityMonths: unknown(),
    renewalWindowDays: unknown(),
  };
}

export const CHECKLIST_KEYS = ['create-account', 'practise-format', 'pass-in-time', 'retry-after-delay', 'add-to-cv', 'add-to-linkedin'] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export const checklistKey = (key: string): string => `career.checklist.${key}`;

export function defaultChecklist(): ChecklistItem[] {
  return CHECKLIST_KEYS.map((key) => ({ key, text: '', done: false }));
}

export const TEMPLATE_KEYS = ['google-analytics', 'hubspot', 'meta-blueprint', 'linkedin', 'blank'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface CertificationTemplate {
  key: TemplateKey;
  /** i18n key of the label shown in the template picker */
  labelKey: string;
  /** i18n key of a note shown with the rules, or null */
  noteKey: string | null;
  provider: string;
  name: string;
  rules: ExamRules;
}

// Rule sources are catalogue keys, shown in the user's language (presetText), and so is a
// certification's name where the provider gives it a French name (Google's "Certification Google
// Analytics"); other names are the providers' own, in English. What the user types is kept as typed. A rule is ticked "verified" only when the project
// read it on the provider's own page, and its source names that page (issue 14):
// - Skillshop's "Skillshop digital badges and certificates FAQs"
//   (support.google.com/skillshop/answer/12844226): every Skillshop certification is valid for one
//   year from the date certified.
// - HubSpot's knowledge base, "How long are the certification exams?": a 12-hour lock-out between
//   failed exam attempts.
// The other Skillshop figures (80 %, 24 h, renewal from 30 days before expiry) are widely quoted
// but were not found on a Skillshop page: they stay unverified, for the user to check.
const SKILLSHOP_FAQ = 'career.source.skillshopFaq';
const SKILLSHOP_TO_CHECK = 'career.source.skillshopToCheck';
const SKILLSHOP_UNCONFIRMED = 'career.source.candidateReports';
const HUBSPOT_EXAMS = 'career.source.hubspotExams';

/** Catalogue keys used as template text (certification names, rule sources). */
export const PRESET_TEXT_KEY = /^career\.(certName|source)\.[A-Za-z0-9-]+$/;

/**
 * The text to show for a template's name or a rule's source: a catalogue key is translated, a text
 * the user typed is shown as typed (never passed to t).
 */
export function presetText(text: string, t: (key: string) => string): string {
  return PRESET_TEXT_KEY.test(text) ? t(text) : text;
}

export const CERTIFICATION_TEMPLATES: readonly CertificationTemplate[] = [
  {
    key: 'google-analytics',
    labelKey: 'career.templates.google-analytics',
    noteKey: 'career.templates.google-analytics-note',
    provider: 'Google Skillshop',
    name: 'career.certName.google-analytics',
    rules: {
      questionCount: unverified(50, SKILLSHOP_UNCONFIRMED),
      minutes: unverified(75, SKILLSHOP_UNCONFIRMED),
      passMark: unverified(80, SKILLSHOP_TO_CHECK),
      retakeDelayHours: unverified(24, SKILLSHOP_TO_CHECK),
      validityMonths: verified(12, SKILLSHOP_FAQ),
      renewalWindowDays: unverified(30, SKILLSHOP_TO_CHECK),
    },
  },
  {
    key: 'hubspot',
    labelKey: 'career.templates.hubspot',
    noteKey: null,
    provider: 'HubSpot Academy',
    name: 'Social Media Marketing Certification',
    rules: { ...blankRules(), retakeDelayHours: verified(12, HUBSPOT_EXAMS) },
  },
  {
    key: 'meta-blueprint',
    labelKey: 'career.templates.meta-blueprint',
    noteKey: 'career.templates.user-filled-note',
    provider: 'Meta Blueprint',
    name: 'Meta Certified Digital Marketing Associate',
    rules: blankRules(),
  },
  {
    key: 'linkedin',
    labelKey: 'career.templates.linkedin',
    noteKey: 'career.templates.user-filled-note',
    provider: 'LinkedIn Marketing Labs',
    name: 'LinkedIn Marketing Strategy Certification',
    rules: blankRules(),
  },
  {
    key: 'blank',
    labelKey: 'career.templates.blank',
    noteKey: 'career.templates.user-filled-note',
    provider: '',
    name: '',
    rules: blankRules(),
  },
];

export function findTemplate(key: string): CertificationTemplate | undefined {
  return CERTIFICATION_TEMPLATES.find((t) => t.key === key);
}

/** Deep copy of plain JSON data. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A new certification (without id) from a template; unknown keys give the blank template. */
export function certificationFromTemplate(key: string): {
  templateKey: TemplateKey;
  provider: string;
  name: string;
  rules: ExamRules;
  checklist: ChecklistItem[];
  attempts: [];
  earnedDate: null;
  expiryDate: null;
} {
  const t = findTemplate(key) ?? findTemplate('blank')!;
  return {
    templateKey: t.key,
    provider: t.provider,
    name: t.name,
    rules: copy(t.rules),
    checklist: defaultChecklist(),
    attempts: [],
    earnedDate: null,
    expiryDate: null,
  };
}

export interface MilestonePreset {
  phase: PhaseIndex;
  /** short key; the i18n key is `career.milestones.<key>` */
  key: string;
}

export const milestoneKey = (key: string): string => `career.milestones.${key}`;

/** Default milestones per phase, in the order they fall due within the phase. */
export const DEFAULT_MILESTONES: readonly MilestonePreset[] = [
  { phase: 0, key: 'week-audit' },
  { phase: 0, key: 'ga-certification' },
  { phase: 0, key: 'kpi-dashboard' },
  { phase: 0, key: 'second-certification' },
  { phase: 1, key: 'ab-test' },
  { phase: 1, key: 'budget-proposal' },
  { phase: 1, key: 'cross-team-project' },
  { phase: 1, key: 'five-decisions' },
  { phase: 2, key: 'mentor-cm' },
  { phase: 2, key: 'present-to-leadership' },
  { phase: 2, key: 'own-budget' },
  { phase: 2, key: 'apply-head-of-social' },
];

export interface SkillPreset {
  /** short key; the i18n key is `career.skills.<key>` */
  key: string;
  kind: SkillKind;
  /** target level for Head of Social */
  target: SkillLevel;
}

export const skillKey = (key: string): string => `career.skills.${key}`;

export const DEFAULT_SKILLS: readonly SkillPreset[] = [
  { key: 'analytics', kind: 'hard', target: 4 },
  { key: 'paid-social', kind: 'hard', target: 4 },
  { key: 'seo', kind: 'hard', target: 3 },
  { key: 'copywriting', kind: 'hard', target: 4 },
  { key: 'visual-video', kind: 'hard', target: 3 },
  { key: 'monitoring', kind: 'hard', target: 4 },
  { key: 'crisis-communication', kind: 'hard', target: 4 },
  { key: 'english', kind: 'hard', target: 4 },
  { key: 'leading-team', kind: 'managerial', target: 4 },
  { key: 'stakeholders', kind: 'managerial', target: 5 },
  { key: 'budgeting', kind: 'managerial', target: 4 },
  { key: 'presenting', kind: 'managerial', target: 5 },
  { key: 'ethics', kind: 'managerial', target: 4 },
];

/** The default skills (without ids), no assessment yet. */
export function defaultSkills(): Omit<Skill, 'id'>[] {
  return DEFAULT_SKILLS.map((s) => ({ key: s.key, name: '', kind: s.kind, target: s.target, assessments: [], evidence: [] }));
}

export const phaseKey = (key: string): string => `career.phases.${key}`;
