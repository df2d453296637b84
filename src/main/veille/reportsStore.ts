// SQL of the weekly intelligence reports, their entries and citations.
import type { EntryKind, RecommendationStatus, ReportStatus } from '../../shared/veille/constants';
import type { RecommendationRow, ReportEntry } from '../../shared/veille/types';
import type { Db } from '../db/types';

export interface ReportHead {
  id: number;
  week: string;
  tz: string;
  title: string;
  summary: string;
  status: ReportStatus;
  deliveredAt: number | null;
}

const HEAD = 'SELECT id, week, tz, title, summary, status, delivered_at AS deliveredAt FROM veille_report';

/** A report's own fields, without its entries. */
export function readReportHead(db: Db, id: number): ReportHead | undefined {
  return db.prepare(`${HEAD} WHERE id = ?`).get(id) as ReportHead | undefined;
}

/** The id of the report of an ISO week (one per week), if it exists. */
export function reportIdOfWeek(db: Db, week: string): number | undefined {
  return (db.prepare('SELECT id FROM veille_report WHERE week = ?').get(week) as { id: number } | undefined)?.id;
}

/** Creates the empty draft of an ISO week; `tz` is the zone its week is counted in. */
export function insertReport(db: Db, week: string, tz: string, now: number): number {
  return Number(db.prepare('INSERT INTO veille_report (week, tz, created_at, updated_at) VALUES (?, ?, ?, ?)').run(week, tz, now, now).lastInsertRowid);
}

/** Replaces a report's title and summary. */
export function updateReportText(db: Db, id: number, title: string, summary: string, now: number): void {
  db.prepare('UPDATE veille_report SET title = ?, summary = ?, updated_at = ? WHERE id = ?').run(title, summary, now, id);
}

/** Sets draft (deliveredAt null) or delivered (deliveredAt epoch ms). */
export function setReportStatus(db: Db, id: number, status: ReportStatus, deliveredAt: number | null, now: number): void {
  db.prepare('UPDATE veille_report SET status = ?, delivered_at = ?, updated_at = ? WHERE id = ?').run(status, deliveredAt, now, id);
}

/** Deletes a report with its entries and citations; returns the rows deleted. */
export function deleteReportRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM veille_report WHERE id = ?').run(id).changes;
}

interface RawEntry {
  id: number;
  kind: EntryKind;
  text: string;
  status: RecommendationStatus | null;
  status_at: number | null;
  status_note: string;
}

/** The entries of a report in their order, each with the items it cites (title order). */
export function readEntries(db: Db, reportId: number): ReportEntry[] {
  const entries = db.prepare('SELECT id, kind, text, status, status_at, status_note FROM veille_report_entry WHERE report_id = ? ORDER BY sort_order, id').all(reportId) as RawEntry[];
  const cites = db
    .prepare(
      `SELECT c.entry_id, i.id, i.title, i.url, s.title AS source_title FROM veille_citation c JOIN veille_report_entry e ON e.id = c.entry_id
       JOIN veille_item i ON i.id = c.item_id LEFT JOIN veille_source s ON s.id = i.source_id WHERE e.report_id = ? ORDER BY i.title COLLATE NOCASE, i.id`,
    )
    .all(reportId) as { entry_id: number; id: number; title: string; url: string; source_title: string | null }[];
  return entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    text: e.text,
    items: cites.filter((c) => c.entry_id === e.id).map((c) => ({ id: c.id, title: c.title, url: c.url, sourceTitle: c.source_title })),
    status: e.status,
    statusAt: e.status_at,
    statusNote: e.status_note,
  }));
}

/** An entry's report, kind, order and answer, without its text. */
export function readEntryHead(db: Db, id: number): { id: number; reportId: number; kind: EntryKind; sortOrder: number; status: RecommendationStatus | null } | undefined {
  return db.prepare('SELECT id, report_id AS reportId, kind, sort_order AS sortOrder, status FROM veille_report_entry WHERE id = ?').get(id) as
    | { id: number; reportId: number; kind: EntryKind; sortOrder: number; status: RecommendationStatus | null }
    | undefined;
}

/** Appends an entry at the end of the report; returns its id. */
export function insertEntry(db: Db, reportId: number, kind: EntryKind, text: string): number {
  const next = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM veille_report_entry WHERE report_id = ?').get(reportId) as { n: number }).n;
  return Number(db.prepare('INSERT INTO veille_report_entry (report_id, kind, text, sort_order) VALUES (?, ?, ?, ?)').run(reportId, kind, text, next).lastInsertRowid);
}

/** Replaces an entry's kind and text. */
export function updateEntryRow(db: Db, id: number, kind: EntryKind, text: string): void {
  db.prepare('UPDATE veille_report_entry SET kind = ?, text = ? WHERE id = ?').run(kind, text, id);
}

