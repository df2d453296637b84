import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const SUPPORTED = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED)[number];

export function detectLanguage(candidates: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const c of candidates) {
    const base = c.toLowerCase().split('-')[0];
    if ((SUPPORTED as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;
