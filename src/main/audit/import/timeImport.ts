// Import of time-tracking CSVs and calendar files: a preview (parse once, hold the bytes, describe:
// errors, notices, the questions to ask, overlaps, sources to map), re-run on the held bytes with
// new options (date order, encoding, columns, overlap policy, calendar period) without resending
// the file, then an all-or-nothing commit of what the preview showed, with dedup by the rows' ids
// (CSV) or by UID and RECURRENCE-ID (calendar: a second import updates).
import type { ImportPreview, ImportSourceKind } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/contract/result';
import { normalizeHeader } from '../../../shared/import/columnMapping';
import type { Db } from '../../db/types';
import { getCategory, listCategories } from '../categoriesStore';
import { deleteEntryRow, entriesOverlapping, getEntry, insertImportBatch, insertImportKey, knownImportKeys } from '../entriesStore';
import { insertEntries, type ClosedEntryWrite } from '../entries';
import { icsEventKey, rememberCategory, rememberedCategories, saveColumnMapping, savedColumnMapping, saveIcsKey, type IcsEventState } from '../importMemoryStore';
import type { HeldImports } from './heldImports';
import type { DateOrder, ImportResult, ParsedTimeRow } from './importTypes';
import { looksLikeIcs, parseIcs, type IcsRow } from './parseIcs';
import { parseTimeCsv } from './parseTimeCsv';

/** What the user chose in the preview; every field optional, the preview re-runs with it. */
export interface ImportOptions {
  dateOrder?: DateOrder;
  /** iconv-lite name of the encoding picked among the candidates */
  encoding?: string;
  /** role → column index (src/shared/import/timeColumns.ts) */
  columns?: Partial<Record<string, number>>;
  /** Rows overlapping existing entries: left out ('skip', the default) or written in place of them ('replace'). */
  overlap?: 'skip' | 'replace';
  /** Calendar files: the period to import, epoch ms [from, to). Default: the 90 days before the call to the 30 after. */
  period?: { from: number; to: number };
}

/** A file to preview: its bytes in base64, its name, and the zone its wall times are read in. */
export interface ImportFileInput {
  base64: string;
  fileName: string;
  tz: string;
  options?: ImportOptions;
  /** epoch ms, the clock of the call */
  now: number;
}

/** The preview of a held file again, with other options. */
export interface ImportRerunInput {
  importId: string;
  options: ImportOptions;
  now: number;
}

export interface ImportMapping {
  by: ImportSourceKind;
  map: Record<string, number>;
  fallbackCategoryId: number | null;
}

/** A commit: the import id a preview returned, and how its rows map to categories. */
export interface ImportCommitInput {
  importId: string;
  mapping: ImportMapping;
  /** epoch ms, the clock of the call */
  now: number;
}

const DAY = 86_400_000;

function decode(base64: string): Uint8Array {
  const buf = Buffer.from(base64, 'base64'); // Node's decoder skips whitespace (line-wrapped base64)
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function sourceValues(row: ParsedTimeRow, by: ImportSourceKind): string[] {
  if (by === 'tag') return row.tags.length ? row.tags : [''];
  return [by === 'project' ? row.project.trim() : row.description.trim()];
}

// Loops, not Math.max(...rows): spreading 130,000 arguments overflows the call stack.
function latestEnd(rows: ParsedTimeRow[]): number {
  let end = -Infinity;
  for (const r of rows) if (r.end > end) end = r.end;
  return end;
}

function earliestStart(rows: ParsedTimeRow[]): number {
  let start = Infinity;
  for (const r of rows) if (r.start < start) start = r.start;
  return start;
}

/** Parses held bytes with options: a calendar file or a CSV; a CSV with an unknown header gets its saved columns. */
function parseFile(db: Db, bytes: Uint8Array, tz: string, options: ImportOptions, now: number): { parsed: ImportResult; kind: 'csv' | 'ics'; savedColumns: boolean; period: { from: number; to: number } | null } {
  if (looksLikeIcs(bytes)) {
    const period = options.period ?? { from: now - 90 * DAY, to: now + 30 * DAY };
    return { parsed: parseIcs(bytes, { tz, ...period }), kind: 'ics', savedColumns: false, period };
  }
  const csvOptions = { tz, ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}), ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.columns ? { columns: options.columns } : {}) };
  const parsed = parseTimeCsv(bytes, csvOptions);
  if (parsed.needsColumns && parsed.header && !options.columns) {
    const saved = savedColumnMapping(db, parsed.header.signature);
    if (saved) return { parsed: parseTimeCsv(bytes, { ...csvOptions, columns: saved }), kind: 'csv', savedColumns: true, period: null };
  }
  return { parsed, kind: 'csv', savedColumns: false, period: null };
}

