// i18next over the one catalogue, for any process: the renderer wraps the same options with
// react-i18next; the main process and the shared builders call translator(language).
import i18next, { type InitOptions, type i18n as I18n } from 'i18next';
import { LANGUAGES, resources, type Language } from './resources';

export { LANGUAGES, resources, type Language } from './resources';

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
export function i18nOptions(language: Language): InitOptions {
  return {
    resources,
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
export function createI18n(language: Language, setup: (instance: I18n) => I18n = (i) => i): I18n {
  const instance = setup(i18next.createInstance());
  void instance.init(i18nOptions(language));
  return instance;
}

const cache = new Map<Language, Translate>();

/**
 * The catalogue's `t` in `language` ('en' | 'fr'), for the main process and the shared
 * builders (menu, tray, Markdown, CSV headers, .ics summaries). One instance per language,
 * built on first use and kept: the catalogue does not change while the app runs.
 */
export function translator(language: Language): Translate {
  let t = cache.get(language);
  if (!t) {
    if (!LANGUAGES.includes(language)) throw new RangeError(`translator: no catalogue for language ${String(language)}`);
    const instance = createI18n(language);
    t = (key, params) => instance.t(key, params) as string;
    cache.set(language, t);
  }
  return t;
}
