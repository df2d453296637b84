// Entry point: bytes of a time-tracking CSV (Toggl, Clockify, Harvest, French Excel, or the user's
// own spreadsheet with chosen columns) → validated time rows, line-numbered errors, notices, and
// the questions the preview asks (encoding, date order, columns). Parses only; never writes,
// never throws.

import { headerFromMapping, isUnrecognised, mapHeader, mappingOfHeader, type HeaderMap } from './csvHeader';
import { detectDelimiter, iterateCsvRecords, type CsvRecord } from './csvRecords';
import { dateOrderEvidence, parseDateCell, splitDateTime } from './dateCells';
import { decodeCsvBytes } from './decodeCsvBytes';
import { externalIdOf } from './externalId';
import { IMPORT_LIMITS, type DateOrder, type DateOrderHint, type ImportError, type ImportErrorCode, type ImportFormat, type ImportNotice, type ImportResult, type ParsedTimeRow, type ParseTimeCsvOptions } from './importTypes';
import { formatLocalDay, isValidTimeZone, type DayFields } from '../../../shared/time';
import { headerSignature, mappingProblems, suggestMapping } from '../../../shared/import/columnMapping';
import { TIME_REQUIRED_ROLES, TIME_ROLE_SYNONYMS, type TimeColumnMapping } from '../../../shared/import/timeColumns';
import { checkRecordShape } from './recordShape';
import { rowToEntry } from './rowToEntry';
import { parseClockCell } from './timeCells';

function fileError(code: ImportErrorCode, line = 0, params?: ImportError['params'], format: ImportFormat = 'unknown'): ImportResult {
  return { format, rows: [], errors: [{ line, code, ...(params ? { params } : {}) }] };
}

/** First line holding something other than blanks (the header). */
function firstNonBlankLine(text: string): string {
  let from = 0;
  while (from < text.length) {
    const match = /\r\n|\n|\r/g;
    match.lastIndex = from;
    const found = match.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(from, end);
    if (line.trim() !== '') return line;
    from = found ? end + found[0].length : text.length;
  }
  return '';
}

/**
 * Parses a time-tracking CSV export. Local dates and times are read in `opts.tz`.
 * Returns every valid row and every error (capped at IMPORT_LIMITS.maxErrors, then
 * `too_many_errors`); the caller imports only when `errors` is empty.
 */
export function parseTimeCsv(bytes: Uint8Array, opts: ParseTimeCsvOptions): ImportResult {
  try {
    return parse(bytes, opts);
  } catch {
    return fileError('internal_error');
  }
}

/** Excel's separator line in every form: `sep=;`, `"sep=;"`, followed by trailing separators. */
const SEP_LINE = /^[ \t]*"?sep=([,;\t|])"?[,;\t|]*[ \t]*(\r\n|\n|\r|$)/i;

/** Day-start placement for files without start times (Harvest): 09:00, entries one after another. */
export const DEFAULT_DAY_START_SECONDS = 9 * 3600;

/**
 * The order to read ambiguous numeric dates in, from the file's hints: English Clockify/Toggl
 * headers with a 12-hour clock suggest month first (the US export settings); French headers, a
 * `;` separator or a 24-hour clock suggest day first; otherwise day first (most of the world).
 */
function dateOrderHint(map: HeaderMap, delimiter: string, clock: '12h' | '24h' | null): { order: DateOrder; hint: DateOrderHint } {
  if (map.format === 'excel-fr') return { order: 'dmy', hint: delimiter === ';' ? 'semicolon' : 'french' };
  if (delimiter === ';') return { order: 'dmy', hint: 'semicolon' };
  const english = map.format === 'clockify' || map.format === 'toggl' || map.format === 'harvest';
  if (english && clock === '12h') return { order: 'mdy', hint: 'english_12h' };
  if (clock === '24h') return { order: 'dmy', hint: 'clock_24h' };
  return { order: 'dmy', hint: 'default' };
}

/** Whether the file's times use a 12-hour clock (a marker), a 24-hour one (an hour ≥ 13), or do not say. */
function clockKind(body: CsvRecord[], columns: number[]): '12h' | '24h' | null {
  let twelve = false;
  for (const r of body) {
    for (const i of columns) {
      const cell = (r.fields[i] ?? '').trim();
      const time = splitDateTime(cell)?.time ?? cell;
      if (/[a-z\u0080-\uffff]\s*$|^\s*[^\d\s]/i.test(time) && !/^\d+h\d*$/i.test(time)) twelve = true;
      const m = /^(\d{1,2})[:h]/.exec(time);
      if (m && Number(m[1]) >= 13 && !twelve) return '24h';
    }
  }
  return twelve ? '12h' : null;
}

