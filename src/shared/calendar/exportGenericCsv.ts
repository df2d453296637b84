// Generic CSV of content items for spreadsheets: UTF-8 with a BOM (so Excel reads UTF-8),
// CRLF line ends. French: ';' separator and decimal comma; English: ',' and decimal point.
// Header labels come from the caller (already translated), one per column key.
// Dates: in English plannedDate 'YYYY-MM-DD' and publishAt 'YYYY-MM-DD HH:mm'; in French, as a
// French spreadsheet reads them, 'dd/mm/yyyy' and 'dd/mm/yyyy HH:mm' (issue 14); publishAt in the
// item's own zone, which is in the timeZone column. Names of seeded channels, formats and pillars, and the
// status, go through `t` when given (STATUS_LABEL_KEYS), else stay raw.
// Every item passed is exported (archived ones too), ordered by planned date then id;
// `skipped` is always empty.
import type { CsvValues } from '../csv/formulaGuard';
import { charCount, toCsv, type ExportResult } from './exportCommon';
import { localDateTime } from '../time';
import { STATUS_LABEL_KEYS, displayName, type Channel, type ContentItem, type Format, type Pillar, type Translate } from './types';

export const GENERIC_CSV_COLUMNS = [
  'id',
  'title',
  'channel',
  'format',
  'pillar',
  'status',
  'plannedDate',
  'publishAt',
  'timeZone',
  'copy',
  'characters',
  'link',
  'notes',
  'writingMinutes',
  'visualsMinutes',
  'effortHours',
  'sessionId',
] as const;
export type GenericCsvColumn = (typeof GENERIC_CSV_COLUMNS)[number];

/** Suggested i18n keys of the header labels; `genericCsvHeaders(t)` translates them all. */
export const GENERIC_CSV_HEADER_KEYS: Readonly<Record<GenericCsvColumn, string>> = {
  id: 'calendar.csv.col.id',
  title: 'calendar.csv.col.title',
  channel: 'calendar.csv.col.channel',
  format: 'calendar.csv.col.format',
  pillar: 'calendar.csv.col.pillar',
  status: 'calendar.csv.col.status',
  plannedDate: 'calendar.csv.col.plannedDate',
  publishAt: 'calendar.csv.col.publishAt',
  timeZone: 'calendar.csv.col.timeZone',
  copy: 'calendar.csv.col.copy',
  characters: 'calendar.csv.col.characters',
  link: 'calendar.csv.col.link',
  notes: 'calendar.csv.col.notes',
  writingMinutes: 'calendar.csv.col.writingMinutes',
  visualsMinutes: 'calendar.csv.col.visualsMinutes',
  effortHours: 'calendar.csv.col.effortHours',
  sessionId: 'calendar.csv.col.sessionId',
};

export function genericCsvHeaders(t: Translate): Record<GenericCsvColumn, string> {
  return Object.fromEntries(GENERIC_CSV_COLUMNS.map((c) => [c, t(GENERIC_CSV_HEADER_KEYS[c])])) as Record<GenericCsvColumn, string>;
}

export interface GenericCsvLookups {
  channels: readonly Channel[];
  formats: readonly Format[];
  pillars: readonly Pillar[];
  t?: Translate;
}

export interface GenericCsvOptions {
  locale: 'en' | 'fr';
  headers: Record<GenericCsvColumn, string>;
  /** subset and order of columns; default GENERIC_CSV_COLUMNS */
  columns?: readonly GenericCsvColumn[];
  /** default 'content.csv' */
  fileName?: string;
  /** default 'safe' (see csv/formulaGuard.ts); 'raw' for an exact round trip */
  values?: CsvValues;
}

export const CSV_BOM = '\uFEFF';

/** A number with at most `decimals` decimals, no grouping, decimal comma in French. */
export function formatDecimal(value: number, locale: 'en' | 'fr', decimals = 2): string {
  const factor = 10 ** decimals;
  const text = String(Math.round(value * factor) / factor);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** 'YYYY-MM-DD' as the language writes it in a spreadsheet: French dd/mm/yyyy, English as is. */
export function csvDay(day: string, locale: 'en' | 'fr'): string {
  return locale === 'fr' ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : day;
}

function byPlannedDate(a: ContentItem, b: ContentItem): number {
  if (a.plannedDate !== b.plannedDate) {
    if (a.plannedDate === null) return 1;
    if (b.plannedDate === null) return -1;
    return a.plannedDate < b.plannedDate ? -1 : 1;
  }
  return a.id - b.id;
}

export function exportGenericCsv(items: readonly ContentItem[], lookups: GenericCsvLookups, opts: GenericCsvOptions): ExportResult {
  const { t } = lookups;
  const channels = new Map(lookups.channels.map((c) => [c.id, c]));
  const formats = new Map(lookups.formats.map((f) => [f.id, f]));
  const pillars = new Map(lookups.pillars.map((p) => [p.id, p]));
  const columns = opts.columns ?? GENERIC_CSV_COLUMNS;
  const name = (entity: { name: string } | undefined): string => (entity ? displayName(entity.name, t) : '');

  const cell = (item: ContentItem, column: GenericCsvColumn): string => {
    const format = item.formatId === null ? undefined : formats.get(item.formatId);
    switch (column) {
      case 'id':
        return String(item.id);
      case 'title':
        return item.title;
      case 'channel':
        return name(item.channelId === null ? undefined : channels.get(item.channelId));
      case 'format':
        return name(format);
      case 'pillar':
        return name(item.pillarId === null ? undefined : pillars.get(item.pillarId));
      case 'status':
        return t ? t(STATUS_LABEL_KEYS[item.status]) : item.status;
      case 'plannedDate':
        return item.plannedDate === null ? '' : csvDay(item.plannedDate, opts.locale);
      case 'publishAt': {
        if (item.publishAt === null) return '';
        const at = localDateTime(item.publishAt, item.tz);
        return `${csvDay(at.slice(0, 10), opts.locale)}${at.slice(10)}`;
      }
      case 'timeZone':
        return item.tz;
      case 'copy':
        return item.copy;
      case 'characters':
        return String(charCount(item.copy, item.channelId === null ? undefined : channels.get(item.channelId)));
      case 'link':
        return item.link;
      case 'notes':
        return item.notes;
      case 'writingMinutes':
        return format ? String(format.writingMinutes) : '';
      case 'visualsMinutes':
        return format ? String(format.visualsMinutes) : '';
      case 'effortHours':
        return format ? formatDecimal((format.writingMinutes + format.visualsMinutes) / 60, opts.locale) : '';
      case 'sessionId':
        return item.sessionId === null ? '' : String(item.sessionId);
    }
  };

  const rows = items
    .slice()
    .sort(byPlannedDate)
    .map((item) => columns.map((c) => cell(item, c)));
  const stats = { neutralised: 0 };
  const content = CSV_BOM + toCsv(rows, { delimiter: opts.locale === 'fr' ? ';' : ',', header: columns.map((c) => opts.headers[c]), values: opts.values, stats });
  return { files: [{ name: opts.fileName ?? 'content.csv', content }], skipped: [], neutralised: stats.neutralised };
}
