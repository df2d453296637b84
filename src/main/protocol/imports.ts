// Imports of the protocol: cases from a social inbox's CSV export (through the time import's
// column mapping, src/shared/import/columnMapping.ts, with the roles of
// src/shared/protocol/caseColumns.ts, saved by header signature; the values of a type column
// mapped to request types) and the moderation vendor's daily counts. Files are small (2 MB, 5,000 rows):
// the preview parses and checks every row and shows line-numbered errors; the commit parses
// again and writes all rows or none (the dispatcher's transaction), refusing a file with errors.
import { createHash } from 'node:crypto';
import type { ChannelParsed } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import type { CaseVisibility } from '../../shared/protocol/constants';
import { caseMappingSchema } from '../../shared/contract/protocol';
import { headerSignature, mappingProblems, suggestMapping } from '../../shared/import/columnMapping';
import { CASE_REQUIRED_ROLES, CASE_ROLE_SYNONYMS, type CaseColumnMapping } from '../../shared/protocol/caseColumns';
import type { CaseMapping } from '../../shared/protocol/types';
import { formatLocalDay, localWallTimeToInstant } from '../../shared/time';
import { logInterruption } from '../audit/entries';
import { detectDateOrder, parseDateCell, type DateOrder } from '../audit/import/dateCells';
import { parseClockCell } from '../audit/import/timeCells';
import type { Db } from '../db/types';
import { caseRequester, cleanTags, cleanText } from './cases';
import { hasExternalId, insertCase, writeTags } from './casesStore';
import { foldHeader, readCsvTable, type CsvIssue } from './csvTable';
import { existingVendorDays, upsertVendorCount } from './learningStore';
import { savedCaseMappingJson, saveCaseMapping } from './importMemoryStore';
import { getType, listTypes } from './setupStore';

