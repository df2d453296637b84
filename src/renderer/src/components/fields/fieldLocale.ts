import { useTranslation } from 'react-i18next';
import { formattingLocale } from '../../lib/locale';

/**
 * The locale the date and time fields format in: the app's language (with the OS region when it
 * matches), never the browser's or the system's language, so a French interface shows
 * dd/mm/yyyy and a 24-hour clock on an English system.
 */
export function useFieldLocale(): string {
  const { i18n } = useTranslation();
  return formattingLocale(i18n.language);
}

/**
 * Whether the locale writes numeric days, months and hours with a leading zero (fr-FR: 04/03/2026,
 * 09:00; en-US: 3/4/2026, 9:00 AM), read from Intl so that the fields show what every other date
 * and time in the app shows.
 */
export function leadingZeros(locale: string, kind: 'date' | 'time'): boolean {
  const sample = Date.UTC(2026, 2, 4, 9, 5);
  // The locale's own short styles: fr-FR 04/03/2026 and 09:05, en-US 3/4/26 and 9:05 AM.
  const opts: Intl.DateTimeFormatOptions = kind === 'date' ? { dateStyle: 'short', timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'UTC' };
  const part = new Intl.DateTimeFormat(locale, opts).formatToParts(sample).find((p) => p.type === (kind === 'date' ? 'day' : 'hour'));
  return part?.value.length === 2;
}
