// Content items: create, edit, move, delete; month ranges and the idea backlog.
import { alreadyRestored } from '../core/undo';
import { itemDate } from '../../shared/calendar/monthFill';
import { addDays, dayNumber, firstDayOfMonth, lastDayOfMonth, type LocalDay, type LocalMonth } from '../../shared/time';
import type { ContentItem } from '../../shared/calendar/types';
import { AppError } from '../../shared/contract/result';
import type { Db } from '../db/types';
import { deleteItemRow, getItem, insertItem, listItemsInRange, updateItemRow } from './itemsStore';
import { getSession } from './sessionsStore';
import { channels, formats, pillars } from './lookups';

const DAY_MS = 86_400_000;

function checkReferences(db: Db, item: Omit<ContentItem, 'id'>): void {
  if (item.channelId !== null && !channels.get(db, item.channelId)) throw new AppError('not_found', 'This channel does not exist.', { id: item.channelId });
  if (item.formatId !== null && !formats.get(db, item.formatId)) throw new AppError('not_found', 'This format does not exist.', { id: item.formatId });
  if (item.pillarId !== null && !pillars.get(db, item.pillarId)) throw new AppError('not_found', 'This pillar does not exist.', { id: item.pillarId });
  if (item.sessionId !== null && !getSession(db, item.sessionId)) throw new AppError('not_found', 'This batch session does not exist.', { id: item.sessionId });
}

export function createItem(db: Db, input: Omit<ContentItem, 'id' | 'tz'> & { tz?: string }, ctx: { now: number; tz: string }): ContentItem {
  const item = { ...input, tz: input.tz ?? ctx.tz };
  checkReferences(db, item);
  return getItem(db, insertItem(db, item, ctx.now))!;
}

export function requireItem(db: Db, id: number): ContentItem {
  const item = getItem(db, id);
  if (!item) throw new AppError('not_found', 'This content item does not exist.', { id });
  return item;
}

export function updateItem(db: Db, patch: Partial<ContentItem> & { id: number }, now: number): ContentItem {
  const old = requireItem(db, patch.id);
  const next: ContentItem = { ...old };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
  checkReferences(db, next);
  updateItemRow(db, next, now);
  return getItem(db, old.id)!;
}

/** Deletes an item and returns it as it was (the renderer offers Undo with it). */
export function deleteItem(db: Db, id: number): ContentItem {
  const item = requireItem(db, id);
  deleteItemRow(db, id);
  return item;
}

/**
 * Puts back a deleted item (Undo) through the same checks as a new one. A channel, format, pillar
 * or session deleted in the meantime is left out, as their deletion would have done to the item
 * (ON DELETE SET NULL). Keeps its id when it is still free. Already back (a second press, a backup
 * restore that brought it back): answered as it is, nothing written.
 */
export function restoreItem(db: Db, item: ContentItem, now: number): ContentItem {
  const current = getItem(db, item.id);
  if (current && alreadyRestored(current, item)) return current;
  const keep = <T>(ref: number | null, exists: (id: number) => T | undefined) => (ref !== null && exists(ref) ? ref : null);
  const next = {
    ...item,
    channelId: keep(item.channelId, (id) => channels.get(db, id)),
    formatId: keep(item.formatId, (id) => formats.get(db, id)),
    pillarId: keep(item.pillarId, (id) => pillars.get(db, id)),
    sessionId: keep(item.sessionId, (id) => getSession(db, id)),
  };
  checkReferences(db, next);
  const { id, ...fields } = next;
  return getItem(db, insertItem(db, { ...fields, ...(getItem(db, id) ? {} : { id }) }, now))!;
}

/** Items that count on a day between `from` and `to` (planned date, else publish day in `tz`). */
export function itemsBetween(db: Db, from: LocalDay, to: LocalDay, tz: string): ContentItem[] {
  const fromMs = dayNumber(from) * DAY_MS - DAY_MS;
  const toMs = dayNumber(addDays(to, 2)) * DAY_MS;
  return listItemsInRange(db, from, to, fromMs, toMs).filter((item) => {
    const date = itemDate(item, tz);
    return date !== null && date >= from && date <= to;
  });
}

export function itemsOfMonth(db: Db, month: LocalMonth, tz: string): ContentItem[] {
  return itemsBetween(db, firstDayOfMonth(month), lastDayOfMonth(month), tz);
}
