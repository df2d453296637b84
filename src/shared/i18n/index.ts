// i18next over the one catalogue, for any process: the renderer wraps the same options with
// react-i18next over the languages it loads; the main process and the shared builders call
// translator(language).
import type { i18n as I18n } from 'i18next';
import { createI18n as createInstance, type Translate } from './instance';
import { LANGUAGES, resources, type Language } from './resources';

export { i18nOptions, type Translate } from './instance';
export { LANGUAGES, resources, type Language } from './resources';

/**
 * A new, initialised i18next instance over the whole catalogue in `language` (synchronous).
 * Add plugins with `createI18n(lng, (i) => i.use(plugin))`.
 */
export function createI18n(language: Language, setup: (instance: I18n) => I18n = (i) => i): I18n {
  return createInstance(language, resources, setup);
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
