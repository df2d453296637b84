// SQL of veille sources, the fetch log and the feature's settings.
import type { FetchOutcome, FetchTrigger, Reliability, SourceKind } from '../../shared/veille/constants';
import type { FetchLogRow, VeilleSource } from '../../shared/veille/types';
import type { Db } from '../db/types';

interface RawSource {
  id: number;
  kind: SourceKind;
  title: string;
  url: string | null;
  host: string | null;
  theme: string;
  reliability: Reliability;
  fetch_enabled: number;
  last_fetched_at: number | null;
  last_outcome: FetchOutcome | null;
  items: number;
  new_items: number;
  kept: number;
}

// Item counts in one pass over the items, grouped by source (not three sub-queries per source).
const SOURCE_SELECT = `
  SELECT s.id, s.kind, s.title, s.url, s.host, s.theme, s.reliability, s.fetch_enabled, s.last_fetched_at, s.last_outcome,
         coalesce(c.items, 0) AS items, coalesce(c.new_items, 0) AS new_items, coalesce(c.kept, 0) AS kept
  FROM veille_source s
  LEFT JOIN (SELECT source_id, count(*) AS items, count(*) FILTER (WHERE triage = 'new') AS new_items, count(*) FILTER (WHERE triage = 'kept') AS kept
             FROM veille_item WHERE source_id IS NOT NULL GROUP BY source_id) c ON c.source_id = s.id`;

function toSource(r: RawSource): VeilleSource {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    url: r.url,
    host: r.host,
    theme: r.theme,
    reliability: r.reliability,
    fetchEnabled: r.fetch_enabled === 1,
    lastFetchedAt: r.last_fetched_at,
    lastOutcome: r.last_outcome,
    items: r.items,
    newItems: r.new_items,
    kept: r.kept,
  };
}

/** Every source, by title. */
export function readSources(db: Db): VeilleSource[] {
  return (db.prepare(`${SOURCE_SELECT} ORDER BY s.title COLLATE NOCASE, s.id`).all() as RawSource[]).map(toSource);
}

/** One source with its item counts, or undefined. */
export function readSource(db: Db, id: number): VeilleSource | undefined {
  const r = db.prepare(`${SOURCE_SELECT} WHERE s.id = ?`).get(id) as RawSource | undefined;
  return r ? toSource(r) : undefined;
}

/** The source with this feed address, if any. */
export function sourceByUrl(db: Db, url: string): { id: number; title: string } | undefined {
  return db.prepare('SELECT id, title FROM veille_source WHERE url = ?').get(url) as { id: number; title: string } | undefined;
}

/** The address, host and fetch switch of every source (the fetch policy's input). */
export function sourceAddresses(db: Db): { id: number; title: string; url: string | null; fetchEnabled: boolean; etag: string | null; lastModified: string | null }[] {
  const rows = db.prepare('SELECT id, title, url, fetch_enabled, etag, last_modified FROM veille_source ORDER BY id').all() as {
    id: number;
    title: string;
    url: string | null;
    fetch_enabled: number;
    etag: string | null;
    last_modified: string | null;
  }[];
  return rows.map((r) => ({ id: r.id, title: r.title, url: r.url, fetchEnabled: r.fetch_enabled === 1, etag: r.etag, lastModified: r.last_modified }));
}

export interface SourceWrite {
  kind: SourceKind;
  title: string;
  url: string | null;
  host: string | null;
  theme: string;
  reliability: Reliability;
  fetchEnabled: boolean;
}

