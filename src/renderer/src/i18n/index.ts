import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../../shared/i18n/instance';
import type { Language } from '../../../shared/i18n/resources';
import { frenchSpacing } from '../../../shared/i18n/typography';

// The strings live in the shared catalogue (src/shared/i18n), read by the main process too. The
// renderer loads one language at a time, as its own chunk: the first screen carries only the
// language it shows, and the other one arrives when the user switches.
export const SUPPORTED = ['en', 'fr'] as const satisfies readonly Language[];
export type { Language };

export function detectLanguage(candidates: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const c of candidates) {
    const base = c.toLowerCase().split('-')[0];
    if ((SUPPORTED as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

const loaders: Record<Language, () => Promise<{ translation: Record<string, unknown> }>> = {
  en: () => import('../../../shared/i18n/catalogue/en'),
  fr: () => import('../../../shared/i18n/catalogue/fr'),
};

export const i18n: I18n = createI18n(detectLanguage(), {}, (instance) => instance.use(initReactI18next));

/** Loads `language`'s strings (once) without switching the interface (a document written in the other language). */
export async function loadLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const { translation } = await loaders[language]();
    // French: no line starts with ':' or '?' (no-break spaces, shared/i18n/typography.ts)
    i18n.addResourceBundle(language, 'translation', language === 'fr' ? frenchSpacing(translation) : translation);
  }
}

/** Loads `language`'s strings (once) and switches the interface to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;
