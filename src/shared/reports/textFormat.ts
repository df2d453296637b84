// Locale formatting for reports, runtime-neutral (no navigator, no React): the renderer and the
// Markdown builders format figures the same way, so the PDF and the Markdown agree.
// Intl only, no other import: the renderer's first paint loads this (lib/locale.ts); the report
// format with its time zones (format.ts) stays in the screens that use it.

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The one time-of-day format of the app: the locale's short time style (fr-FR 09:05, en-US
 * 9:05 AM, en-GB 09:05), for clocks, ranges, axis labels and exports alike (issue 14).
 */
export const TIME_OF_DAY: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/** Minutes since local midnight as a time of day in `locale` (TIME_OF_DAY); 1440 reads as midnight. */
export function clockText(minutes: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...TIME_OF_DAY, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1, 0, minutes));
}

/**
 * The one format of a span of local days, first to last inclusive (both 'YYYY-MM-DD'), for the
 * audit's week, the charter's week or month and their exports alike: the locale's compact range
 * through Intl formatRange (en-US "Nov 15 – 21, 2026", "Nov 29 – Dec 5, 2026"; fr-FR
 * "15–21 nov. 2026"), one date when first = last. The days are civil dates, formatted at noon UTC
 * with timeZone 'UTC', so no zone can move them. The caller gives first <= last (Intl prints a
 * reversed span as given).
 */
export function dayRangeText(first: string, last: string, locale: string): string {
  const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(at(first), at(last));
}

/**
 * Minutes as "3 h 05" or "45 min", with no-break spaces so that a figure never wraps inside
 * itself. The same in both languages (the hour symbol is international).
 */
export function durationText(minutes: number): string {
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  const r = m % 60;
  return h ? `${h}\u00a0h\u00a0${String(r).padStart(2, '0')}` : `${r}\u00a0min`;
}

/**
 * A share (0–1, so 0.44 is 44 %) as a percentage in `locale` through Intl, rounded to `digits`
 * decimals: the one percent format of the app, for screens, charts, Markdown and PDF alike
 * (en-US "44%", fr-FR "44 %", decimal comma in French). The space before % is always a no-break
 * space (U+00A0): ICU versions differ (U+00A0 or the narrow U+202F), and a hand-made
 * `${n}\u202f%` in the month-fill export used to differ from the rest of the app.
 */
export function percentText(share: number, locale: string, digits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share).replace(/\u202f(?=%)/g, '\u00a0');
}
