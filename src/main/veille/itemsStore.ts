// SQL of veille items and their annotations.
import type { Reliability, SignalKind, SourceKind, TriageState } from '../../shared/veille/constants';
import type { VeilleAnnotation, VeilleItemRow } from '../../shared/veille/types';
import type { Db } from '../db/types';

interface RawItem {
  id: number;
  source_id: number | null;
  source_title: string | null;
  reliability: Reliability | null;
  url: string;
  title: string;
  published_at: number | null;
  added_at: number;
  origin: SourceKind;
  triage: TriageState;
  starred: number;
  read_at: number | null;
  excerpt: string;
  signal: SignalKind | null;
  a_theme: string | null;
  question: string | null;
  implication: string | null;
  echo_of: number | null;
  promoted_at: number | null;
  has_annotation: number;
  cited: number;
}

const ITEM_SELECT = `
  SELECT i.id, i.source_id, s.title AS source_title, s.reliability, i.url, i.title, i.published_at, i.added_at, i.origin, i.triage, i.starred, i.read_at,
         substr(coalesce(nullif(i.full_text, ''), i.summary), 1, 320) AS excerpt,
         a.signal, a.theme AS a_theme, a.question, a.implication, a.echo_of, a.promoted_at, (a.item_id IS NOT NULL) AS has_annotation,
         (SELECT count(*) FROM veille_citation c WHERE c.item_id = i.id) AS cited
  FROM veille_item i
  LEFT JOIN veille_source s ON s.id = i.source_id
  LEFT JOIN veille_annotation a ON a.item_id = i.id`;

function toRow(r: RawItem): VeilleItemRow {
  const annotation: VeilleAnnotation | null = r.has_annotation
    ? { signal: r.signal, theme: r.a_theme ?? '', question: r.question ?? '', implication: r.implication ?? '', echoOf: r.echo_of, promotedAt: r.promoted_at }
    : null;
  return {
    id: r.id,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    reliability: r.reliability,
    url: r.url,
    title: r.title,
    publishedAt: r.published_at,
    addedAt: r.added_at,
    origin: r.origin,
    triage: r.triage,
    starred: r.starred === 1,
    read: r.read_at !== null,
    excerpt: r.excerpt,
    annotation,
    cited: r.cited,
  };
}

export type ItemView = 'inbox' | 'kept' | 'starred' | 'skipped' | 'all';

export interface ItemQuery {
  view: ItemView;
  sourceId?: number;
  /** Words that must all appear in the title, text, note or annotation (case and accents folded by the caller's LIKE). */
  words?: string[];
  /** [from, to) epoch ms of added_at. */
  added?: { from: number; to: number };
  limit: number;
}

const VIEW_WHERE: Record<ItemView, string> = {
  inbox: "i.triage = 'new'",
  kept: "i.triage = 'kept'",
  starred: 'i.starred = 1',
  skipped: "i.triage = 'skipped'",
  all: '1 = 1',
};

