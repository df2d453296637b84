// Locale formatting for reports, runtime-neutral (no navigator, no React): the renderer and the
// Markdown builders format figures the same way, so the PDF and the Markdown agree.
import { localDayAt } from '../time';
import { clockText, dayRangeText, durationText } from './textFormat';

export * from './textFormat';

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
