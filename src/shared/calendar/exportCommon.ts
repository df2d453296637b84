// Shared pieces of the calendar exporters: result shape, skip rules, CSV writing.
import Papa from 'papaparse';
import { guardCells, type CsvValues } from '../csv/formulaGuard';
import { charCount } from './charCount';
import { SEED_NAME_KEY, type Channel, type ContentItem } from './types';

export interface ExportFile {
  name: string;
  content: string;
}

/**
 * Why an item was left out of an export. The UI phrases it with SKIP_REASON_KEYS[reason]
 * and `params`.
 * - no-publish-time: no publishAt
 * - over-limit: the text as posted is longer than the channel's limit ({ length, limit })
 * - no-channel: no channel, or an unknown one ({ channelId } when unknown)
 * - archived: the item is archived, or its channel is ({ channelId })
 * - in-past: the (rounded) publish time is not far enough in the future ({ at: 'YYYY-MM-DD HH:mm' })
 * - empty-text: nothing to post (no copy and no link)
 */
export type SkipReason = 'no-publish-time' | 'over-limit' | 'no-channel' | 'archived' | 'in-past' | 'empty-text';

export const SKIP_REASON_KEYS: Readonly<Record<SkipReason, string>> = {
  'no-publish-time': 'calendar.export.skipped.no-publish-time',
  'over-limit': 'calendar.export.skipped.over-limit',
  'no-channel': 'calendar.export.skipped.no-channel',
  archived: 'calendar.export.skipped.archived',
  'in-past': 'calendar.export.skipped.in-past',
  'empty-text': 'calendar.export.skipped.empty-text',
};

export interface SkippedItem {
  itemId: number;
  reason: SkipReason;
  params: Record<string, string | number>;
}

export interface ExportResult {
  files: ExportFile[];
  skipped: SkippedItem[];
  /** CSV cells given a leading ' because a spreadsheet would run them as formulas (0 for raw values and non-CSV files). */
  neutralised?: number;
}

export { charCount } from './charCount';

/** ASCII file-name part for a channel: seeded 'channel.linkedin' → 'linkedin', 'Mon Blog Été' → 'mon-blog-ete'. */
export function nameSlug(name: string): string {
  const base = SEED_NAME_KEY.test(name) ? name.slice(name.indexOf('.') + 1) : name;
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'channel' : slug;
}

/**
 * The first reason an item cannot be scheduled on its channel, or null. Checked in this
 * order: archived item, no channel, archived channel, no publish time, empty text, over limit.
 * `postedText` is the text as it will be posted (what the limit applies to).
 */
export function scheduleBlocker(item: ContentItem, channel: Channel | undefined, postedText: string): SkippedItem | null {
  const skip = (reason: SkipReason, params: Record<string, string | number> = {}): SkippedItem => ({ itemId: item.id, reason, params });
  if (item.status === 'archived') return skip('archived');
  if (item.channelId === null) return skip('no-channel');
  if (channel === undefined) return skip('no-channel', { channelId: item.channelId });
  if (channel.archived) return skip('archived', { channelId: channel.id });
  if (item.publishAt === null) return skip('no-publish-time');
  if (postedText.trim() === '') return skip('empty-text');
  const length = charCount(postedText, channel);
  if (channel.charLimit !== null && length > channel.charLimit) return skip('over-limit', { length, limit: channel.charLimit, channelId: channel.id });
  return null;
}

export interface CsvOptions {
  delimiter?: ',' | ';';
  /** default '\r\n' (RFC 4180) */
  newline?: string;
  header?: readonly string[];
  /** default 'safe': cells a spreadsheet would run as formulas get a leading ' (see csv/formulaGuard.ts) */
  values?: CsvValues;
  /** counts the cells neutralised */
  stats?: { neutralised: number };
}

/**
 * Rows to CSV text (no trailing newline). Fields are quoted only when needed (delimiter,
 * quote, CR, LF, leading or trailing space); quotes are doubled. By default a cell that begins
 * with =, +, -, @, tab or CR gets a leading ' (spreadsheet formula injection); with
 * `values: 'raw'` any text round-trips exactly. The header is ours and never guarded.
 */
export function toCsv(rows: readonly (readonly string[])[], opts: CsvOptions = {}): string {
  const config = { delimiter: opts.delimiter ?? ',', newline: opts.newline ?? '\r\n', quotes: false, escapeFormulae: false };
  const data = guardCells(rows, opts.values ?? 'safe', opts.stats);
  if (opts.header) return Papa.unparse({ fields: opts.header.slice(), data }, { ...config, header: true });
  return Papa.unparse(data, { ...config, header: false });
}

/** Orders by publish time, then id. */
export function byPublishAt(a: ContentItem, b: ContentItem): number {
  return (a.publishAt ?? Infinity) - (b.publishAt ?? Infinity) || a.id - b.id;
}
