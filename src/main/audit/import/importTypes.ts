// Result types, error codes and limits of the time-entry CSV importers.
// Error codes are stable keys: the UI translates them (with their params) in en and fr.

export const IMPORT_FORMATS = ['toggl', 'clockify', 'excel-fr', 'unknown'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_ERROR_CODES = [
  // whole file (line 0)
  'invalid_input', // not a byte array
  'invalid_time_zone', // params: tz
  'file_too_large', // params: maxBytes, bytes
  'empty_file',
  'binary_file',
  'no_data_rows',
  'too_many_errors', // params: max — listing stopped there
  'internal_error', // a bug: nothing was imported
  // encoding (line of the first bad byte)
  'mixed_encoding',
  // header (line of the header)
  'unknown_format',
  'missing_column', // params: field, column (expected header)
  'duplicate_column', // params: field, column
  // CSV structure (line where the record starts)
  'unterminated_quote',
  'malformed_quote',
  'field_too_long', // params: field?, column, maxChars
  'too_few_fields', // params: expected, found
  'too_many_fields', // params: expected, found
  'mixed_separators', // params: expected, found (the separator characters)
  // values (line where the record starts; field = canonical key, column = header, value = cell ≤ 50 chars)
  'missing_value', // params: field, column
  'invalid_date', // params: field, column, value
  'invalid_time', // params: field, column, value
  'invalid_duration', // params: field, column, value
  'negative_duration', // params: field, column, value
  'nonexistent_local_time', // params: field, column, value, tz — inside a spring-forward gap
  'end_not_after_start',
  'entry_too_long', // params: maxHours
  'duration_mismatch', // params: column, expectedMinutes (from the duration column), foundMinutes (end − start)
  'duplicate_row', // params: firstLine
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  /** 1-based physical line of the CSV (header = 1, or 2 after a `sep=` line); 0 = the whole file. */
  line: number;
  code: ImportErrorCode;
  params?: Record<string, string | number>;
}

export interface ParsedTimeRow {
  line: number;
  start: number; // epoch ms UTC
  end: number;
  project: string;
  description: string;
  tags: string[];
  client?: string;
  /** Stable hash of the row's content: the same row imported twice has the same id. */
  externalId: string;
}

export interface ImportResult {
  format: ImportFormat;
  rows: ParsedTimeRow[];
  errors: ImportError[];
}

export interface ParseTimeCsvOptions {
  /** IANA zone in which the file's local dates and times are read. */
  tz: string;
}

export const IMPORT_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxFieldChars: 10_000,
  maxEntryHours: 24,
  maxErrors: 1000,
  /** Allowed gap between end − start and the file's own duration column. */
  durationToleranceSeconds: 60,
  minYear: 1970,
  maxYear: 2200,
} as const;
