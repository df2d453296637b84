// Veille items: the inbox, triage (keep, skip, star), links added by hand, annotations (kind of
// signal, theme, monitoring question, implication for the brand), weak signals seen again and
// promoted to trends.
import { AppError } from '../../shared/contract/result';
import { isoWeekMonday, localDayBounds, addDays } from '../../shared/time';
import { canonicalUrl } from '../../shared/veille/canonicalUrl';
import { allowedHosts, hostOf } from '../../shared/veille/fetchPolicy';
import type { SignalKind, TriageState } from '../../shared/veille/constants';
import type { VeilleItem, VeilleItemRow } from '../../shared/veille/types';
import type { Db } from '../db/types';
import {
  deleteItemRow,
  insertItemIfNew,
  itemByCanonical,
  itemCitations,
  itemCounts,
  itemEchoes,
  promoteAnnotation,
  readItemBody,
  readItemRow,
  readItems,
  setNote,
  setRead,
  setTriage,
  upsertAnnotation,
  wasWeakSignal,
  type ItemView,
} from './itemsStore';
import { readSource, sourceAddresses } from './sourcesStore';

/** [from, to) epoch ms of an ISO week in `tz`: Monday 00:00 to the next Monday 00:00, local time. */
export function weekSpan(week: string, tz: string): { from: number; to: number; firstDay: string; lastDay: string } {
  const monday = isoWeekMonday(week);
  if (!monday) throw new AppError('invalid_input', `Not an ISO week: ${week}.`);
  return { from: localDayBounds(monday, tz).start, to: localDayBounds(addDays(monday, 7), tz).start, firstDay: monday, lastDay: addDays(monday, 6) };
}

/** The items of a view, filtered by source, words and the ISO week they arrived in; with the counts of every view. */
export function listItems(db: Db, f: { view: ItemView; sourceId?: number; query?: string; week?: string; limit: number }, tz: string): { items: VeilleItemRow[]; counts: Record<ItemView, number> } {
  const words = (f.query ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
  const added = f.week ? weekSpan(f.week, tz) : undefined;
  return { items: readItems(db, { view: f.view, sourceId: f.sourceId, words, added, limit: f.limit }), counts: itemCounts(db) };
}

/** One item with its cached text, note, citations and echoes; `canFetchText` applies the fetch policy. */
export function getItem(db: Db, id: number): VeilleItem {
  const row = readItemRow(db, id);
  const body = readItemBody(db, id);
  if (!row || !body) throw new AppError('not_found', `Item ${id} does not exist.`);
  const source = row.sourceId !== null ? readSource(db, row.sourceId) : undefined;
  const host = hostOf(row.url);
  const canFetchText = Boolean(source?.fetchEnabled && host && allowedHosts(sourceAddresses(db)).has(host));
  return {
    ...row,
    text: body.fullText || body.summary,
    note: body.note,
    fullText: Boolean(body.fullText),
    canFetchText,
    citedIn: itemCitations(db, id),
    echoes: itemEchoes(db, id),
  };
}

/**
 * Adds a link by hand (kept at once: the user chose it). Refused with veille_duplicate when its
 * canonical URL is already an item (tracking parameters, fragment, http/https and www. ignored).
 */
export function addManualItem(db: Db, input: { url: string; title?: string; note: string; sourceId: number | null }, now: number, tz: string): VeilleItem {
  const canonical = canonicalUrl(input.url);
  if (!canonical) throw new AppError('invalid_input', 'Not an http(s) address.');
  const dup = itemByCanonical(db, canonical);
  if (dup) throw new AppError('veille_duplicate', `Already in the monitoring as "${dup.title}".`, { title: dup.title, id: dup.id });
  if (input.sourceId !== null && !readSource(db, input.sourceId)) throw new AppError('not_found', `Source ${input.sourceId} does not exist.`);
  const url = new URL(input.url).href;
  const id = insertItemIfNew(db, {
    sourceId: input.sourceId,
    url,
    canonicalUrl: canonical,
    guid: null,
    title: input.title?.trim() || url,
    author: '',
    publishedAt: null,
    addedAt: now,
    tz,
    origin: 'manual',
    summary: '',
    note: input.note,
  });
  if (id === null) throw new AppError('veille_duplicate', 'Already in the monitoring.', { title: input.title ?? url });
  setTriage(db, id, { triage: 'kept' }, now);
  return getItem(db, id);
}

/** Keeps, skips, stars or returns an item to the inbox (epoch ms `now` marks it triaged and read). Starring an item of the inbox keeps it. Throws not_found. */
export function triageItem(db: Db, input: { id: number; triage?: TriageState; starred?: boolean }, now: number): VeilleItemRow {
  const row = readItemRow(db, input.id);
  if (!row) throw new AppError('not_found', `Item ${input.id} does not exist.`);
  // A starred item is kept: starring an item of the inbox keeps it.
  const triage = input.starred === true && input.triage === undefined && row.triage === 'new' ? 'kept' : input.triage;
  setTriage(db, input.id, { triage, starred: input.starred }, now);
  return readItemRow(db, input.id)!;
}

/** Marks the item read (opened in the reading pane) once; later calls keep the first instant. Throws not_found. */
export function markRead(db: Db, id: number, now: number): { done: true } {
  if (setRead(db, id, now) === 0) throw new AppError('not_found', `Item ${id} does not exist.`);
  return { done: true };
}

/** Replaces the item's note. Throws not_found. */
export function setItemNote(db: Db, id: number, note: string): VeilleItem {
  if (!readItemRow(db, id)) throw new AppError('not_found', `Item ${id} does not exist.`);
  setNote(db, id, note);
  return getItem(db, id);
}

/**
 * Saves the item's annotation. `echoOf` names an earlier item annotated as a weak signal that
 * this one shows again; it must exist, differ from the item and have been a weak signal.
 */
export function annotateItem(db: Db, input: { id: number; signal: SignalKind | null; theme: string; question: string; implication: string; echoOf: number | null }, now: number): VeilleItem {
  if (!readItemRow(db, input.id)) throw new AppError('not_found', `Item ${input.id} does not exist.`);
  if (input.echoOf !== null) {
    const target = readItemRow(db, input.echoOf);
    if (!target || input.echoOf === input.id) throw new AppError('not_found', `Weak signal ${input.echoOf} does not exist.`);
    if (!wasWeakSignal(db, input.echoOf)) throw new AppError('invalid_input', `Item ${input.echoOf} is not a weak signal.`);
  }
  upsertAnnotation(db, input.id, input, now);
  return getItem(db, input.id);
}

/** A weak signal seen again becomes a trend; the measures count it as promoted. */
export function promoteItem(db: Db, id: number, now: number): VeilleItem {
  const row = readItemRow(db, id);
  if (!row) throw new AppError('not_found', `Item ${id} does not exist.`);
  if (row.annotation?.signal !== 'weak') throw new AppError('invalid_input', `Item ${id} is not a weak signal.`);
  promoteAnnotation(db, id, now);
  return getItem(db, id);
}

/** Deletes an item; refused (veille_item_cited) while a report cites it. */
export function deleteItem(db: Db, id: number): { done: true } {
  const row = readItemRow(db, id);
  if (!row) throw new AppError('not_found', `Item ${id} does not exist.`);
  if (row.cited > 0) throw new AppError('veille_item_cited', `Item ${id} is cited in a report.`);
  deleteItemRow(db, id);
  return { done: true };
}