// ---------------------------------------------------------------------------------------------
// Date and time cells

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s*(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An instant from a cell: ISO 8601 with an offset or Z (the instant as written), or a local date
 * and time ("2026-11-20 17:50", "20/11/2026 17:50", "11/20/2026 5:50 PM") read as wall time in
 * `tz`; a date alone is its midnight. Null when the cell is not a date.
 */
export function parseInstantCell(cell: string, order: DateOrder, tz: string): number | null {
  const text = cell.trim();
  if (ISO_INSTANT.test(text)) {
    const ms = Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isFinite(ms) ? ms : null;
  }
  const m = /^(\S+)(?:[ T]+(.+))?$/.exec(text);
  if (!m) return null;
  const day = parseDateCell(m[1], order);
  if (!day) return null;
  const seconds = m[2] === undefined ? 0 : parseClockCell(m[2]);
  if (seconds === null || seconds >= 86_400) return null;
  return localWallTimeToInstant(formatLocalDay(day), Math.floor(seconds / 60), tz);
}

// ---------------------------------------------------------------------------------------------
// Cases

/** A mapping from the header alone: the saved one's columns are kept; every other role is suggested (shared suggestMapping). */
export function suggestCaseColumns(header: readonly string[]): CaseColumnMapping {
  return suggestMapping(header, CASE_ROLE_SYNONYMS);
}

/**
 * The mapping saved for this header at an earlier import, still usable: its shape checked, its
 * columns inside the header, its default type and its type values pointing at active request
 * types (a value whose type was archived since is dropped, a default falls back to `fallbackTypeId`).
 */
function savedMappingFor(db: Db, signature: string, width: number, fallbackTypeId: number): CaseMapping | null {
  const parsed = caseMappingSchema.safeParse(savedCaseMappingJson(db, signature));
  if (!parsed.success || mappingProblems(parsed.data.columns, width, []).length > 0) return null;
  const active = (id: number) => {
    const t = getType(db, id);
    return t !== null && !t.archived;
  };
  return {
    ...parsed.data,
    defaultTypeId: active(parsed.data.defaultTypeId) ? parsed.data.defaultTypeId : fallbackTypeId,
    typeMap: Object.fromEntries(Object.entries(parsed.data.typeMap).filter(([, id]) => active(id))),
  };
}

const PRIVATE_WORDS = /^(private|prive|privee|dm|direct|direct message|message|message prive|mp|inbox|messagerie)$/;
const PUBLIC_WORDS = /^(public|publique|comment|commentaire|mention|post|publication|review|avis|reply|reponse|tweet)$/;

function visibilityOf(cell: string): CaseVisibility | null {
  const f = foldHeader(cell);
  if (f === '' || PUBLIC_WORDS.test(f)) return 'public';
  return PRIVATE_WORDS.test(f) ? 'private' : null;
}

/** A case read from a row, before it is written. */
interface ImportedCase {
  line: number;
  typeId: number;
  channel: string;
  text: string;
  link: string;
  visibility: CaseVisibility;
  reach: number | null;
  author: string;
  openedAt: number;
  tags: string[];
  externalId: string;
}

const cellOf = (fields: readonly string[], col: number | undefined) => (col === undefined ? '' : (fields[col] ?? '').trim());

/** Every row as a case, or its errors (line-numbered); the texts cleaned of personal data. */
function readCases(db: Db, rows: readonly { line: number; fields: string[] }[], mapping: CaseMapping, tz: string, now: number): { cases: ImportedCase[]; errors: CsvIssue[] } {
  const m = { ...mapping.columns, defaultChannel: mapping.defaultChannel, defaultTypeId: mapping.defaultTypeId, typeMap: mapping.typeMap };
  const order = detectDateOrder(rows.map((r) => cellOf(r.fields, m.openedAt).split(/[ T]/)[0]));
  const cases: ImportedCase[] = [];
  const errors: CsvIssue[] = [];
  const typeOk = (id: number) => {
    const t = getType(db, id);
    return t !== null && !t.archived;
  };
  for (const r of rows) {
    const rowErrors: CsvIssue[] = [];
    const openedCell = cellOf(r.fields, m.openedAt);
    const openedAt = openedCell === '' ? null : parseInstantCell(openedCell, order, tz);
    if (openedCell === '') rowErrors.push({ line: r.line, code: 'missing_value', params: { field: 'openedAt' } });
    else if (openedAt === null) rowErrors.push({ line: r.line, code: 'bad_date', params: { value: openedCell.slice(0, 40) } });
    else if (openedAt > now) rowErrors.push({ line: r.line, code: 'in_future', params: { value: openedCell.slice(0, 40) } });
    const rawText = cellOf(r.fields, m.text);
    if (rawText === '') rowErrors.push({ line: r.line, code: 'missing_value', params: { field: 'text' } });
    const channel = (cellOf(r.fields, m.channel) || m.defaultChannel.trim()).slice(0, 100);
    if (channel === '') rowErrors.push({ line: r.line, code: 'missing_value', params: { field: 'channel' } });
    const typeCell = cellOf(r.fields, m.type);
    const typeId = (typeCell !== '' ? m.typeMap[typeCell] : undefined) ?? m.defaultTypeId;
    if (!typeOk(typeId)) rowErrors.push({ line: r.line, code: 'unknown_type', params: { value: typeCell.slice(0, 40) } });
    const visibility = visibilityOf(cellOf(r.fields, m.visibility));
    if (visibility === null) rowErrors.push({ line: r.line, code: 'bad_visibility', params: { value: cellOf(r.fields, m.visibility).slice(0, 40) } });
    const reachCell = cellOf(r.fields, m.reach).replace(/[\s\u00a0\u202f]/g, '');
    const reach = reachCell === '' ? null : /^\d{1,10}$/.test(reachCell) ? Number(reachCell) : NaN;
    if (Number.isNaN(reach)) rowErrors.push({ line: r.line, code: 'bad_reach', params: { value: cellOf(r.fields, m.reach).slice(0, 40) } });
    const link = cellOf(r.fields, m.link);
    if (link !== '' && !/^https?:\/\/\S+$/i.test(link)) rowErrors.push({ line: r.line, code: 'bad_link', params: { value: link.slice(0, 40) } });
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const short = rawText.length > 500 ? `${rawText.slice(0, 499)}…` : rawText;
    const text = cleanText(db, short);
    const tags = cleanTags(cellOf(r.fields, m.tags).split(/[,;|#]+/)).slice(0, 20);
    cases.push({
      line: r.line,
      typeId,
      channel,
      text,
      link: link.slice(0, 2000),
      visibility: visibility!,
      reach,
      author: cellOf(r.fields, m.author).slice(0, 100),
      openedAt: openedAt!,
      tags,
      externalId: `csv:${createHash('sha256').update(JSON.stringify([openedAt, channel, text])).digest('hex')}`,
    });
  }
  return { cases, errors };
}

/** The mapping's problems as import errors: a column not in the file (bad_mapping), one column for two roles (shared_column), no date or no text column (no_columns). */
function checkMapping(m: CaseMapping, width: number): CsvIssue[] {
  return mappingProblems(m.columns, width, CASE_REQUIRED_ROLES).map((p): CsvIssue => {
    if (p.code === 'missing_role') return { line: 1, code: 'no_columns', params: { field: p.roles[0] } };
    if (p.code === 'shared_column') return { line: 1, code: 'shared_column', params: { column: p.column + 1 } };
    return { line: 0, code: 'bad_mapping', params: { columns: width } };
  });
}

/**
 * The preview: columns, five sample rows, the mapping (the one given, else the one saved for this
 * header at an earlier import, else the one suggested from the header names), the header's
 * signature, and every row checked. Writes nothing.
 */
export function previewCaseImport(db: Db, input: ChannelParsed<'protocol.import.preview'> & { tz: string }, now: number) {
  const table = readCsvTable(input.base64);
  const empty = { columns: [], sample: [], mapping: null, signature: '', savedMapping: false, typeValues: [], rows: 0, newCount: 0, alreadyImported: 0 };
  if (!table.ok) return { ...empty, errors: [table.error] };
  const signature = headerSignature(table.header);
  const defaultType = listTypes(db).find((t) => !t.archived)?.id;
  const saved = input.mapping || defaultType === undefined ? null : savedMappingFor(db, signature, table.header.length, defaultType);
  const mapping = input.mapping ?? saved ?? (defaultType === undefined ? null : { columns: suggestCaseColumns(table.header), defaultTypeId: defaultType, defaultChannel: '', typeMap: {} });
  const base = {
    columns: table.header,
    sample: table.rows.slice(0, 5).map((r) => r.fields.map((f) => f.slice(0, 200))),
    mapping,
    signature,
    savedMapping: saved !== null,
    rows: table.rows.length,
  };
  if (!mapping) return { ...base, typeValues: [], newCount: 0, alreadyImported: 0, errors: [{ line: 0, code: 'no_types' }] };
  const typeCol = mapping.columns.type;
  const typeValues = typeCol === undefined ? [] : [...new Set(table.rows.map((r) => cellOf(r.fields, typeCol)).filter((v) => v !== ''))].slice(0, 50).map((v) => v.slice(0, 200));
  const mappingErrors = checkMapping(mapping, table.header.length);
  if (mappingErrors.length) return { ...base, typeValues, newCount: 0, alreadyImported: 0, errors: mappingErrors };
  const { cases, errors } = readCases(db, table.rows, mapping, input.tz, now);
  const already = cases.filter((c) => hasExternalId(db, c.externalId)).length;
  return { ...base, typeValues, newCount: cases.length - already, alreadyImported: already, errors: errors.slice(0, 200) };
}

/**
 * Imports every row as a case (source 'import'), each also an interruption in the audit unless
 * `asInterruptions` is false; a row already imported (same instant, channel and cleaned text) is
 * skipped. Any error refuses the whole file (import_invalid with the first error), writing nothing.
 * The mapping is saved under the header's signature for the next file with the same header.
 */
export function commitCaseImport(db: Db, input: ChannelParsed<'protocol.import.commit'> & { tz: string }, now: number): { added: number; skipped: number } {
  const table = readCsvTable(input.base64);
  if (!table.ok) throw importError(table.error);
  const mappingErrors = checkMapping(input.mapping, table.header.length);
  if (mappingErrors.length) throw importError(mappingErrors[0]);
  const { cases, errors } = readCases(db, table.rows, input.mapping, input.tz, now);
  if (errors.length) throw importError(errors[0], errors.length);
  let added = 0;
  let skipped = 0;
  for (const c of cases) {
    if (hasExternalId(db, c.externalId)) {
      skipped++;
      continue;
    }
    const interruptionId = input.asInterruptions ? logInterruption(db, { channel: c.visibility === 'private' ? 'chat' : 'notification', note: c.text, who: caseRequester(c.author, c.channel), at: c.openedAt, tz: input.tz }).id : null;
    const id = insertCase(db, { ...c, tz: input.tz, firstReplyAt: null, privateAt: null, handedAt: null, resolvedAt: null, interruptionId, source: 'import', createdAt: now });
    writeTags(db, id, c.tags);
    added++;
  }
  // The next file with this header comes in with the same mapping (as the time import's columns).
  saveCaseMapping(db, headerSignature(table.header), input.mapping, now);
  return { added, skipped };
}

function importError(e: CsvIssue, count = 1): AppError {
  return new AppError('import_invalid', `Line ${e.line}: ${e.code}. Nothing was imported.`, { detail: `line ${e.line}: ${e.code}`, line: e.line, code: e.code, count });
}

// ---------------------------------------------------------------------------------------------
// The vendor's daily counts

const DAY_HEADER = /^(date|day|jour|journee)$/;
const COUNT_HEADER = /^(count|volume|total|messages|moderated|items|nombre|nb|moderes|messages moderes|volume modere)$/;

/** Every (day, count) row of the file, or line-numbered errors (bad_date, bad_count, duplicate_day, no_columns). */
function readVendorDays(base64: string): { days: { day: string; count: number }[]; errors: CsvIssue[] } {
  const table = readCsvTable(base64);
  if (!table.ok) return { days: [], errors: [table.error] };
  const folded = table.header.map(foldHeader);
  let dayCol = folded.findIndex((h) => DAY_HEADER.test(h));
  let countCol = folded.findIndex((h) => COUNT_HEADER.test(h));
  let rows = table.rows;
  if (dayCol < 0 || countCol < 0) {
    // No header: two columns, a date then a count, from the first line.
    if (table.header.length !== 2 || parseDateCell(table.header[0], 'dmy') === null) return { days: [], errors: [{ line: 1, code: 'no_columns' }] };
    [dayCol, countCol] = [0, 1];
    rows = [{ line: rows.length ? rows[0].line - 1 : 1, fields: table.header }, ...rows];
  }
  const order = detectDateOrder(rows.map((r) => (r.fields[dayCol] ?? '').trim()));
  const days: { day: string; count: number }[] = [];
  const errors: CsvIssue[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const dayCell = (r.fields[dayCol] ?? '').trim();
    const countCell = (r.fields[countCol] ?? '').trim().replace(/[\s\u00a0\u202f]/g, '');
    const fields = parseDateCell(dayCell, order);
    const day = fields ? formatLocalDay(fields) : null;
    if (!day) errors.push({ line: r.line, code: 'bad_date', params: { value: dayCell.slice(0, 40) } });
    if (!/^\d{1,7}$/.test(countCell)) errors.push({ line: r.line, code: 'bad_count', params: { value: countCell.slice(0, 40) } });
    if (day && seen.has(day)) errors.push({ line: r.line, code: 'duplicate_day', params: { value: day } });
    if (day) seen.add(day);
    if (day && /^\d{1,7}$/.test(countCell)) days.push({ day, count: Number(countCell) });
  }
  return { days: errors.length ? [] : days.sort((a, b) => (a.day < b.day ? -1 : 1)), errors: errors.slice(0, 200) };
}

/** The preview of a vendor file: its days and counts, how many days it replaces, its errors. */
export function previewVendor(db: Db, base64: string) {
  const { days, errors } = readVendorDays(base64);
  return { days, replaced: existingVendorDays(db, days.map((d) => d.day)), errors };
}

/** Writes the vendor's counts (a day already there takes the file's count); any error refuses the file. */
export function commitVendor(db: Db, base64: string): { days: number; total: number } {
  const { days, errors } = readVendorDays(base64);
  if (errors.length) throw importError(errors[0], errors.length);
  for (const d of days) upsertVendorCount(db, d.day, d.count);
  return { days: days.length, total: days.reduce((s, d) => s + d.count, 0) };
}
