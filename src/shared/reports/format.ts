// Locale formatting for reports, runtime-neutral (no navigator, no React): the renderer and the
// Markdown builders format figures the same way, so the PDF and the Markdown agree.
import { localDayAt } from '../time';

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

export interface ReportFormat {
  locale: string;
  number(n: number, digits?: number): string;
  percent(share: number, digits?: number): string;
  /** minutes as "3 h 05" or "45 min" */
  duration(minutes: number): string;
  /** an instant as a date in the report's zone */
  date(ms: number): string;
  /** a civil date (YYYY-MM-DD) */
  civil(day: string): string;
  /** local days first to last inclusive (YYYY-MM-DD) as one range (dayRangeText) */
  dayRange(first: string, last: string): string;
  /** the local days (in the report's zone) of the instants [from, to) as one range (dayRangeText) */
  period(from: number, to: number): string;
  /** minutes since midnight as a time of day */
  clock(minutes: number): string;
  weekday(day: number): string;
}

export function makeReportFormat(locale: string, tz: string): ReportFormat {
  const nf = (d: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: d, minimumFractionDigits: 0 });
  return {
    locale,
    number: (n, digits = 1) => nf(digits).format(n),
    percent: (share, digits = 0) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share),
    duration: durationText,
    date: (ms) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: tz }).format(ms),
    civil: (day) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`)),
    dayRange: (first, last) => dayRangeText(first, last, locale),
    period: (from, to) => dayRangeText(localDayAt(from, tz), localDayAt(Math.max(from, to - 1), tz), locale),
    clock: (minutes) => clockText(minutes, locale),
    weekday: (day) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day)),
  };
}

/** Escapes a value for one Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

export function mdTable(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const line = (cols: string[]) => `| ${cols.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