function parse(bytes: Uint8Array, opts: ParseTimeCsvOptions): ImportResult {
  if (!(bytes instanceof Uint8Array)) return fileError('invalid_input');
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) return fileError('file_too_large', 0, { maxBytes: IMPORT_LIMITS.maxFileBytes, bytes: bytes.byteLength });
  const tz = opts?.tz;
  if (!isValidTimeZone(tz)) return fileError('invalid_time_zone', 0, { tz: String(tz).slice(0, 50) });
  if (bytes.byteLength === 0) return fileError('empty_file');
  const decoded = decodeCsvBytes(bytes, opts.encoding);
  if (!decoded.ok) return fileError(decoded.code, decoded.line);
  const encodingInfo = { encoding: decoded.encoding, ...(decoded.candidates ? { encodingCandidates: decoded.candidates } : {}) };
  const withEncoding = (r: ImportResult): ImportResult => ({ ...r, ...encodingInfo });

  let text = decoded.text;
  let startLine = 1;
  let delimiter: string | null = null;
  const sepLine = SEP_LINE.exec(text);
  if (sepLine) {
    delimiter = sepLine[1];
    text = text.slice(sepLine[0].length);
    startLine = 2;
  }
  if (text.trim() === '') return withEncoding(fileError('empty_file'));
  delimiter ??= detectDelimiter(firstNonBlankLine(text));

  const records = () => iterateCsvRecords(text, delimiter, IMPORT_LIMITS.maxFieldChars, startLine);
  const header = records().next().value;
  if (!header) return withEncoding(fileError('empty_file'));
  if (header.problem) return withEncoding(fileError(header.problem, header.line));
  if (header.longFields.length > 0) return withEncoding(fileError('field_too_long', header.line, { column: `#${header.longFields[0] + 1}`, maxChars: IMPORT_LIMITS.maxFieldChars }));
  // Trailing separators (Excel after a `sep=` line) leave empty names at the end: not columns.
  const headerFields = [...header.fields];
  while (headerFields.length > 1 && headerFields[headerFields.length - 1].trim() === '') headerFields.pop();
  // One pass of the CSV reader: the date order depends on the whole file, so the records are kept
  // (their fields are slices of the text) and read again from the array.
  const body: CsvRecord[] = [];
  const all = records();
  all.next();
  for (const record of all) body.push(record);
  const headerInfo = { names: headerFields.map((h) => h.trim()), signature: headerSignature(headerFields), delimiter, samples: body.slice(0, 5).map((r) => r.fields.slice(0, headerFields.length).map((f) => f.slice(0, 80))) };
  const result = (r: ImportResult): ImportResult => ({ ...r, ...encodingInfo, header: headerInfo });

  let map: HeaderMap;
  if (opts.columns) {
    const mapping = opts.columns as TimeColumnMapping;
    const problems = mappingProblems(mapping, headerFields.length, TIME_REQUIRED_ROLES);
    if (problems.length > 0) {
      const p = problems[0];
      return result({ format: 'custom', rows: [], errors: [{ line: header.line, code: 'column_mapping', params: { problem: p.code, ...(p.code === 'missing_role' ? { roles: p.roles.join(',') } : { column: p.column }) } }] });
    }
    map = headerFromMapping(headerFields, mapping);
  } else {
    map = mapHeader(headerFields, delimiter);
    const suggest = (): ImportResult => {
      const known = isUnrecognised(map) ? {} : mappingOfHeader(map);
      const suggested = { ...suggestMapping(headerInfo.names, TIME_ROLE_SYNONYMS), ...known };
      return result({ format: map.format, rows: [], errors: [], needsColumns: { suggested } });
    };
    if (headerFields.length < 2) return result(fileError('unknown_format', header.line));
    if (isUnrecognised(map) || map.missing.length > 0) return suggest();
    if (map.duplicates.length > 0) return result({ format: map.format, rows: [], errors: map.duplicates.map((d): ImportError => ({ line: header.line, code: 'duplicate_column', params: { field: d.field, column: d.column } })) });
  }
  if (body.length === 0) return result(fileError('no_data_rows', 0, undefined, map.format));
  // No date column: the start cells must hold the dates ("16/11/2026 09:00"), else ask for the columns.
  if (map.columns.startDate === undefined) {
    const first = body.find((r) => (r.fields[map.columns.startTime ?? -1] ?? '').trim() !== '');
    const cell = first ? (first.fields[map.columns.startTime ?? -1] ?? '').trim() : '';
    if (!splitDateTime(cell) && !opts.columns) return result({ format: map.format, rows: [], errors: [], needsColumns: { suggested: mappingOfHeader(map) } });
  }

  const dateCells = [map.columns.startDate, map.columns.endDate, map.columns.startTime, map.columns.endTime].filter((i): i is number => i !== undefined);
  const evidence = dateOrderEvidence(
    (function* () {
      for (const r of body) for (const i of dateCells) yield r.fields[i] ?? '';
    })(),
  );
  const timeCells = [map.columns.startTime, map.columns.endTime].filter((i): i is number => i !== undefined);
  const hinted = dateOrderHint(map, delimiter, evidence === 'ambiguous' ? clockKind(body, timeCells) : null);
  const dateOrder: DateOrder = opts.dateOrder ?? (evidence === 'dmy' || evidence === 'mdy' ? evidence : hinted.order);
  let dateQuestion: ImportResult['dateQuestion'];
  if (evidence === 'ambiguous') {
    const samples: { cell: string; dmy: string | null; mdy: string | null }[] = [];
    const seen = new Set<string>();
    const day = (d: DayFields | null) => (d ? formatLocalDay(d) : null);
    outer: for (const r of body) {
      for (const i of dateCells) {
        const raw = (r.fields[i] ?? '').trim();
        const cell = splitDateTime(raw)?.date ?? raw;
        if (!cell || seen.has(cell) || parseClockCell(cell) !== null) continue;
        seen.add(cell);
        const dmy = day(parseDateCell(cell, 'dmy'));
        const mdy = day(parseDateCell(cell, 'mdy'));
        if (dmy === null && mdy === null) continue;
        samples.push({ cell, dmy, mdy });
        if (samples.length === 3) break outer;
      }
    }
    dateQuestion = { hint: hinted.hint, samples };
  }

  const rows: ParsedTimeRow[] = [];
  const errors: ImportError[] = [];
  const notices: ImportNotice[] = [];
  const longRows: { line: number; start: number; end: number }[] = [];
  const seen = new Map<string, number>();
  const dayCursor = new Map<string, number>();
  const placement = {
    next(d: DayFields, seconds: number): number {
      if (dayCursor.size === 0) notices.push({ line: 0, code: 'start_times_placed', params: { time: '09:00' } });
      const key = formatLocalDay(d);
      const at = dayCursor.get(key) ?? DEFAULT_DAY_START_SECONDS;
      dayCursor.set(key, Math.min(at + Math.max(0, seconds), 86_399));
      return at;
    },
  };
  const context = { map, dateOrder, tz, placement };
  for (const record of body) {
    const problems = checkRecordShape(record, map, delimiter);
    const outcome = problems.length > 0 ? { ok: false as const, errors: problems } : rowToEntry(record, context);
    if (outcome.ok) {
      const entry = outcome.entry;
      if (notices.length < IMPORT_LIMITS.maxErrors) notices.push(...outcome.notices);
      if (outcome.tooLong) {
        longRows.push({ line: record.line, start: entry.start, end: entry.end });
        continue;
      }
      const externalId = externalIdOf(entry);
      const firstLine = seen.get(externalId);
      if (firstLine !== undefined) errors.push({ line: record.line, code: 'duplicate_row', params: { firstLine } });
      else {
        seen.set(externalId, record.line);
        const row: ParsedTimeRow = { line: record.line, start: entry.start, end: entry.end, project: entry.project, description: entry.description, tags: entry.tags, externalId };
        if (entry.client !== undefined) row.client = entry.client;
        rows.push(row);
      }
    } else errors.push(...outcome.errors);
    if (errors.length >= IMPORT_LIMITS.maxErrors) {
      errors.length = IMPORT_LIMITS.maxErrors;
      errors.push({ line: 0, code: 'too_many_errors', params: { max: IMPORT_LIMITS.maxErrors } });
      break;
    }
  }
  return result({
    format: map.format,
    rows,
    errors,
    ...(notices.length ? { notices } : {}),
    ...(longRows.length ? { longRows } : {}),
    dateOrder,
    ...(dateQuestion ? { dateQuestion } : {}),
  });
}
