// Hootsuite bulk-composer CSV: no header; columns date-time, message, link (the link
// column is left out of a row that has no link). One set of files per channel, since the
// social profile is chosen at upload; files are split every 350 rows (Hootsuite's maximum
// per upload) and numbered from 1.
// Date-time: 'DD/MM/YYYY HH:mm' (dmy) or 'MM/DD/YYYY HH:mm' (mdy), 24-hour, in `tz`.
// Hootsuite wants minutes ending in 0 or 5: times are rounded UP to the next multiple of
// 5 minutes (never earlier than planned; seconds count, 09:02:30 → 09:05). Hootsuite also
// refuses times in the past or too close: with `now`, an item whose rounded time is before
// now + minLeadMinutes (default 10) is skipped as 'in-past'.
// The channel's limit applies to the message plus a space and the link.
import { ceilToLocalStep, localDateTime, localParts, hhmm } from '../time';
import type { CsvValues } from '../csv/formulaGuard';
import { nameSlug, scheduleBlocker, toCsv, type ExportFile, type ExportResult, type SkippedItem } from './exportCommon';
import type { Channel, ContentItem } from './types';

export const HOOTSUITE_MAX_ROWS = 350;
export const HOOTSUITE_STEP_MINUTES = 5;

export interface HootsuiteOptions {
  dateOrder: 'dmy' | 'mdy';
  now?: number;
  /** default 10 */
  minLeadMinutes?: number;
  /** default 350 */
  maxRows?: number;
  /** default 'safe' (see csv/formulaGuard.ts); 'raw' for the text exactly as posted */
  values?: CsvValues;
}

export function hootsuiteDateTime(ms: number, tz: string, dateOrder: 'dmy' | 'mdy'): string {
  const { date, minutes } = localParts(ms, tz);
  const [y, m, d] = date.split('-');
  return `${dateOrder === 'dmy' ? `${d}/${m}` : `${m}/${d}`}/${y} ${hhmm(minutes)}`;
}

export function exportHootsuite(items: readonly ContentItem[], channels: readonly Channel[], tz: string, opts: HootsuiteOptions): ExportResult {
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const maxRows = Math.max(1, opts.maxRows ?? HOOTSUITE_MAX_ROWS);
  const lead = (opts.minLeadMinutes ?? 10) * 60_000;
  const skipped: SkippedItem[] = [];
  const byChannel = new Map<number, { at: number; id: number; row: string[] }[]>();
  for (const item of items) {
    const link = item.link.trim();
    const posted = link === '' ? item.copy : `${item.copy} ${link}`;
    const channel = item.channelId === null ? undefined : channelById.get(item.channelId);
    const blocker = scheduleBlocker(item, channel, posted);
    if (blocker) {
      skipped.push(blocker);
      continue;
    }
    const at = ceilToLocalStep(item.publishAt as number, tz, HOOTSUITE_STEP_MINUTES);
    if (opts.now !== undefined && at < opts.now + lead) {
      skipped.push({ itemId: item.id, reason: 'in-past', params: { at: localDateTime(at, tz) } });
      continue;
    }
    const row = [hootsuiteDateTime(at, tz, opts.dateOrder), item.copy];
    if (link !== '') row.push(link);
    const list = byChannel.get(item.channelId as number) ?? [];
    list.push({ at, id: item.id, row });
    byChannel.set(item.channelId as number, list);
  }
  const files: ExportFile[] = [];
  const stats = { neutralised: 0 };
  for (const channel of channels) {
    const list = byChannel.get(channel.id);
    if (!list) continue;
    list.sort((a, b) => a.at - b.at || a.id - b.id);
    for (let part = 0; part * maxRows < list.length; part += 1) {
      const rows = list.slice(part * maxRows, (part + 1) * maxRows).map((r) => r.row);
      files.push({ name: `hootsuite-${channel.id}-${nameSlug(channel.name)}-${part + 1}.csv`, content: toCsv(rows, { values: opts.values, stats }) });
    }
  }
  skipped.sort((a, b) => a.itemId - b.itemId);
  return { files, skipped, neutralised: stats.neutralised };
}
