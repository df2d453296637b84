import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18n, LANGUAGES, type Language } from '../../../shared/i18n';

// The strings themselves live in the shared catalogue (src/shared/i18n/locales), read by the
// main process too; the renderer adds react-i18next on top of the same options.
export const SUPPORTED = LANGUAGES;
export type { Language };

export function detectLanguage(candidates: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const c of candidates) {
    const base = c.toLowerCase().split('-')[0];
    if ((SUPPORTED as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

export const i18n: I18n = createI18n(detectLanguage(), (instance) => instance.use(initReactI18next));

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;
