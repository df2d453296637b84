// Import of Toggl / Clockify / French-Excel CSV: preview (parse once, hold, describe: errors,
// sources to map), then an all-or-nothing commit of the held file with dedup by the rows' ids.
import type { ImportPreview, ImportSourceKind } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../../db/types';
import { getCategory } from '../categoriesStore';
import { entriesOverlapping, insertImportBatch, insertImportKey, knownImportKeys } from '../entriesStore';
import { insertEntries } from '../entries';
import type { HeldImports } from './heldImports';
import { parseTimeCsv, type ImportError, type ParsedTimeRow } from '.';

/** A file to preview: its bytes in base64, its name, and the zone its wall times are read in. */
export interface ImportFileInput {
  base64: string;
  fileName: string;
  tz: string;
  /** epoch ms, the clock of the call */
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

/** Rows not imported before, and errors for rows that overlap existing entries or each other. */
function analyse(db: Db, rows: ParsedTimeRow[], now: number) {
  const known = knownImportKeys(db, rows.map((r) => r.externalId));
  const fresh = rows.filter((r) => !known.has(r.externalId));
  const errors: ImportError[] = [];
  const sorted = [...fresh].sort((a, b) => a.start - b.start || a.line - b.line);
  // One range read of the existing entries, then a sweep: no query per row.
  const existing = sorted.length ? entriesOverlapping(db, sorted[0].start, latestEnd(sorted)) : [];
  let j = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const r = sorted[i];
    const prev = sorted[i - 1];
    if (prev && prev.end > r.start) {
      errors.push({ line: r.line, code: 'overlap_in_file' as ImportError['code'], params: { otherLine: prev.line } });
      continue;
    }
    while (j < existing.length && (existing[j].end ?? Math.max(now, existing[j].start + 1)) <= r.start) j++;
    // existing entries never overlap each other, so the first one ending after r.start is the only candidate
    for (let k = j; k < existing.length && existing[k].start < r.end; k++) {
      if ((existing[k].end ?? Math.max(now, existing[k].start + 1)) > r.start) {
        errors.push({ line: r.line, code: 'overlap_existing' as ImportError['code'] });
        break;
      }
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { fresh, alreadyImported: rows.length - fresh.length, errors };
}

/**
 * Parses a file once, holds it for its commit (see HeldImports) and describes it: rows, errors
 * with their line numbers, rows already imported, and the source values to map to categories.
 */
export function previewImport(db: Db, held: HeldImports, f: ImportFileInput): ImportPreview {
  const now = f.now;
  const parsed = parseTimeCsv(decode(f.base64), { tz: f.tz });
  const importId = held.put({ fileName: f.fileName, tz: f.tz, parsed }, now);
  const { fresh, alreadyImported, errors } = parsed.errors.length ? { fresh: parsed.rows, alreadyImported: 0, errors: [] } : analyse(db, parsed.rows, now);
  const sources = { project: new Map(), tag: new Map(), description: new Map() } as Record<ImportSourceKind, Map<string, { value: string; rows: number; minutes: number }>>;
  for (const r of fresh) {
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
  return {
    importId,
    format: parsed.format,
    rowCount: parsed.rows.length,
    newCount: fresh.length,
    alreadyImported,
    errors: [...parsed.errors, ...errors].slice(0, 1000),
    sources: { project: list('project'), tag: list('tag'), description: list('description') },
    first: fresh.length ? earliestStart(fresh) : null,
    last: fresh.length ? latestEnd(fresh) : null,
  };
}

/** The entry note of an imported row: its description, then its tags as #hashtags. */
export function importedNote(r: ParsedTimeRow): string {
  return [r.description.trim(), r.tags.length ? `#${r.tags.join(' #')}` : ''].filter(Boolean).join(' ').slice(0, 2000);
}

/**
 * Writes every new row of a previewed file or none (the caller's transaction); a file with any
 * error writes nothing. Throws import_expired when the import id is no longer held.
 */
export function commitImport(db: Db, held: HeldImports, c: ImportCommitInput): { added: number; skipped: number } {
  const { mapping, now } = c;
  const f = held.get(c.importId, now);
  if (!f) throw new AppError('import_expired', 'This file is no longer held for import; choose it again.');
  const parsed = f.parsed;
  if (parsed.errors.length) throw new AppError('import_invalid', 'The file has errors; nothing was imported.', { detail: `line ${parsed.errors[0].line}`, errors: parsed.errors.length, line: parsed.errors[0].line });
  const { fresh, alreadyImported, errors } = analyse(db, parsed.rows, now);
  if (errors.length) throw new AppError('overlap', 'Some rows overlap other entries; nothing was imported.', { line: errors[0].line });
  for (const cid of [...Object.values(mapping.map), ...(mapping.fallbackCategoryId ? [mapping.fallbackCategoryId] : [])]) {
    const c = getCategory(db, cid);
    if (!c || c.archived) throw new AppError('not_found', 'A mapped category does not exist.', { id: cid });
  }
  const planned = fresh.map((r) => {
    // Own keys only: a project called "constructor" or "toString" must not find Object's methods.
    const mapped = sourceValues(r, mapping.by).find((v) => Object.hasOwn(mapping.map, v));
    const categoryId = mapped === undefined ? mapping.fallbackCategoryId : mapping.map[mapped];
    if (!categoryId) throw new AppError('import_invalid', 'Some rows have no category; map every value or choose a fallback.', { detail: `line ${r.line}`, line: r.line });
    return { r, categoryId };
  });
  if (fresh.length === 0) return { added: 0, skipped: alreadyImported };
  const batch = insertImportBatch(db, { createdAt: now, fileName: f.fileName.slice(0, 260), format: parsed.format, rowCount: fresh.length });
  // through the audit's one write path of time entries (no overlap, no entry without length)
  insertEntries(
    db,
    planned.map(({ r, categoryId }) => ({ start: r.start, end: r.end, tz: f.tz, categoryId, note: importedNote(r), platform: null, responsibilityId: null, visibility: null, source: 'import' as const, importBatchId: batch, line: r.line })),
    now,
  );
  for (const { r } of planned) insertImportKey(db, r.externalId, batch);
  return { added: fresh.length, skipped: alreadyImported };
}