interface Plan {
  /** rows to insert */
  inserts: ParsedTimeRow[];
  /**
   * calendar events that changed since their last import, with their entry: `row` carries what
   * the entry becomes (the event's new span when the event moved, else the entry's own; see plan)
   * and `event` the event as imported now.
   */
  updates: { entryId: number; row: IcsRow; note: string; event: IcsEventState }[];
  alreadyImported: number;
  /** rows left out because another row of the file overlaps them */
  inFile: { line: number; otherLine: number }[];
  /** rows overlapping existing entries, with those entries */
  overlaps: { line: number; start: number; end: number; existing: { id: number; start: number; end: number | null }[] }[];
  /** existing entries the commit deletes (policy 'replace') */
  replaced: { id: number; start: number; end: number }[];
}

/**
 * What a commit of `rows` would do now: rows imported before are skipped (CSV ids; calendar
 * events unchanged since their last import, or whose entry the user deleted), a row overlapping an earlier row of the file is left out, and a row
 * overlapping existing entries is left out ('skip') or replaces them ('replace'; never the
 * running timer's entry, which only the user stops, nor another event of the same file). A moved
 * event that is left out stays at its old place, in the way of the others (swept again until
 * nothing more is left out), so that the commit writes exactly what the preview showed.
 */
function plan(db: Db, parsed: ImportResult, kind: 'csv' | 'ics', policy: 'skip' | 'replace'): Plan {
  const rows = parsed.rows;
  const updates: Plan['updates'] = [];
  /** entries of the file's events that do not change */
  const unchanged = new Set<number>();
  let fresh: ParsedTimeRow[];
  let alreadyImported = 0;
  if (kind === 'ics') {
    fresh = [];
    for (const r of rows as IcsRow[]) {
      const key = icsEventKey(db, r.uid, r.recurrenceId);
      const entry = key?.entryId ? getEntry(db, key.entryId) : null;
      // imported before, and its entry deleted by the user since: it does not come back
      if (key && key.entryId === null) alreadyImported++;
      else if (!entry) fresh.push(r);
      else {
        // What the calendar changed since the last import is brought over; what the user changed
        // in the entry since (a note, a category, a corrected time) is kept. A key saved without
        // the event (before 0180) compares with the entry, as before.
        const last = key!.event ?? { start: entry.start, end: entry.end, note: entry.note };
        const event = { start: r.start, end: r.end, note: importedNote(r) };
        if (event.start === last.start && event.end === last.end && event.note === last.note) {
          alreadyImported++;
          unchanged.add(entry.id);
        } else {
          const moved = event.start !== last.start || event.end !== last.end;
          const renamed = event.note !== last.note && entry.note === last.note;
          updates.push({ entryId: entry.id, row: moved ? r : { ...r, start: entry.start, end: entry.end! }, note: renamed ? event.note : entry.note, event });
        }
      }
    }
  } else {
    const known = knownImportKeys(db, rows.map((r) => r.externalId));
    fresh = rows.filter((r) => !known.has(r.externalId));
    alreadyImported = rows.length - fresh.length;
  }
  const writing = [...fresh, ...updates.map((u) => u.row)].sort((a, b) => a.start - b.start || a.line - b.line);
  const inFile: Plan['inFile'] = [];
  const kept: ParsedTimeRow[] = [];
  for (const r of writing) {
    const prev = kept[kept.length - 1];
    if (prev && prev.end > r.start) inFile.push({ line: r.line, otherLine: prev.line });
    else kept.push(r);
  }
  // One range read of the existing entries, then a sweep: no query per row. An event of the file
  // that is left out stays where it was, so its old place is in the way of the others: sweep again
  // until no more events are left out (once for a CSV, which updates nothing).
  const inRange = kept.length ? entriesOverlapping(db, kept[0].start, latestEnd(kept)) : [];
  const keptRows = new Set(kept);
  // an event that does not change, or is left out, is in the way of the others at its place
  const moving = new Set(updates.map((u) => u.entryId));
  const staying = new Set(updates.filter((u) => !keptRows.has(u.row)).map((u) => u.entryId));
  // a running entry covers everything from its start on (audit/entries.ts): a row after now is in its way too
  const endOf = (e: { start: number; end: number | null }) => e.end ?? Infinity;
  let overlaps: Plan['overlaps'] = [];
  let blocked = new Set<ParsedTimeRow>();
  let replaced = new Map<number, { id: number; start: number; end: number }>();
  const entryOf = new Map(updates.map((u) => [u.row as ParsedTimeRow, u.entryId]));
  for (;;) {
    const existing = inRange.filter((e) => !moving.has(e.id) || staying.has(e.id));
    overlaps = [];
    blocked = new Set();
    replaced = new Map();
    let j = 0;
    for (const r of kept) {
      while (j < existing.length && endOf(existing[j]) <= r.start && existing[j].start < r.start) j++;
      const hits: Plan['overlaps'][number]['existing'] = [];
      for (let k = j; k < existing.length && existing[k].start < r.end; k++) {
        if (endOf(existing[k]) > r.start) hits.push({ id: existing[k].id, start: existing[k].start, end: existing[k].end });
      }
      if (hits.length === 0) continue;
      if (overlaps.length < 500) overlaps.push({ line: r.line, start: r.start, end: r.end, existing: hits });
      // another event of the same file is never replaced: the file itself has the two overlapping
      if (policy === 'skip' || hits.some((h) => h.end === null || unchanged.has(h.id) || staying.has(h.id))) blocked.add(r);
      else for (const h of hits) replaced.set(h.id, { id: h.id, start: h.start, end: h.end! });
    }
    const before = staying.size;
    for (const r of blocked) {
      const id = entryOf.get(r);
      if (id !== undefined) staying.add(id);
    }
    if (staying.size === before) break;
  }
  const updateOf = new Map(updates.map((u) => [u.row as ParsedTimeRow, u]));
  const inserts: ParsedTimeRow[] = [];
  const keptUpdates: Plan['updates'] = [];
  for (const r of kept) {
    if (blocked.has(r)) continue;
    const u = updateOf.get(r);
    if (u) keptUpdates.push(u);
    else inserts.push(r);
  }
  inFile.sort((a, b) => a.line - b.line);
  return { inserts, updates: keptUpdates, alreadyImported, inFile, overlaps, replaced: [...replaced.values()] };
}

