// SQL for cases: the case rows, their pauses, tags, replies, moderation actions and links to the
// audit's time entries. Range reads use the opened_at and resolved_at indexes.
import type { CaseVisibility, ModerationAction } from '../../shared/protocol/constants';
import type { Pause } from '../../shared/protocol/businessClock';
import type { Db } from '../db/types';

/** A case as stored, before its state and clocks are computed. */
export interface CaseRecord {
  id: number;
  typeId: number;
  channel: string;
  text: string;
  link: string;
  visibility: CaseVisibility;
  reach: number | null;
  author: string;
  openedAt: number;
  tz: string;
  firstReplyAt: number | null;
  privateAt: number | null;
  handedAt: number | null;
  resolvedAt: number | null;
  interruptionId: number | null;
  source: 'manual' | 'import';
  pauses: Pause[];
  tags: string[];
}

interface CaseRow {
  id: number;
  type_id: number;
  channel: string;
  text: string;
  link: string;
  visibility: CaseVisibility;
  reach: number | null;
  author: string;
  opened_at: number;
  tz: string;
  first_reply_at: number | null;
  private_at: number | null;
  handed_at: number | null;
  resolved_at: number | null;
  interruption_id: number | null;
  source: 'manual' | 'import';
}

const COLUMNS = 'id, type_id, channel, text, link, visibility, reach, author, opened_at, tz, first_reply_at, private_at, handed_at, resolved_at, interruption_id, source';

/** Case rows from a statement over COLUMNS, read as arrays (cheaper than the driver's named rows). */
function caseRows(stmt: { raw(on: boolean): { all(...params: unknown[]): unknown[] } }, ...params: unknown[]): CaseRow[] {
  const rows = stmt.raw(true).all(...params) as [number, number, string, string, string, CaseVisibility, number | null, string, number, string, number | null, number | null, number | null, number | null, number | null, 'manual' | 'import'][];
  return rows.map(([id, type_id, channel, text, link, visibility, reach, author, opened_at, tz, first_reply_at, private_at, handed_at, resolved_at, interruption_id, source]) => ({
    id,
    type_id,
    channel,
    text,
    link,
    visibility,
    reach,
    author,
    opened_at,
    tz,
    first_reply_at,
    private_at,
    handed_at,
    resolved_at,
    interruption_id,
    source,
  }));
}

/** The pauses of a set of cases, by case, each list in order (from_at, id). */
function pausesOf(db: Db, ids: string): Map<number, Pause[]> {
  const pauses = new Map<number, Pause[]>();
  for (const [caseId, from, to] of db.prepare('SELECT case_id, from_at, to_at FROM case_pause WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY from_at, id -- raw').raw(true).all(ids) as [number, number, number | null][]) {
    const list = pauses.get(caseId) ?? [];
    list.push({ from, to });
    pauses.set(caseId, list);
  }
  return pauses;
}

/** Attaches pauses and tags to rows, with one query each for the whole set. */
function withDetails(db: Db, rows: CaseRow[]): CaseRecord[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const pauses = pausesOf(db, ids);
  const tags = new Map<number, string[]>();
  for (const t of db.prepare('SELECT case_id, tag FROM case_tag WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY tag').all(ids) as { case_id: number; tag: string }[]) {
    const list = tags.get(t.case_id) ?? [];
    list.push(t.tag);
    tags.set(t.case_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    typeId: r.type_id,
    channel: r.channel,
    text: r.text,
    link: r.link,
    visibility: r.visibility,
    reach: r.reach,
    author: r.author,
    openedAt: r.opened_at,
    tz: r.tz,
    firstReplyAt: r.first_reply_at,
    privateAt: r.private_at,
    handedAt: r.handed_at,
    resolvedAt: r.resolved_at,
    interruptionId: r.interruption_id,
    source: r.source,
    pauses: pauses.get(r.id) ?? [],
    tags: tags.get(r.id) ?? [],
  }));
}