/** Items of a view: the inbox oldest first (triage in arrival order), the others newest first. */
export function readItems(db: Db, q: ItemQuery): VeilleItemRow[] {
  const where = [VIEW_WHERE[q.view]];
  const params: (string | number)[] = [];
  if (q.sourceId !== undefined) {
    where.push('i.source_id = ?');
    params.push(q.sourceId);
  }
  if (q.added) {
    where.push('i.added_at >= ? AND i.added_at < ?');
    params.push(q.added.from, q.added.to);
  }
  for (const w of q.words ?? []) {
    where.push("(i.title || ' ' || i.summary || ' ' || coalesce(i.full_text, '') || ' ' || i.note || ' ' || coalesce(a.theme, '') || ' ' || coalesce(a.question, '') || ' ' || coalesce(a.implication, '')) LIKE ? ESCAPE '\\'");
    params.push(`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const order = q.view === 'inbox' ? 'coalesce(i.published_at, i.added_at) ASC, i.id ASC' : 'coalesce(i.published_at, i.added_at) DESC, i.id DESC';
  const rows = db.prepare(`${ITEM_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`).all(...params, q.limit) as RawItem[];
  return rows.map(toRow);
}

/** How many items each view holds (inbox, kept, starred, skipped, all). */
export function itemCounts(db: Db): Record<ItemView, number> {
  const r = db
    .prepare(
      `SELECT count(*) FILTER (WHERE triage = 'new') AS inbox, count(*) FILTER (WHERE triage = 'kept') AS kept, count(*) FILTER (WHERE starred = 1) AS starred,
              count(*) FILTER (WHERE triage = 'skipped') AS skipped, count(*) AS "all" FROM veille_item`,
    )
    .get() as Record<ItemView, number>;
  return r;
}

/** One item as a list row (with its annotation and citation count), or undefined. */
export function readItemRow(db: Db, id: number): VeilleItemRow | undefined {
  const r = db.prepare(`${ITEM_SELECT} WHERE i.id = ?`).get(id) as RawItem | undefined;
  return r ? toRow(r) : undefined;
}

/** The long fields of an item. */
export function readItemBody(db: Db, id: number): { summary: string; fullText: string | null; note: string } | undefined {
  const r = db.prepare('SELECT summary, full_text, note FROM veille_item WHERE id = ?').get(id) as { summary: string; full_text: string | null; note: string } | undefined;
  return r ? { summary: r.summary, fullText: r.full_text, note: r.note } : undefined;
}

/** The item whose canonical URL is `canonical`, if any (duplicates are refused by this key). */
export function itemByCanonical(db: Db, canonical: string): { id: number; title: string } | undefined {
  return db.prepare('SELECT id, title FROM veille_item WHERE canonical_url = ?').get(canonical) as { id: number; title: string } | undefined;
}

export interface ItemWrite {
  sourceId: number | null;
  url: string;
  canonicalUrl: string;
  guid: string | null;
  title: string;
  author: string;
  publishedAt: number | null;
  addedAt: number;
  tz: string;
  origin: SourceKind;
  summary: string;
  note: string;
}

/** Inserts an item unless its canonical URL is known: returns the new id, or null for a duplicate. */
export function insertItemIfNew(db: Db, it: ItemWrite): number | null {
  const r = db
    .prepare(
      `INSERT INTO veille_item (source_id, url, canonical_url, guid, title, author, published_at, added_at, tz, origin, summary, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (canonical_url) DO NOTHING`,
    )
    .run(it.sourceId, it.url, it.canonicalUrl, it.guid, it.title, it.author, it.publishedAt, it.addedAt, it.tz, it.origin, it.summary, it.note);
  return r.changes === 1 ? Number(r.lastInsertRowid) : null;
}

/** Sets the triage state and/or the star; the first triage also marks the item read (epoch ms). */
export function setTriage(db: Db, id: number, patch: { triage?: TriageState; starred?: boolean }, now: number): void {
  if (patch.triage !== undefined) db.prepare('UPDATE veille_item SET triage = ?, triaged_at = ?, read_at = coalesce(read_at, ?) WHERE id = ?').run(patch.triage, now, now, id);
  if (patch.starred !== undefined) db.prepare('UPDATE veille_item SET starred = ?, read_at = coalesce(read_at, ?) WHERE id = ?').run(patch.starred ? 1 : 0, now, id);
}

/** Marks the item read at `now` (epoch ms) unless it already was; returns the rows changed (0: no such item). */
export function setRead(db: Db, id: number, now: number): number {
  return db.prepare('UPDATE veille_item SET read_at = coalesce(read_at, ?) WHERE id = ?').run(now, id).changes;
}

/** Replaces the item's note. */
export function setNote(db: Db, id: number, note: string): void {
  db.prepare('UPDATE veille_item SET note = ? WHERE id = ?').run(note, id);
}

/** Caches the article's full text (plain text from Readability) for offline reading. */
export function setFullText(db: Db, id: number, text: string): void {
  db.prepare('UPDATE veille_item SET full_text = ? WHERE id = ?').run(text, id);
}

/** Deletes the item (its annotation goes with it); returns the rows deleted. */
export function deleteItemRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM veille_item WHERE id = ?').run(id).changes;
}

/** The reports (id and ISO week) whose entries cite the item, oldest week first. */
export function itemCitations(db: Db, id: number): { reportId: number; week: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT r.id AS reportId, r.week FROM veille_citation c JOIN veille_report_entry e ON e.id = c.entry_id JOIN veille_report r ON r.id = e.report_id
       WHERE c.item_id = ? ORDER BY r.week`,
    )
    .all(id) as { reportId: number; week: string }[];
}

/** Later items annotated as showing weak signal `id` again. */
export function itemEchoes(db: Db, id: number): { id: number; title: string; addedAt: number }[] {
  return db
    .prepare('SELECT i.id, i.title, i.added_at AS addedAt FROM veille_annotation a JOIN veille_item i ON i.id = a.item_id WHERE a.echo_of = ? ORDER BY i.added_at')
    .all(id) as { id: number; title: string; addedAt: number }[];
}

export interface AnnotationWrite {
  signal: SignalKind | null;
  theme: string;
  question: string;
  implication: string;
  echoOf: number | null;
}

/** Saves the annotation; an item once marked weak keeps `was_weak`, so a later promotion still counts it. */
export function upsertAnnotation(db: Db, itemId: number, a: AnnotationWrite, now: number): void {
  db.prepare(
    `INSERT INTO veille_annotation (item_id, signal, theme, question, implication, echo_of, was_weak, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET signal = excluded.signal, theme = excluded.theme, question = excluded.question, implication = excluded.implication,
       echo_of = excluded.echo_of, was_weak = max(was_weak, excluded.was_weak), updated_at = excluded.updated_at`,
  ).run(itemId, a.signal, a.theme, a.question, a.implication, a.echoOf, a.signal === 'weak' ? 1 : 0, now);
}

/** True when the item is, or was before its promotion, a weak signal. */
export function wasWeakSignal(db: Db, id: number): boolean {
  return db.prepare("SELECT 1 FROM veille_annotation WHERE item_id = ? AND (signal = 'weak' OR was_weak = 1)").get(id) !== undefined;
}

/** Turns a weak signal into a trend at `now` (epoch ms), remembering it was weak. */
export function promoteAnnotation(db: Db, itemId: number, now: number): void {
  db.prepare("UPDATE veille_annotation SET signal = 'trend', was_weak = 1, promoted_at = ?, updated_at = ? WHERE item_id = ?").run(now, now, itemId);
}

/** Themes and questions already used (sources and annotations), for suggestions; weak signals to link an echo to. */
export function vocabulary(db: Db): { themes: string[]; questions: string[]; weakSignals: { id: number; title: string; addedAt: number }[] } {
  const themes = (db.prepare("SELECT theme FROM veille_annotation WHERE theme <> '' UNION SELECT theme FROM veille_source WHERE theme <> '' ORDER BY 1 COLLATE NOCASE").all() as { theme: string }[]).map((r) => r.theme);
  const questions = (db.prepare("SELECT DISTINCT question FROM veille_annotation WHERE question <> '' ORDER BY 1 COLLATE NOCASE").all() as { question: string }[]).map((r) => r.question);
  const weakSignals = db
    .prepare("SELECT i.id, i.title, i.added_at AS addedAt FROM veille_annotation a JOIN veille_item i ON i.id = a.item_id WHERE a.signal = 'weak' OR a.was_weak = 1 ORDER BY i.added_at DESC LIMIT 200")
    .all() as { id: number; title: string; addedAt: number }[];
  return { themes, questions, weakSignals };
}
