// Entry point: bytes of a Toggl, Clockify or French-Excel CSV → validated time rows and
// line-numbered errors. Parses and validates only; never writes, never throws.

import { isUnrecognised, mapHeader } from './csvHeader';
import { detectDelimiter, iterateCsvRecords, type CsvRecord } from './csvRecords';
import { detectDateOrder } from './dateCells';
import { decodeCsvBytes } from './decodeCsvBytes';
import { externalIdOf } from './externalId';
import { IMPORT_LIMITS, type ImportError, type ImportErrorCode, type ImportFormat, type ImportResult, type ParsedTimeRow, type ParseTimeCsvOptions } from './importTypes';
import { isValidTimeZone } from '../../../shared/time';
import { checkRecordShape } from './recordShape';
import { rowToEntry } from './rowToEntry';

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

function parse(bytes: Uint8Array, opts: ParseTimeCsvOptions): ImportResult {
  if (!(bytes instanceof Uint8Array)) return fileError('invalid_input');
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) return fileError('file_too_large', 0, { maxBytes: IMPORT_LIMITS.maxFileBytes, bytes: bytes.byteLength });
  const tz = opts?.tz;
  if (!isValidTimeZone(tz)) return fileError('invalid_time_zone', 0, { tz: String(tz).slice(0, 50) });
  if (bytes.byteLength === 0) return fileError('empty_file');
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fileError(decoded.code, decoded.line);

  let text = decoded.text;
  let startLine = 1;
  let delimiter: string | null = null;
  const sepLine = /^sep=([,;\t|])[ \t]*(\r\n|\n|\r|$)/i.exec(text); // Excel's separator hint
  if (sepLine) {
    delimiter = sepLine[1];
    text = text.slice(sepLine[0].length);
    startLine = 2;
  }
  if (text.trim() === '') return fileError('empty_file');
  delimiter ??= detectDelimiter(firstNonBlankLine(text));

  const records = () => iterateCsvRecords(text, delimiter, IMPORT_LIMITS.maxFieldChars, startLine);
  const header = records().next().value;
  if (!header) return fileError('empty_file');
  if (header.problem) return fileError(header.problem, header.line);
  if (header.longFields.length > 0) return fileError('field_too_long', header.line, { column: `#${header.longFields[0] + 1}`, maxChars: IMPORT_LIMITS.maxFieldChars });
  const map = mapHeader(header.fields, delimiter);
  if (isUnrecognised(map)) return fileError('unknown_format', header.line);
  const headerErrors: ImportError[] = [
    ...map.duplicates.map((d): ImportError => ({ line: header.line, code: 'duplicate_column', params: { field: d.field, column: d.column } })),
    ...map.missing.map((m): ImportError => ({ line: header.line, code: 'missing_column', params: { field: m.field, column: m.column } })),
  ];
  if (headerErrors.length > 0) return { format: map.format, rows: [], errors: headerErrors };
  // One pass of the CSV reader: the date order depends on the whole file, so the records are kept
  // (their fields are slices of the text) and read again from the array.
  const body: CsvRecord[] = [];
  const all = records();
  all.next();
  for (const record of all) body.push(record);
  if (body.length === 0) return fileError('no_data_rows', 0, undefined, map.format);
  const dateColumns = [map.columns.startDate, map.columns.endDate].filter((i): i is number => i !== undefined);
  const dateOrder = detectDateOrder(
    (function* () {
      for (const r of body) for (const i of dateColumns) yield r.fields[i] ?? '';
    })(),
  );
  const rows: ParsedTimeRow[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  const context = { map, dateOrder, tz };
  for (const record of body) {
    const problems = checkRecordShape(record, map, delimiter);
    const outcome = problems.length > 0 ? { ok: false as const, errors: problems } : rowToEntry(record, context);
    if (outcome.ok) {
      const entry = outcome.entry;
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
  return { format: map.format, rows, errors };
}