/** Replaces the items an entry cites (duplicates dropped). */
export function setCitations(db: Db, entryId: number, itemIds: readonly number[]): void {
  db.prepare('DELETE FROM veille_citation WHERE entry_id = ?').run(entryId);
  const ins = db.prepare('INSERT INTO veille_citation (entry_id, item_id) VALUES (?, ?)');
  for (const itemId of new Set(itemIds)) ins.run(entryId, itemId);
}

/** Deletes an entry and its citations. */
export function deleteEntryRow(db: Db, id: number): void {
  db.prepare('DELETE FROM veille_report_entry WHERE id = ?').run(id);
}

/** Swaps the entry with its neighbour of the same kind in the given direction; false at the end. */
export function swapEntry(db: Db, id: number, direction: 'up' | 'down'): boolean {
  const e = readEntryHead(db, id);
  if (!e) return false;
  const other = db
    .prepare(
      direction === 'up'
        ? 'SELECT id, sort_order AS sortOrder FROM veille_report_entry WHERE report_id = ? AND kind = ? AND sort_order < ? ORDER BY sort_order DESC LIMIT 1'
        : 'SELECT id, sort_order AS sortOrder FROM veille_report_entry WHERE report_id = ? AND kind = ? AND sort_order > ? ORDER BY sort_order ASC LIMIT 1',
    )
    .get(e.reportId, e.kind, e.sortOrder) as { id: number; sortOrder: number } | undefined;
  if (!other) return false;
  const set = db.prepare('UPDATE veille_report_entry SET sort_order = ? WHERE id = ?');
  set.run(other.sortOrder, e.id);
  set.run(e.sortOrder, other.id);
  return true;
}

/** Delivery: every recommendation of the report becomes pending (an answer given before a reopening is kept). */
export function markRecommendationsPending(db: Db, reportId: number): void {
  db.prepare("UPDATE veille_report_entry SET status = 'pending' WHERE report_id = ? AND kind = 'recommendation' AND status IS NULL").run(reportId);
}

/** Back to draft: recommendations still pending lose their status. */
export function clearPendingRecommendations(db: Db, reportId: number): void {
  db.prepare("UPDATE veille_report_entry SET status = NULL, status_at = NULL WHERE report_id = ? AND status = 'pending'").run(reportId);
}

/** How many recommendations of the report management accepted or declined. */
export function decidedRecommendations(db: Db, reportId: number): number {
  return (db.prepare("SELECT count(*) AS n FROM veille_report_entry WHERE report_id = ? AND status IN ('accepted', 'declined')").get(reportId) as { n: number }).n;
}

/** Records management's answer at `now` (epoch ms; none for pending) and, when given, its note. */
export function setRecommendationStatus(db: Db, id: number, status: RecommendationStatus, note: string | undefined, now: number): void {
  db.prepare('UPDATE veille_report_entry SET status = ?, status_at = ?, status_note = coalesce(?, status_note) WHERE id = ?').run(status, status === 'pending' ? null : now, note ?? null, id);
}

export interface RawReportListRow {
  id: number;
  week: string;
  title: string;
  status: ReportStatus;
  deliveredAt: number | null;
  insights: number;
  weakSignals: number;
  recommendations: number;
  accepted: number;
  declined: number;
  pending: number;
}

/** Every report with its counts of entries by kind and of answers, newest week first. */
export function readReportList(db: Db): RawReportListRow[] {
  return db
    .prepare(
      `SELECT r.id, r.week, r.title, r.status, r.delivered_at AS deliveredAt,
         count(e.id) FILTER (WHERE e.kind = 'insight') AS insights,
         count(e.id) FILTER (WHERE e.kind = 'weak_signal') AS weakSignals,
         count(e.id) FILTER (WHERE e.kind = 'recommendation') AS recommendations,
         count(e.id) FILTER (WHERE e.status = 'accepted') AS accepted,
         count(e.id) FILTER (WHERE e.status = 'declined') AS declined,
         count(e.id) FILTER (WHERE e.status = 'pending') AS pending
       FROM veille_report r LEFT JOIN veille_report_entry e ON e.report_id = r.id GROUP BY r.id ORDER BY r.week DESC`,
    )
    .all() as RawReportListRow[];
}

/** The recommendations of delivered reports, newest report first. */
export function readRecommendations(db: Db, id?: number): RecommendationRow[] {
  return db
    .prepare(
      `SELECT e.id, e.report_id AS reportId, r.week, e.text, e.status, e.status_at AS statusAt, e.status_note AS statusNote,
         (SELECT count(*) FROM veille_citation c WHERE c.entry_id = e.id) AS items
       FROM veille_report_entry e JOIN veille_report r ON r.id = e.report_id
       WHERE e.kind = 'recommendation' AND e.status IS NOT NULL ${id === undefined ? '' : 'AND e.id = ?'}
       ORDER BY r.week DESC, e.sort_order`,
    )
    .all(...(id === undefined ? [] : [id])) as RecommendationRow[];
}

/** Items that exist, among `ids`. */
export function existingItems(db: Db, ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  return (db.prepare(`SELECT id FROM veille_item WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: number }[]).map((r) => r.id);
}