/** Case and accents ignored: "Réunions" = "reunions". */
const sameName = (a: string) => normalizeHeader(a);

/** Categories offered for each source value: remembered from an earlier import, else the category of the same name. */
function suggestions(db: Db, sources: Record<ImportSourceKind, { value: string }[]>): Record<ImportSourceKind, Record<string, number>> {
  const byName = new Map<string, number>();
  for (const c of listCategories(db)) if (!c.archived && !byName.has(sameName(c.name))) byName.set(sameName(c.name), c.id);
  const out = { project: {}, tag: {}, description: {} } as Record<ImportSourceKind, Record<string, number>>;
  for (const by of ['project', 'tag', 'description'] as const) {
    const values = sources[by].map((s) => s.value);
    const remembered = rememberedCategories(db, by, values);
    for (const v of values) {
      const id = remembered.get(v) ?? (v ? byName.get(sameName(v)) : undefined);
      if (id !== undefined) out[by][v] = id;
    }
  }
  return out;
}

function describe(db: Db, importId: string, held: { parsed: ImportResult; kind: 'csv' | 'ics'; savedColumns: boolean; period: { from: number; to: number } | null; options: ImportOptions }): ImportPreview {
  const { parsed, kind } = held;
  const policy = held.options.overlap ?? 'skip';
  const p: Plan = parsed.errors.length ? { inserts: [], updates: [], alreadyImported: 0, inFile: [], overlaps: [], replaced: [] } : plan(db, parsed, kind, policy);
  const written = [...p.inserts, ...p.updates.map((u) => u.row)];
  const sources = { project: new Map(), tag: new Map(), description: new Map() } as Record<ImportSourceKind, Map<string, { value: string; rows: number; minutes: number }>>;
  for (const r of written) {
    for (const by of ['project', 'tag', 'description'] as const) {
      for (const value of sourceValues(r, by)) {
        const s = sources[by].get(value) ?? { value, rows: 0, minutes: 0 };
        s.rows += 1;
        s.minutes += (r.end - r.start) / 60_000;
        sources[by].set(value, s);
      }
    }
  }
  const list = (by: ImportSourceKind) => [...sources[by].values()].sort((a, b) => b.minutes - a.minutes || a.value.localeCompare(b.value)).slice(0, 500);
  const lists = { project: list('project'), tag: list('tag'), description: list('description') };
  const meeting = kind === 'ics' ? listCategories(db).find((c) => !c.archived && c.mode === 'meeting') : undefined;
  return {
    importId,
    kind,
    format: parsed.format,
    rowCount: parsed.rows.length,
    newCount: written.length,
    updateCount: p.updates.length,
    alreadyImported: p.alreadyImported,
    errors: parsed.errors.slice(0, 1000),
    notices: (parsed.notices ?? []).slice(0, 1000),
    longRows: (parsed.longRows ?? []).slice(0, 500),
    inFileOverlaps: p.inFile.slice(0, 500),
    overlaps: p.overlaps,
    overlapPolicy: policy,
    replaced: p.replaced.slice(0, 500),
    replacedCount: p.replaced.length,
    sources: lists,
    suggested: suggestions(db, lists),
    suggestedFallback: meeting?.id ?? null,
    first: written.length ? earliestStart(written) : null,
    last: written.length ? latestEnd(written) : null,
    encoding: parsed.encoding ?? null,
    encodingCandidates: parsed.encodingCandidates ?? [],
    dateOrder: parsed.dateOrder ?? null,
    dateQuestion: parsed.dateQuestion ?? null,
    header: parsed.header ?? null,
    needsColumns: parsed.needsColumns ? { suggested: parsed.needsColumns.suggested as Record<string, number> } : null,
    columns: (held.options.columns as Record<string, number> | undefined) ?? null,
    savedColumns: held.savedColumns,
    period: held.period,
  };
}

