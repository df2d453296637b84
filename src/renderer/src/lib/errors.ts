import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { i18n } from '../i18n';
import { makeFormatters } from './locale';

/**
 * Words for an error, in the user's language. A numeric parameter whose name ends in "At" is an
 * instant (epoch ms) and is shown as a date and time in the app's language ("earliestAt").
 */
export function errorMessage(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    const key = `errors.${err.code}`;
    const f = makeFormatters(i18n.language);
    const params = Object.fromEntries(Object.entries(err.shape.params ?? {}).map(([k, v]) => [k, k.endsWith('At') && typeof v === 'number' ? f.dateTime(v) : v]));
    const text = t(key, { ...params, defaultValue: '' });
    const base = text || t('errors.internal');
    const where = err.shape.issues?.[0]?.path;
    return where && err.code === 'invalid_input' ? `${base} (${where})` : base;
  }
  return t('errors.internal');
}
