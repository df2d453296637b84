// Month fill, the Today summary and the data behind the exports.
import { computeMonthFill, type MonthFill } from '../../shared/calendar/monthFill';
import { localParts, monthOf, type LocalMonth } from '../../shared/time';
import type { Db } from '../db/types';
import { listSessions, nextSessionFrom } from './sessionsStore';
import { channels, formats, pillars } from './lookups';
import { itemsOfMonth } from './items';
import { getRitual } from './lookups';
import { getSettings } from '../system/settings';

export function monthFill(db: Db, month: LocalMonth, weekStartsOn: 0 | 1, tz: string): MonthFill {
  return computeMonthFill({ month, weekStartsOn, tz, channels: channels.list(db), pillars: pillars.list(db), items: itemsOfMonth(db, month, tz) });
}

export function calendarSummary(db: Db, weekStartsOn: 0 | 1 | undefined, ctx: { now: number; tz: string }) {
  const today = localParts(ctx.now, ctx.tz).date;
  const month = monthOf(today);
  const start = weekStartsOn ?? (getSettings(db).language === 'en' ? 0 : 1);
  const fill = monthFill(db, month, start, ctx.tz);
  const next = nextSessionFrom(db, today);
  return {
    nextSession: next ? { id: next.id, date: next.date, start: next.start, end: next.end, itemCount: next.itemCount } : null,
    today,
    month,
    planned: fill.plannedTotal,
    target: fill.channels.reduce((s, c) => s + c.target, 0),
    gaps: fill.gaps,
    channels: channels.list(db),
    pillars: pillars.list(db),
  };
}

export function exportData(db: Db, month: LocalMonth, ctx: { now: number; tz: string }) {
  return {
    items: itemsOfMonth(db, month, ctx.tz),
    sessions: listSessions(db).filter((s) => s.targetMonth === month || monthOf(s.date) === month),
    channels: channels.list(db),
    pillars: pillars.list(db),
    formats: formats.list(db),
    ritual: getRitual(db),
    now: ctx.now,
    tz: ctx.tz,
  };
}
