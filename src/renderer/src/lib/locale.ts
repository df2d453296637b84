import { useTranslation } from 'react-i18next';
import { clockText, dayRangeText, durationText, percentText, TIME_OF_DAY } from '../../../shared/reports/textFormat';

/** The user's IANA time zone, read when asked (the OS setting can change while the app runs). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The full locale for formatting: the OS region when it matches the chosen language. */
export function formattingLocale(language: string): string {
  const nav = typeof navigator !== 'undefined' ? navigator.language : '';
  if (nav.toLowerCase().startsWith(language)) return nav;
  return language === 'fr' ? 'fr-FR' : 'en-US';
}

/** 0 = Sunday, 1 = Monday, per the locale's conventions (French: Monday). */
export function weekStartsOn(locale: string): 0 | 1 {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info) return info.firstDay === 7 ? 0 : 1;
  } catch {
    // fall through
  }
  return locale.toLowerCase().startsWith('en-us') ? 0 : 1;
}

export interface Formatters {
  locale: string;
  weekStartsOn: 0 | 1;
  number(n: number, digits?: number): string;
  percent(share: number, digits?: number): string;
  /** minutes as "3 h 05" or "45 min" (durationText) */
  duration(minutes: number): string;
  date(ms: number | Date, opts?: Intl.DateTimeFormatOptions): string;
  /** an instant's time of day in the locale's short style (fr 09:00, en-US 9:00 AM) */
  time(ms: number | Date): string;
  /** two instants of one day as a compact range in the locale's short style (fr 09:00–09:45, en-US 9:00 – 9:45 AM) */
  timeRange(from: number, to: number): string;
  dateTime(ms: number | Date): string;
  /** local days first to last inclusive ('YYYY-MM-DD') as one compact range: "Nov 15 – 21, 2026", "15–21 nov. 2026" (dayRangeText) */
  dayRange(first: string, last: string): string;
  weekday(day: number, style?: 'long' | 'short' | 'narrow'): string;
}

export function makeFormatters(language: string): Formatters {
  const locale = formattingLocale(language);
  const nf = (d: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: d, minimumFractionDigits: 0 });
  return {
    locale,
    weekStartsOn: weekStartsOn(locale),
    number: (n, digits = 1) => nf(digits).format(n),
    percent: (share, digits = 0) => percentText(share, locale, digits),
    duration: durationText,
    date: (ms, opts = { dateStyle: 'medium' }) => new Intl.DateTimeFormat(locale, opts).format(ms),
    time: (ms) => new Intl.DateTimeFormat(locale, TIME_OF_DAY).format(ms),
    timeRange: (from, to) => new Intl.DateTimeFormat(locale, TIME_OF_DAY).formatRange(from, to),
    dateTime: (ms) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
    dayRange: (first, last) => dayRangeText(first, last, locale),
    weekday: (day, style = 'long') => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day)),
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return makeFormatters(i18n.language);
}

/**
 * A file size in the app's language: kilobytes under a megabyte, else megabytes with one decimal
 * (French Ko and Mo, English KB and MB; 1 KB = 1,024 bytes, as file managers count).
 */
export function fileSizeText(bytes: number, locale: string, t: (key: string, params: Record<string, unknown>) => string): string {
  const kb = bytes / 1024;
  if (kb < 1024) return t('common.units.kilobytes', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(kb))) });
  return t('common.units.megabytes', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kb / 1024) });
}

/** Minutes since midnight as a time of day in the locale's short style (French 09:00, US 9:00 AM). */
export function minutesToTime(minutes: number, locale: string): string {
  return clockText(minutes, locale);
}
