// Buffer bulk-upload CSV: one file per channel (Buffer imports a file into one channel),
// header exactly `Text,Image URL,Tags,Posting Time`, Posting Time as 'YYYY-MM-DD HH:mm' in
// `tz`, which must be the time zone set on the Buffer channel.
// Text = the copy, with the link appended on its own paragraph when the copy does not
// already hold it; the channel's character limit applies to that text. Image URL and Tags
// stay empty (Coulisses keeps no hosted images and no Buffer tags).
import { localDateTime } from '../time';
import type { CsvValues } from '../csv/formulaGuard';
import { byPublishAt, nameSlug, scheduleBlocker, toCsv, type ExportFile, type ExportResult, type SkippedItem } from './exportCommon';
import type { Channel, ContentItem } from './types';

export const BUFFER_HEADER = ['Text', 'Image URL', 'Tags', 'Posting Time'] as const;

export interface BufferOptions {
  /** when given, items whose publish time is not after `now` are skipped ('in-past') */
  now?: number;
  /** default 'safe' (see csv/formulaGuard.ts); 'raw' for the text exactly as posted */
  values?: CsvValues;
}

/** The text as posted: copy, then the link on its own paragraph unless the copy holds it. */
export function textWithLink(copy: string, link: string): string {
  const l = link.trim();
  if (l === '' || copy.includes(l)) return copy;
  return copy.trim() === '' ? l : `${copy}\n\n${l}`;
}

export function exportBuffer(items: readonly ContentItem[], channels: readonly Channel[], tz: string, opts: BufferOptions = {}): ExportResult {
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const skipped: SkippedItem[] = [];
  const rowsByChannel = new Map<number, string[][]>();
  for (const item of items.slice().sort(byPublishAt)) {
    const text = textWithLink(item.copy, item.link);
    const channel = item.channelId === null ? undefined : channelById.get(item.channelId);
    const blocker = scheduleBlocker(item, channel, text);
    if (blocker) {
      skipped.push(blocker);
      continue;
    }
    const at = item.publishAt as number;
    if (opts.now !== undefined && at <= opts.now) {
      skipped.push({ itemId: item.id, reason: 'in-past', params: { at: localDateTime(at, tz) } });
      continue;
    }
    const rows = rowsByChannel.get(item.channelId as number) ?? [];
    rows.push([text, '', '', localDateTime(at, tz)]);
    rowsByChannel.set(item.channelId as number, rows);
  }
  const files: ExportFile[] = [];
  const stats = { neutralised: 0 };
  for (const channel of channels) {
    const rows = rowsByChannel.get(channel.id);
    if (rows) files.push({ name: `buffer-${channel.id}-${nameSlug(channel.name)}.csv`, content: toCsv(rows, { header: BUFFER_HEADER, values: opts.values, stats }) });
  }
  skipped.sort((a, b) => a.itemId - b.itemId);
  return { files, skipped, neutralised: stats.neutralised };
}