/**
 * Parses a file once, holds its bytes for re-runs and its commit (see HeldImports) and describes
 * it: rows, errors with their line numbers, notices, questions, overlaps, rows already imported,
 * and the source values to map to categories with the categories offered for them.
 */
export function previewImport(db: Db, held: HeldImports, f: ImportFileInput): ImportPreview {
  const bytes = decode(f.base64);
  const options = f.options ?? {};
  const parsed = parseFile(db, bytes, f.tz, options, f.now);
  const entry = { fileName: f.fileName, tz: f.tz, bytes, options, ...parsed };
  const importId = held.put(entry, f.now);
  return describe(db, importId, entry);
}

/** The preview of a held file with new options (the file is not sent again). Throws import_expired. */
export function rerunPreview(db: Db, held: HeldImports, r: ImportRerunInput): ImportPreview {
  const f = held.get(r.importId, r.now);
  if (!f) throw new AppError('import_expired', 'This file is no longer held for import; choose it again.');
  const parsed = parseFile(db, f.bytes, f.tz, r.options, r.now);
  const entry = { ...f, options: r.options, ...parsed };
  held.replace(r.importId, entry);
  return describe(db, r.importId, entry);
}

/** The entry note of an imported row: its description, then its tags as #hashtags. */
export function importedNote(r: ParsedTimeRow): string {
  return [r.description.trim(), r.tags.length ? `#${r.tags.join(' #')}` : ''].filter(Boolean).join(' ').slice(0, 2000);
}

/**
 * Writes what the last preview of a held file showed, or nothing (the caller's transaction): new
 * rows, updated calendar events, existing entries replaced under policy 'replace'. A file with any
 * error, or a question left (columns), writes nothing. Remembers the columns chosen for the
 * header and the category chosen for each source value. Throws import_expired when the import
 * id is no longer held.
 */
