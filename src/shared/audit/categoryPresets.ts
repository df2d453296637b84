// The audit's seeded categories (design.md "Domain model", Audit), by stable key, with their names
// in each language. The first migration wrote them as plain names in the first-run language
// (0020-audit.ts keeps its own copy, as shipped; a test holds both lists equal); migration 0070
// marks each seeded row with its key, so that a later language switch can rename the presets the
// user has not edited (see presetRenames).
import type { Language } from '../i18n/resources';

export const CATEGORY_PRESET_KEYS = [
  'contentCreation',
  'strategy',
  'monitoring',
  'paidMedia',
  'moderation',
  'customerReplies',
  'adHoc',
  'crisis',
  'meetings',
  'reporting',
  'admin',
] as const;
export type CategoryPresetKey = (typeof CATEGORY_PRESET_KEYS)[number];

/** The preset names per language, in seed order (the same words as 0020-audit.ts). */
export const CATEGORY_PRESET_NAMES: Readonly<Record<CategoryPresetKey, Readonly<Record<Language, string>>>> = {
  contentCreation: { en: 'Content creation', fr: 'Création de contenu' },
  strategy: { en: 'Strategy & planning', fr: 'Stratégie et planification' },
  monitoring: { en: 'Monitoring (market and e-reputation)', fr: 'Veille (marché et e-réputation)' },
  paidMedia: { en: 'Paid media', fr: 'Publicité payante' },
  moderation: { en: 'Moderation', fr: 'Modération' },
  customerReplies: { en: 'Customer replies', fr: 'Réponses aux clients' },
  adHoc: { en: 'Ad-hoc requests', fr: 'Demandes ponctuelles' },
  crisis: { en: 'Crisis', fr: 'Gestion de crise' },
  meetings: { en: 'Meetings', fr: 'Réunions' },
  reporting: { en: 'Reporting & analytics', fr: 'Reporting et analyses' },
  admin: { en: 'Admin & email', fr: 'Administratif et e-mails' },
};

/** The preset a name is, in any language, or null for a name the user typed. */
export function categoryPresetOf(name: string): CategoryPresetKey | null {
  for (const key of CATEGORY_PRESET_KEYS) if (Object.values(CATEGORY_PRESET_NAMES[key]).includes(name)) return key;
  return null;
}

/** A row that may be renamed: its current text and, for a preset, the key it was seeded with (null otherwise). */
export interface PresetRow {
  id: number;
  text: string;
  presetKey: string | null;
}

/**
 * The renames that put untouched presets into `language`: a row is untouched when it carries a
 * preset key and its text is still that preset's text in one of the languages (a row the user
 * renamed keeps its name). `names(key)` gives the preset's text per language, or null for an
 * unknown key. Rows already in `language` are left out. Pure; the order of `rows` is kept.
 */
export function presetRenames(rows: readonly PresetRow[], language: Language, names: (key: string) => Readonly<Record<Language, string>> | null): { id: number; from: string; to: string }[] {
  const out: { id: number; from: string; to: string }[] = [];
  for (const row of rows) {
    if (row.presetKey === null) continue;
    const preset = names(row.presetKey);
    if (!preset || !Object.values(preset).includes(row.text) || preset[language] === row.text) continue;
    out.push({ id: row.id, from: row.text, to: preset[language] });
  }
  return out;
}
