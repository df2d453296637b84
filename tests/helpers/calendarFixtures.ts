// Shared sample data for the calendar tests (not used by the app).
import { SEED_CHANNELS, SEED_FORMATS, SEED_PILLARS, type BatchSession, type Channel, type ContentItem } from '../../src/shared/calendar/types';
import { newRunState } from '../../src/shared/calendar/batchRun';

export const TZ = 'Europe/Paris';

/** Epoch ms of a wall-clock time in Paris in November 2025 (UTC+1, no DST change). */
export function parisNov(day: number, hour: number, minute = 0, second = 0): number {
  return Date.UTC(2025, 10, day, hour - 1, minute, second);
}

export const channels: Channel[] = [
  ...SEED_CHANNELS.filter((c) => ['channel.instagram', 'channel.linkedin', 'channel.x'].includes(c.name)),
  { id: 20, name: 'Blog Été', color: '#333333', cadencePerWeek: 1, charLimit: null, archived: false },
  { id: 21, name: 'Old Page', color: '#999999', cadencePerWeek: 2, charLimit: 1000, archived: true },
];
export const formats = SEED_FORMATS.slice();
export const pillars = SEED_PILLARS.slice();

let nextId = 100;
export function item(over: Partial<ContentItem>): ContentItem {
  nextId += 1;
  return {
    id: nextId,
    title: `Item ${nextId}`,
    channelId: 2,
    formatId: 5,
    pillarId: 1,
    plannedDate: null,
    publishAt: null,
    tz: TZ,
    status: 'idea',
    copy: '',
    link: '',
    notes: '',
    sessionId: null,
    ...over,
  };
}

/** A month of items with the awkward cases the exporters must handle. */
export const items: ContentItem[] = [
  {
    id: 1, title: 'Coulisses du shooting', channelId: 1, formatId: 2, pillarId: 2, plannedDate: '2025-11-03', publishAt: parisNov(4, 18, 2, 30),
    tz: TZ, status: 'scheduled', copy: 'On vous montre tout 📸\n"Avant", pendant; après, enfin !', link: 'https://example.com/shooting', notes: '', sessionId: 1,
  },
  {
    id: 2, title: 'Guide KPI, partie 1', channelId: 2, formatId: 6, pillarId: 1, plannedDate: '2025-11-05', publishAt: parisNov(5, 9, 0),
    tz: TZ, status: 'ready', copy: '3 KPI qui comptent vraiment :\n1. portée\n2. engagement\n3. conversions', link: '', notes: 'citer la source', sessionId: 1,
  },
  {
    id: 3, title: 'Thread', channelId: 3, formatId: 5, pillarId: 1, plannedDate: '2025-11-05', publishAt: parisNov(5, 12, 15),
    tz: TZ, status: 'ready', copy: 'x'.repeat(281), link: '', notes: '', sessionId: 1,
  },
  {
    id: 4, title: 'Sondage', channelId: 3, formatId: 5, pillarId: 3, plannedDate: '2025-11-12', publishAt: null,
    tz: TZ, status: 'review', copy: 'Votre format préféré ?', link: '', notes: '', sessionId: 1,
  },
  {
    id: 5, title: 'Sans canal', channelId: null, formatId: null, pillarId: null, plannedDate: '2025-11-14', publishAt: parisNov(14, 10, 0),
    tz: TZ, status: 'idea', copy: 'Idée', link: '', notes: '', sessionId: null,
  },
  {
    id: 6, title: 'Archivé', channelId: 2, formatId: 5, pillarId: 4, plannedDate: '2025-11-18', publishAt: parisNov(18, 9, 0),
    tz: TZ, status: 'archived', copy: 'Ancien', link: '', notes: '', sessionId: null,
  },
  {
    id: 7, title: 'Page fermée', channelId: 21, formatId: 5, pillarId: 4, plannedDate: '2025-11-19', publishAt: parisNov(19, 9, 0),
    tz: TZ, status: 'ready', copy: 'Promo', link: '', notes: '', sessionId: null,
  },
  {
    id: 8, title: 'Témoignage client', channelId: 2, formatId: 1, pillarId: 3, plannedDate: '2025-11-20', publishAt: parisNov(20, 8, 30),
    tz: TZ, status: 'drafting', copy: ' leading space, trailing space ', link: 'https://example.com/a?b=1,2', notes: '', sessionId: 1,
  },
  {
    id: 9, title: 'Offre de décembre', channelId: 1, formatId: 3, pillarId: 4, plannedDate: null, publishAt: parisNov(28, 17, 58),
    tz: TZ, status: 'ready', copy: 'שלום — مرحبا — offre -20 % ; =SUM(A1)', link: '', notes: '', sessionId: null,
  },
  {
    id: 10, title: 'Article long', channelId: 20, formatId: 6, pillarId: 1, plannedDate: '2025-11-26', publishAt: parisNov(26, 7, 0),
    tz: TZ, status: 'visuals', copy: 'Le blog | en *gras* et _italique_ <b>', link: 'https://example.com/blog', notes: 'ligne 1\nligne 2', sessionId: 1,
  },
];

export const session: BatchSession = {
  id: 1,
  date: '2025-10-27',
  start: 13 * 60,
  end: 17 * 60,
  tz: TZ,
  targetMonth: '2025-11',
  state: newRunState(),
};
