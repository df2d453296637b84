// Import of Toggl / Clockify / French-Excel CSV: preview (parse, errors, sources to map), then
// all-or-nothing commit with dedup by the rows' external ids.
import type { ImportPreview, ImportSourceKind } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../../db/types';
import { parseTimeCsv, type ImportError, type ParsedTimeRow } from './';
import { getCategory } from '../categoriesStore';
import { entriesOverlapping, insertEntry, insertImportBatch, insertImportKey, knownImportKeys } from '../entriesStore';

export interface ImportFileInput {
  base64: string;
  fileName: string;
  tz: string;
}

export interface ImportMapping {
  by: ImportSourceKind;
  map: Record<string, number>;
  fallbackCategoryId: number | null;
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

export function previewImport(db: Db, f: ImportFileInput, now: number): ImportPreview {
  const parsed = parseTimeCsv(decode(f.base64), { tz: f.tz });
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

/** Writes every new row or none (the caller's transaction); a file with any error writes nothing. */
export function commitImport(db: Db, f: ImportFileInput, mapping: ImportMapping, now: number): { added: number; skipped: number } {
  const parsed = parseTimeCsv(decode(f.base64), { tz: f.tz });
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
  for (const { r, categoryId } of planned) {
    insertEntry(db, { start: r.start, end: r.end, tz: f.tz, categoryId, note: importedNote(r), platform: null, responsibilityId: null, visibility: null, source: 'import', importBatchId: batch });
    insertImportKey(db, r.externalId, batch);
  }
  return { added: fresh.length, skipped: alreadyImported };
}