/** Creates a source (fetching as given: off unless the user turned it on); returns its id. */
export function insertSource(db: Db, s: SourceWrite, now: number): number {
  return Number(
    db
      .prepare('INSERT INTO veille_source (kind, title, url, host, theme, reliability, fetch_enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(s.kind, s.title, s.url, s.host, s.theme, s.reliability, s.fetchEnabled ? 1 : 0, now).lastInsertRowid,
  );
}

/** Updates the editable fields; a changed address forgets the HTTP cache validators. */
export function updateSourceRow(db: Db, id: number, s: Omit<SourceWrite, 'kind'>): void {
  db.prepare(
    `UPDATE veille_source SET title = ?, theme = ?, reliability = ?, fetch_enabled = ?,
       etag = CASE WHEN url IS ? THEN etag ELSE NULL END, last_modified = CASE WHEN url IS ? THEN last_modified ELSE NULL END,
       url = ?, host = ? WHERE id = ?`,
  ).run(s.title, s.theme, s.reliability, s.fetchEnabled ? 1 : 0, s.url, s.url, s.url, s.host, id);
}

/** Deletes a source and its items; returns the rows deleted. */
export function deleteSourceRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM veille_source WHERE id = ?').run(id).changes;
}

/** How many items of the source are cited by a report entry. */
export function citedItemsOfSource(db: Db, id: number): number {
  return (db.prepare('SELECT count(DISTINCT c.item_id) AS n FROM veille_citation c JOIN veille_item i ON i.id = c.item_id WHERE i.source_id = ?').get(id) as { n: number }).n;
}

/** After a fetch: the outcome, the HTTP validators for the next conditional request, and the feed's title when the source had none. */
export function recordSourceFetch(db: Db, id: number, f: { at: number; outcome: FetchOutcome; etag?: string | null; lastModified?: string | null; feedTitle?: string | null }): void {
  db.prepare(
    `UPDATE veille_source SET last_fetched_at = ?, last_outcome = ?,
       etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
       title = CASE WHEN ? IS NOT NULL AND title = host THEN ? ELSE title END
     WHERE id = ?`,
  ).run(f.at, f.outcome, f.etag ?? null, f.lastModified ?? null, f.feedTitle ?? null, f.feedTitle ?? null, id);
}

// ---- fetch log ------------------------------------------------------------------------------

/** Rows kept in the fetch log; older ones are dropped as new ones arrive. */
export const FETCH_LOG_KEEP = 1000;

export interface LogWrite {
  at: number;
  sourceId: number | null;
  url: string;
  trigger: FetchTrigger;
  outcome: FetchOutcome;
  httpStatus: number | null;
  bytes: number;
  newItems: number;
  durationMs: number;
  detail: string;
}

/** Appends a line to the fetch log and drops lines beyond FETCH_LOG_KEEP. */
export function insertFetchLog(db: Db, l: LogWrite): void {
  db.prepare(
    'INSERT INTO veille_fetch_log (at, source_id, url, trigger, outcome, http_status, bytes, new_items, duration_ms, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(l.at, l.sourceId, l.url.slice(0, 2000), l.trigger, l.outcome, l.httpStatus, l.bytes, l.newItems, l.durationMs, l.detail.slice(0, 500));
  db.prepare('DELETE FROM veille_fetch_log WHERE id <= (SELECT max(id) FROM veille_fetch_log) - ?').run(FETCH_LOG_KEEP);
}

/** The last `limit` lines of the fetch log, newest first. */
export function readFetchLog(db: Db, limit: number): FetchLogRow[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.at, l.source_id, s.title AS source_title, l.url, l.trigger, l.outcome, l.http_status, l.bytes, l.new_items, l.duration_ms, l.detail
       FROM veille_fetch_log l LEFT JOIN veille_source s ON s.id = l.source_id ORDER BY l.id DESC LIMIT ?`,
    )
    .all(limit) as {
    id: number;
    at: number;
    source_id: number | null;
    source_title: string | null;
    url: string;
    trigger: FetchTrigger;
    outcome: FetchOutcome;
    http_status: number | null;
    bytes: number;
    new_items: number;
    duration_ms: number;
    detail: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    url: r.url,
    trigger: r.trigger,
    outcome: r.outcome,
    httpStatus: r.http_status,
    bytes: r.bytes,
    newItems: r.new_items,
    durationMs: r.duration_ms,
    detail: r.detail,
  }));
}

// ---- settings -------------------------------------------------------------------------------

/** A veille setting (JSON), or undefined. */
export function readVeilleSetting(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM veille_settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? JSON.parse(row.value) : undefined;
}

/** Saves a veille setting as JSON. */
export function writeVeilleSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO veille_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
