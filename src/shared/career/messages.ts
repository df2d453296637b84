// Display names of the career presets (phases, milestones, skills), read from the string
// catalogue (src/shared/i18n/locales/<lang>/career.json) through the `t` the caller passes.
// Only preset keys are looked up: a user's own name is never passed to `t`, so that a ':'
// or '.' in it is not read as a namespace or a path.
import type { Translate } from '../i18n';
import { DEFAULT_MILESTONES, DEFAULT_SKILLS, milestoneKey, phaseKey, skillKey } from './templates';
import { PHASE_KEYS } from './types';

const PHASES = new Set<string>(PHASE_KEYS);
const MILESTONES = new Set(DEFAULT_MILESTONES.map((m) => m.key));
const SKILLS = new Set(DEFAULT_SKILLS.map((s) => s.key));

/** A plan phase's name ('data-mastery' → 'Data mastery'); an unknown key comes back as is. */
export function phaseName(key: string, t: Translate): string {
  return PHASES.has(key) ? t(phaseKey(key)) : key;
}

/** A milestone's title: the user's own title if set, else its preset's text, else its key. */
export function milestoneTitle(m: { key: string | null; title: string }, t: Translate): string {
  if (m.title) return m.title;
  if (!m.key) return '';
  return MILESTONES.has(m.key) ? t(milestoneKey(m.key)) : m.key;
}

/** A skill reference (a preset key, or a free name as typed): the preset's text, or the reference itself. */
export function skillRefName(ref: string, t: Translate): string {
  return SKILLS.has(ref) ? t(skillKey(ref)) : ref;
}

/** A skill's name: the user's own name if set, else its preset's text, else its key. */
export function skillName(s: { key: string | null; name: string }, t: Translate): string {
  return s.name || (s.key ? skillRefName(s.key, t) : '');
}

/**
 * The words naming a plan's overdue milestones ("“Run a one-week audit” was due on 3 Mar 2026",
 * with "and 2 more" when there are others), or null when none is overdue. `civil` formats a day.
 */
export function overdueWords(overdue: readonly { key: string | null; title: string; dueDate: string }[], t: Translate, civil: (day: string) => string): string | null {
  const [first] = overdue;
  if (!first) return null;
  const params = { title: milestoneTitle(first, t), date: civil(first.dueDate), count: overdue.length - 1 };
  return overdue.length === 1 ? t('career.progress.overdue', params) : t('career.progress.overdueMore', params);
}
