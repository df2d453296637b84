// The one string catalogue of the app, read by the renderer (react-i18next), the main process
// (menu, tray, exported files) and the shared builders alike. One JSON file per feature and
// language under ./locales/<language>/<feature>.json, gathered per language in
// ./catalogue/<language>.ts; each file owns its own top-level keys (tests/unit/i18n.test.ts
// checks that no two files define the same one). A new feature adds its two JSON files and one
// import line in each ./catalogue/<language>.ts. The renderer loads one language at a time
// (src/renderer/src/i18n), so the first screen does not carry both.
// French uses the typographic apostrophe (’), English the straight one (').
import * as en from './catalogue/en';
import * as fr from './catalogue/fr';

/** The catalogue's files per language, by feature name. */
export const catalogueFiles = { en: en.files, fr: fr.files } as const;

/** The languages the catalogue is written in. */
export type Language = keyof typeof catalogueFiles;
export const LANGUAGES = Object.keys(catalogueFiles) as Language[];

/** i18next resources: every feature file of a language merged into the default `translation` namespace. */
export const resources = {
  en: { translation: en.translation },
  fr: { translation: fr.translation },
} satisfies Record<Language, { translation: Record<string, unknown> }>;