export function getCase(db: Db, id: number): CaseRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM protocol_case WHERE id = ?`).get(id) as CaseRow | undefined;
  return row ? withDetails(db, [row])[0] : null;
}

/** Unresolved cases, oldest first. */
export function unresolvedCases(db: Db): CaseRecord[] {
  return withDetails(db, caseRows(db.prepare(`SELECT ${COLUMNS} FROM protocol_case WHERE resolved_at IS NULL ORDER BY opened_at, id`)));
}

/** What the SLA clocks of a case need: its type, zone, instants and pauses. */
export type CaseClockRecord = Pick<CaseRecord, 'id' | 'typeId' | 'tz' | 'openedAt' | 'firstReplyAt' | 'privateAt' | 'handedAt' | 'resolvedAt' | 'pauses'>;

/** The unresolved cases as unresolvedCases gives them (same cases, same order) with only what their clocks need: no text, author or tags. */
export function unresolvedCaseClocks(db: Db): CaseClockRecord[] {
  const rows = db.prepare('SELECT id, type_id, tz, opened_at, first_reply_at, private_at, handed_at FROM protocol_case WHERE resolved_at IS NULL ORDER BY opened_at, id').raw(true).all() as [number, number, string, number, number | null, number | null, number | null][];
  if (rows.length === 0) return [];
  const pauses = pausesOf(db, JSON.stringify(rows.map((r) => r[0])));
  return rows.map(([id, typeId, tz, openedAt, firstReplyAt, privateAt, handedAt]) => ({ id, typeId, tz, openedAt, firstReplyAt, privateAt, handedAt, resolvedAt: null, pauses: pauses.get(id) ?? [] }));
}

/** Cases resolved at or after `since`, the latest first. */
export function resolvedSince(db: Db, since: number): CaseRecord[] {
  return withDetails(db, caseRows(db.prepare(`SELECT ${COLUMNS} FROM protocol_case WHERE resolved_at >= ? ORDER BY resolved_at DESC, id DESC`), since));
}

/** Cases opened in [from, to), in order. */
export function casesOpenedBetween(db: Db, from: number, to: number): CaseRecord[] {
  return withDetails(db, caseRows(db.prepare(`SELECT ${COLUMNS} FROM protocol_case WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id`), from, to));
}

export type CaseWrite = Omit<CaseRecord, 'id' | 'pauses' | 'tags'> & { externalId: string | null; createdAt: number };

export function insertCase(db: Db, c: CaseWrite): number {
  return Number(
    db
      .prepare(
        `INSERT INTO protocol_case (type_id, channel, text, link, visibility, reach, author, opened_at, tz, first_reply_at, private_at, handed_at, resolved_at, interruption_id, source, external_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.typeId, c.channel, c.text, c.link, c.visibility, c.reach, c.author, c.openedAt, c.tz, c.firstReplyAt, c.privateAt, c.handedAt, c.resolvedAt, c.interruptionId, c.source, c.externalId, c.createdAt).lastInsertRowid,
  );
}

/** Writes the editable fields and the instants of a case. */
export function updateCaseRow(db: Db, c: CaseRecord): void {
  db.prepare(
    `UPDATE protocol_case SET type_id = ?, channel = ?, text = ?, link = ?, visibility = ?, reach = ?, author = ?, first_reply_at = ?, private_at = ?, handed_at = ?, resolved_at = ? WHERE id = ?`,
  ).run(c.typeId, c.channel, c.text, c.link, c.visibility, c.reach, c.author, c.firstReplyAt, c.privateAt, c.handedAt, c.resolvedAt, c.id);
}

/** Replaces a case's pauses. */
export function writePauses(db: Db, caseId: number, pauses: readonly Pause[]): void {
  db.prepare('DELETE FROM case_pause WHERE case_id = ?').run(caseId);
  const add = db.prepare('INSERT INTO case_pause (case_id, from_at, to_at) VALUES (?, ?, ?)');
  for (const p of pauses) add.run(caseId, p.from, p.to);
}

/** Replaces a case's tags. */
export function writeTags(db: Db, caseId: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM case_tag WHERE case_id = ?').run(caseId);
  const add = db.prepare('INSERT OR IGNORE INTO case_tag (case_id, tag) VALUES (?, ?)');
  for (const t of tags) add.run(caseId, t);
}

export function deleteCaseRow(db: Db, id: number): number {
  return db.prepare('DELETE FROM protocol_case WHERE id = ?').run(id).changes;
}

export function insertReply(db: Db, caseId: number, at: number, isPublic: boolean): void {
  db.prepare('INSERT INTO case_reply (case_id, at, public) VALUES (?, ?, ?)').run(caseId, at, isPublic ? 1 : 0);
}

/** Public replies per case, for a set of case ids. */
export function publicReplyCounts(db: Db, caseIds: readonly number[]): Map<number, number> {
  const rows = db.prepare('SELECT case_id, count(*) AS n FROM case_reply WHERE public = 1 AND case_id IN (SELECT value FROM json_each(?)) GROUP BY case_id').all(JSON.stringify(caseIds)) as { case_id: number; n: number }[];
  return new Map(rows.map((r) => [r.case_id, r.n]));
}

