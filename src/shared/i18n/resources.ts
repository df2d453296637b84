// The one string catalogue of the app, read by the renderer (react-i18next), the main process
// (menu, tray, exported files) and the shared builders alike. One JSON file per feature and
// language under ./locales/<language>/<feature>.json; each file owns its own top-level keys
// (tests/unit/i18n.test.ts checks that no two files define the same one). A new feature adds
// its two files and one import line per language here.
// French uses the typographic apostrophe (’), English the straight one (').
import core_en from './locales/en/core.json' with { type: 'json' };
import core_fr from './locales/fr/core.json' with { type: 'json' };
import shell_en from './locales/en/shell.json' with { type: 'json' };
import shell_fr from './locales/fr/shell.json' with { type: 'json' };
import audit_en from './locales/en/audit.json' with { type: 'json' };
import audit_fr from './locales/fr/audit.json' with { type: 'json' };
import calendar_en from './locales/en/calendar.json' with { type: 'json' };
import calendar_fr from './locales/fr/calendar.json' with { type: 'json' };
import career_en from './locales/en/career.json' with { type: 'json' };
import career_fr from './locales/fr/career.json' with { type: 'json' };
import reports_en from './locales/en/reports.json' with { type: 'json' };
import reports_fr from './locales/fr/reports.json' with { type: 'json' };

/** The catalogue's files per language, by feature name (the file name without `.json`). */
export const catalogueFiles = {
  en: { core: core_en, shell: shell_en, audit: audit_en, calendar: calendar_en, career: career_en, reports: reports_en },
  fr: { core: core_fr, shell: shell_fr, audit: audit_fr, calendar: calendar_fr, career: career_fr, reports: reports_fr },
} as const;

/** The languages the catalogue is written in. */
export type Language = keyof typeof catalogueFiles;
export const LANGUAGES = Object.keys(catalogueFiles) as Language[];

/** i18next resources: every feature file of a language merged into the default `translation` namespace. */
export const resources = {
  en: { translation: Object.assign({}, ...Object.values(catalogueFiles.en)) as Record<string, unknown> },
  fr: { translation: Object.assign({}, ...Object.values(catalogueFiles.fr)) as Record<string, unknown> },
} satisfies Record<Language, { translation: Record<string, unknown> }>;
