// i18next options and instances, without the catalogue itself: the renderer gives the languages
// it has loaded, the main process (./index.ts) the whole catalogue.
import i18next, { type InitOptions, type i18n as I18n } from 'i18next';
import type { Language } from './resources';

/**
 * Looks a catalogue key up and fills its `{{placeholders}}` from `params`; the same shape as
 * react-i18next's `t`, so either can be passed to a builder. A missing key comes back as the
 * key itself, or as `params.defaultValue` when given.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The options every i18next instance of the app uses: the whole catalogue, no fallback
 * language (a missing French string shows its key, and the i18n test fails), no HTML
 * escaping (React escapes, and exported files are plain text), synchronous init.
 */
export function i18nOptions(language: Language, bundled: InitOptions['resources']): InitOptions {
  return {
    resources: bundled,
    // The renderer adds languages as it loads them (addResourceBundle).
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  };
}

/**
 * A new, initialised i18next instance over the catalogue in `language`. Synchronous: the
 * resources are bundled, so `t` works as soon as this returns. Add plugins (react-i18next)
 * with `createI18n(lng, (i) => i.use(plugin))`.
 */
export function createI18n(language: Language, bundled: InitOptions['resources'], setup: (instance: I18n) => I18n = (i) => i): I18n {
  const instance = setup(i18next.createInstance());
  void instance.init(i18nOptions(language, bundled));
  return instance;
}

