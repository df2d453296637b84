// Words for career data: preset keys → i18n keys (as literals, so the i18n test can see them),
// and small formatting helpers shared by the career screens.

import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink, PhaseIndex, RuleField, SkillKind } from '../../../../shared/career/types';
import { makeFormatters } from '../../lib/locale';
import { presetText } from '../../../../shared/career/templates';

export const PHASE_LABEL: Record<PhaseIndex, string> = {
  0: 'career.phases.data-mastery',
  1: 'career.phases.decision-portfolio',
  2: 'career.phases.leadership',
};

export const PHASE_GOAL: Record<PhaseIndex, string> = {
  0: 'career.plan.phaseGoal.data',
  1: 'career.plan.phaseGoal.decisions',
  2: 'career.plan.phaseGoal.leadership',
};

export const MILESTONE_LABEL: Record<string, string> = {
  'week-audit': 'career.milestones.week-audit',
  'ga-certification': 'career.milestones.ga-certification',
  'kpi-dashboard': 'career.milestones.kpi-dashboard',
  'second-certification': 'career.milestones.second-certification',
  'ab-test': 'career.milestones.ab-test',
  'budget-proposal': 'career.milestones.budget-proposal',
  'cross-team-project': 'career.milestones.cross-team-project',
  'five-decisions': 'career.milestones.five-decisions',
  'mentor-cm': 'career.milestones.mentor-cm',
  'present-to-leadership': 'career.milestones.present-to-leadership',
  'own-budget': 'career.milestones.own-budget',
  'apply-head-of-social': 'career.milestones.apply-head-of-social',
};

export const CHECKLIST_LABEL: Record<string, string> = {
  'create-account': 'career.checklist.create-account',
  'practise-format': 'career.checklist.practise-format',
  'pass-in-time': 'career.checklist.pass-in-time',
  'retry-after-delay': 'career.checklist.retry-after-delay',
  'add-to-cv': 'career.checklist.add-to-cv',
  'add-to-linkedin': 'career.checklist.add-to-linkedin',
};

export const SKILL_LABEL: Record<string, string> = {
  analytics: 'career.skills.analytics',
  'paid-social': 'career.skills.paid-social',
  seo: 'career.skills.seo',
  copywriting: 'career.skills.copywriting',
  'visual-video': 'career.skills.visual-video',
  monitoring: 'career.skills.monitoring',
  'crisis-communication': 'career.skills.crisis-communication',
  english: 'career.skills.english',
  'leading-team': 'career.skills.leading-team',
  stakeholders: 'career.skills.stakeholders',
  budgeting: 'career.skills.budgeting',
  presenting: 'career.skills.presenting',
  ethics: 'career.skills.ethics',
};

export const SKILL_KIND_LABEL: Record<SkillKind, string> = {
  hard: 'career.skillsTab.kind.hard',
  managerial: 'career.skillsTab.kind.managerial',
};

export const RULE_LABEL: Record<RuleField, string> = {
  questionCount: 'career.certs.rule.questionCount',
  minutes: 'career.certs.rule.minutes',
  passMark: 'career.certs.rule.passMark',
  retakeDelayHours: 'career.certs.rule.retakeDelayHours',
  validityMonths: 'career.certs.rule.validityMonths',
  renewalWindowDays: 'career.certs.rule.renewalWindowDays',
};

export const RULE_UNIT: Record<RuleField, string> = {
  questionCount: 'career.certs.unit.questions',
  minutes: 'career.certs.unit.minutes',
  passMark: 'career.certs.unit.percent',
  retakeDelayHours: 'career.certs.unit.hours',
  validityMonths: 'career.certs.unit.months',
  renewalWindowDays: 'career.certs.unit.days',
};

export const TEMPLATE_LABEL: Record<string, string> = {
  'google-analytics': 'career.templates.google-analytics',
  hubspot: 'career.templates.hubspot',
  'meta-blueprint': 'career.templates.meta-blueprint',
  linkedin: 'career.templates.linkedin',
  blank: 'career.templates.blank',
};

export const TEMPLATE_NOTE: Record<string, string> = {
  'google-analytics': 'career.templates.google-analytics-note',
  'meta-blueprint': 'career.templates.user-filled-note',
  linkedin: 'career.templates.user-filled-note',
  blank: 'career.templates.user-filled-note',
};

export const EVIDENCE_KIND_LABEL: Record<EvidenceLink['kind'], string> = {
  decision: 'career.evidence.kind.decision',
  certification: 'career.evidence.kind.certification',
  audit: 'career.evidence.kind.audit',
};

export const LEVEL_LABEL: Record<number, string> = {
  1: 'career.skillsTab.levels.1',
  2: 'career.skillsTab.levels.2',
  3: 'career.skillsTab.levels.3',
  4: 'career.skillsTab.levels.4',
  5: 'career.skillsTab.levels.5',
};

export function milestoneTitle(t: TFunction, m: { key: string | null; title: string }): string {
  return m.key && MILESTONE_LABEL[m.key] ? t(MILESTONE_LABEL[m.key]) : m.title;
}

export function skillName(t: TFunction, s: { key: string | null; name: string }): string {
  return s.key && SKILL_LABEL[s.key] ? t(SKILL_LABEL[s.key]) : s.name;
}

/** A skill reference in a decision: a preset key or a free name. */
export function skillRefName(t: TFunction, ref: string): string {
  return SKILL_LABEL[ref] ? t(SKILL_LABEL[ref]) : ref;
}

export function checklistText(t: TFunction, item: { key: string | null; text: string }): string {
  return item.key && CHECKLIST_LABEL[item.key] ? t(CHECKLIST_LABEL[item.key]) : item.text;
}

export function certTitle(t: TFunction, c: { name: string; provider: string; templateKey: string }): string {
  const name = presetText(c.name, t);
  if (name) return c.provider ? `${name} · ${c.provider}` : name;
  if (c.provider) return c.provider;
  return TEMPLATE_LABEL[c.templateKey] ? t(TEMPLATE_LABEL[c.templateKey]) : t('career.certs.untitled');
}

/** Civil dates ('YYYY-MM-DD') in the user's locale, without any zone shift. */
export function useCivilDate() {
  const { i18n } = useTranslation();
  const f = makeFormatters(i18n.language);
  return {
    f,
    civil: (iso: string, style: 'medium' | 'long' | 'short' = 'medium') => f.date(Date.parse(`${iso}T00:00:00Z`), { dateStyle: style, timeZone: 'UTC' }),
    month: (key: string) => f.date(Date.parse(`${key}-01T00:00:00Z`), { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  };
}