export function commitImport(db: Db, held: HeldImports, c: ImportCommitInput): { added: number; updated: number; replaced: number; skipped: number } {
  const { mapping, now } = c;
  const f = held.get(c.importId, now);
  if (!f) throw new AppError('import_expired', 'This file is no longer held for import; choose it again.');
  const parsed = f.parsed;
  if (parsed.errors.length) throw new AppError('import_invalid', 'The file has errors; nothing was imported.', { detail: `line ${parsed.errors[0].line}`, errors: parsed.errors.length, line: parsed.errors[0].line });
  if (parsed.needsColumns) throw new AppError('import_invalid', 'Choose the columns first; nothing was imported.', { detail: 'columns' });
  const p = plan(db, parsed, f.kind, f.options.overlap ?? 'skip');
  for (const cid of [...Object.values(mapping.map), ...(mapping.fallbackCategoryId ? [mapping.fallbackCategoryId] : [])]) {
    const cat = getCategory(db, cid);
    if (!cat || cat.archived) throw new AppError('not_found', 'A mapped category does not exist.', { id: cid });
  }
  const categoryOf = (r: ParsedTimeRow) => {
    // Own keys only: a project called "constructor" or "toString" must not find Object's methods.
    const mapped = sourceValues(r, mapping.by).find((v) => Object.hasOwn(mapping.map, v));
    const categoryId = mapped === undefined ? mapping.fallbackCategoryId : mapping.map[mapped];
    if (!categoryId) throw new AppError('import_invalid', 'Some rows have no category; map every value or choose a fallback.', { detail: `line ${r.line}`, line: r.line });
    return categoryId;
  };
  const inserts = p.inserts.map((r) => ({ r, categoryId: categoryOf(r) }));
  const updates = p.updates;
  const skipped = p.alreadyImported + p.inFile.length + (parsed.longRows?.length ?? 0) + (parsed.rows.length - p.alreadyImported - p.inFile.length - p.inserts.length - p.updates.length);
  if (inserts.length === 0 && updates.length === 0) return { added: 0, updated: 0, replaced: 0, skipped };
  for (const r of p.replaced) deleteEntryRow(db, r.id);
  const batch = insertImportBatch(db, { createdAt: now, fileName: f.fileName.slice(0, 260), format: parsed.format, rowCount: inserts.length + updates.length });
  // Through the audit's one write path of time entries (no overlap, no entry without length): an
  // updated calendar event is written over its entry (same id, links and calendar key), checked
  // together with the new rows, so a moved event may take the place another one left.
  const writes: ClosedEntryWrite[] = [
    ...inserts.map(({ r, categoryId }) => ({ start: r.start, end: r.end, tz: f.tz, categoryId, note: importedNote(r), platform: null, responsibilityId: null, visibility: null, source: 'import' as const, importBatchId: batch, line: r.line })),
    // an updated event keeps the entry's category and scope (the user may have changed them)
    ...updates.map(({ entryId, row, note }) => {
      const old = getEntry(db, entryId)!;
      return { replaceId: entryId, start: row.start, end: row.end, tz: f.tz, categoryId: old.categoryId, note, platform: old.platform, responsibilityId: old.responsibilityId, visibility: old.visibility, source: old.source, line: row.line };
    }),
  ];
  const ids = insertEntries(db, writes, now);
  inserts.forEach(({ r }, k) => {
    if (f.kind === 'ics') saveIcsKey(db, (r as IcsRow).uid, (r as IcsRow).recurrenceId, ids[k], { start: r.start, end: r.end, note: importedNote(r) });
    else insertImportKey(db, r.externalId, batch);
  });
  for (const u of updates) saveIcsKey(db, u.row.uid, u.row.recurrenceId, u.entryId, u.event);
  if (f.options.columns && parsed.header) saveColumnMapping(db, parsed.header.signature, f.options.columns as Record<string, number>, now);
  for (const [value, categoryId] of Object.entries(mapping.map)) if (value !== '') rememberCategory(db, mapping.by, value.slice(0, 10_000), categoryId, now);
  return { added: inserts.length, updated: updates.length, replaced: p.replaced.length, skipped };
}