/** Public replies sent since `since` on the cases of each author (compared without case), for a set of authors. */
export function publicRepliesByAuthor(db: Db, authors: readonly string[], since: number): Map<string, number> {
  const wanted = [...new Set(authors.filter((a) => a !== '').map((a) => a.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT lower(c.author) AS who, count(*) AS n FROM case_reply r JOIN protocol_case c ON c.id = r.case_id
        WHERE r.public = 1 AND r.at >= ? AND c.author <> '' AND lower(c.author) IN (SELECT value FROM json_each(?)) GROUP BY lower(c.author)`,
    )
    .all(since, JSON.stringify(wanted)) as { who: string; n: number }[];
  return new Map(rows.map((r) => [r.who, r.n]));
}

export interface ModerationRecord {
  id: number;
  caseId: number;
  at: number;
  action: ModerationAction;
  ruleId: number | null;
  article: string;
}

export function insertModeration(db: Db, m: Omit<ModerationRecord, 'id'>): void {
  db.prepare('INSERT INTO case_moderation (case_id, at, action, rule_id, article) VALUES (?, ?, ?, ?, ?)').run(m.caseId, m.at, m.action, m.ruleId, m.article);
}

export function moderationOf(db: Db, caseIds: readonly number[]): ModerationRecord[] {
  const rows = db.prepare('SELECT id, case_id, at, action, rule_id, article FROM case_moderation WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY at, id').all(JSON.stringify(caseIds)) as {
    id: number;
    case_id: number;
    at: number;
    action: ModerationAction;
    rule_id: number | null;
    article: string;
  }[];
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, at: r.at, action: r.action, ruleId: r.rule_id, article: r.article }));
}

export function linkTimeEntry(db: Db, caseId: number, entryId: number): void {
  db.prepare('INSERT OR IGNORE INTO case_time (case_id, entry_id) VALUES (?, ?)').run(caseId, entryId);
}

/** True when a case already has this external id (imports add each row once). */
export function hasExternalId(db: Db, externalId: string): boolean {
  return db.prepare('SELECT 1 FROM protocol_case WHERE external_id = ?').get(externalId) !== undefined;
}

/** Distinct channels used by cases, the most used first. */
export function usedChannels(db: Db): string[] {
  return (db.prepare('SELECT channel FROM protocol_case GROUP BY channel ORDER BY count(*) DESC, channel LIMIT 50').all() as { channel: string }[]).map((r) => r.channel);
}

/**
 * The tags of tagCounts, in its order (the most used first, then by name), without their counts:
 * from the tag index alone (a tag row always has its case: foreign key, ON DELETE CASCADE).
 */
export function tagsByUse(db: Db): string[] {
  return db.prepare('SELECT tag FROM case_tag GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 500').pluck().all() as string[];
}

/** Tags with their number of cases and their latest case, the most used first. */
export function tagCounts(db: Db): { tag: string; count: number; lastAt: number }[] {
  return db
    .prepare('SELECT t.tag AS tag, count(*) AS count, max(c.opened_at) AS lastAt FROM case_tag t JOIN protocol_case c ON c.id = t.case_id GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 500')
    .all() as { tag: string; count: number; lastAt: number }[];
}

/** Ids of the cases counted as this interruption in the audit. */
export function casesOfInterruption(db: Db, interruptionId: number): number[] {
  return (db.prepare('SELECT id FROM protocol_case WHERE interruption_id = ? ORDER BY id').all(interruptionId) as { id: number }[]).map((r) => r.id);
}

/** Ids of the cases whose handling time includes this time entry. */
export function casesOfEntry(db: Db, entryId: number): number[] {
  return (db.prepare('SELECT case_id AS id FROM case_time WHERE entry_id = ? ORDER BY case_id').all(entryId) as { id: number }[]).map((r) => r.id);
}

/** Points the given cases that still exist and have no interruption at `interruptionId`. */
export function setMissingInterruption(db: Db, caseIds: readonly number[], interruptionId: number): void {
  const stmt = db.prepare('UPDATE protocol_case SET interruption_id = ? WHERE id = ? AND interruption_id IS NULL');
  for (const id of caseIds) stmt.run(interruptionId, id);
}

/** Links a time entry to the given cases that still exist. */
export function linkTimeEntryToCases(db: Db, caseIds: readonly number[], entryId: number): void {
  const stmt = db.prepare('INSERT OR IGNORE INTO case_time (case_id, entry_id) SELECT id, ? FROM protocol_case WHERE id = ?');
  for (const id of caseIds) stmt.run(entryId, id);
}
