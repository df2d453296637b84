// Small helpers shared by the calendar screens: lookups, names, dates in the user's locale.
import { TZDate } from '@date-fns/tz';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { userTimeZone } from '../../lib/locale';
import { displayName, type Channel, type ContentItem, type ContentStatus, type Format, type Pillar } from '../../../../shared/calendar/types';
import { localParts, type LocalDay } from '../../../../shared/time';
import { TIME_OF_DAY } from '../../../../shared/reports/format';

export interface Lookups {
  channels: Channel[];
  pillars: Pillar[];
  formats: Format[];
  channel(id: number | null): Channel | undefined;
  pillar(id: number | null): Pillar | undefined;
  format(id: number | null): Format | undefined;
  name(entity: { name: string } | undefined): string;
}

export function useLookups(): Lookups | null {
  const { t } = useTranslation();
  const q = useApi('calendar.lookups');
  if (!q.data) return null;
  const { channels, pillars, formats } = q.data;
  return {
    channels,
    pillars,
    formats,
    channel: (id) => (id === null ? undefined : channels.find((c) => c.id === id)),
    pillar: (id) => (id === null ? undefined : pillars.find((p) => p.id === id)),
    format: (id) => (id === null ? undefined : formats.find((f) => f.id === id)),
    name: (entity) => (entity ? displayName(entity.name, t) : ''),
  };
}

export interface Filters {
  channelId: number | null;
  pillarId: number | null;
  status: ContentStatus | null;
}

export const NO_FILTERS: Filters = { channelId: null, pillarId: null, status: null };

export function matches(item: ContentItem, f: Filters): boolean {
  return (f.channelId === null || item.channelId === f.channelId) && (f.pillarId === null || item.pillarId === f.pillarId) && (f.status === null || item.status === f.status);
}

/** A calendar date as a UTC instant, for Intl formatting with timeZone 'UTC'. */
export function dateMs(date: LocalDay): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function formatDay(date: LocalDay, locale: string, opts: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }): string {
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(dateMs(date));
}

export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dateMs(`${month}-01`));
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function todayIso(): LocalDay {
  return localParts(Date.now(), userTimeZone()).date;
}

/** Today by the app's clock (the main process's, which tests can fix). */
export function useToday(): LocalDay {
  const summary = useApi('calendar.summary');
  return summary.data?.today ?? todayIso();
}

/** A local date and minutes in a zone → epoch ms. */
export function toInstant(date: LocalDay, minutes: number, tz: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, tz).getTime();
}

export function timeText(ms: number, locale: string, tz: string): string {
  return new Intl.DateTimeFormat(locale, { ...TIME_OF_DAY, timeZone: tz }).format(ms);
}

/** Black or white, whichever reads better on a colour. */
export function textOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  const lum = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return lum > 0.55 ? '#111111' : '#ffffff';
}
