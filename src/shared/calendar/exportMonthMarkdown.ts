// The month plan as Markdown, in the user's language: one table per week (the month's
// weeks, as in monthFill), then cadence per channel and week, pillar shares and the gaps.
// Every word comes from `t` (keys 'calendar.md.*', gapMessage's 'calendar.gap.*',
// STATUS_LABEL_KEYS and seeded names); dates use date-fns with the en-GB or fr locale ('EEE d MMM',
// 'LLLL yyyy'), times 'HH:mm' in `tz`. Items count on the same day as in monthFill.
// User text is escaped so that it cannot break the tables or add formatting.
import { TZDate } from '@date-fns/tz';
import { format as formatDate } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { localParts, hhmm, type LocalDay, type LocalMonth } from '../time';
import type { ExportResult } from './exportCommon';
import { formatPercent, gapMessage } from './gapMessages';
import { computeMonthFill, itemDate, type MonthFill } from './monthFill';
import { STATUS_LABEL_KEYS, displayName, type Channel, type ContentItem, type Format, type Pillar, type Translate } from './types';

export interface MonthMarkdownInput {
  month: LocalMonth;
  weekStartsOn: 0 | 1;
  tz: string;
  locale: 'en' | 'fr';
  channels: readonly Channel[];
  formats: readonly Format[];
  pillars: readonly Pillar[];
  items: readonly ContentItem[];
  t: Translate;
  /** the fill, if already computed with the same inputs */
  fill?: MonthFill;
}

/** Escapes Markdown in user text for a table cell or list item; newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .trim();
}

const LOCALES = { en: enGB, fr } as const;

const ITEM_COLUMN_KEYS = [
  'calendar.md.col.date',
  'calendar.md.col.channel',
  'calendar.md.col.title',
  'calendar.md.col.format',
  'calendar.md.col.pillar',
  'calendar.md.col.status',
  'calendar.md.col.publishAt',
] as const;
const PILLAR_COLUMN_KEYS = ['calendar.md.col.pillar', 'calendar.md.col.planned', 'calendar.md.col.share', 'calendar.md.col.target'] as const;

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

export function exportMonthMarkdown(input: MonthMarkdownInput): ExportResult {
  const { month, tz, locale, t } = input;
  const dfLocale = LOCALES[locale];
  const day = (date: LocalDay, pattern = 'EEE d MMM'): string => {
    const [y, m, d] = date.split('-').map(Number);
    return formatDate(new TZDate(y, m - 1, d, 'UTC'), pattern, { locale: dfLocale });
  };
  const fill = input.fill ?? computeMonthFill({ ...input });
  const channels = new Map(input.channels.map((c) => [c.id, c]));
  const formats = new Map(input.formats.map((f) => [f.id, f]));
  const pillars = new Map(input.pillars.map((p) => [p.id, p]));
  const nameOf = (entity: { name: string } | undefined): string => (entity ? escapeMarkdown(displayName(entity.name, t)) : '');

  const dated = input.items
    .filter((item) => item.status !== 'archived')
    .map((item) => ({ item, date: itemDate(item, tz) }))
    .filter((x): x is { item: ContentItem; date: LocalDay } => x.date !== null && x.date.startsWith(`${month}-`))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.item.publishAt ?? Infinity) - (b.item.publishAt ?? Infinity) || a.item.id - b.item.id);

  const lines: string[] = [];
  lines.push(`# ${t('calendar.md.title', { month: day(`${month}-01`, 'LLLL yyyy') })}`, '');
  lines.push(t('calendar.md.summary', { total: fill.plannedTotal }), '');

  const itemHeader = ITEM_COLUMN_KEYS.map((k) => t(k));
  for (const week of fill.weeks) {
    lines.push(`## ${t('calendar.md.week', { week: week.week, start: day(week.start), end: day(week.end) })}`, '');
    const inWeek = dated.filter((x) => x.date >= week.start && x.date <= week.end);
    if (inWeek.length === 0) {
      lines.push(`_${t('calendar.md.noItems')}_`, '');
      continue;
    }
    const rows = inWeek.map(({ item, date }) => {
      let publish = '';
      if (item.publishAt !== null) {
        const p = localParts(item.publishAt, tz);
        publish = p.date === date ? hhmm(p.minutes) : `${day(p.date)} ${hhmm(p.minutes)}`;
      }
      return [
        day(date),
        nameOf(item.channelId === null ? undefined : channels.get(item.channelId)),
        escapeMarkdown(item.title),
        nameOf(item.formatId === null ? undefined : formats.get(item.formatId)),
        nameOf(item.pillarId === null ? undefined : pillars.get(item.pillarId)),
        t(STATUS_LABEL_KEYS[item.status]),
        publish,
      ];
    });
    lines.push(...table(itemHeader, rows), '');
  }

  lines.push(`## ${t('calendar.md.cadence')}`, '');
  if (fill.channels.length === 0) {
    lines.push(`_${t('calendar.md.noChannels')}_`, '');
  } else {
    const header = [t('calendar.md.col.channel'), ...fill.weeks.map((w) => t('calendar.md.weekShort', { week: w.week })), t('calendar.md.col.total')];
    const rows = fill.channels.map((c) => [
      nameOf(channels.get(c.channelId)),
      ...c.weeks.map((w) => `${w.planned} / ${w.target}`),
      `${c.planned} / ${c.target}`,
    ]);
    lines.push(...table(header, rows), '');
  }

  lines.push(`## ${t('calendar.md.pillars')}`, '');
  if (fill.pillars.length === 0) {
    lines.push(`_${t('calendar.md.noPillars')}_`, '');
  } else {
    const header = PILLAR_COLUMN_KEYS.map((k) => t(k));
    const rows = fill.pillars.map((p) => [nameOf(pillars.get(p.pillarId)), String(p.planned), formatPercent(p.share, locale), formatPercent(p.targetShare, locale)]);
    lines.push(...table(header, rows), '');
  }

  lines.push(`## ${t('calendar.md.gaps')}`, '');
  if (fill.gaps.length === 0) {
    lines.push(`_${t('calendar.md.noGaps')}_`);
  } else {
    const names = {
      channelName: (id: number) => nameOf(channels.get(id)),
      pillarName: (id: number) => nameOf(pillars.get(id)),
      locale,
    };
    for (const gap of fill.gaps) {
      const message = gapMessage(gap, names);
      lines.push(`- ${t(message.key, message.params)}`);
    }
  }
  lines.push('');
  return { files: [{ name: `plan-${month}.md`, content: lines.join('\n') }], skipped: [] };
}
