import { useTranslation } from 'react-i18next';

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
  hours(minutes: number): string;
  duration(minutes: number): string;
  date(ms: number | Date, opts?: Intl.DateTimeFormatOptions): string;
  time(ms: number | Date): string;
  dateTime(ms: number | Date): string;
  weekday(day: number, style?: 'long' | 'short' | 'narrow'): string;
}

export function makeFormatters(language: string): Formatters {
  const locale = formattingLocale(language);
  const nf = (d: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: d, minimumFractionDigits: 0 });
  return {
    locale,
    weekStartsOn: weekStartsOn(locale),
    number: (n, digits = 1) => nf(digits).format(n),
    percent: (share, digits = 0) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share),
    hours: (minutes) => `${nf(1).format(minutes / 60)} h`,
    duration: (minutes) => {
      const m = Math.round(minutes);
      const h = Math.floor(m / 60);
      const r = m % 60;
      return h ? `${h} h ${String(r).padStart(2, '0')}` : `${r} min`;
    },
    date: (ms, opts = { dateStyle: 'medium' }) => new Intl.DateTimeFormat(locale, opts).format(ms),
    time: (ms) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(ms),
    dateTime: (ms) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
    weekday: (day, style = 'long') => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day)),
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return makeFormatters(i18n.language);
}

/** Minutes since midnight as a locale time string (French 24-hour, US 12-hour). */
export function minutesToTime(minutes: number, locale: string, hour: 'numeric' | '2-digit' = 'numeric'): string {
  return new Intl.DateTimeFormat(locale, { hour, minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1, 0, minutes));
}
