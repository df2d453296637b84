import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** Words for an error, in the user's language. */
export function errorMessage(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    const key = `errors.${err.code}`;
    const params = { ...(err.shape.params ?? {}) };
    const text = t(key, { ...params, defaultValue: '' });
    const base = text || t('errors.internal');
    const where = err.shape.issues?.[0]?.path;
    return where && err.code === 'invalid_input' ? `${base} (${where})` : base;
  }
  return t('errors.internal');
}
