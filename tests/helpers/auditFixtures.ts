// Builders for hand-made audit weeks, used by the tests beside this file.
import { DEFAULT_CHARTER, type Category, type Interruption, type InterruptionChannel, type Responsibility, type TimeEntry } from '../../src/shared/domain';
import type { AuditInput } from '../../src/shared/audit/metrics';

export const PARIS = 'Europe/Paris';

/** Epoch ms of an ISO string with an explicit offset, e.g. '2026-03-23T09:00+01:00'. */
export const t = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad ISO ${iso}`);
  return ms;
};

export const CAT = { content: 1, moderation: 2, meetings: 3, reporting: 4, admin: 5, adhoc: 6 } as const;

export const categories: Category[] = [
  { id: CAT.content, name: 'Content', color: '#112233', mode: 'deep', responsibilityId: 1, visibility: 'visible', archived: false, sortOrder: 1 },
  { id: CAT.moderation, name: 'Moderation', color: '#112233', mode: 'reactive', responsibilityId: 2, visibility: 'invisible', archived: false, sortOrder: 2 },
  { id: CAT.meetings, name: 'Meetings', color: '#112233', mode: 'meeting', responsibilityId: null, visibility: 'visible', archived: false, sortOrder: 3 },
  { id: CAT.reporting, name: 'Reporting', color: '#112233', mode: 'reporting', responsibilityId: 3, visibility: 'visible', archived: false, sortOrder: 4 },
  { id: CAT.admin, name: 'Admin', color: '#112233', mode: 'admin', responsibilityId: null, visibility: 'invisible', archived: true, sortOrder: 5 },
  { id: CAT.adhoc, name: 'Ad hoc', color: '#112233', mode: 'reactive', responsibilityId: null, visibility: 'visible', archived: false, sortOrder: 6 },
];

export const responsibilities: Responsibility[] = [
  { id: 1, text: 'Produce content', sortOrder: 1 },
  { id: 2, text: 'Moderate the community', sortOrder: 2 },
  { id: 3, text: 'Measure and report', sortOrder: 3 },
];

let nextId = 1;

export function entry(start: string, end: string | null, categoryId: number, extra: Partial<TimeEntry> = {}): TimeEntry {
  return {
    id: nextId++,
    start: t(start),
    end: end === null ? null : t(end),
    tz: PARIS,
    categoryId,
    note: '',
    platform: null,
    responsibilityId: null,
    visibility: null,
    source: 'manual',
    ...extra,
  };
}

export function interruption(at: string, channel: InterruptionChannel = 'chat', refocusMinutes = 15): Interruption {
  return { id: nextId++, at: t(at), tz: PARIS, channel, who: '', note: '', refocusMinutes };
}

/** Monday 2026-03-23 00:00 to Monday 2026-03-30 00:00 in Paris: 7 local days, Sunday the 29th lasts 23 hours. */
export const SPRING_WEEK = { from: t('2026-03-23T00:00+01:00'), to: t('2026-03-30T00:00+02:00') };
/** Monday 2026-10-19 00:00 to Monday 2026-10-26 00:00 in Paris: Sunday the 25th lasts 25 hours. */
export const AUTUMN_WEEK = { from: t('2026-10-19T00:00+02:00'), to: t('2026-10-26T00:00+01:00') };

export function auditInput(over: Partial<AuditInput> = {}): AuditInput {
  return {
    ...SPRING_WEEK,
    tz: PARIS,
    entries: [],
    interruptions: [],
    categories,
    responsibilities,
    charter: DEFAULT_CHARTER,
    now: t('2026-04-01T12:00+02:00'),
    ...over,
  };
}
